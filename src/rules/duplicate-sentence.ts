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
import { compareKey, wordCount } from "../util/text.js";
import { defineRule } from "./rule.js";

// Spinner variants compare equal to their canonical forms.
const CANON: readonly [RegExp, string][] = [
  [/\brussian federation\b/g, "russia"],
  [/\bnorth atlantic treaty organi[sz]ation\b/g, "nato"],
  [/\bu s a\b|\busa\b|\bu s\b/g, "us"],
  [/\b(?:worldwide|global)\b/g, "international"],
];

const MAY_NEED_CANON = /federation|organi[sz]ation|\bu s\b|usa|worldwide|global/;

function sentenceKey(text: string): string {
  let k = compareKey(text);
  if (!MAY_NEED_CANON.test(k)) return k;
  for (const [re, to] of CANON) k = k.replace(re, to);
  return k;
}

const SIGNATURE_LETTERS = 12;
const NON_ASCII_LETTER = /[\p{L}\p{N}]/u;

/** The first (or last) letters and digits of a text, lower-cased. */
function signature(text: string, fromEnd: boolean): string {
  let out = "";
  const n = text.length;
  for (let k = 0; k < n && out.length < SIGNATURE_LETTERS; k++) {
    const i = fromEnd ? n - 1 - k : k;
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122)) out += text[i];
    else if (c >= 65 && c <= 90) out += String.fromCharCode(c + 32);
    else if (c >= 128 && NON_ASCII_LETTER.test(text[i]!)) out += text[i]!.toLowerCase();
  }
  return out;
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
    // Level 1: cheap signatures (first and last letters); only sentences that
    // share one with an earlier sentence get a full key and a comparison.
    const byHead = new Map<string, Sentence[]>();
    const byTail = new Map<string, Sentence[]>();
    const keys = new Map<number, string>();
    const keyOf = (s: Sentence): string => {
      let k = keys.get(s.index);
      if (k === undefined) {
        k = sentenceKey(s.text);
        keys.set(s.index, k);
      }
      return k;
    };
    const removed = new Set<number>();
    const removal = (s: Sentence): Span => {
      if (s.lineCount === 1) return doc.lineRemovalSpan(s.line);
      if (s.inLine < s.lineCount - 1) return { start: s.span.start, end: sentences[s.index + 1]!.span.start };
      return { start: sentences[s.index - 1]!.span.end, end: s.span.end };
    };
    for (const s of sentences) {
      if (s.line === titleLine || s.text.length < 16) continue;
      const head = signature(s.text, false);
      const tail = signature(s.text, true);
      const candidates = [...(byHead.get(head) ?? []), ...(byTail.get(tail) ?? [])];
      let match: { orig: Sentence; confidence: number; near: boolean } | undefined;
      // Short sentences are never compared (checked only when a candidate exists).
      if (candidates.length > 0 && wordCount(s.text) < minWords) continue;
      for (const c of candidates) {
        if (removed.has(c.index)) continue;
        const a = keyOf(s);
        const b = keyOf(c);
        if (a === b) {
          match = { orig: c, confidence: c.text === s.text ? 1 : 0.95, near: false };
          break;
        }
        const ta = a.split(" ");
        if (ta.length >= nearMin && withinEdits(ta, b.split(" "), maxEdits)) {
          match = { orig: c, confidence: 0.8, near: true };
          break;
        }
      }
      if (match) {
        // A standalone copy of a sentence that also sits in a paragraph is the pull quote.
        const [remove, keep] =
          s.lineCount > 1 && match.orig.lineCount === 1 ? [match.orig, s] : [s, match.orig];
        removed.add(remove.index);
        yield {
          message: `Unexpected ${match.near ? "near-" : ""}duplicate sentence \`${remove.text}\``,
          span: remove.span,
          confidence: match.confidence,
          fix: { span: removal(remove), text: "" },
          related: keep.span,
          actual: remove.text,
        };
        if (remove === s) continue;
      }
      for (const [map, key] of [
        [byHead, head],
        [byTail, tail],
      ] as const) {
        const list = map.get(key);
        if (list) list.push(s);
        else map.set(key, [s]);
      }
    }
  },
});
