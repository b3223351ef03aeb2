/**
 * Line shapes: what a headline, a link teaser or a prose paragraph looks like.
 * Evidence: the seeds' headlines and trailing teasers; FIELD-NOTES ("About 9%
 * of raw documents end with an unpunctuated line").
 */
import { endsWithTerminal, wordCount } from "./text.js";

const STARTS_LIKE_TITLE = /^[\p{Lu}\p{N}"'“‘([]/u;
// Two sentences in one line: ". " followed by a capital (cheap check).
const TWO_SENTENCES = /[a-z0-9][.!?]["'”’]?\s+["“]?\p{Lu}/u;
const ENDS_WITH_PERIODISH = /[.,;:]["'”’]?$/u;
// A headline does not stop on an article or a preposition ("… next month in the").
const ENDS_ON_FUNCTION_WORD = /\b(?:the|a|an|of|and|or|to|with|from|by|in|that)$/iu;

export interface HeadlineShapeOptions {
  readonly maxWords?: number;
  readonly maxChars?: number;
}

/** A headline: one short, capitalised line that does not end like a sentence. */
export function isHeadlineShaped(line: string, opts: HeadlineShapeOptions = {}): boolean {
  const maxChars = opts.maxChars ?? 200;
  const maxWords = opts.maxWords ?? 30;
  if (line.length < 4 || line.length > maxChars) return false;
  if (!STARTS_LIKE_TITLE.test(line)) return false;
  if (ENDS_WITH_PERIODISH.test(line) || ENDS_ON_FUNCTION_WORD.test(line)) return false;
  if (endsWithTerminal(line) && !/\?["'”’]?$/.test(line)) return false;
  if (TWO_SENTENCES.test(line)) return false;
  const n = wordCount(line);
  return n >= 2 && n <= maxWords;
}

/** Prose: ends like a sentence, or is long. */
export function isProse(line: string): boolean {
  return endsWithTerminal(line) || wordCount(line) > 40;
}
