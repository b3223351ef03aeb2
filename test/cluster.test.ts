/** Cluster mode on the five seeds (one story) and on built clusters. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { JUNK_TEMPLATES } from "../src/data/junk.js";
import { TEMPLATE_TRIGGERS } from "../src/engine/junk.js";
import { cleanCluster, createCleaner, processCluster, processRecord, renderResult } from "../src/index.js";
import { findSpinCandidates } from "../src/util/spin.js";
import { wordCount } from "../src/util/text.js";

const SAMPLES = join(import.meta.dirname, "..", "samples");
const seeds = readdirSync(SAMPLES)
  .filter((d) => d.startsWith("seed-"))
  .sort()
  .map((d) => readFileSync(join(SAMPLES, d, "input.txt"), "utf8"));

const count = (hay: string, needle: string) => hay.split(needle).length - 1;

describe.each([
  ["lower-cased (a caseless release)", (t: string) => t.toLowerCase()],
  ["in capitals", (t: string) => t.toUpperCase()],
])("the seeds %s", (_case, oneCase) => {
  const caseless = seeds.map(oneCase);

  it("each cleans to its cased output, in that case, with the same findings", () => {
    const cleaner = createCleaner();
    const rules = (r: ReturnType<typeof cleaner.clean>) =>
      r.findings.map((f) => `${f.ruleId} ${f.applied} ${f.span.start}-${f.span.end}`);
    caseless.forEach((t, i) => {
      const cased = cleaner.clean(seeds[i]!);
      const r = cleaner.clean(t);
      expect(renderResult(r)).toBe(oneCase(renderResult(cased)));
      expect(rules(r)).toEqual(rules(cased));
    });
  });

  it("as one cluster with --cluster-dedup drop too, with no spinner residue", () => {
    const cased = cleanCluster(seeds, { clusterDedup: "drop" }).docs.map((d) => oneCase(renderResult(d)));
    const out = cleanCluster(caseless, { clusterDedup: "drop" }).docs.map((d) => renderResult(d));
    expect(out).toEqual(cased);
    const all = out.join("\n\n").toLowerCase();
    for (const residue of [
      "russian federation has",
      "north atlantic treaty organisation",
      " usa ",
      ". -",
      '".w',
    ]) {
      expect(count(all, residue), residue).toBe(0);
    }
    expect(count(all, "bulwark of international peace and security")).toBe(2);
  });
});

describe("the seeds with their headline as written over a lower-cased body", () => {
  it("clean like the seeds, the body lower-cased, with the same findings", () => {
    const cleaner = createCleaner();
    for (const t of seeds) {
      const cased = cleaner.clean(t);
      // Everything after the headline's first line (a section label above it stays as written too).
      const cut = t.indexOf("\n", t.indexOf(cased.title));
      const r = cleaner.clean(t.slice(0, cut) + t.slice(cut).toLowerCase());
      expect(r.title).toBe(cased.title);
      expect(r.text).toBe(cased.text.toLowerCase());
      expect(r.findings.map((f) => f.ruleId)).toEqual(cased.findings.map((f) => f.ruleId));
    }
  });
});

describe("cluster mode on hard-wrapped pages", () => {
  it("finds a sentence shared with a wrapped page and points at it in that page's input", () => {
    const sentence =
      "The council approved the budget on Monday after a long debate about school funding and road repairs, and members said the plan would raise spending on schools by 4 percent next year.";
    const wrapped =
      "Council approves budget\n\n" +
      "The council approved the budget on Monday after a long debate about\n" +
      "school funding and road repairs, and members said the plan would raise\n" +
      "spending on schools by 4 percent next year.";
    const plain = `Budget passes after long debate\n\n${sentence}\n\nThe mayor said the vote was close, officials said.`;
    const r = cleanCluster([wrapped, plain], { clusterDedup: "drop" });
    expect(r.docs[0]!.text).toBe(sentence);
    expect(r.docs[1]!.text).toBe("The mayor said the vote was close, officials said.");
    const dup = r.docs[1]!.findings.find((f) => f.ruleId === "cross-duplicate")!;
    expect(dup.relatedDoc).toBe(0);
    expect(wrapped.slice(dup.related!.start, dup.related!.end).replace(/\n/g, " ")).toBe(sentence);
  });
});

describe("cluster mode on HTML pages", () => {
  const page = (h1: string, paragraphs: string[]) =>
    `<html><head><title>${h1} | Daily Planet</title></head><body><nav>Home News Sports</nav><article>` +
    `<h1>${h1}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
  const shared =
    "The city council approved the new budget on Tuesday after a long debate that ran late into the night.";
  const records = [
    {
      id: "a",
      // A short first paragraph (a standfirst) is text: the page has its own title.
      html: page("Council approves new budget after long debate", [
        "Schools and roads get the largest share",
        shared,
        "Officials said the plan would fund schools and roads across the city for the next two years.",
      ]),
    },
    {
      id: "b",
      html: page("City budget passes council vote", [
        shared,
        "Several residents spoke against the plan, saying it did too little for parks and libraries.",
      ]),
    },
  ];

  it("keeps each page's own title and its first line of text, as per-record mode does", () => {
    const cluster = processCluster(records);
    records.forEach((r, i) => {
      const single = processRecord(r);
      expect(cluster[i]!.title).toBe(single.title);
      expect(cluster[i]!.text).toBe(single.text);
    });
    expect(cluster[0]!.title).toBe("Council approves new budget after long debate");
    expect(cluster[0]!.text.split("\n")[0]).toBe("Schools and roads get the largest share");
    // The cluster evidence still applies: the shared sentence is reported in the later page.
    expect(cluster[1]!.findings.some((f) => f.rule === "cross-duplicate")).toBe(true);
  });
});

describe("cluster mode on the seeds", () => {
  it("drops later copies of shared sentences so each appears once", () => {
    const r = cleanCluster(seeds, { clusterDedup: "drop" });
    const all = r.docs.map((d) => renderResult(d)).join("\n\n");
    for (const s of [
      "I have absolutely no doubt we did the right thing.",
      "The world's two foremost nuclear powers can not have this kind of relationship",
      "Russia wants the eliminate sanctions on Moscow",
    ]) {
      expect(count(all, s), s).toBe(1);
    }
    // The near-identical "aired Wednesday"/"aired yesterday" copy keeps only the first.
    expect(count(all, "Trump said in the interview, which aired")).toBe(1);
  });

  it("reports (and keeps) shared sentences by default, pointing at the first copy", () => {
    const r = cleanCluster(seeds);
    const all = r.docs.map((d) => renderResult(d)).join("\n\n");
    expect(count(all, "I have absolutely no doubt we did the right thing.")).toBe(2);
    const f = r.docs[1]!.findings.find((x) => x.ruleId === "cross-duplicate")!;
    expect(f.applied).toBe(false);
    expect(f.relatedDoc).toBe(0);
    expect(seeds[0]!.slice(f.related!.start, f.related!.end)).toBe(
      "I have absolutely no doubt we did the right thing.",
    );
    expect(r.report.crossDuplicates).toBeGreaterThanOrEqual(4);
  });

  it('restores "international" in both spun copies of the "bulwark" quote', () => {
    const r = cleanCluster(seeds);
    const texts = r.docs.map((d) => d.text);
    expect(texts[0]).toContain("bulwark of international peace and security");
    expect(texts[2]).toContain("bulwark of international peace and security");
    const f = r.docs[2]!.findings.find((x) => x.ruleId === "cross-spinner")!;
    expect(f.applied).toBe(true);
    expect(f.relatedDoc).toBe(0);
    expect(r.pairs.find((p) => p.a === "global" && p.b === "worldwide")?.canonical).toBe("international");
  });

  it("leaves no spinner residue anywhere in the cluster", () => {
    const r = cleanCluster(seeds, { clusterDedup: "drop" });
    for (const d of r.docs) {
      const out = renderResult(d);
      expect(findSpinCandidates(out).map((c) => c.actual)).toEqual([]);
      for (const spun of [
        "Russian Federation",
        "North Atlantic Treaty Organisation",
        "an worldwide",
        "an global",
        "USA",
      ]) {
        expect(out, spun).not.toContain(spun);
      }
      // Spacing scars: "U.S. -Russia", "USA -led", '".With'.
      expect(out).not.toMatch(/(?:[A-Z]\.){2,} -\p{L}|\b[A-Z]{2,5} -\p{L}/u);
      expect(out).not.toMatch(/(?:^|\s)"\.\p{Lu}/mu);
    }
  });

  it("a cleaner set up once cleans clusters exactly as cleanCluster does", () => {
    const cleaner = createCleaner({ clusterDedup: "drop" });
    expect(cleaner.cleanCluster(seeds)).toEqual(cleanCluster(seeds, { clusterDedup: "drop" }));
    expect(cleaner.cleanCluster(seeds.slice(2))).toEqual(
      cleanCluster(seeds.slice(2), { clusterDedup: "drop" }),
    );
  });

  it("gives every seed a high spin score", () => {
    const r = cleanCluster(seeds);
    for (const s of r.report.spin) expect(s).toBeGreaterThan(0.9);
  });
});

describe("junk documents", () => {
  const story = seeds.slice(0, 3);
  const junk = [
    "These crawls are part of an effort to archive pages as they are created and archive the pages that they refer to.",
    "Tweet with a location\n\nYou can add location information to your Tweets, such as your city or precise location.",
    "404 Not Found\n\nThe page you requested could not be found.",
    "Rating is available when the video has been rented.\n\nThis feature is not available right now. Please try again later.",
    "these crawls are part of an effort to archive pages as they are created and archive the pages that they refer to .",
  ];
  it("marks template pages junk with a reason, keeping them in the output", () => {
    const recs = [...story, ...junk].map((text, i) => ({ id: `d${i}`, text }));
    const out = processCluster(recs);
    expect(out).toHaveLength(recs.length);
    expect(out.slice(0, 3).map((o) => o.status)).toEqual(["article", "article", "article"]);
    expect(out.slice(3).map((o) => o.junkReason)).toEqual([
      "web-archive-notice",
      "twitter-widget",
      "not-found",
      "video-player",
      "web-archive-notice",
    ]);
  });

  it("marks a consent wall junk, and keeps an article quoting a company's privacy line", () => {
    const wall = processRecord({
      id: "wall",
      text:
        "We value your privacy\n\nWe and our partners store and/or access information on a device, such as cookies " +
        "and process personal data, such as unique identifiers and standard information sent by a device for " +
        "personalised ads and content, ad and content measurement, and audience insights.\n\nAccept all\n\nManage preferences",
    });
    expect(wall.status).toBe("junk");
    expect(wall.junkReason).toBe("cookie-or-javascript-notice");
    const article = processRecord({
      id: "article",
      text:
        'Apple is facing criticism over privacy. "We value your privacy," the company said in a statement on Monday, ' +
        "adding that it would publish a report on how it handles the data of its users.",
    });
    expect(article.status).toBe("article");
  });

  it("flags an off-topic document of a cluster", () => {
    const offTopic =
      "The city council approved a new budget for schools and road repairs on Tuesday evening.\n\n" +
      "Teachers welcomed the extra money for classrooms, libraries and sports equipment.\n\n" +
      "The mayor said property taxes would stay at their current level for another year, and that bus fares " +
      "would not change before the autumn.";
    const r = cleanCluster([...story, offTopic]);
    expect(r.docs.slice(0, 3).map((d) => d.status)).toEqual(["article", "article", "article"]);
    expect(r.docs[3]!.status).toBe("junk");
    expect(r.docs[3]!.junk?.reason).toBe("off-topic");
  });

  it("counts every word an off-topic document shares, also one far into a long document read in pieces", () => {
    const offTopic =
      "The city council approved a new budget for schools and road repairs on Tuesday evening.\n\n" +
      "Teachers welcomed the extra money for classrooms, libraries and sports equipment.\n\n" +
      "The mayor said property taxes would stay at their current level for another year, and that bus fares " +
      "would not change before the autumn.\n\n" +
      "Volunteers planted tulips, daffodils and cherry trees along the canal towpath, and a bakery donated " +
      "muffins, lemonade and blueberry pies to the gardeners.";
    const shared = (docs: string[]) => {
      const m = /^(\d+) of (\d+) content words shared/.exec(
        cleanCluster(docs).docs.at(-1)!.junk?.evidence ?? "",
      );
      return m ? [+m[1]!, +m[2]!] : undefined;
    };
    const alone = shared([...story, offTopic])!;
    expect(alone[0]).toBeLessThan(4);
    // The same story with "classrooms" 1,500 characters into its first page: one more word shared.
    const [first, ...rest] = story;
    const padded = `${first}\n\n${"Diplomats met again in Moscow on the talks. ".repeat(35)}Classrooms were closed.`;
    expect(shared([padded, ...rest, offTopic])).toEqual([alone[0] + 1, alone[1]]);
  });

  it("does not count names every story shares (United States, President, Monday) as evidence of one story", () => {
    const body =
      "Gardeners from across the county filled the showground on Monday for the annual flower festival, " +
      "where a United States florist and the President of the horticultural society judged the roses.\n\n" +
      "Prizes went to tulips, orchids, dahlias and a hedge sculpted like a peacock. Visitors queued for " +
      "seedlings, compost, watering cans and honey from local beekeepers, and pupils painted pots.\n\n" +
      "Organisers expect the festival to return next spring with more stalls, a brass band and a bigger marquee.";
    const r = cleanCluster([...story, body]);
    expect(r.docs[3]!.junk?.reason).toBe("off-topic");
    // Two specific names of the story (Tillerson, Lavrov) make the same text on topic.
    const named = body.replace("the President of the horticultural society", "Tillerson and Lavrov");
    expect(cleanCluster([...story, named]).docs[3]!.status).toBe("article");
  });

  it("with --cluster-dedup drop, pages that shared wire copy stay articles (none is off-topic)", () => {
    const paras = [
      "The river burst its banks on Sunday night after three days of heavy rain, flooding hundreds of homes in the valley.",
      "Rescue teams in boats carried elderly residents from their houses, and the army sent trucks to clear the main road.",
      "The regional governor said the water had reached its highest level in forty years and asked people to stay indoors.",
      "Farmers said the floods had destroyed most of the wheat harvest, which was due to be brought in next week.",
      "Engineers will inspect the old stone bridge on Monday, after cracks appeared in two of its arches during the night.",
      "Schools across the valley will stay closed until Wednesday, and the railway line to the coast remains shut.",
    ];
    const title = "Valley floods after record rain";
    const docs = [
      `${title}\n\n${paras.join("\n\n")}`,
      `${title}\n\n${paras.slice(0, 3).join("\n\n")}\n\nMore rain is forecast for Tuesday.`,
      `${title}\n\n${paras.slice(3).join("\n\n")}\n\nVolunteers are collecting blankets at the town hall.`,
    ];
    const r = cleanCluster(docs, { clusterDedup: "drop" });
    // The later pages keep only what they add; what is left of them shares no words with the
    // first page, which must not make the first page (or them) off-topic.
    expect(r.docs.map((d) => d.text)).toEqual([
      paras.join("\n\n"),
      "More rain is forecast for Tuesday.",
      "Volunteers are collecting blankets at the town hall.",
    ]);
    expect(r.docs.map((d) => d.status)).toEqual(["article", "article", "article"]);
  });

  it("reports a spun copy of an earlier document's sentence as a cross-document duplicate", () => {
    const r = cleanCluster([
      "Talks stall\n\nThe minister said it is an international crisis that needs a quick answer.",
      "Talks stall again\n\nThe minister said it is an worldwide crisis that needs a quick answer.",
    ]);
    // Reported once: the second pass, which sees the spin fixed, does not report it again.
    const found = r.docs[1]!.findings.filter((x) => x.ruleId === "cross-duplicate");
    expect(found).toHaveLength(1);
    const f = found[0];
    expect(f?.relatedDoc).toBe(0);
    expect(f?.actual).toBe("The minister said it is an worldwide crisis that needs a quick answer.");
  });

  it("points a later page's copy at the first of two copies within the first page", () => {
    const s = "The bridge will stay closed to traffic until the inspectors finish their work.";
    const first = `Bridge shut\n\n${s}\n\nEngineers found cracks in two of its piers on Friday.\n\n${s}`;
    const r = cleanCluster([first, `Bridge stays shut\n\nOfficials met on Saturday.\n\n${s}`]);
    const found = r.docs[1]!.findings.filter((x) => x.ruleId === "cross-duplicate");
    expect(found.map((f) => [f.relatedDoc, f.related?.start])).toEqual([[0, first.indexOf(s)]]);
  });

  it("restores a quotation spun differently in two pages whose sentences around it differ", () => {
    const r = cleanCluster([
      'Talks end\n\nHe said "the pact is a bulwark of worldwide peace and security for the region" and left.',
      'Talks end in Geneva\n\n"The pact is a bulwark of global peace and security for the region," the envoy told reporters.',
    ]);
    for (const d of r.docs) {
      expect(d.text).toContain("bulwark of international peace and security");
      expect(d.findings.some((f) => f.ruleId === "cross-spinner" && f.applied)).toBe(true);
    }
  });

  it("keeps an empty document as junk instead of failing the cluster", () => {
    const out = processCluster([
      { id: "a", text: seeds[0]! },
      { id: "b", text: "   " },
      { id: "c", text: seeds[1]! },
    ]);
    expect(out.map((o) => o.status)).toEqual(["article", "junk", "article"]);
    expect(out[1]!.junkReason).toBe("empty");
  });
});

describe("template junk families", () => {
  const wrap = (page: string) => processRecord({ id: "p", text: page });
  it.each([
    [
      "region-block",
      "Unfortunately, our website is currently unavailable in most European countries. We are engaged on the issue and committed to looking at options that support our full range of digital offerings to the EU market. We continue to identify technical compliance solutions that will provide all readers with our award-winning journalism.",
    ],
    ["region-block", "This video is not available in your country.\n\nWatch more videos"],
    [
      "cookie-or-javascript-notice",
      "Checking your browser before accessing example.com.\n\nThis process is automatic. Your browser will redirect to your requested content shortly.\n\nPlease allow up to 5 seconds…",
    ],
    [
      "cookie-or-javascript-notice",
      "Please verify you are a human\n\nPress & Hold to confirm you are a human (and not a bot).\n\nReference ID 1a2b3c",
    ],
    [
      "cookie-or-javascript-notice",
      "We noticed you're using an ad blocker. Please disable your ad blocker or whitelist our site to keep reading.",
    ],
    [
      "not-found",
      "Sorry, this page isn't available.\n\nThe link you followed may be broken, or the page may have been removed.",
    ],
    ["not-found", "This article is no longer available.\n\nReturn to the home page"],
    [
      "not-found",
      "Not Found\n\nThe requested URL was not found on this server.\n\nApache/2.4.29 (Ubuntu) Server at www.example.com Port 80",
    ],
    ["cookie-or-javascript-notice", "Something went wrong. Please try again later.\n\nTry again"],
    [
      "cookie-or-javascript-notice",
      "Your browser is not supported. Please upgrade to a modern browser to view this site.",
    ],
    [
      "cookie-or-javascript-notice",
      "Thank you for your patience while we verify access. If you are using an ad-blocker it might be causing the problem.",
    ],
    [
      "paywall-or-login",
      "Log in to your account\n\nEmail\n\nPassword\n\nForgot your password?\n\nDon't have an account? Sign up",
    ],
    [
      "video-player",
      "Mayor speaks after council vote\n\nWant to watch this again later? Sign in to add this video to a playlist.\n\nDon't like this video? Sign in to make your opinion count.\n\nThe interactive transcript could not be loaded.\n\nRating is available when the video has been rented.",
    ],
    [
      "paywall-or-login",
      "Log into Facebook | Facebook\n\nYou must log in to continue.\n\nLog Into Facebook\n\nEmail or Phone\n\nPassword",
    ],
    [
      "paywall-or-login",
      "Subscribe to continue reading.\n\nYou have reached your limit of free articles this month. Already a subscriber? Log in.",
    ],
    [
      "not-found",
      "Oops! That page can't be found.\n\nIt looks like nothing was found at this location. Maybe try a search?",
    ],
    ["not-found", "403 Forbidden\n\nnginx"],
    ["not-found", "The server encountered an internal error and was unable to complete your request."],
    ["video-player", "This video has been removed for violating YouTube's Terms of Service."],
    [
      "web-archive-notice",
      "Hrm. Wayback Machine has not archived that URL.\n\nThis page is not available on the web",
    ],
    [
      "cookie-or-javascript-notice",
      "Your browser is out of date. Please update your browser to view this website correctly.",
    ],
    [
      "cookie-or-javascript-notice",
      "To continue, please click the box below to let us know you're not a robot.",
    ],
    [
      "paywall-or-login",
      "This content is available to subscribers only.\n\nSubscribe to read the full story. Log in to continue reading.",
    ],
    ["not-found", "502 Bad Gateway\n\nnginx"],
    [
      "not-found",
      "Service Temporarily Unavailable\n\nThe server is temporarily unable to service your request due to maintenance downtime or capacity problems.",
    ],
    ["not-found", "This site can’t be reached\n\nexample.com refused to connect."],
    ["cookie-or-javascript-notice", "Enable JavaScript and cookies to continue"],
    [
      "cookie-or-javascript-notice",
      "Pardon Our Interruption\n\nAs you were browsing something about your browser made us think you were a bot.",
    ],
    [
      "cookie-or-javascript-notice",
      "Your usage has been flagged as a violation of our terms of service. For inquiries related to this message please contact support.",
    ],
    ["region-block", "We're sorry, this content is not available in your location."],
  ])("%s: %s", (reason, page) => {
    const out = wrap(page);
    expect(out.status).toBe("junk");
    expect(out.junkReason).toBe(reason);
  });

  it("a story's lead cut off by a paywall notice stays an article (the lead is the story)", () => {
    const page =
      "The city council voted on Tuesday to approve a new budget for schools, after a debate that ran past midnight and drew hundreds of parents to the chamber.\n\n" +
      "Subscribe to continue reading.";
    expect(wrap(page).status).toBe("article");
  });

  it("an article about paywalls that quotes a notice stays an article", () => {
    const para =
      "Publishers have tested many ways to make readers pay. Some show a short message such as “Subscribe to continue reading” after a few paragraphs, while others count free articles and stop readers when the limit is reached. ";
    const page = `${para}${para.replace("Publishers", "Editors")}\n\n${"Analysts said the approach worked best for local papers with loyal readers, and worst for national sites that depend on search traffic. ".repeat(3)}`;
    expect(wrap(page).status).toBe("article");
  });

  it("a short news brief that quotes a login prompt stays an article (login phrases need the coverage)", () => {
    const page =
      "Police warned on Monday that fake bank e-mails are spreading across the county. The messages copy a real login page, with a box that reads “Forgot your password?” under the form, and ask residents to log in to your account at a look-alike address. Officers said no bank asks for a password by e-mail.";
    expect(wrap(page).status).toBe("article");
  });

  it("marks login forms, player and server errors, browser error pages and expired subscriptions junk", () => {
    const pages: [string, string][] = [
      [
        "Log into Facebook\n\nLog in to continue. Email or phone number. Password. Forgot account? Create new account.",
        "paywall-or-login",
      ],
      ["An error occurred. Please try again later. (Playback ID: AbC123)\n\nLearn More", "video-player"],
      ["Hmm, we couldn't reach this page. Try again in a few minutes.", "not-found"],
      [
        "We're sorry, but something went wrong. We've been notified about this issue and we'll take a look at it shortly.",
        "not-found",
      ],
      [
        "The page you have requested is not available. It may have been removed, had its name changed, or is temporarily unavailable.",
        "not-found",
      ],
      ["Something went wrong. Wait a moment and try again.\n\nTry again", "cookie-or-javascript-notice"],
      [
        "You are using an outdated browser. Please upgrade your browser to improve your experience.",
        "cookie-or-javascript-notice",
      ],
      ["Something went wrong, but don't fret — let's give it another shot.", "cookie-or-javascript-notice"],
      ["This page has been removed.\n\nThe content you are looking for is no longer available.", "not-found"],
      ["Hmm, we can't reach this page.", "not-found"],
      [
        "Sorry, that page doesn't exist!\n\nYou can search Twitter using the search box below or return to the homepage.",
        "not-found",
      ],
      ["Terms of Service violation\n\nThis account has been suspended.", "not-found"],
      [
        "Our apologies, the page you requested is temporarily unavailable. Please try again later.",
        "not-found",
      ],
      [
        "Your subscription has expired. Renew now to keep reading unlimited articles. Already renewed? Sign in.",
        "paywall-or-login",
      ],
    ];
    for (const [text, reason] of pages) {
      const out = processRecord({ id: "p", text });
      expect(out.status, text).toBe("junk");
      expect(out.junkReason, text).toBe(reason);
    }
    // A short story naming the same things in prose stays an article.
    const story = processRecord({
      id: "s",
      text:
        "Something went wrong at the plant on Monday, officials said, and workers were sent home. The company asked " +
        "customers to call a phone number on its website, and said anyone whose subscription has expired would get a " +
        "month free. The mayor said she would create a new account of events for the council. Her office said the " +
        "page has been removed from the city's website and that the old forms don't exist any more.",
    });
    expect(story.status).toBe("article");
  });

  it("a template phrase over a paragraph break reads in Multi-News' NEWLINE_CHAR form too", () => {
    const text = "terms of service violation NEWLINE_CHAR NEWLINE_CHAR this account has been suspended .";
    const out = processRecord({ id: "p", text });
    expect([out.status, out.junkReason]).toEqual(["junk", "not-found"]);
    // The token is no word of the page: five notices over 45 one-word captions, a
    // paragraph each, cover over 30% of the page's words (counted as words, the
    // tokens between the paragraphs would bring that under 30%).
    const notice =
      "these crawls are part of an effort to archive pages as they are created and archive the pages that they refer to .";
    const page = [...Array(5).fill(notice), ...Array(45).fill("photos .")].join(
      " NEWLINE_CHAR NEWLINE_CHAR ",
    );
    expect(wordCount(page.replace(/NEWLINE_CHAR/g, ""))).toBeGreaterThan(150);
    expect(processRecord({ id: "q", text: page }).status).toBe("junk");
  });

  it("every template phrase, written as a page would write it, passes the cheap trigger", () => {
    const raw = (p: string) =>
      p
        .replace(/\b(\w+)n t\b/g, "$1n't")
        .replace(/ (ll|re|ve) /g, "'$1 ")
        .replace(/^./, (c) => c.toUpperCase());
    for (const t of JUNK_TEMPLATES)
      for (const p of t.phrases) {
        expect(TEMPLATE_TRIGGERS.test(p), p).toBe(true);
        expect(TEMPLATE_TRIGGERS.test(raw(p)), raw(p)).toBe(true);
      }
  });
});
