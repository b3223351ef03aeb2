/**
 * src/bench/metric.ts must reproduce the benchmark's reference scorer
 * (../shared/bench/eval-extraction.mjs): same per-page counts on tricky texts, same corpus
 * figures on a published prediction set. Skipped when ../shared is absent.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gunzipSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregate, scorePage, tokenize } from "../src/bench/metric.js";

const sharedBench = resolve(import.meta.dirname, "../../shared/bench");
const scorerPath = resolve(sharedBench, "eval-extraction.mjs");
const dataDir = resolve(sharedBench, "article-extraction-benchmark");

interface Reference {
  tokenize(text: string): string[];
  pageCounts(t: string, p: string, n?: number): { tp: number; fp: number; fn: number };
}

describe("metric (own cases)", () => {
  it("tokenizes like Python's \\w+ on str", () => {
    expect(tokenize("Don’t stop — 3.5% of U.S._x, naïve 東京!")).toEqual([
      "Don",
      "t",
      "stop",
      "3",
      "5",
      "of",
      "U",
      "S",
      "_x",
      "naïve",
      "東京",
    ]);
  });

  it("scores identical, empty and short texts", () => {
    expect(scorePage("a b c d e", "a b c d e")).toMatchObject({ tp: 2, fp: 0, fn: 0, exact: true, f1: 1 });
    expect(scorePage("a b c d e", "")).toMatchObject({ tp: 0, fp: 0, fn: 2, precision: 0, recall: 0 });
    expect(scorePage("", "")).toMatchObject({ precision: 1, recall: 1 });
    expect(scorePage("a b", "a b")).toMatchObject({ tp: 1, exact: true });
  });

  it("averages precision only over pages with a prediction", () => {
    const a = aggregate([scorePage("a b c d", "a b c d"), scorePage("a b c d", "")]);
    expect(a.precision).toBe(1);
    expect(a.recall).toBe(0.5);
    expect(a.f1).toBeCloseTo(2 / 3, 12);
  });
});

describe.skipIf(!existsSync(scorerPath))("metric vs the reference scorer", () => {
  it("gives the same per-page counts on random texts", async () => {
    const ref = (await import(pathToFileURL(scorerPath).href)) as Reference;
    const word = fc.constantFrom(
      "the",
      "a",
      "cat",
      "sat",
      "on",
      "mat",
      "é",
      "x_1",
      "42",
      "—",
      ".",
      "\n\n",
      "Don’t",
    );
    const text = fc.array(word, { maxLength: 60 }).map((ws) => ws.join(" "));
    fc.assert(
      fc.property(text, text, (t, p) => {
        const mine = scorePage(t, p);
        const theirs = ref.pageCounts(t, p, 4);
        expect({ tp: mine.tp, fp: mine.fp, fn: mine.fn }).toEqual(theirs);
        expect(tokenize(t)).toEqual(ref.tokenize(t));
      }),
      { numRuns: 500 },
    );
  });

  it.skipIf(!existsSync(resolve(dataDir, "reference-outputs/trafilatura.json.gz")))(
    "reproduces the published trafilatura 2.0 figures (F1 0.958, P 0.938, R 0.978, acc 0.293)",
    () => {
      const gt = JSON.parse(readFileSync(resolve(dataDir, "ground-truth.json"), "utf8")) as Record<
        string,
        { articleBody: string }
      >;
      let pred = JSON.parse(
        gunzipSync(readFileSync(resolve(dataDir, "reference-outputs/trafilatura.json.gz"))).toString("utf8"),
      ) as Record<string, unknown>;
      if ("output" in pred && "version" in pred) pred = pred.output as Record<string, unknown>;
      const body = (v: unknown): string =>
        typeof v === "string" ? v : ((v as { articleBody?: string } | undefined)?.articleBody ?? "");
      const pages = Object.keys(gt)
        .sort()
        .map((id) => scorePage(gt[id]!.articleBody, body(pred[id])));
      const a = aggregate(pages);
      expect(a.f1.toFixed(3)).toBe("0.958");
      expect(a.precision.toFixed(3)).toBe("0.938");
      expect(a.recall.toFixed(3)).toBe("0.978");
      expect(a.accuracy.toFixed(3)).toBe("0.293");
    },
  );
});
