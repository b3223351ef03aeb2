/** The run summary counts spun documents (spin score ≥ 0.5) so corpus builders can drop spun sources. */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.join(import.meta.dirname, "..");
const CLI = path.join(ROOT, "dist/cli/main.js");

describe.skipIf(!existsSync(CLI))("summary: spun documents", () => {
  it("counts the five seeds as spun and the clean samples as not", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "newsclean-spin-"));
    const summary = path.join(dir, "summary.json");
    const inputs = ["seed-*", "guard-*", "clean-article-untouched"].map((g) => `samples/${g}/input.txt`);
    execFileSync(
      process.execPath,
      [CLI, "clean", ...inputs, "--summary-only", "-q", "--workers", "0", "--summary", summary],
      {
        cwd: ROOT,
      },
    );
    const s = JSON.parse(readFileSync(summary, "utf8")) as { documents: { in: number; spun: number } };
    // Every matched sample is counted: the five seeds, the guards and the clean article.
    const samples = readdirSync(path.join(ROOT, "samples"));
    const matched = samples.filter(
      (d) => d.startsWith("seed-") || d.startsWith("guard-") || d === "clean-article-untouched",
    );
    expect(s.documents.in).toBe(matched.length);
    expect(s.documents.spun).toBe(5);
  });
});
