/**
 * Golden samples: samples/<slug>/{input.txt, expected.txt, findings.txt, meta.json}.
 * meta.json declares the defect kinds present; the test checks each declared
 * kind was fixed and no undeclared kind was applied. Regenerate expected.txt
 * and findings.txt with `UPDATE_SAMPLES=1 npx vitest run test/samples.test.ts`
 * and review the diff line by line.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type CleanOptions, clean, explainFindings, renderResult } from "../src/index.js";

const SAMPLES = join(import.meta.dirname, "..", "samples");
const UPDATE = process.env.UPDATE_SAMPLES === "1";

interface SampleMeta {
  description: string;
  kinds: string[];
  title?: string;
  date?: string;
  byline?: string;
  section?: string;
  options?: CleanOptions;
}

const slugs = readdirSync(SAMPLES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe("golden samples", () => {
  it("has the five seeds and at least 15 more cases", () => {
    expect(slugs.filter((s) => s.startsWith("seed-"))).toHaveLength(5);
    expect(slugs.filter((s) => !s.startsWith("seed-")).length).toBeGreaterThanOrEqual(15);
  });

  for (const slug of slugs) {
    it(slug, () => {
      const dir = join(SAMPLES, slug);
      const meta = JSON.parse(readFileSync(join(dir, "meta.json"), "utf8")) as SampleMeta;
      const input = readFileSync(join(dir, "input.txt"), "utf8");
      const result = clean(input, meta.options ?? {});
      const text = `${renderResult(result)}\n`;
      const findings = `${explainFindings(input, result.findings)}\n`;
      if (UPDATE) {
        writeFileSync(join(dir, "expected.txt"), text);
        writeFileSync(join(dir, "findings.txt"), findings);
      }
      expect(existsSync(join(dir, "expected.txt")), "expected.txt missing").toBe(true);
      expect(text).toBe(readFileSync(join(dir, "expected.txt"), "utf8"));
      expect(findings).toBe(readFileSync(join(dir, "findings.txt"), "utf8"));
      const applied = [...new Set(result.findings.filter((f) => f.applied).map((f) => f.kind))].sort();
      expect(applied).toEqual([...meta.kinds].sort());
      if (meta.title !== undefined) expect(result.title).toBe(meta.title);
      for (const k of ["date", "byline", "section"] as const) {
        if (meta[k] !== undefined) expect(result.meta[k]).toBe(meta[k]);
      }
    });
  }
});
