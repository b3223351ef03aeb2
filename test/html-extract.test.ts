import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeHtmlBytes } from "../src/html/charset-sniff.js";
import { extract, htmlToText } from "../src/html/extract.js";
import { guessLanguage } from "../src/html/language.js";
import { dateFromUrl, stripTitleSuffix, toIsoDate } from "../src/html/meta.js";

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/html/${name}.html`, import.meta.url), "utf8");

describe("extract: news page with chrome", () => {
  const r = extract(fixture("news"), { url: "https://ledger.example/news/riverside-park?utm=x" });

  it("keeps the body paragraphs and the subheading, in order, one blank line apart", () => {
    const blocks = r.text.split("\n\n");
    expect(blocks[0]).toMatch(/^The city council voted 7-2/);
    expect(blocks).toContain("Opposition from residents");
    expect(r.text).toContain("The mayor is expected to sign the measure next week.");
    expect(r.text).not.toMatch(/\n{3,}/);
  });

  it("decodes entities and collapses whitespace", () => {
    expect(r.text).toContain("£4.2 million");
    expect(r.text).toContain("“We have potholes everywhere,”");
    expect(r.text).not.toMatch(/ {2}|&\w+;/);
  });

  it.each([
    ["headline", "Council approves new riverside park plan"],
    ["byline", "By Jane Doe"],
    ["date line", "November 19, 2019"],
    ["navigation", "Sports"],
    ["breadcrumb", "Home"],
    ["share bar", "Share on Facebook"],
    ["photo caption", "Photo by John Roe"],
    ["hidden ad slot", "Advertisement"],
    ["related block heading", "Related"],
    ["related links", "Council delays vote on budget"],
    ["tags footer", "Parks"],
    ["comments", "complete waste of money"],
    ["newsletter box", "Sign up for our newsletter"],
    ["most popular", "A story everyone read"],
    ["site footer", "All rights reserved"],
    ["scripts", "trackPageView"],
    ["skip link", "Skip to content"],
  ])("drops the %s", (_label, snippet) => {
    expect(r.text).not.toContain(snippet);
  });

  it("reads the metadata", () => {
    expect(r.title).toBe("Council approves new riverside park plan");
    expect(r.meta).toEqual({
      title: "Council approves new riverside park plan",
      date: "2019-11-19T08:30:00Z",
      author: "Jane Doe",
      siteName: "The Daily Ledger",
      canonicalUrl: "https://ledger.example/news/2019/11/19/riverside-park",
      language: "en",
      description: "The city council voted 7-2 to fund the riverside park.",
    });
  });
});

describe("extract: blog post", () => {
  const r = extract(fixture("blog"));

  it("keeps the post and turns <br> into a line break inside its block", () => {
    expect(r.text.startsWith("I started walking in Sarria")).toBe(true);
    expect(r.text).toContain("far too new.\nBy noon I had blisters.");
    expect(r.text).toContain("But the pilgrims' mass made up for everything.");
  });

  it.each([
    ["site title", "Wandering Notes"],
    ["entry meta", "Posted on"],
    ["share widget", "Share this"],
    ["author box", "writes about slow travel"],
    ["post navigation", "Previous post"],
    ["comments", "Lovely writing"],
    ["sidebar widget", "Packing light"],
  ])("drops the %s", (_label, snippet) => {
    expect(r.text).not.toContain(snippet);
  });

  it("reads title, date (from <time>), author and no site name", () => {
    expect(r.title).toBe("Ten Days on the Camino");
    expect(r.meta.date).toBe("2018-06-02T10:00:00+02:00");
    expect(r.meta.author).toBe("Marta Ruiz");
    expect(r.meta.siteName).toBeUndefined();
    expect(r.meta.canonicalUrl).toBeUndefined();
    expect(r.meta.language).toBe("en"); // guessed from the text: the page declares none
  });
});

describe("extract: JSON-LD", () => {
  const r = extract(fixture("jsonld"), { url: "https://stadt.example/a/b" });

  it("reads headline, date, author list, publisher and language from JSON-LD / <html lang>", () => {
    expect(r.title).toBe("Neue Brücke über den Rhein eröffnet");
    expect(r.meta.date).toBe("2020-03-14T09:15:00+01:00");
    expect(r.meta.author).toBe("Klaus Berger");
    expect(r.meta.siteName).toBe("Stadtanzeiger");
    expect(r.meta.language).toBe("de");
    expect(r.meta.canonicalUrl).toBe("https://stadt.example/a/b");
  });

  it("uses the articleBody as evidence and keeps the DOM paragraphs", () => {
    expect(r.text.split("\n\n")).toHaveLength(3);
    expect(r.text).not.toContain("Weitere Nachrichten");
    expect(r.text).not.toContain("Neue Brücke über den Rhein eröffnet");
  });

  it("decodes markup and entities in a fallback articleBody", () => {
    const body =
      "First para with an ellipsis&hellip; and <b>bold</b> text that is long enough to matter here, and it keeps going on and on.\n\n" +
      "Second para that also goes on for a while so that the body is long enough to count as evidence, really it does, every single time it runs.";
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({ "@type": "NewsArticle", articleBody: body })}</script></head><body><div id=app></div></body></html>`;
    expect(extract(html).text).toBe(
      "First para with an ellipsis… and bold text that is long enough to matter here, and it keeps going on and on.\n\n" +
        "Second para that also goes on for a while so that the body is long enough to count as evidence, really it does, every single time it runs.",
    );
  });

  it("falls back to the articleBody when the DOM holds no body", () => {
    const html = fixture("jsonld").replace(/<body>[\s\S]*<\/body>/, "<body><div id=app></div></body>");
    const out = extract(html);
    expect(out.text).toMatch(/^Nach vier Jahren Bauzeit/);
  });
});

describe("extract: tables and lists", () => {
  it("writes one block per table row, cells joined by ' | '", () => {
    const r = extract(fixture("table"));
    expect(r.text.split("\n\n")).toEqual([
      expect.stringMatching(/^The company reported/),
      "Quarter | Revenue | Profit",
      "Q2 2019 | $1.10bn | $120m",
      "Q3 2019 | $1.23bn | $141m",
      expect.stringMatching(/^Shares rose 4%/),
    ]);
    expect(r.title).toBe("Quarterly results: revenue up 12%");
    expect(r.text).not.toContain("Markets");
  });

  it("writes one block per list item and blockquote paragraph; drops menus, hidden and 'Read more'", () => {
    const r = extract(fixture("lists"));
    const blocks = r.text.split("\n\n");
    expect(blocks).toContain("Charge phones and power banks.");
    expect(blocks).toContain("Call 911 only in an emergency.");
    expect(blocks).toContain("The worst thing you can do is drive when you do not have to.");
    expect(r.text).not.toContain("Traffic");
    expect(r.text).not.toContain("Hidden text");
    expect(r.text).not.toContain("Another hidden block");
    expect(r.text).not.toContain("Read more");
    expect(r.text).not.toContain("How to prepare for a winter storm");
  });
});

describe("extract: nested articles", () => {
  it("drops an <article> nested in the article (comments, next posts of unclosed markup)", () => {
    const para = (s: string): string =>
      `<p>${s} This sentence makes the paragraph long enough to count as prose.</p>`;
    const html = `<body><article class="post">${para("First.")}${para("Second.")}${para("Third.")}
      <article class="post">${para("Next post.")}</article></article></body>`;
    const r = extract(html);
    expect(r.text).toContain("First.");
    expect(r.text).toContain("Third.");
    expect(r.text).not.toContain("Next post.");
  });
});

describe("extract: related boxes without class words", () => {
  it("cuts the box a 'More stories' heading opens, teaser summaries included", () => {
    const para = (s: string): string =>
      `<p>${s} This sentence makes the paragraph long enough to count as prose.</p>`;
    const teaser = (s: string): string =>
      `<div class="item"><h4><a href="/${s}">${s} headline</a></h4><p>${s} summary that runs on for a good number of words, like a real teaser does.</p></div>`;
    const html = `<body><div class="main">${para("One.")}${para("Two.")}${para("Three.")}${para("Four.")}
      <div class="box"><h3>More stories</h3>${teaser("A")}${teaser("B")}</div></div></body>`;
    const r = extract(html);
    expect(r.text).toContain("Four.");
    expect(r.text).not.toContain("More stories");
    expect(r.text).not.toContain("summary");
  });
});

describe("extract: an inline 'Read more' line", () => {
  it("drops the line and its links but keeps the short paragraph after it", () => {
    const para = (s: string): string =>
      `<p>${s} This sentence makes the paragraph long enough to count as prose.</p>`;
    const html = `<body><div class="story">${para("One.")}${para("Two.")}
      <p>Read more:</p><ul><li><a href="/a">Another story</a></li></ul><p>He declined to comment.</p>${para("Three.")}</div></body>`;
    const blocks = extract(html).text.split("\n\n");
    expect(blocks).toContain("He declined to comment.");
    expect(blocks.join(" ")).not.toMatch(/Read more|Another story/);
  });
});

describe("extract: figures", () => {
  it("keeps a data table or an embedded post in a <figure>, drops a photo figure", () => {
    const para = (s: string): string =>
      `<p>${s} This sentence makes the paragraph long enough to count as prose.</p>`;
    const html = `<body><article>${para("One.")}
      <figure><table><tr><td>Team</td><td>Points</td></tr><tr><td>Reds</td><td>12</td></tr></table></figure>
      ${para("Two.")}
      <figure class="embed"><blockquote class="twitter-tweet"><p>Big win tonight!</p>— Fan (@fan) May 1, 2020</blockquote></figure>
      <figure><img src="a.jpg"><span>The stadium before the game</span></figure>${para("Three.")}</article></body>`;
    const blocks = extract(html).text.split("\n\n");
    expect(blocks).toContain("Reds | 12");
    expect(blocks).toContain("Big win tonight!");
    expect(blocks.join(" ")).not.toContain("stadium");
  });
});

describe("extract: CJK text", () => {
  it("keeps short Chinese paragraphs split by an ad box, drops the menu and links", () => {
    const p = (s: string): string => `<div class="para"><p>${s}</p></div>`;
    const html = `<html lang="zh-CN"><body><div class="nav"><a href="/">首页</a> <a href="/n">新闻</a></div>
      <div class="article">${p("北京时间昨天晚上，国家统计局发布了最新的经济数据，显示第三季度增长明显放缓。")}
      <div class="ad-box">广告</div>${p("专家表示，消费和投资两方面的压力仍然较大，政策需要进一步发力。")}
      ${p("报告还指出，出口在外部需求减弱的情况下保持了基本稳定。")}</div>
      <div class="links"><a href="/1">相关新闻一</a><a href="/2">相关新闻二</a></div></body></html>`;
    const r = extract(html);
    expect(r.text.split("\n\n")).toHaveLength(3);
    expect(r.text).not.toMatch(/首页|广告|相关新闻/);
    expect(r.meta.language).toBe("zh");
  });
});

describe("extract: ARIA landmark roles", () => {
  it("drops role=navigation/complementary/contentinfo boxes and prefers role=main", () => {
    const para = (s: string): string =>
      `<p>${s} This sentence makes the paragraph long enough to count as prose.</p>`;
    const html = `<body><div role="navigation"><p>Menu text that is long enough to look like prose, but is a menu.</p></div>
      <div role="main">${para("One.")}${para("Two.")}</div>
      <div role="complementary">${para("Aside.")}</div><div role="contentinfo">${para("Footer.")}</div></body>`;
    const r = extract(html);
    expect(r.text.split("\n\n")).toHaveLength(2);
    expect(r.text).toContain("One.");
    expect(r.text).not.toMatch(/Menu|Aside|Footer/);
  });
});

describe("extract: options and edge cases", () => {
  it("returns an empty result for empty input", () => {
    expect(extract("")).toEqual({ title: "", text: "", meta: {} });
  });

  it("takes a date from the URL path when the page has none", () => {
    const r = extract("<p>Some text.</p>", { url: "https://x.example/2017/04/15/story" });
    expect(r.meta.date).toBe("2017-04-15");
  });

  it("throws a clear error above maxInputChars", () => {
    expect(() => extract("<p>abc</p>".repeat(10), { maxInputChars: 50 })).toThrow(
      /^html too large: 100 chars/,
    );
  });

  it("htmlToText keeps every block of a fragment", () => {
    expect(htmlToText("<div><h2>A</h2><p>b <b>c</b></p><ul><li>d</li></ul></div>")).toBe("A\n\nb c\n\nd");
  });
});

describe("metadata helpers", () => {
  it.each([
    ["Headline of the story | Site Name", "Headline of the story"],
    ["Headline of the story - The Site", "Headline of the story"],
    ["Short - title", "Short - title"],
  ])("stripTitleSuffix(%j)", (input, expected) => {
    expect(stripTitleSuffix(input, undefined)).toBe(expected);
  });

  it("strips a site-name prefix", () => {
    expect(stripTitleSuffix("Ledger | Council approves park", "Ledger")).toBe("Council approves park");
  });

  it("normalizes dates to ISO 8601", () => {
    expect(toIsoDate("2019-11-19")).toBe("2019-11-19");
    expect(toIsoDate("2019-11-19 08:30:00")).toBe("2019-11-19T08:30:00");
    expect(toIsoDate("Tue, 19 Nov 2019 08:30:00 GMT")).toBe("2019-11-19T08:30:00.000Z");
    expect(toIsoDate("yesterday")).toBeUndefined();
    expect(toIsoDate("2019-11-20T09:29:08+0000")).toBe("2019-11-20T09:29:08+00:00");
    expect(dateFromUrl("https://x.example/2019/1/5/a")).toBe("2019-01-05");
    expect(dateFromUrl("https://x.example/a/b")).toBeUndefined();
  });

  it("cuts the date and buttons out of a byline box", () => {
    const page = (byline: string): string =>
      `<html><body><div class="byline">${byline}</div><p>Some text of the story.</p></body></html>`;
    expect(extract(page("By Madeline Fry | November 18, 2019 12:01 PM Print this")).meta.author).toBe(
      "Madeline Fry",
    );
    expect(extract(page("Carrie Arnold<span>November 15, 2019</span>")).meta.author).toBe("Carrie Arnold");
  });

  it("guesses the language of undeclared text, or says nothing", () => {
    expect(
      guessLanguage(
        "Le gouvernement a annoncé que les mesures sont prises pour la sécurité des citoyens et que le plan est prêt dans les jours qui viennent.",
      ),
    ).toBe("fr");
    expect(
      guessLanguage(
        "Die Regierung hat angekündigt, dass die Maßnahmen für die Sicherheit der Bürger nicht ausreichen und dass sich das auch mit dem neuen Plan nicht ändern wird.",
      ),
    ).toBe("de");
    expect(guessLanguage("12 34 56")).toBeUndefined();
  });
});

describe("decodeHtmlBytes", () => {
  it("decodes a windows-1251 page by its <meta charset>", () => {
    const head = Buffer.from('<html><head><meta charset="windows-1251"></head><body><p>', "latin1");
    const word = Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]); // "Привет" in windows-1251
    const d = decodeHtmlBytes(Buffer.concat([head, word, Buffer.from("</p></body></html>")]));
    expect(d.charset).toBe("windows-1251");
    expect(d.text).toContain("Привет");
  });

  it("honours a UTF-8 BOM and falls back to windows-1252 for invalid UTF-8", () => {
    expect(decodeHtmlBytes(Buffer.from([0xef, 0xbb, 0xbf, 0x41])).text).toBe("A");
    const d = decodeHtmlBytes(Buffer.from([0x63, 0x61, 0x66, 0xe9])); // "café" in latin-1, no declaration
    expect(d).toEqual({ text: "café", charset: "windows-1252", source: "fallback" });
  });
});
