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

/**
 * Words that typically open a sentence; after an ambiguous abbreviation they
 * signal a boundary. Nouns that a country abbreviation modifies ("U.S.
 * President Donald Trump", "U.S. officials said", seeds 000 and 004) are not
 * openers: after "U.S." they continue the sentence far more often than they
 * start one.
 */
const OPENERS = new Set(
  (
    "the a an he she it they we i you his her its their our my your this that these those there here " +
    "but and or so yet in on at by for from with after before when while as if since because although though " +
    "some many most all both each one two three several no not more less meanwhile however still also " +
    "what who why how where which mr mrs ms"
  ).split(" "),
);

// A run of sentence-final punctuation with optional closing quotes/brackets.
const CANDIDATE = /[.!?…]+["'”’»)\]]*/;
const UPPER_OR_DIGIT = /[\p{Lu}\p{N}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const NON_ASCII_LETTER = /[\p{L}'’]/u;
const DOTTED_ACRONYM = /^(?:[A-Za-z]\.)+[A-Za-z]\.?$/;
/**
 * Units written with a period before a lower-case word ("1 tsp. olive oil",
 * "8 oz. water"): in caseless text, where the next word's case says nothing,
 * they never end a sentence. Observed: a recipe page of the extraction
 * benchmark, lower-cased.
 */
const UNITS = new Set(
  "tsp tbsp oz lb lbs kg mg ml cm mm km mi ft yd hr hrs min mins sec secs pt qt gal doz pkg".split(" "),
);

/** Longest word of NEVER_FINAL and AMBIGUOUS: a longer dot-free token is neither. */
const LONGEST_ABBREVIATION = Math.max(...[...NEVER_FINAL, ...AMBIGUOUS].map((w) => w.length));

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

/** `"'“‘«([` — a character that may open a sentence before its first word. */
function isOpening(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 0xab || c === 40 || c === 91;
}

/**
 * Can the character at `i` start a sentence: an upper-case letter, a digit or
 * an opening mark — or, in caseless text (util/case.ts), any letter?
 */
function opensSentence(text: string, i: number, caseless: boolean): boolean {
  const c = text.charCodeAt(i);
  if (c < 128)
    return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || isOpening(c) || (caseless && c >= 97 && c <= 122);
  return isOpening(c) || (caseless ? LETTER_OR_DIGIT : UPPER_OR_DIGIT).test(text[i]!);
}

function isAsciiLetter(c: number): boolean {
  return (c | 32) >= 97 && (c | 32) <= 122;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isPeriodish(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** The word starting at `pos` (letters and apostrophes), up to `end`. */
function nextWord(text: string, pos: number, end: number): string {
  let i = pos;
  while (i < end) {
    const c = text.charCodeAt(i);
    const letter = (c | 32) >= 97 && (c | 32) <= 122;
    if (!(letter || c === 39 || (c >= 128 && NON_ASCII_LETTER.test(text[i]!)))) break;
    i++;
  }
  return text.slice(pos, i);
}

/**
 * Is the candidate at [punctStart, punctEnd) (the final punctuation, without
 * closers) a sentence boundary, given that the next sentence would begin at
 * `nextStart`? `lineStart`/`lineEnd` bound the words looked at.
 */
function isBoundary(
  text: string,
  punctStart: number,
  punctEnd: number,
  hasClosers: boolean,
  nextStart: number,
  lineStart: number,
  lineEnd: number,
  caseless: boolean,
): boolean {
  if (!opensSentence(text, nextStart, caseless)) return false;
  // Only a bare single period can be an abbreviation's period; `."` ends a sentence.
  if (hasClosers || punctEnd - punctStart !== 1 || text.charCodeAt(punctStart) !== 46) return true;
  // The abbreviation-like token right before the period: letters and inner dots.
  let t = punctStart;
  let dotted = false;
  while (t > lineStart) {
    const c = text.charCodeAt(t - 1);
    if (c === 46) dotted = true;
    else if (!((c | 32) >= 97 && (c | 32) <= 122)) break;
    t--;
  }
  const len = punctStart - t;
  if (len === 0) return true;
  // A single initial ("John F. Kennedy"; "john f. kennedy" in caseless text).
  const initial = text.charCodeAt(t) | (caseless ? 32 : 0);
  if (len === 1 && initial >= (caseless ? 97 : 65) && initial <= (caseless ? 122 : 90)) return false;
  if (!dotted && len > LONGEST_ABBREVIATION) return true;
  const token = text.slice(t, punctStart);
  const lower = token.toLowerCase();
  // Caseless text, a word next (its case says nothing): a unit, or a short token after a number ("2 tsp.").
  if (caseless && !dotted && isAsciiLetter(text.charCodeAt(nextStart))) {
    if (UNITS.has(lower)) return false;
    if (len <= 4 && t >= 2 && text.charCodeAt(t - 1) === 32 && isDigit(text.charCodeAt(t - 2))) return false;
  }
  // A title ("Sen. Warren"), "No. 5", "Jan. 5".
  if (NEVER_FINAL.has(lower)) return false;
  // Dotted acronyms (U.S., U.N., a.m.) and other ambiguous abbreviations.
  if ((dotted && DOTTED_ACRONYM.test(token)) || AMBIGUOUS.has(dotted ? lower.replace(/\./g, "") : lower)) {
    if (isOpening(text.charCodeAt(nextStart))) return true;
    return OPENERS.has(nextWord(text, nextStart, lineEnd).toLowerCase());
  }
  return true;
}

/**
 * The candidate boundaries of a text, found by one left-to-right search that
 * the lines of a document share: a candidate found past the end of one line
 * is kept for the next (searching again from every line start would rescan a
 * long stretch without punctuation once per line).
 */
export class CandidateScan {
  readonly #re = new RegExp(CANDIDATE.source, "g");
  #pending: RegExpExecArray | null | undefined;
  constructor(readonly text: string) {}

  /** The first candidate at or after `from`, or null. */
  next(from: number): RegExpExecArray | null {
    const p = this.#pending;
    this.#pending = undefined;
    if (p === null || (p !== undefined && p.index >= from)) return p;
    this.#re.lastIndex = from;
    return this.#re.exec(this.text);
  }

  /** Keep a candidate for the next line. */
  unread(m: RegExpExecArray | null): void {
    this.#pending = m;
  }
}

/**
 * Sentence spans inside [start, end) of `text` (one line). Leading and trailing
 * white space is excluded from every span. Lines of one text, split in order,
 * share one `scan`. In `caseless` text (util/case.ts) a sentence may open with
 * a lower-case letter, and a capital opens none after a unit ("1 TSP. OLIVE OIL").
 */
export function splitSentences(
  text: string,
  start: number,
  end: number,
  scan: CandidateScan = new CandidateScan(text),
  caseless = false,
): Span[] {
  const spans: Span[] = [];
  let sentStart = start;
  while (sentStart < end && isSpace(text.charCodeAt(sentStart))) sentStart++;
  for (let m = scan.next(start); ; m = scan.next(m.index + m[0].length)) {
    if (m === null || m.index >= end) {
      scan.unread(m);
      break;
    }
    const punctEnd = m.index + m[0].length;
    if (m.index < sentStart || punctEnd >= end || !isSpace(text.charCodeAt(punctEnd))) continue;
    let nextStart = punctEnd;
    while (nextStart < end && isSpace(text.charCodeAt(nextStart))) nextStart++;
    if (nextStart >= end) break;
    let periodsEnd = m.index;
    while (periodsEnd < punctEnd && isPeriodish(text.charCodeAt(periodsEnd))) periodsEnd++;
    if (isBoundary(text, m.index, periodsEnd, periodsEnd !== punctEnd, nextStart, start, end, caseless)) {
      spans.push({ start: sentStart, end: punctEnd });
      sentStart = nextStart;
    }
  }
  let last = end;
  while (last > sentStart && isSpace(text.charCodeAt(last - 1))) last--;
  if (last > sentStart) spans.push({ start: sentStart, end: last });
  return spans;
}
