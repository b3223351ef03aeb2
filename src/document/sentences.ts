/**
 * A sentence splitter for news text. It works on one line at a time (a line
 * break always ends a sentence in scraped text) and is linear in the line.
 *
 * Strategy: every run of terminal punctuation (plus closing quotes/brackets)
 * followed by white space and an upper-case letter, digit or opening quote is
 * a candidate boundary. A candidate is dropped when the word before the period
 * is an abbreviation that cannot end a sentence ("Mr.", "Sen.", an initial), or
 * an ambiguous one ("U.S.", "a.m.", "Inc.") not followed by a typical sentence
 * opener. `Intl.Segmenter` is avoided: it splits "U.S. President" and is
 * quadratic on long input in Node 20 (FIELD-NOTES "Speed reference").
 */
import type { Span } from "../types.js";

/** Titles and abbreviations that never end a sentence when a capital follows. */
const NEVER_FINAL = new Set(
  (
    "mr mrs ms mssrs messrs dr prof sen sens rep reps gov govs gen lt col capt cmdr sgt cpl pvt adm maj rev hon " +
    "pres supt insp det st mt ft ave blvd rd no nos vs v fig figs ch vol op jan feb mar apr jun jul aug sep sept " +
    "oct nov dec approx dept est univ assn bros"
  ).split(" "),
);

/** Abbreviations that may or may not end a sentence. */
const AMBIGUOUS = new Set("inc corp co ltd llc plc jr sr etc al esq ph.d am pm".split(" "));

/** Words that typically open a sentence; after an ambiguous abbreviation they signal a boundary. */
const OPENERS = new Set(
  (
    "the a an he she it they we i you his her its their our my your this that these those there here " +
    "but and or so yet in on at by for from with after before when while as if since because although though " +
    "some many most all both each one two three several no not more less meanwhile however still also " +
    "what who why how where which mr mrs ms president officials police authorities"
  ).split(" "),
);

// A run of sentence-final punctuation with optional closing quotes/brackets.
const CANDIDATE = /[.!?…]+["'”’»)\]]*/g;
const OPENING_CHAR = /["'“‘«([]/;
const UPPER_OR_DIGIT = /[\p{Lu}\p{N}]/u;

function isSpace(c: string | undefined): boolean {
  return c === " " || c === "\t" || c === "\u00a0";
}

/** The abbreviation-like token that ends right before `pos` (letters and inner dots). */
function tokenBefore(text: string, pos: number, lineStart: number): string {
  let i = pos;
  while (i > lineStart) {
    const c = text.charCodeAt(i - 1);
    const isLetter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
    if (!isLetter) break;
    i--;
  }
  return text.slice(i, pos);
}

function nextWord(text: string, pos: number, end: number): string {
  let i = pos;
  while (i < end && /[\p{L}'’]/u.test(text[i] ?? "")) i++;
  return text.slice(pos, i);
}

function isBoundary(
  line: string,
  punctStart: number,
  punctEnd: number,
  hasClosers: boolean,
  nextStart: number,
): boolean {
  const next = line[nextStart] ?? "";
  if (!(UPPER_OR_DIGIT.test(next) || OPENING_CHAR.test(next))) return false;
  // Only a bare single period can be an abbreviation's period; `."` ends a sentence.
  if (hasClosers || punctEnd - punctStart !== 1 || line[punctStart] !== ".") return true;
  const token = tokenBefore(line, punctStart, 0);
  if (token === "") return true;
  const lower = token.toLowerCase();
  // A single initial ("John F. Kennedy"), a title ("Sen. Warren"), "No. 5", "Jan. 5".
  if (/^[A-Z]$/.test(token) || NEVER_FINAL.has(lower)) return false;
  // Dotted acronyms (U.S., U.N., a.m.) and other ambiguous abbreviations.
  if (/^(?:[A-Za-z]\.)+[A-Za-z]\.?$/.test(token) || AMBIGUOUS.has(lower.replace(/\./g, ""))) {
    if (OPENING_CHAR.test(next)) return true;
    return OPENERS.has(nextWord(line, nextStart, line.length).toLowerCase());
  }
  return true;
}

/**
 * Sentence spans inside [start, end) of `text` (one line). Leading and trailing
 * white space is excluded from every span.
 */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const line = text.slice(start, end);
  const spans: Span[] = [];
  let sentStart = 0;
  while (sentStart < line.length && isSpace(line[sentStart])) sentStart++;
  for (const m of line.matchAll(CANDIDATE)) {
    const punctEnd = m.index + m[0].length;
    if (m.index < sentStart || punctEnd >= line.length || !isSpace(line[punctEnd])) continue;
    let nextStart = punctEnd;
    while (nextStart < line.length && isSpace(line[nextStart])) nextStart++;
    if (nextStart >= line.length) break;
    const periods = /^[.!?…]+/.exec(m[0])?.[0].length ?? m[0].length;
    if (isBoundary(line, m.index, m.index + periods, periods !== m[0].length, nextStart)) {
      spans.push({ start: start + sentStart, end: start + punctEnd });
      sentStart = nextStart;
    }
  }
  let last = line.length;
  while (last > sentStart && isSpace(line[last - 1])) last--;
  if (last > sentStart) spans.push({ start: start + sentStart, end: start + last });
  return spans;
}
