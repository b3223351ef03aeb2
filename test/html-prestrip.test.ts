import { describe, expect, it } from "vitest";
import { extract } from "../src/html/extract.js";
import { prestrip } from "../src/html/prestrip.js";

describe("prestrip", () => {
  it("cuts scripts, styles, svg, templates and noscript, and hands back JSON-LD", () => {
    const r = prestrip(
      '<p>a</p><script>var x = "<p>no</p>";</script><STYLE media=x>p{}</STYLE ><svg viewBox="0 0 1 1"><path d="M0"/></svg>' +
        '<template><p>t</p></template><noscript><img src=x></noscript><script type="application/ld+json">{"@type":"NewsArticle"}</script><p>b</p>',
    );
    expect(r.html).toBe("<p>a</p><p>b</p>");
    expect(r.jsonLd).toEqual(['{"@type":"NewsArticle"}']);
  });

  it("leaves other elements whose names start the same", () => {
    const html = "<scripts>x</scripts><style-guide>y</style-guide><svgx>z</svgx>";
    expect(prestrip(html).html).toBe(html);
  });

  it("skips comments whole: a commented-out <script> does not swallow what follows", () => {
    const html = "<!-- <script src=old.js> --><p>kept</p><script>x()</script><p>also kept</p>";
    expect(prestrip(html).html).toBe("<!-- <script src=old.js> --><p>kept</p><p>also kept</p>");
  });

  it("leaves an unclosed script to the parser", () => {
    expect(prestrip("<p>a</p><script>never closed").html).toBe("<p>a</p><script>never closed");
    expect(extract("<p>a</p><script>never closed").text).toBe("a");
  });

  it("keeps JSON-LD metadata working through extract()", () => {
    const html =
      '<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":{"name":"A B"}}</script></head><body><p>x</p></body></html>';
    expect(extract(html).meta).toMatchObject({ title: "H", author: "A B" });
  });
});
