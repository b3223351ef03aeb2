/**
 * Metamorphic invariance: for real news x, cleaning x and cleaning x with
 * seed-like defects added (spins, a repeated headline — also as the page
 * title with the site's name —, a section label, a dateline, a footer,
 * unrelated trailing headlines) give the same output.
 * Runs on the in-repo clean samples always, and on ../shared/corpora/wikinews
 * (with its real titles) when present.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { tokenise } from "../src/bench/tokenise.js";
import { SECTION_WORDS } from "../src/data/sections.js";
import { decodeHtmlBytes } from "../src/html/charset-sniff.js";
import { extract } from "../src/html/extract.js";
import { createCleaner, renderResult } from "../src/index.js";

/** Add seed-like defects to a clean article (title + body). */
function corrupt(title: string, body: string, seed: number): string {
  const spun = body
    // The spinner's expansions, where the source has the short name in running text.
    .replace(/(?<!\bthe )\bRussia\b(?!n)/g, "Russian Federation")
    .replace(/(?<!\bthe )\bNATO\b(?! \()/g, "North Atlantic Treaty Organisation")
    .replace(/\ban international\b/g, "an worldwide")
    .replace(/\bU\.S\.-(led|based|backed)\b/g, "U.S. -$1");
  const top =
    seed % 5 === 4
      ? `${title} | Daily News Network\n\n${title}`
      : seed % 2 === 0
        ? `World Media\n\n${title}\n\n${title}`
        : `${title}\n\n${title}\n\n${title}\n\nPosted April 15, 2017`;
  const tail =
    seed % 3 === 0
      ? "\n\nRelated News:"
      : seed % 3 === 1
        ? "\n\nVerizon brings Nougat to Galaxy S6 edge+, Galaxy Note 5\nYouTube Has A New Dark Mode: Here's How To Get It"
        : "\n\nRead more\nSamsung unveils foldable phone with bigger battery";
  return `${top}\n\n${spun}${tail}`;
}

type Article = { title: string; text: string };

/**
 * Titles of the articles whose cleaned output changes when `transform` adds
 * its defects — both texts put through `oneCase` first (caseless releases).
 */
function differing(
  articles: Article[],
  transform: (title: string, body: string, seed: number) => string,
  oneCase: (text: string) => string = (t) => t,
): string[] {
  const cleaner = createCleaner();
  return articles
    .filter((a, i) => {
      const clean = renderResult(cleaner.clean(oneCase(`${a.title}\n\n${a.text}`)));
      return renderResult(cleaner.clean(oneCase(transform(a.title, a.text, i)))) !== clean;
    })
    .map((a) => a.title);
}

/** The two caseless forms of a release: all lower case, all capitals. */
const ONE_CASE: [string, (t: string) => string][] = [
  ["lower-cased", (t) => t.toLowerCase()],
  ["in capitals", (t) => t.toUpperCase()],
];

/** The `k`-th item of a furniture list, cycling: each article gets its own mix. */
function pick(list: readonly string[], k: number): string {
  return list[k % list.length]!;
}

const SAMPLES = join(import.meta.dirname, "..", "samples");
const WIKINEWS = join(import.meta.dirname, "..", "..", "shared", "corpora", "wikinews-en", "articles.jsonl");

/** In-repo clean articles: a sample's first paragraph is its title. */
function samples(slugs: string[]): Article[] {
  return slugs.map((slug) => {
    const [title, ...rest] = readFileSync(join(SAMPLES, slug, "input.txt"), "utf8")
      .trim()
      .split("\n\n");
    return { title: title!, text: rest.join("\n\n") };
  });
}

/** A corpus JSONL's articles with their real titles (only when ../shared is present). */
function articlesOf(file: string): Article[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Article);
}

/** The 222 Wikinews articles. */
function wikinews(): Article[] {
  return articlesOf(WIKINEWS);
}

describe("invariance to seed-like defects", () => {
  it("holds on the in-repo clean articles", () => {
    const articles = samples([
      "guard-russian-federation-frames",
      "guard-nato-full-name",
      "guard-related-prose",
      "spinner-weak-signals-report-only",
    ]);
    expect(differing(articles, corrupt)).toEqual([]);
  });

  it.skipIf(!existsSync(WIKINEWS))("holds on the 222 Wikinews articles (../shared/corpora)", () => {
    // Every article must survive; list the ones that do not.
    expect(differing(wikinews(), corrupt)).toEqual([]);
  });
});

/**
 * Extraction defects: text taken from page source (HTML character
 * references, leftover tags), read with the wrong charset (mojibake), with
 * Windows line ends, stray edge spaces and no-break spaces, and with
 * sentences glued together.
 */
function garble(title: string, body: string, seed: number): string {
  let t = body;
  if (seed % 2 === 0) t = t.replace(/&/g, "&amp;").replace(/'/g, "&#39;").replace(/"/g, "&quot;");
  else t = t.replace(/’/g, "â€™").replace(/“/g, "â€œ").replace(/é/g, "Ã©");
  // Glue a sentence to the next where one ends on a plain word ("said. The" → "said.The").
  t = t.replace(/\b(\p{Ll}{2,})\. (\p{Lu}\p{Ll}+)/gu, (m, a: string, b: string, at: number) =>
    at % 3 === 0 ? `${a}.${b}` : m,
  );
  const lines = t
    .split("\n")
    .map((l, k) => (l !== "" && k % 4 === 1 ? ` ${l.replace(/ /, "\u00a0")}  ` : l))
    // Some paragraphs keep the page's markup.
    .map((l, k) => (l !== "" && k % 5 === 2 ? `<p>${l.replace(/ (\p{Ll}+) /u, " <em>$1</em> ")}</p>` : l));
  return `${title}\r\n\r\n${lines.join("\r\n")}`;
}

describe("invariance to extraction defects", () => {
  it("a named case: references, mojibake, markup, CRLF, edge and no-break spaces, glued sentences", () => {
    const a = {
      title: "Council approves budget",
      text: "The council's plan passed, officials said. The vote was close.\n\n\"It's a good day,\" the mayor said. Critics disagreed.",
    };
    expect(differing([a, { ...a, title: "Council approves budget again" }], garble)).toEqual([]);
  });

  it.skipIf(!existsSync(WIKINEWS))("holds on the 222 Wikinews articles (../shared/corpora)", () => {
    expect(differing(wikinews(), garble)).toEqual([]);
  });
});

/**
 * Page furniture: menu bars and bylines above the headline, chrome lines
 * between paragraphs, footers with their link lines (bulleted too) and
 * widgets below the article.
 */
const TOP = [
  "Home » World » Europe",
  "News Sport Weather Radio",
  "Skip to content",
  "Log in Subscribe",
  "By Staff Writer | Updated: April 12, 2017 10:32 IST",
  "Share on Facebook Share on Twitter",
  "Author: Jane Doe",
];
const MID = [
  "(Photo: Reuters)",
  "Advertisement",
  "Story continues below advertisement",
  "Image caption Protesters gathered outside the building",
  "AP Photo/Evan Vucci",
  "READ MORE: Council approves new budget plan",
  "Sorry, your browser does not support this video",
  "Sign up for our newsletter",
];
const BOTTOM = [
  "Related Articles\n\n* Council approves new budget plan\n* Ten things to know about the vote",
  "You may also like:\n\nApple stock hits record high ahead of iPhone launch\n\nSamsung unveils foldable phone with bigger battery",
  "Most Popular\n\nCelebrity chef opens new restaurant in Paris",
  "Copyright 2017 The Associated Press. All rights reserved.",
  "(Reporting by Tom Miles; Editing by Alison Williams)",
  "Share this article\n\nFacebook\n\nTwitter\n\nEmail",
  "Tags: politics, world",
];

function furnish(title: string, body: string, seed: number): string {
  const paras = body.split("\n\n");
  if (paras.length > 3) paras.splice(2, 0, pick(MID, seed));
  if (paras.length > 6) paras.splice(5, 0, pick(MID, seed + 3));
  const top =
    seed % 2 ? `${pick(TOP, seed)}\n\n${pick(TOP, seed + 3)}\n\n${title}` : `${title}\n\n${pick(TOP, seed)}`;
  const bottom = seed % 2 ? `${pick(BOTTOM, seed)}\n\n${pick(BOTTOM, seed + 4)}` : pick(BOTTOM, seed);
  return `${top}\n\n${paras.join("\n\n")}\n\n${bottom}`;
}

describe("invariance to page furniture", () => {
  it("holds on the in-repo clean articles", () => {
    const articles = samples([
      "guard-russian-federation-frames",
      "guard-nato-full-name",
      "guard-related-prose",
      "clean-article-untouched",
    ]);
    expect(differing(articles, furnish)).toEqual([]);
  });

  it.skipIf(!existsSync(WIKINEWS))("holds on the 222 Wikinews articles (../shared/corpora)", () => {
    expect(differing(wikinews(), furnish)).toEqual([]);
  });
});

/**
 * Headline copies, bylines and date lines in the forms scraped pages take
 * (a copy in capitals, up to four copies, an outlet's or agency's credit,
 * WordPress' "Posted on … by admin", numeric dates in either order),
 * separators and teaser lines between paragraphs, footers under other
 * headings, and a spun "USA" before federal institutions where the article
 * writes "U.S." throughout.
 */
const BYLINES = [
  "From CNN's Anna Kim",
  "By The Associated Press",
  "Reuters Staff",
  "BY MARK BROWN, STAFF WRITER",
  "By Sarah Lee and Tom Green",
];
const DATES = [
  "Last updated: 15/04/2017",
  "04.15.2017",
  "Posted on April 15th, 2017 by admin",
  "Saturday 15 April 2017 15.45 BST",
  "POSTED: 04/15/2017 03:45:00 PM EDT",
];
const BETWEEN = [
  "* * *",
  "Continue reading the main story",
  "Scroll down for video",
  "Photo: Reuters",
  "ADVERTISEMENT",
];
const FOOTERS = ["Related Articles", "Trending Now", "YOU MAY ALSO LIKE", "Latest News", "More stories"];
const LINKS = [
  "• Apple stock hits record high ahead of iPhone launch",
  "• 10 best beaches to visit this summer",
  "• Celebrity chef opens new restaurant in Paris",
];

function restyle(title: string, body: string, seed: number): string {
  const copies = [seed % 3 === 0 ? title.toUpperCase() : null, title, title, seed % 2 ? title : null];
  const top = [...copies.filter((c) => c !== null), pick(BYLINES, seed), pick(DATES, seed)].join("\n\n");
  // "USA" for "U.S." before an institution, where the article never writes a bare "US" and
  // keeps a "U.S." elsewhere (the house style the spin hides must still be readable).
  const usa = body.replace(
    /\bU\.S\. (?=(?:Congress|Senate|House|District Court|Attorney|President|Constitution)\b)/g,
    "USA ",
  );
  const spun = !/\bUS\b/.test(body) && /\bU\.S\./.test(usa) ? usa : body;
  const paras = spun.split("\n\n");
  if (paras.length > 3) paras.splice(2, 0, pick(BETWEEN, seed));
  const tail = `${pick(FOOTERS, seed)}\n\n${LINKS.join("\n")}`;
  return `${top}\n\n${paras.join("\n\n")}\n\n${tail}`;
}

describe("invariance to headline copies, bylines and date lines", () => {
  it("a named case: capitals copy, agency byline, WordPress date line, spun USA Congress", () => {
    const a = {
      title: "Senate passes budget deal after late-night vote",
      text:
        "The Senate passed a sweeping budget deal early on Friday after a late-night vote in the U.S. Congress.\n\n" +
        "Senators said the agreement would fund the government through September, a U.S. official said.\n\n" +
        "The House is expected to vote on the measure later on Friday, leaders said.\n\n" +
        "The measure now goes to the U.S. President for his signature.",
    };
    expect(differing([a, a, a, a], restyle)).toEqual([]);
  });

  it("holds on the in-repo clean articles", () => {
    const articles = samples(["guard-nato-full-name", "guard-related-prose", "clean-article-untouched"]);
    expect(differing(articles, restyle)).toEqual([]);
  });

  it.skipIf(!existsSync(WIKINEWS))("holds on the 222 Wikinews articles (../shared/corpora)", () => {
    expect(differing(wikinews(), restyle)).toEqual([]);
  });
});

/**
 * Caseless releases: corpora preprocessed to lower case ("u.s. president …"),
 * and copy in capitals only (old wire, some feeds). Each transform above,
 * put in one case after its defects are added, must clean to what the article
 * in that case cleans to.
 */
describe.each(ONE_CASE)("invariance on caseless text (%s)", (_case, oneCase) => {
  const transforms = { corrupt, furnish, restyle };
  // The in-repo articles each transform's cased test above runs on.
  const slugs: Record<keyof typeof transforms, string[]> = {
    corrupt: [
      "guard-russian-federation-frames",
      "guard-nato-full-name",
      "guard-related-prose",
      "spinner-weak-signals-report-only",
    ],
    furnish: [
      "guard-russian-federation-frames",
      "guard-nato-full-name",
      "guard-related-prose",
      "clean-article-untouched",
    ],
    restyle: ["guard-nato-full-name", "guard-related-prose", "clean-article-untouched"],
  };

  it("a named case: spun names, a headline with the site's name, a section label, a footer", () => {
    const a = {
      title: "Russia vetoes UN resolution on Syria",
      text:
        "Russia vetoed a draft resolution at the UN Security Council on Wednesday, diplomats said.\n\n" +
        "The U.S. ambassador said Russia had isolated itself, and NATO officials called for an international investigation.\n\n" +
        "The Russian Federation Council will meet next week, a spokesman for the Kremlin said.",
    };
    for (const t of Object.values(transforms)) expect(differing([a, a, a, a, a], t, oneCase)).toEqual([]);
  });

  it.each(Object.entries(transforms))("%s holds on the in-repo clean articles", (name, t) => {
    const articles = samples(slugs[name as keyof typeof transforms]);
    expect(differing(articles, t, oneCase)).toEqual([]);
  });

  it.skipIf(!existsSync(WIKINEWS)).each(Object.entries(transforms))(
    "%s holds on the 222 Wikinews articles (../shared/corpora)",
    (_name, t) => {
      expect(differing(wikinews(), t, oneCase)).toEqual([]);
    },
  );
});

/**
 * Hard-wrapped text (e-mail, plain-text exports): every paragraph wrapped at
 * a fixed width, as a greedy wrapper breaks lines at spaces. The cleaned
 * output keeps the same words in the same order as the unwrapped article's
 * (line breaks aside: a two-line paragraph ending a sentence at its break
 * cannot be told from two paragraph lines).
 */
function hardWrap(text: string, width: number): string {
  return text
    .split("\n\n")
    .map((p) => {
      const lines: string[] = [];
      let line = "";
      for (const w of p.split(" ")) {
        if (line && line.length + 1 + w.length > width) {
          lines.push(line);
          line = w;
        } else line = line ? `${line} ${w}` : w;
      }
      if (line) lines.push(line);
      return lines.join("\n");
    })
    .join("\n\n");
}

describe("invariance to hard-wrapped lines", () => {
  const words = (s: string) => s.split(/\s+/).filter(Boolean).join(" ");
  const changed = (articles: Article[], width: number) => {
    const cleaner = createCleaner();
    return articles
      .filter((a) => {
        const x = `${a.title}\n\n${a.text}`;
        return (
          words(renderResult(cleaner.clean(hardWrap(x, width)))) !== words(renderResult(cleaner.clean(x)))
        );
      })
      .map((a) => a.title);
  };

  it.each([50, 72, 100])("holds on the in-repo clean articles wrapped at %i", (width) => {
    const articles = samples(["clean-article-untouched", "guard-related-prose", "guard-nato-full-name"]);
    expect(changed(articles, width)).toEqual([]);
  });

  it.skipIf(!existsSync(WIKINEWS)).each([50, 72, 100])(
    "holds on the 222 Wikinews articles wrapped at %i (../shared/corpora)",
    (width) => {
      expect(changed(wikinews(), width)).toEqual([]);
    },
  );
});

/**
 * Section labels above headlines of any length (OneStopEnglish titles are one
 * or two words: "Rats", "India's rich"), contributors' and correspondents'
 * credits, a site's "Popular on …" box, and a trailing headline of another
 * story that shares only a year and chance words with the article.
 */
const LABELS = ["Health & Science", "U.S. News", "Asia Pacific", "Business | Markets", "WORLD", "Politics"];
const CREDITS = [
  "From Alex Smith in Brussels",
  "Alex Smith Special to The Times",
  "By JOHN DOE Special to The New York Times",
  "From Maria Lopez and Tom Brown in New York",
];
const OTHER_STORIES = [
  "Popular on Yahoo\nStar hits back at critics over red carpet dress",
  "Trending on CNN\nKardashian Baby News Breaks The Internet",
  "The Best Budget Laptops Of 2017",
  "Verizon Unveils New Smartwatch For Kids",
];

function relabel(title: string, body: string, seed: number): string {
  return `${pick(LABELS, seed)}\n\n${title}\n\n${pick(CREDITS, seed)}\n\n${body}\n\n${pick(OTHER_STORIES, seed)}`;
}

const OSE = join(
  import.meta.dirname,
  "..",
  "..",
  "shared",
  "corpora",
  "onestopenglish-adv",
  "articles.jsonl",
);

describe("invariance to section labels over short headlines, credits and other stories", () => {
  it("a named case: a one-word headline under a label, a correspondent, a year-sharing headline", () => {
    const a = {
      title: "Rats",
      text:
        "Scientists in Belgium have trained African giant rats to sniff out tuberculosis, a study said on Tuesday.\n\n" +
        "The team began the project in 2017 and now works with hospitals in Tanzania and Mozambique.\n\n" +
        '"They are fast, cheap and they do not get bored," said the project\'s director.',
    };
    expect(differing([a, a, a, a], relabel)).toEqual([]);
  });

  it("holds on the in-repo clean articles", () => {
    const articles = samples(["guard-nato-full-name", "guard-related-prose", "guard-usa-legit-uses"]);
    expect(differing(articles, relabel)).toEqual([]);
  });

  it.skipIf(!existsSync(WIKINEWS) || !existsSync(OSE))(
    "holds on the 327 Wikinews and OneStopEnglish articles (../shared/corpora) whose title reads as a headline",
    () => {
      const ose = articlesOf(OSE);
      // A label stays above a title that is itself all section words ("Music", "Syria")
      // or starts in lower case ("are you a bad boyfriend"): neither reads as a headline
      // under a label (section-line's guards).
      const sectionWords = (t: string) =>
        t
          .toLowerCase()
          .split(/\s+/)
          .every((w) => SECTION_WORDS.has(w));
      const headlines = ose.filter((a) => /^\p{Lu}/u.test(a.title) && !sectionWords(a.title));
      expect(differing([...wikinews(), ...headlines], relabel)).toEqual([]);
    },
  );
});

/**
 * Headline copies as sites shorten, stack and decorate them: a <title> or
 * teaser cut with an ellipsis (mid-sentence too) above the headline, the
 * headline three times on single lines, with the site's name before it or
 * the site and section after it, with a tag, or as a sentence.
 */
function recopy(title: string, body: string, seed: number): string {
  const words = title.split(" ");
  const copies = [
    words.length >= 6 ? `${words.slice(0, Math.max(3, words.length - 3)).join(" ")}…\n\n${title}` : title,
    `${title}\n${title}\n${title}`,
    `BBC News | ${title}\n\n${title}`,
    `CNN: ${title}\n\n${title}`,
    `${title} | World | The Guardian\n\n${title}`,
    `${title} (PHOTOS)\n\n${title}`,
    `${title.replace(/[.!?]$/, "")}.\n\n${title}`,
  ];
  return `${copies[seed % copies.length]}\n\n${body}`;
}

describe("invariance to cut and stacked headline copies", () => {
  it("holds on the in-repo clean articles", () => {
    const articles = samples(["guard-nato-full-name", "guard-related-prose", "guard-usa-legit-uses"]);
    expect(differing([...articles, ...articles], recopy)).toEqual([]);
  });

  it.skipIf(!existsSync(WIKINEWS))("holds on the 222 Wikinews articles (../shared/corpora)", () => {
    expect(differing(wikinews(), recopy)).toEqual([]);
  });
});

/** The transforms above on caseless text: each put in one case after its defects are added. */
describe.each(ONE_CASE)(
  "invariance of labels, credits, other stories and headline copies on caseless text (%s)",
  (_case, oneCase) => {
    const KICKERS = ["Analysis", "EXCLUSIVE", "Opinion"];
    const more = (title: string, body: string, seed: number) =>
      `${title}\n\n${KICKERS[seed % KICKERS.length]}\n\n${seed % 2 ? "October 14, 2017 by Jane Doe" : "Jane Doe | Oct 14, 2017"}\n\n${body}`;
    const transforms = { relabel, recopy, more };

    it.each(Object.entries(transforms))("%s holds on the in-repo clean articles", (_name, t) => {
      const articles = samples(["guard-nato-full-name", "guard-related-prose", "guard-usa-legit-uses"]);
      expect(differing([...articles, ...articles], t, oneCase)).toEqual([]);
    });

    it.skipIf(!existsSync(WIKINEWS)).each(Object.entries(transforms))(
      "%s holds on the 222 Wikinews articles (../shared/corpora)",
      (_name, t) => {
        expect(differing(wikinews(), t, oneCase)).toEqual([]);
      },
    );
  },
);

/**
 * Page controls and desk credits (session 11): a section label with the
 * site's name, names with the outlet or a desk title under the headline, a
 * yearless date, player, gallery and account controls between paragraphs,
 * source credits, a contact line, a link to the previous post and a sign-off
 * at the end.
 */
const LABELS_WITH_SITE = ["Politics | The Daily Ledger", "World News - The Ledger", "Business | Ledger"];
const DESK_CREDITS = ["Priya Raman | The Hill", "Jane Doe Senior Reporter", "John Roe @johnroe"];
const CONTROLS = [
  "Gift this article",
  "— Advertisement —",
  "Photo gallery",
  "See all 12 photos",
  "Video Duration 2:31",
  "Click to play video",
  "Listen · 4:32",
  "Open menu",
];
const CLOSERS = [
  "Via: Ledger Wire",
  "« Council delays vote on bus lanes",
  "Contact Jane Doe at jane@example.com or 555-0142.",
  "Have a story idea? Email us",
];
function controls(title: string, body: string, seed: number): string {
  const paras = body.split("\n\n");
  if (paras.length > 2) paras.splice(1, 0, pick(CONTROLS, seed));
  if (paras.length > 5) paras.splice(4, 0, pick(CONTROLS, seed + 3));
  const top = `${pick(LABELS_WITH_SITE, seed)}\n\n${title}\n\n${pick(DESK_CREDITS, seed)}\n\nPosted at 11:02h, 15 April`;
  return `${top}\n\n${paras.join("\n\n")}\n\n${pick(CLOSERS, seed)}\n\n-- Jane Doe`;
}

/**
 * A transform's two checks: on three in-repo clean articles (each `copies`
 * times, so each gets several furniture mixes) and on the 222 Wikinews articles.
 */
function itHolds(
  transform: (title: string, body: string, seed: number) => string,
  oneCase?: (text: string) => string,
  copies = 3,
): void {
  it("holds on the in-repo clean articles", () => {
    const articles = samples(["guard-nato-full-name", "guard-related-prose", "guard-usa-legit-uses"]);
    expect(differing(Array.from({ length: copies }, () => articles).flat(), transform, oneCase)).toEqual([]);
  });

  it.skipIf(!existsSync(WIKINEWS))("holds on the 222 Wikinews articles (../shared/corpora)", () => {
    expect(differing(wikinews(), transform, oneCase)).toEqual([]);
  });
}

describe("invariance to page controls and desk credits", () => {
  itHolds(controls);
});

describe.each(ONE_CASE)(
  "invariance to page controls and desk credits on caseless text (%s)",
  (_case, oneCase) => {
    itHolds(controls, oneCase);
  },
);

/** A paper's name above the headline, between paragraphs or at the foot (cased pages: the capitals are the signal). */
const MASTHEADS = ["The Daily Ledger", "Springfield Gazette", "The Harbour Times", "Los Angeles Times"];
function mastheads(title: string, body: string, seed: number): string {
  const paras = body.split("\n\n");
  if (paras.length > 3) paras.splice(2, 0, pick(MASTHEADS, seed + 1));
  return `${pick(MASTHEADS, seed)}\n\n${title}\n\n${paras.join("\n\n")}\n\n${pick(MASTHEADS, seed + 2)}`;
}

describe("invariance to mastheads", () => {
  itHolds(mastheads, undefined, 4);
});

/**
 * Widgets, embeds and closers (session 12): an ad slot's line, player and
 * tool-bar text, the markers an embed leaves, teasers and tag lines between
 * paragraphs, and a share counter, a form's fine print and an author's bio at
 * the end. (An independent probe found these families; the strings here are
 * this test's own.)
 */
const WIDGETS = [
  "(Article continues below)",
  "Text continues after this advertisement",
  "Video Player is loading.",
  "Autoplay: Off",
  "1:05 / 3:40",
  "Listen (5 min)",
  "Add to reading list",
  "Skip Instagram post by @ledgerphotos",
  "End of YouTube post, 1",
  "Allow YouTube content?",
  "Loading comments...",
  "Read: Ferry fares rise for the third year",
  "[Related: Ferry fares rise for the third year]",
  "» Ferry fares rise for the third year",
];
const CLOSING = [
  "#ledger #local #news",
  "Tagged with: Transport, Ferries",
  "This article has been shared 1,204 times.",
  "Please enter a valid email address",
  "Priya Raman is a staff writer covering transport for The Daily Ledger.",
  "John Roe covers the courts for the Ledger. Reach him at jroe@example.com.",
];
function widgets(title: string, body: string, seed: number): string {
  const paras = body.split("\n\n");
  if (paras.length > 2) paras.splice(1, 0, pick(WIDGETS, seed));
  if (paras.length > 5) paras.splice(4, 0, pick(WIDGETS, seed + 5));
  return `${title}\n\n${paras.join("\n\n")}\n\n${pick(CLOSING, seed)}`;
}

describe("invariance to widgets, embeds and closers", () => {
  itHolds(widgets, undefined, 5);
});

describe.each(ONE_CASE)(
  "invariance to widgets, embeds and closers on caseless text (%s)",
  (_case, oneCase) => {
    itHolds(widgets, oneCase, 5);
  },
);

/**
 * Pages that lost their headline (extractors leave it out: the extraction
 * benchmark's ground truth and Readability's output start on the story): a
 * section label above the story, its first line repeated once or twice, a
 * footer with a heading, unrelated headlines under it.
 */
function headless(_title: string, body: string, seed: number): string {
  const first = body.split("\n")[0]!;
  const top = pick(["World Media\n\n", `${first}\n\n`, `${first}\n\n${first}\n\n`], seed);
  const tail = pick(
    ["\n\nRelated News:", "\n\nRelated news\n\nVerizon brings Nougat to Galaxy S6 edge+, Galaxy Note 5"],
    seed >> 1,
  );
  return `${top}${body}${tail}`;
}

const GROUND_TRUTH = join(
  import.meta.dirname,
  "..",
  "..",
  "shared",
  "bench",
  "article-extraction-benchmark",
  "ground-truth.json",
);

/** The articles of the extraction benchmark's ground truth, without a title: real pages in many languages. */
function groundTruth(): Article[] {
  const truth = JSON.parse(readFileSync(GROUND_TRUTH, "utf8")) as Record<string, { articleBody?: string }>;
  return Object.values(truth)
    .map((v) => ({ title: "", text: (v.articleBody ?? "").trim() }))
    .filter((a) => a.text !== "");
}

describe("invariance on pages without their headline", () => {
  it("holds on the in-repo clean articles, their titles left out", () => {
    const articles = samples(["guard-nato-full-name", "guard-related-prose", "guard-usa-legit-uses"]).map(
      (a) => ({ title: "", text: a.text }),
    );
    const six = Array.from({ length: 6 }, () => articles).flat();
    expect(differing(six, headless)).toEqual([]);
    expect(differing(six, headless, (t) => t.toLowerCase())).toEqual([]);
  });

  it.skipIf(!existsSync(WIKINEWS))("holds on the 222 Wikinews articles, their titles left out", () => {
    expect(
      differing(
        wikinews().map((a) => ({ title: "", text: a.text })),
        headless,
      ),
    ).toEqual([]);
  });

  it.skipIf(!existsSync(GROUND_TRUTH))(
    "holds on the 181 real pages of the extraction benchmark (../shared/bench), in any case",
    () => {
      // Each page gets two mixes: seeds i and i + 1 cycle through the tops and the tails.
      const pages = groundTruth();
      const shifted = [{ title: "", text: "" }, ...pages];
      for (const oneCase of [undefined, (t: string) => t.toLowerCase()]) {
        const failed = [...differing(pages, headless, oneCase), ...differing(shifted, headless, oneCase)];
        // Measured: one page, a two-word headline in capitals under the label ("GIRLS
        // BASKETBALL": a label of two words over a headline of two is no label).
        expect(failed.length, JSON.stringify(failed)).toBeLessThanOrEqual(1);
      }
    },
  );
});

describe("invariance in a tokenised release (lower case, spaced punctuation, NEWLINE_CHAR)", () => {
  it("a named case: a credit line between paragraphs, a copyright line and a footer in the release's form", () => {
    const a = samples(["guard-related-prose"])[0]!;
    const furnished = (title: string, body: string) => {
      const [lead, ...rest] = body.split("\n\n");
      return `${title}\n\n${lead}\n\n(Reporting by Jane Doe; Editing by John Roe)\n\n${rest.join("\n\n")}\n\n© 2019 The Associated Press. All rights reserved.\n\nRelated News:`;
    };
    expect(differing([a], furnished, tokenise)).toEqual([]);
  });

  it("holds on the in-repo clean articles, with seed-like defects and without their titles", () => {
    const articles = samples(["guard-nato-full-name", "guard-related-prose", "guard-usa-legit-uses"]);
    expect(differing(articles, corrupt, tokenise)).toEqual([]);
    const six = Array.from({ length: 6 }, () => articles.map((a) => ({ title: "", text: a.text }))).flat();
    expect(differing(six, headless, tokenise)).toEqual([]);
  });

  it.skipIf(!existsSync(WIKINEWS))("holds on the 222 Wikinews articles (../shared/corpora)", () => {
    expect(differing(wikinews(), corrupt, tokenise)).toEqual([]);
  });
});

/**
 * Real pages with their titles, as newsclean's HTML path reads them (the
 * extraction benchmark's 181 pages in ../shared/bench: many sites and
 * languages, their own furniture left in), and the seeds' defects put on
 * them: the headline repeated, with the site's name, under a label, a date
 * line or a byline under it, spins, footers and other stories' headlines.
 */
const BENCH_HTML = join(
  import.meta.dirname,
  "..",
  "..",
  "shared",
  "bench",
  "article-extraction-benchmark",
  "html",
);
const SEED_DEFECTS: Record<string, (title: string, body: string) => string> = {
  "headline twice": (t, b) => `${t}\n\n${t}\n\n${b}`,
  "headline three times": (t, b) => `${t}\n\n${t}\n\n${t}\n\n${b}`,
  "page title with the site's name": (t, b) => `${t} | Daily News Network\n\n${t}\n\n${b}`,
  "a section label": (t, b) => `World Media\n\n${t}\n\n${b}`,
  "a date line": (t, b) => `${t}\n\nPosted April 15, 2017\n\n${b}`,
  "a byline": (t, b) => `${t}\n\nBy John Smith\n\n${b}`,
  spins: (t, b) =>
    `${t}\n\n${b
      .replace(/(?<!\bthe )\bRussia\b(?!n)/g, "Russian Federation")
      .replace(/(?<!\bthe )\bNATO\b(?! \()/g, "North Atlantic Treaty Organisation")
      .replace(/\ban international\b/g, "an worldwide")}`,
  "a footer": (t, b) =>
    `${t}\n\n${b}\n\nRelated News:\n\nVerizon brings Nougat to Galaxy S6 edge+, Galaxy Note 5`,
  "other stories' headlines": (t, b) =>
    `${t}\n\n${b}\n\nVerizon brings Nougat to Galaxy S6 edge+, Galaxy Note 5\n\nYouTube Has A New Dark Mode: Here's How To Get It`,
};
/** Pages that differ, per defect, when this test was written (each a page whose own shape is ambiguous). */
const SEED_DEFECT_BOUNDS: Record<string, number> = {
  "headline twice": 0,
  "headline three times": 0,
  "page title with the site's name": 3,
  "a section label": 3,
  "a date line": 0,
  "a byline": 0,
  spins: 0,
  "a footer": 0,
  // (Four lower-cased: a deals page sharing "dark mode", a galaxy story sharing "galaxy".)
  "other stories' headlines": 4,
};

describe.skipIf(!existsSync(BENCH_HTML))(
  "invariance on real pages with their titles (../shared/bench)",
  () => {
    it("holds for the seeds' defects on the 181 pages of the extraction benchmark, cased and lower-cased", () => {
      const pages = readdirSync(BENCH_HTML)
        .filter((f) => f.endsWith(".html.gz"))
        .map((f) => extract(decodeHtmlBytes(gunzipSync(readFileSync(join(BENCH_HTML, f)))).text))
        .filter((p) => p.title.trim() !== "" && p.text.trim() !== "")
        .map((p) => ({ title: p.title.trim(), body: p.text.trim() }));
      expect(pages.length).toBeGreaterThan(170);
      const cleaner = createCleaner();
      // Title and text compared, not only the rendered page: a copy must not become the title.
      const out = (t: string) => {
        const r = cleaner.clean(t);
        return `${r.title}\u0000${r.text}`;
      };
      for (const oneCase of [(t: string) => t, (t: string) => t.toLowerCase()]) {
        const failed: Record<string, number> = {};
        for (const { title, body } of pages) {
          const own = out(oneCase(`${title}\n\n${body}`));
          for (const [name, add] of Object.entries(SEED_DEFECTS))
            if (out(oneCase(add(title, body))) !== own) failed[name] = (failed[name] ?? 0) + 1;
        }
        for (const name of Object.keys(SEED_DEFECTS))
          expect(failed[name] ?? 0, name).toBeLessThanOrEqual(SEED_DEFECT_BOUNDS[name]!);
      }
    });
  },
);

/**
 * The spinner's "USA" for every "U.S." of the body (a whole page spun): the
 * cleaner restores them from the contexts alone — adjectival "USA officials",
 * "USA-designated", "then-USA-president", "the USA Treasury" — and from the
 * house style of what is left, which a currency's "US$" must not set.
 */
/** A "U.S." in running text (before a space, punctuation or a hyphen): what the spinner swaps. */
const DOTTED_US = /\bU\.S\.(?=[\s,;:)-])/g;

function allUsa(title: string, body: string): string {
  return `${title}\n\n${body.replace(DOTTED_US, "USA")}`;
}

/** An article that writes the United States "U.S." only (never a bare "US"; "US$" is a currency). */
function dottedOnly(a: Article): boolean {
  return a.text.search(DOTTED_US) >= 0 && !/\bUS\b(?!\$)/.test(`${a.title}\n${a.text}`);
}

describe("invariance to every U.S. spun as USA", () => {
  it("a named case: USA-designated, then-USA-president, US$ beside a spun USA", () => {
    const a = {
      title: "Treasury adds militia to terror list",
      text:
        "The U.S. Treasury on Monday named the militia a U.S.-designated terrorist group, officials said.\n\n" +
        "The group was first listed in 1997, when then-U.S.-president Bill Clinton ordered a review.\n\n" +
        "The militia holds US$5 million and US$2 million in frozen U.S. accounts, the Treasury said.",
    };
    expect(differing([a], allUsa)).toEqual([]);
  });

  it.skipIf(!existsSync(WIKINEWS) || !existsSync(OSE))(
    "holds on the corpora's articles that write U.S. only (../shared/corpora)",
    () => {
      const articles = [...wikinews(), ...articlesOf(OSE)].filter(dottedOnly);
      expect(articles.length).toBeGreaterThan(15);
      expect(differing(articles, allUsa)).toEqual([]);
    },
  );
});
