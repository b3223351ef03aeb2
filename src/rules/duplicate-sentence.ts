/**
 * duplicate-sentence — remove repeated sentences, keeping the first.
 *
 * Summary: a sentence of at least `minWords` words that repeats an earlier one
 *   exactly, after normalisation (case, quotes, punctuation, spinner
 *   variants), or nearly (at most `maxEdits` words differ in a sentence of at
 *   least `nearMinWords` words) is removed; `related` points at the first copy.
 *   When the first copy stands alone on its line and the repeat sits inside a
 *   longer paragraph, the standalone copy is the one removed (a pull quote).
 * Why it happens: templates repeat captions, pull quotes and teasers; spun
 *   pages are stitched from overlapping fragments (seed 004 repeats a
 *   sentence of seed 000).
 * Fix and confidence: 1.0 identical, 0.95 equal after normalisation, 0.8 near.
 * Options: `minWords` (5), `nearMinWords` (10), `maxEdits` (2).
 * Known false positives: a refrain deliberately repeated by the writer; short
 *   sentences (under `minWords`) such as "He declined." are never compared.
 *   A headline-shaped first line is left to repeated-headline.
 * Example: "I have absolutely no doubt we did the right thing." twice → once.
 */
import type { Sentence } from "../document/document.js";
import type { FindingDraft, Span } from "../types.js";
import { isHeadlineShaped } from "../util/shape.js";
import { compareKey } from "../util/text.js";
import { defineRule } from "./rule.js";

// Spinner variants compare equal to their canonical forms.
const CANON: readonly [RegExp, string][] = [
  [/\brussian federation\b/g, "russia"],
  [/\bnorth atlantic treaty organi[sz]ation\b/g, "nato"],
  [/\bu s a\b|\busa\b|\bu s\b/g, "us"],
  [/\b(?:worldwide|global)\b/g, "international"],
];

function sentenceKey(text: string): string {
  let k = compareKey(text);
  for (const [re, to] of CANON) k = k.replace(re, to);
  return k;
}

/** Word-level edit distance, abandoned above `max`. */
function withinEdits(a: readonly string[], b: readonly string[], max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return false;
    prev = cur;
  }
  return prev[b.length]! <= max;
}

export default defineRule({
  meta: {
    id: "duplicate-sentence",
    kind: "duplicate",
    description: "Remove exact and near-exact repeated sentences, keeping the first copy",
    fixable: true,
    defaultOptions: { minWords: 5, nearMinWords: 10, maxEdits: 2 },
  },
  *check(doc, options): Iterable<FindingDraft> {
    const minWords = options.minWords as number;
    const nearMin = options.nearMinWords as number;
    const maxEdits = options.maxEdits as number;
    const sentences = doc.sentences;
    const top = doc.contentLines[0];
    const titleLine = top && isHeadlineShaped(top.text) ? top.index : -1;
    const exact = new Map<string, Sentence>();
    const byEdge = new Map<string, Sentence[]>();
    const tokensOf = new Map<number, string[]>();
    const removal = (s: Sentence): Span => {
      if (s.lineCount === 1) return doc.lineRemovalSpan(s.line);
      if (s.inLine < s.lineCount - 1) return { start: s.span.start, end: sentences[s.index + 1]!.span.start };
      return { start: sentences[s.index - 1]!.span.end, end: s.span.end };
    };
    const emit = (dup: Sentence, orig: Sentence, confidence: number, near: boolean): FindingDraft => {
      // A standalone copy of a sentence that also sits in a paragraph is the pull quote.
      const [remove, keep] = dup.lineCount > 1 && orig.lineCount === 1 ? [orig, dup] : [dup, orig];
      return {
        message: `Unexpected ${near ? "near-" : ""}duplicate sentence \`${remove.text}\``,
        span: remove.span,
        confidence,
        fix: { span: removal(remove), text: "" },
        related: keep.span,
        actual: remove.text,
      };
    };
    const removed = new Set<number>();
    for (const s of sentences) {
      if (s.line === titleLine) continue;
      const key = sentenceKey(s.text);
      const toks = key.split(" ");
      if (toks.length < minWords) continue;
      const first = exact.get(key);
      if (first) {
        if (removed.has(first.index)) continue;
        const d = emit(s, first, first.text === s.text ? 1 : 0.95, false);
        removed.add(d.span.start === s.span.start ? s.index : first.index);
        yield d;
        continue;
      }
      exact.set(key, s);
      if (toks.length < nearMin) continue;
      tokensOf.set(s.index, toks);
      const edges = [`^${toks.slice(0, 5).join(" ")}`, `$${toks.slice(-5).join(" ")}`];
      let found: Sentence | undefined;
      for (const e of edges) {
        for (const c of byEdge.get(e) ?? []) {
          if (removed.has(c.index)) continue;
          if (withinEdits(toks, tokensOf.get(c.index)!, maxEdits)) {
            found = c;
            break;
          }
        }
        if (found) break;
      }
      if (found) {
        const d = emit(s, found, 0.8, true);
        removed.add(d.span.start === s.span.start ? s.index : found.index);
        yield d;
        continue;
      }
      for (const e of edges) {
        const list = byEdge.get(e);
        if (list) list.push(s);
        else byEdge.set(e, [s]);
      }
    }
  },
});
