/**
 * garbled-sentence — report sentences with lost or swapped words.
 *
 * Summary: a doubled word ("the the"), "wants the eliminate"-style
 *   sequences (a verb of wanting followed by "the" and a bare verb, where
 *   "to" was lost), and a sentence ending "by the unacceptable." (a noun lost
 *   after an adjective) are reported.
 * Why it happens: spinners and careless rewriting swap or drop function words.
 * Fix and confidence: report only: 0.7 for "the" before a bare verb, 0.6 for
 *   a doubled word or a lost noun.
 * Options: none.
 * Known false positives: "had had", "that that" are grammatical and skipped.
 * Example: seed 000 "Russia wants the eliminate sanctions on Moscow".
 */
import type { FindingDraft } from "../types.js";
import { defineRule } from "./rule.js";

// Verbs of wanting/trying, then "the", then a bare verb: "to" was lost. Searched
// from the literal " the " (fast) and checked against two word sets.
const WANT_VERBS = new Set(
  (
    "want wants wanted need needs needed tries tried hope hopes hoped plan plans planned aim aims aimed seek " +
    "seeks sought agreed decided refused failed vowed pledged promised threatened moved"
  ).split(" "),
);
const BARE_VERBS = new Set(
  (
    "eliminate improve end stop build create make take find keep help prevent remove reduce increase protect " +
    "ensure avoid allow provide restore establish cut lift impose halt block boost expand limit ban destroy " +
    "defeat win hold launch push force bring return resolve seek strengthen weaken undermine rebuild replace " +
    "repeal overturn"
  ).split(" "),
);
// " the " and one of the bare verbs, as a whole word (one native scan, no match per "the").
const THE_BARE_VERB = new RegExp(` the (${[...BARE_VERBS].join("|")})\\b`, "g");
const WORD_BEFORE = /([A-Za-z]+)\s*$/;
// "…any unilateral action by the unacceptable." — a noun lost after an adjective (seed 004).
const LOST_NOUN_PREPS = new Set("by of to for with from against".split(" "));
const THE_ABLE = / the ([a-z]+(?:able|ible))[.!?]["'”’]?(?=\s|$)/g;
const GRAMMATICAL_DOUBLES = new Set([
  "had",
  "that",
  "is",
  "do",
  "bye",
  "no",
  "yes",
  "very",
  "so",
  "ha",
  "knock",
  "win",
  "run",
]);

const NON_ASCII_WORD = /[\p{L}\p{N}]/u;
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || isAsciiLetter(c);
  return NON_ASCII_WORD.test(text[i]!);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Cheap pre-check for doubledWords (a superset: true whenever it would find a
 * pair): at each run of spaces or tabs after an ASCII letter, do the letters
 * before it start again right after it? Most runs fail at the first letter.
 */
export function mayHaveDoubledWord(text: string): boolean {
  // Space runs are found natively; a text with tabs is walked char by char.
  if (text.includes("\t")) return mayHaveDoubledWordSlow(text);
  const n = text.length;
  for (let i = text.indexOf(" ", 1); i > 0 && i < n - 1; ) {
    let j = i + 1;
    while (j < n && text.charCodeAt(j) === 32) j++;
    if (doubledAround(text, i - 1, j)) return true;
    i = j < n ? text.indexOf(" ", j) : -1;
  }
  return false;
}

function mayHaveDoubledWordSlow(text: string): boolean {
  const n = text.length;
  for (let i = 1; i < n - 1; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) continue;
    let j = i + 1;
    while (j < n && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
    if (doubledAround(text, i - 1, j)) return true;
    i = j - 1;
  }
  return false;
}

/** Do the ASCII letters ending at `last` start again, as a whole word, at `next`? */
function doubledAround(text: string, last: number, next: number): boolean {
  if (!isAsciiLetter(text.charCodeAt(last))) return false;
  let s = last;
  while (s > 0 && isAsciiLetter(text.charCodeAt(s - 1))) s--;
  const len = last - s + 1;
  if (len < 2 || next + len > text.length) return false;
  for (let k = 0; k < len; k++) {
    if ((text.charCodeAt(s + k) | 32) !== (text.charCodeAt(next + k) | 32)) return false;
  }
  // The word after must end there too (else it is a longer word: "in inside").
  return !isAsciiLetter(text.charCodeAt(next + len));
}

/** Spans of "word word" (same ASCII word twice, case-insensitive, spaces or tabs between), without regex backtracking. */
export function doubledWords(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let prevStart = -1;
  let prevEnd = -1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (!isAsciiLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isAsciiLetter(text.charCodeAt(i))) i++;
    const end = i;
    const boundary = i >= n || !isWordChar(text, i);
    if (boundary && prevStart >= 0 && end - start === prevEnd - prevStart && end - start >= 2) {
      let spaces = prevEnd < start;
      for (let k = prevEnd; k < start && spaces; k++) {
        const c = text.charCodeAt(k);
        spaces = c === 32 || c === 9;
      }
      let same = spaces;
      for (let k = 0; k < end - start && same; k++) {
        same = (text.charCodeAt(start + k) | 32) === (text.charCodeAt(prevStart + k) | 32);
      }
      if (same) out.push({ start: prevStart, end });
    }
    const clean = boundary && (start === 0 || !isWordChar(text, start - 1));
    prevStart = clean ? start : -1;
    prevEnd = end;
  }
  return out;
}

/** The word right before `pos` (lower-cased) and where it starts. */
function wordBefore(text: string, pos: number): { word: string; start: number } {
  const from = Math.max(0, pos - 24);
  const m = WORD_BEFORE.exec(text.slice(from, pos));
  return m ? { word: m[1]!.toLowerCase(), start: from + m.index } : { word: "", start: pos };
}

export default defineRule({
  meta: {
    id: "garbled-sentence",
    kind: "garbled",
    description: 'Report garbled word sequences ("wants the eliminate", "the the")',
    fixable: false,
    defaultOptions: {},
  },
  *check(doc): Iterable<FindingDraft> {
    const text = doc.text;
    for (const m of text.matchAll(THE_BARE_VERB)) {
      const before = wordBefore(text, m.index);
      if (!WANT_VERBS.has(before.word)) continue;
      const span = { start: before.start, end: m.index + m[0].length };
      const actual = text.slice(span.start, span.end);
      yield {
        message: `Unexpected \`${actual}\`, a word seems lost or swapped`,
        span,
        confidence: 0.7,
        actual,
      };
    }
    for (const m of text.matchAll(THE_ABLE)) {
      const before = wordBefore(text, m.index);
      if (!LOST_NOUN_PREPS.has(before.word)) continue;
      const span = { start: before.start, end: m.index + m[0].length };
      const actual = text.slice(span.start, span.end);
      yield {
        message: `Unexpected sentence end \`${actual}\`, a noun seems lost`,
        span,
        confidence: 0.6,
        actual,
      };
    }
    // Cheap pre-check, then the exact scan.
    for (const span of mayHaveDoubledWord(text) ? doubledWords(text) : []) {
      const actual = text.slice(span.start, span.end);
      const w = actual.slice(0, actual.search(/[ \t]/));
      if (GRAMMATICAL_DOUBLES.has(w.toLowerCase())) continue;
      // "Walla Walla", "Bora Bora": a capitalised pair is a name.
      if (/^[A-Z]/.test(w) && /[ \t][A-Z]/.test(actual)) continue;
      yield { message: `Unexpected doubled word \`${actual}\``, span, confidence: 0.6, actual };
    }
  },
});
