import { describe, expect, it } from "vitest";
import { CHROME_FAMILIES } from "../src/data/chrome.js";
import { captureGroups, compileNow } from "../src/util/regex.js";

/** The engine's own count: an alternation with the empty pattern always matches "". */
const compiledCount = (re: RegExp) => new RegExp(`${re.source}|`, re.flags).exec("")!.length - 1;

describe("captureGroups", () => {
  it("counts capture groups as the regex engine does", () => {
    const cases = [
      /(a)(b)/,
      /(?:a)(?=b)(?!c)(?<=d)(?<!e)/,
      /(?<year>\d{4})-(\d\d)/,
      /[(]\((x)\)[^)(]/,
      /\\(a)/,
      /[\]()](b)/,
      /^(?:(a|(b))|c)$/u,
    ];
    for (const re of cases) expect(captureGroups(re.source), re.source).toBe(compiledCount(re));
  });

  it("counts the groups of every chrome pattern as the engine does", () => {
    for (const f of CHROME_FAMILIES)
      for (const p of f.patterns) {
        const re = p instanceof RegExp ? p : p.re;
        expect(captureGroups(re.source), re.source).toBe(compiledCount(re));
      }
  });
});

describe("compileNow", () => {
  it("leaves the regex matching as before and its lastIndex where it was", () => {
    const re = /^ab+c/gi;
    re.lastIndex = 3;
    expect(compileNow(re)).toBe(re);
    expect(re.lastIndex).toBe(3);
    re.lastIndex = 0;
    expect(re.test("ABBC and more")).toBe(true);
    expect(/^x/.test("\u0001".repeat(5))).toBe(false);
  });
});
