/**
 * Hostile HTML: each case must end in a result or in one of the documented errors, within a
 * time bound (checked through generous test timeouts, not timed assertions) and without
 * overflowing the stack.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract, htmlToText } from "../src/html/extract.js";

const PROSE = "This sentence is long enough to count as a paragraph of real prose in a page.";

describe("extract on hostile HTML", () => {
  it("refuses 50,000 nested divs quickly with a clear error (default maxDepth)", () => {
    const html = `<html><body>${"<div>".repeat(50_000)}<p>${PROSE}</p>${"</div>".repeat(50_000)}</body></html>`;
    expect(() => extract(html)).toThrow(/^html too deeply nested: more than 20000 levels/);
  }, 10_000);

  it("extracts from 50,000 nested divs when maxDepth allows it, without recursion", () => {
    const html = `<html><body>${"<div>".repeat(50_000)}<p>${PROSE}</p>${"</div>".repeat(50_000)}</body></html>`;
    expect(extract(html, { maxDepth: 60_000 }).text).toBe(PROSE);
  }, 60_000);

  it("extracts from 15,000 nested divs with the defaults", () => {
    const html = `<body>${'<div class="x">'.repeat(15_000)}<p>${PROSE}</p>`;
    expect(extract(html).text).toBe(PROSE);
    expect(htmlToText(html)).toBe(PROSE);
  }, 30_000);

  it("refuses a 20 MB text node by default and handles it when allowed", () => {
    const html = `<html><body><h1>A title</h1><p>${"word ".repeat(4_000_000)}</p></body></html>`;
    expect(() => extract(html)).toThrow(/^html too large: 20000049 chars, maxInputChars is 10000000$/);
    const r = extract(html, { maxInputChars: 25_000_000 });
    expect(r.text.length).toBe(19_999_999);
    expect(r.text.startsWith("word word")).toBe(true);
  }, 60_000);

  it("handles a 20 MB text node of lines", () => {
    const html = `<body><pre>${"line\n".repeat(4_000_000)}</pre>`;
    const r = extract(html, { maxInputChars: 25_000_000 });
    expect(r.text.split("\n")).toHaveLength(4_000_000);
  }, 60_000);

  it("returns empty text for a page of only scripts", () => {
    const html = `<html><head><script>var a = "<p>not text</p>";</script></head><body>${"<script>track()</script><style>p{}</style>".repeat(2000)}</body></html>`;
    expect(extract(html)).toEqual({ title: "", text: "", meta: {} });
  });

  it("closes unclosed tags", () => {
    const r = extract(`<html><body><div><p>${PROSE}<p>Second <b>bold <i>italic <a href=x>link`);
    expect(r.text).toBe(`${PROSE}\n\nSecond bold italic link`);
  });

  it("survives broken markup, bad entities and stray brackets", () => {
    expect(() => extract("<<<>>><!-- <div <p>>>> &#xFFFFFF; &bogus; </x></y>")).not.toThrow();
    expect(() => extract("<table><tr><td><table><td>x</table>")).not.toThrow();
    expect(() => extract('<script type="application/ld+json">{"@type": "NewsArticle", broken')).not.toThrow();
    expect(() =>
      extract('<script type="application/ld+json">[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]</script>'),
    ).not.toThrow();
  });

  it("handles 500,000 sibling spans", () => {
    const html = `<body><div>${"<span>a</span>".repeat(500_000)}</div>`;
    expect(htmlToText(html)).toBe("a".repeat(500_000));
  }, 60_000);

  it("never throws anything but its documented errors, and keeps the block format (property)", () => {
    const piece = fc.oneof(
      fc.constantFrom(
        "<div>",
        "</div>",
        "<p>",
        "</p>",
        "<br>",
        "<li>",
        "<table><tr><td>",
        "</td><td>",
        "<a href=x>",
      ),
      fc.constantFrom(
        "<script>",
        "</script>",
        "<h1>",
        "</h1>",
        '<div class="related">',
        "<span hidden>",
        "&amp;",
        "&nbsp;",
      ),
      fc.constantFrom(
        "<pre>",
        "</pre>",
        "\n",
        "\n\n  \n",
        "<blockquote>",
        "<svg>",
        "<!--",
        "-->",
        "<br><br>",
      ),
      fc.string({ maxLength: 40 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 200 }), (pieces) => {
        const r = extract(pieces.join(""));
        // blocks one blank line apart, none of them empty or holding a blank line (a <pre> keeps its indentation)
        expect(r.text).not.toMatch(/\n\n\n|^\n|\n$/);
        if (r.text)
          for (const line of r.text.split("\n\n").flatMap((b) => b.split("\n")))
            expect(line.trim()).not.toBe("");
        expect(typeof r.title).toBe("string");
      }),
      { numRuns: 300 },
    );
  });
});
