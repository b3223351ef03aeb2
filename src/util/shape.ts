/**
 * Line shapes: what a headline, a link teaser or a prose paragraph looks like.
 * Evidence: the seeds' headlines and trailing teasers; FIELD-NOTES ("About 9%
 * of raw documents end with an unpunctuated line").
 */
import { isCaseless } from "./case.js";
import { endsWithTerminal, wordCount } from "./text.js";

const STARTS_LIKE_TITLE = /^[\p{Lu}\p{N}"'“‘([]/u;
/** In caseless text (util/case.ts) a headline starts with any letter. */
const STARTS_LIKE_CASELESS_TITLE = /^[\p{L}\p{N}"'“‘([]/u;
// Two sentences in one line: ". " followed by a capital (cheap check), or by any letter in caseless text.
const SENTENCE_BREAK = /(\p{L}+)[.!?]["'”’]?\s+["“]?\p{Lu}/gu;
const CASELESS_SENTENCE_BREAK = /(\p{L}+)[.!?]["'”’]?\s+["“]?\p{L}/gu;
const ABBREVIATIONS = new Set(
  "mr mrs ms dr st mt ft vs v jr sr inc co corp ltd no nos gov sen rep gen col capt sgt ave jan feb mar apr jun jul aug sep sept oct nov dec".split(
    " ",
  ),
);
/** Two sentences in one line: "… wins. Biden …" (not "Kelly v. United States", "U.S. Congress"). */
function hasTwoSentences(line: string, caseless = false): boolean {
  for (const m of line.matchAll(caseless ? CASELESS_SENTENCE_BREAK : SENTENCE_BREAK)) {
    const w = m[1]!;
    if (w.length >= 2 && w.slice(1) === w.slice(1).toLowerCase() && !ABBREVIATIONS.has(w.toLowerCase()))
      return true;
  }
  return false;
}
const ENDS_WITH_PERIODISH = /[.,;:]["'”’]?$/u;
// A headline does not stop on an article or a preposition ("… next month in the").
const ENDS_ON_FUNCTION_WORD = /\b(?:the|a|an|of|and|or|to|with|from|by|that)$/iu;

export interface HeadlineShapeOptions {
  readonly maxWords?: number;
  readonly maxChars?: number;
  /**
   * The line is from a caseless document (util/case.ts): no capital marks a
   * headline there, so its start is not read (a title-case "!" ending neither).
   */
  readonly caseless?: boolean;
}

/**
 * Three words or more, and most of the words of four letters or more
 * capitalised: the case of a headline ("You Won't Believe What Happened Next!").
 */
function isTitleCased(line: string): boolean {
  let words = 0;
  let long = 0;
  let caps = 0;
  for (const w of line.split(" ")) {
    if (w === "") continue;
    words++;
    if (w.length < 4) continue;
    long++;
    const c = w.charCodeAt(0);
    if (c >= 65 && c <= 90) caps++;
  }
  return words >= 3 && long > 0 && caps * 4 >= long * 3;
}

/** How much of a line's end the end-anchored shape patterns read (longer than any of their matches). */
const TAIL_CHARS = 8;
const QUESTION_END = /\?["'”’]?$/;
/** A headline closing on a quoted exclamation after a colon: `Rescue on video: "We got her!"`. */
const QUOTED_EXCLAMATION_END = /:\s+["“‘'][^"“”]{1,120}!["”’']$/u;

/**
 * A headline: one short, capitalised line that does not end like a sentence
 * (a question, a quoted exclamation, or an exclamation in title case may close it).
 */
export function isHeadlineShaped(line: string, opts: HeadlineShapeOptions = {}): boolean {
  const maxChars = opts.maxChars ?? 200;
  const maxWords = opts.maxWords ?? 30;
  if (line.length < 4 || line.length > maxChars) return false;
  if (!(opts.caseless ? STARTS_LIKE_CASELESS_TITLE : STARTS_LIKE_TITLE).test(line)) return false;
  // The patterns anchored at the end read the line's tail only (one anchored at the
  // end alone is tried at every position of the line).
  const tail = line.length > TAIL_CHARS ? line.slice(-TAIL_CHARS) : line;
  if (ENDS_WITH_PERIODISH.test(tail) || ENDS_ON_FUNCTION_WORD.test(tail)) return false;
  if (
    endsWithTerminal(line) &&
    !QUESTION_END.test(tail) &&
    !(line.lastIndexOf("!") >= line.length - 2 && QUOTED_EXCLAMATION_END.test(line)) &&
    !(line.endsWith("!") && isTitleCased(line))
  )
    return false;
  if (hasTwoSentences(line, opts.caseless)) return false;
  const n = wordCount(line, maxWords);
  return n >= 2 && n <= maxWords;
}

const LOWER_START = /^["'“‘([]?\p{Ll}/u;

/**
 * isHeadlineShaped for a line of `doc`: a line starting in lower case is read
 * as a caseless headline when the document is caseless (util/case.ts), which
 * is asked only then.
 */
export function isHeadlineLine(
  doc: { readonly text: string; memo<T>(key: string, fn: () => T): T },
  line: string,
  opts: HeadlineShapeOptions = {},
): boolean {
  if (isHeadlineShaped(line, opts)) return true;
  return LOWER_START.test(line) && isCaseless(doc) && isHeadlineShaped(line, { ...opts, caseless: true });
}

/** Letters, and none of them lower case ("NISSAN SENTRA", "SENATE PASSES BUDGET"). */
export function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** A list bullet or number before a link line: "* ", "• ", "- ", "1. ". */
const LIST_MARK = /^(?:[*•·►▸»‣–—-]|\d{1,2}[.)])\s+/u;

/** The line without its list bullet ("* Council approves budget" → "Council approves budget"). */
export function withoutListMark(line: string): string {
  const m = LIST_MARK.exec(line);
  return m ? line.slice(m[0].length) : line;
}

/** What may wrap a chrome line or a heading: list marks and arrows before it, Markdown emphasis around it. */
const LEAD_MARK_CODES = new Set([..."•·»›>*_-–—"].map((c) => c.charCodeAt(0)));
const LEAD_MARKS = /^[\s•·»›>*_\-–—]+/;
const TRAIL_MARKS = /[\s*_]+$/;
const EMPHASIS = /\*\*|__/g;

/**
 * The line without the marks around it ("• Share", "» Read more",
 * "**Related:** …", "_Sign up for our newsletter_"), or undefined when it
 * has none (most lines: one character test each). Unlike withoutListMark, a
 * mark needs no space after it and emphasis goes too: for matching chrome
 * lines and footer headings, not for reading link lines.
 */
export function withoutMarks(line: string): string | undefined {
  const last = line.charCodeAt(line.length - 1);
  // A mark at the start, or "*" / "_" at the end.
  if (!LEAD_MARK_CODES.has(line.charCodeAt(0)) && last !== 42 && last !== 95) return undefined;
  const core = line.replace(LEAD_MARKS, "").replace(TRAIL_MARKS, "").replace(EMPHASIS, "").trim();
  return core === "" || core === line ? undefined : core;
}

/** Prose: ends like a sentence, or is long. */
export function isProse(line: string): boolean {
  return endsWithTerminal(line) || wordCount(line, 40) > 40;
}

// Quote marks around the whole line, the closing one before or after the final punctuation,
// and no double quote closing inside ("“…,” Obama said, “…”" is two quotes and an attribution).
const WHOLE_QUOTATION = /^(?:"[^"”]*"|“[^"”]*”|‘[^’]*’|'[^']*'|«[^»]*»)[.!?…]?$/su;

/**
 * A line that is a quotation and nothing else ("\"We have never seen the soil
 * this dry\""): the shape of a pull quote. An attributed quote ("\"…,\" she
 * said.") is a paragraph.
 */
export function isWholeQuotation(line: string): boolean {
  return WHOLE_QUOTATION.test(line);
}
