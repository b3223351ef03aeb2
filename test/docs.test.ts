/** The README's rule table matches the registry; every rule documents itself under the fixed headings. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "../src/rules/index.js";

const ROOT = join(import.meta.dirname, "..");
const HEADINGS = [
  "Summary:",
  "Why it happens:",
  "Fix and confidence:",
  "Options:",
  "Known false positives:",
  "Example:",
];

describe("documentation", () => {
  it("README rule table matches the registry", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const table = readme.slice(readme.indexOf("<!-- rules:start -->"), readme.indexOf("<!-- rules:end -->"));
    const rows = table
      .split("\n")
      .filter((l) => l.startsWith("| `"))
      .map((l) =>
        l
          .split("|")
          .slice(1, -1)
          .map((c) => c.trim()),
      );
    expect(rows.map((r) => r[0])).toEqual(RULES.map((r) => `\`${r.meta.id}\``));
    for (const [i, rule] of RULES.entries()) {
      const row = rows[i]!;
      expect(row[1]).toBe(rule.meta.kind);
      expect(row[2]).toBe(rule.meta.fixable ? "yes" : "report");
      expect(row[3]).toBe(rule.meta.description);
    }
  });

  for (const rule of RULES) {
    it(`rule ${rule.meta.id} documents itself`, () => {
      const src = readFileSync(join(ROOT, "src", "rules", `${rule.meta.id}.ts`), "utf8");
      const header = src.slice(0, src.indexOf("*/"));
      expect(header).toContain(`${rule.meta.id} —`);
      for (const h of HEADINGS) expect(header, `${rule.meta.id}: ${h}`).toContain(` * ${h}`);
    });
  }
});
