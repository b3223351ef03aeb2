/**
 * Clean news must stay clean: on the edited articles of ../shared/corpora the
 * cleaner changes at most 1 word per 1,000 (whitespace does not count), also
 * when the articles come lower-cased or in capitals (caseless releases).
 * Skips when ../shared is absent.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { changedWords } from "../src/bench/wordcount.js";
import { createCleaner, renderResult } from "../src/index.js";

const CORPORA = join(import.meta.dirname, "..", "..", "shared", "corpora");
const FILES = ["wikinews-en", "onestopenglish-adv"].map((c) => join(CORPORA, c, "articles.jsonl"));
const present = FILES.every((f) => existsSync(f));

describe.skipIf(!present)("clean corpora stay clean (../shared/corpora)", () => {
  it.each([
    ["as written", (t: string) => t],
    ["lower-cased (a caseless release)", (t: string) => t.toLowerCase()],
    ["in capitals", (t: string) => t.toUpperCase()],
  ])("changes at most 1 word per 1,000 on 332 edited articles, %s", (_case, oneCase) => {
    const cleaner = createCleaner();
    let words = 0;
    let changed = 0;
    let docs = 0;
    const changedDocs: string[] = [];
    for (const f of FILES) {
      for (const line of readFileSync(f, "utf8").split("\n")) {
        if (!line) continue;
        const rec = JSON.parse(line) as { id: string; text: string };
        const text = oneCase(rec.text);
        const d = changedWords(text, renderResult(cleaner.clean(text)));
        words += d.words;
        changed += d.changed;
        docs++;
        if (d.changed > 0) changedDocs.push(`${rec.id}: ${d.changed}`);
      }
    }
    expect(docs).toBe(332);
    expect((1000 * changed) / words, changedDocs.join(", ")).toBeLessThanOrEqual(1);
  });
});
