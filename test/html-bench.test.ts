/**
 * Quality gate: newsclean's extract() on the 181 pages of the article-extraction benchmark
 * (../shared/bench). The floor is the F1 reached when it was last raised; it is never lowered
 * silently. Speed is measured by `npm run bench:html`, not here. Skipped when ../shared is absent.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { aggregate, scorePage } from "../src/bench/metric.js";
import { decodeHtmlBytes } from "../src/html/charset-sniff.js";
import { extract } from "../src/html/extract.js";

const benchDir = resolve(import.meta.dirname, "../../shared/bench/article-extraction-benchmark");

/** F1 / precision / recall floors, set from the bench run of the commit that last raised them. */
const FLOOR = { f1: 0.9835, precision: 0.9807, recall: 0.9862 };

describe.skipIf(!existsSync(benchDir))("extract on the article-extraction benchmark", () => {
  it(`reaches F1 >= ${FLOOR.f1}`, () => {
    const gt = JSON.parse(readFileSync(resolve(benchDir, "ground-truth.json"), "utf8")) as Record<
      string,
      { articleBody: string; url: string }
    >;
    const files = readdirSync(resolve(benchDir, "html")).filter((f) => f.endsWith(".html.gz"));
    expect(files.length).toBe(181);
    const scores = files.map((f) => {
      const id = f.slice(0, -".html.gz".length);
      const entry = gt[id]!;
      const html = decodeHtmlBytes(gunzipSync(readFileSync(resolve(benchDir, "html", f)))).text;
      return scorePage(entry.articleBody, extract(html, { url: entry.url }).text);
    });
    const a = aggregate(scores);
    expect(a.f1).toBeGreaterThanOrEqual(FLOOR.f1);
    expect(a.precision).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(a.recall).toBeGreaterThanOrEqual(FLOOR.recall);
  }, 120_000);
});
