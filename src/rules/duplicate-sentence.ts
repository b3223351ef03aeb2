/**
 * duplicate-sentence — remove repeated sentences, keeping the first.
 *
 * Summary: a sentence of at least `minWords` words that repeats an earlier one
 *   exactly, after normalisation (case, quotes, punctuation, spinner
 *   variants), or nearly (at most `maxEdits` words differ in a sentence of at
 *   least `nearMinWords` words) is removed; `related` points at the first copy.
 *   When the first copy is a whole quotation standing alone on its line and
 *   the repeat sits inside a longer paragraph, the standalone copy is the one
 *   removed (a pull quote); a standalone prose sentence or attributed quote
 *   is kept.
 *   A paragraph that repeats an earlier paragraph goes whole, its short
 *   sentences with it.
 * Why it happens: templates repeat captions, pull quotes and teasers; spun
 *   pages are stitched from overlapping fragments (seed 004 repeats a
 *   sentence of seed 000).
 * Fix and confidence: 1.0 identical, 0.95 equal after normalisation, 0.8 near.
 * Options: `minWords` (6), `nearMinWords` (10), `maxEdits` (2).
 * Known false positives: a refrain deliberately repeated by the writer; short
 *   sentences (under `minWords`) such as "He declined." are never compared
 *   alone (only as part of a repeated paragraph),
 *   nor questions (interviews repeat them) nor unpunctuated one-line items
 *   (lists, headings: a product feature list may repeat a line).
 *   A headline-shaped first line is left to repeated-headline.
 * Example: "I have absolutely no doubt we did the right thing." twice → once.
 */
import type { Document, Sentence } from "../document/document.js";
import type { FindingDraft } from "../types.js";
import { sentenceRemovalSpans } from "../util/removal.js";
import { sentenceKey, signature, withinEdits } from "../util/sentence-key.js";
import { isHeadlineLine, isWholeQuotation } from "../util/shape.js";
import { compareKey, endsWithTerminal, wordCount } from "../util/text.js";
import { defineRule } from "./rule.js";

/** Words of a comparison key (single spaces between, none at the edges). */
function keyWordCount(key: string): number {
  if (key === "") return 0;
  let n = 1;
  for (let i = key.indexOf(" "); i >= 0; i = key.indexOf(" ", i + 1)) n++;
  return n;
}

interface Found {
  readonly remove: Sentence;
  readonly keep: Sentence;
  readonly confidence: number;
  readonly near: boolean;
}

/**
 * A repeated paragraph goes whole: its short sentences, never compared alone,
 * go with the long ones when the whole line repeats the line of their first
 * copies. Adds them to `found` and `removed`.
 */
function addParagraphCopies(doc: Document, found: Found[], removed: Set<number>): void {
  const sentences = doc.sentences;
  // Line of a removed copy → the first copy of its sentences (null: copies from several lines).
  const copyOf = new Map<number, { base: Sentence; keep: Sentence } | null>();
  for (const f of found) {
    if (f.remove.lineCount < 2 || f.keep.line >= f.remove.line) continue;
    const prev = copyOf.get(f.remove.line);
    if (prev === undefined) copyOf.set(f.remove.line, { base: f.remove, keep: f.keep });
    else if (prev !== null && prev.keep.line !== f.keep.line) copyOf.set(f.remove.line, null);
  }
  for (const [line, pair] of copyOf) {
    if (pair === null) continue;
    const { base, keep } = pair;
    if (base.lineCount !== keep.lineCount) continue;
    if (compareKey(doc.lines[line]!.text) !== compareKey(doc.lines[keep.line]!.text)) continue;
    const from = base.index - base.inLine;
    const orig = keep.index - keep.inLine;
    for (let k = 0; k < base.lineCount; k++) {
      const s = sentences[from + k]!;
      if (removed.has(s.index)) continue;
      const c = sentences[orig + k]!;
      removed.add(s.index);
      found.push({ remove: s, keep: c, confidence: c.text === s.text ? 1 : 0.95, near: false });
    }
  }
}

export default defineRule({
  meta: {
    id: "duplicate-sentence",
    kind: "duplicate",
    description: "Remove exact and near-exact repeated sentences, keeping the first copy",
    fixable: true,
    defaultOptions: { minWords: 6, nearMinWords: 10, maxEdits: 2 },
  },
  check(doc, options, context): FindingDraft[] {
    const out: FindingDraft[] = [];
    const minWords = options.minWords as number;
    const nearMin = options.nearMinWords as number;
    const maxEdits = options.maxEdits as number;
    const sentences = doc.sentences;
    const top = doc.contentLines[0];
    const titleLine = top && isHeadlineLine(doc, top.text) ? top.index : -1;
    // Level 1: cheap signatures (first and last letters); only sentences that
    // share one with an earlier sentence get a full key and a comparison.
    const byHead = new Map<number, Sentence[]>();
    const byTail = new Map<number, Sentence[]>();
    // Per sentence index: its key and its words, computed on first use.
    const keys: (string | undefined)[] = [];
    const words: (string[] | undefined)[] = [];
    // In cluster mode the index has keyed most sentences already.
    const known = context.cluster?.keys;
    const keyOf = (s: Sentence): string => (keys[s.index] ??= known?.get(s.text) ?? sentenceKey(s.text));
    const wordsOf = (s: Sentence): string[] => (words[s.index] ??= keyOf(s).split(" "));
    const removed = new Set<number>();
    const found: Found[] = [];
    /** The first earlier sentence of `list` that `s` repeats, exactly or nearly. */
    const matchIn = (s: Sentence, list: readonly Sentence[] | undefined) => {
      if (list === undefined) return undefined;
      for (const c of list) {
        if (removed.has(c.index)) continue;
        // A byte-identical copy needs no key.
        if (c.text === s.text) return { orig: c, confidence: 1, near: false };
        const a = keyOf(s);
        const b = keyOf(c);
        if (a === b) return { orig: c, confidence: 0.95, near: false };
        // Near copies have about as many words: counted before any split.
        const na = keyWordCount(a);
        if (na < nearMin || Math.abs(na - keyWordCount(b)) > maxEdits) continue;
        if (withinEdits(wordsOf(s), wordsOf(c), maxEdits)) return { orig: c, confidence: 0.8, near: true };
      }
      return undefined;
    };
    for (const s of sentences) {
      if (s.line === titleLine || s.text.length < 16) continue;
      // Prose only: a list item or heading without final punctuation may repeat on
      // purpose, and so may an interviewer's question.
      if ((s.lineCount === 1 && !endsWithTerminal(s.text)) || s.text.endsWith("?")) continue;
      const head = signature(s.text, false);
      const tail = signature(s.text, true);
      const h = byHead.get(head);
      const t = byTail.get(tail);
      // Short sentences are never compared (checked only when a candidate exists).
      if ((h !== undefined || t !== undefined) && wordCount(s.text, minWords) < minWords) continue;
      const match = matchIn(s, h) ?? matchIn(s, t);
      if (match) {
        // A standalone quotation (quote marks around the whole line, no attribution)
        // that also sits in a paragraph is the pull quote. A standalone prose sentence
        // or attributed quote is a one-sentence paragraph (wire copy is full of them):
        // it stays, and the later copy goes.
        const pull = s.lineCount > 1 && match.orig.lineCount === 1 && isWholeQuotation(match.orig.text);
        const remove = pull ? match.orig : s;
        removed.add(remove.index);
        found.push({ remove, keep: pull ? s : match.orig, confidence: match.confidence, near: match.near });
        if (remove === s) continue;
      }
      if (h) h.push(s);
      else byHead.set(head, [s]);
      if (t) t.push(s);
      else byTail.set(tail, [s]);
    }
    if (found.length === 0) return out;
    addParagraphCopies(doc, found, removed);
    const spans = sentenceRemovalSpans(doc, removed);
    for (const f of found) {
      out.push({
        message: `Unexpected ${f.near ? "near-" : ""}duplicate sentence \`${f.remove.text}\``,
        span: f.remove.span,
        confidence: f.confidence,
        fix: { span: spans.get(f.remove.index)!, text: "" },
        related: f.keep.span,
        actual: f.remove.text,
      });
    }
    return out;
  },
});
