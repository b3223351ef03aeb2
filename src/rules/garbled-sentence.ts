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
import { isCaseless } from "../util/case.js";
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
// " the " followed by a bare verb (group 1), or by an -able/-ible word that
// ends the sentence (group 2): one native scan for both patterns.
// "…any unilateral action by the unacceptable." — a noun lost after an adjective (seed 004).
// Tried (sticky) only where the word scan of doubledWords met " the ".
export const THE_PHRASE = new RegExp(
  ` the (?:(${[...BARE_VERBS].join("|")})\\b|([a-z]+(?:able|ible))[.!?]["'”’]?(?=\\s|$))`,
  "y",
);
/** THE_PHRASE on a caseless page (util/case.ts): "WANTS THE ELIMINATE" in capitals. */
const CASELESS_THE_PHRASE = new RegExp(THE_PHRASE.source, "iy");
const WORD_BEFORE = /([A-Za-z]+)\s*$/;
const LOST_NOUN_PREPS = new Set("by of to for with from against".split(" "));
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
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return NON_ASCII_WORD.test(text[i]!);
}

/**
 * Spans of "word word": the same run of ASCII letters (two or more) twice,
 * case-insensitively, with only spaces or tabs between, each run standing
 * alone (no letter or digit touching it). One scan over the text; a pair is
 * looked at closely only when the two runs have the same length and first
 * letter. With `thes`, the scan also collects where " the " stands (the
 * index of its first space; "THE" too with `anyCase`). (A search jumping from
 * space to space with indexOf was measured 1.5× slower: a call per word.)
 */
export function doubledWords(
  text: string,
  thes?: number[],
  anyCase = false,
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const n = text.length;
  // The previous run of ASCII letters.
  let prevStart = -1;
  let prevEnd = -1;
  let i = 0;
  while (i < n) {
    const first = text.charCodeAt(i) | 32;
    if (first < 97 || first > 122) {
      i++;
      continue;
    }
    const start = i++;
    while (i < n) {
      const c = text.charCodeAt(i) | 32;
      if (c < 97 || c > 122) break;
      i++;
    }
    const len = i - start;
    // " the " (lower case, or any case on a caseless page; single spaces): where the
    // THE_PHRASE patterns can start.
    const fold = anyCase ? 32 : 0;
    if (
      thes !== undefined &&
      len === 3 &&
      (text.charCodeAt(start) | fold) === 116 &&
      (text.charCodeAt(start + 1) | fold) === 104 &&
      (text.charCodeAt(start + 2) | fold) === 101 &&
      start > 0 &&
      text.charCodeAt(start - 1) === 32 &&
      text.charCodeAt(i) === 32
    )
      thes.push(start - 1);
    if (
      len >= 2 &&
      len === prevEnd - prevStart &&
      prevEnd < start &&
      (text.charCodeAt(prevStart) | 32) === first
    ) {
      let pair = true;
      for (let k = prevEnd; k < start && pair; k++) {
        const c = text.charCodeAt(k);
        pair = c === 32 || c === 9;
      }
      for (let k = 1; k < len && pair; k++) {
        pair = (text.charCodeAt(start + k) | 32) === (text.charCodeAt(prevStart + k) | 32);
      }
      if (pair && (i >= n || !isWordChar(text, i)) && (prevStart === 0 || !isWordChar(text, prevStart - 1)))
        out.push({ start: prevStart, end: i });
    }
    prevStart = start;
    prevEnd = i;
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
  check(doc): FindingDraft[] {
    const out: FindingDraft[] = [];
    const text = doc.text;
    // One word scan finds the doubled words and every " the ".
    const thes: number[] = [];
    const caseless = isCaseless(doc);
    const doubles = doubledWords(text, thes, caseless);
    const thePhrase = caseless ? CASELESS_THE_PHRASE : THE_PHRASE;
    for (const at of thes) {
      thePhrase.lastIndex = at;
      const m = thePhrase.exec(text);
      if (m === null) continue;
      const before = wordBefore(text, m.index);
      const bareVerb = m[1] !== undefined;
      if (!(bareVerb ? WANT_VERBS : LOST_NOUN_PREPS).has(before.word)) continue;
      const span = { start: before.start, end: m.index + m[0].length };
      const actual = text.slice(span.start, span.end);
      out.push(
        bareVerb
          ? {
              message: `Unexpected \`${actual}\`, a word seems lost or swapped`,
              span,
              confidence: 0.7,
              actual,
            }
          : {
              message: `Unexpected sentence end \`${actual}\`, a noun seems lost`,
              span,
              confidence: 0.6,
              actual,
            },
      );
    }
    for (const span of doubles) {
      const actual = text.slice(span.start, span.end);
      const w = actual.slice(0, actual.search(/[ \t]/));
      if (GRAMMATICAL_DOUBLES.has(w.toLowerCase())) continue;
      // "Walla Walla", "Bora Bora": a capitalised pair is a name (no case tells on a caseless page).
      if (!caseless && /^[A-Z]/.test(w) && /[ \t][A-Z]/.test(actual)) continue;
      out.push({ message: `Unexpected doubled word \`${actual}\``, span, confidence: 0.6, actual });
    }
    return out;
  },
});
