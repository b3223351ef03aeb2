/**
 * The title is the first content line when it is headline-shaped and text
 * follows it, or when a fix of the "headline" kind kept it as the copy of a
 * repeated headline (a one-word headline such as "Banksy" is shaped like
 * nothing, but repeating proved it) — a short line only (PROVEN_MAX_WORDS and
 * PROVEN_MAX_CHARS, not prose, with a WORD): a standfirst, a caption or a
 * line of code repeated at the top is no title, as it is none when it stands
 * once. It is moved to `title`, not deleted: no character is lost.
 */
import type { Document, Line } from "../document/document.js";
import { isHeadlineLine, isProse } from "../util/shape.js";
import { wordCount } from "../util/text.js";

/**
 * A word of three cased letters or more ("By" alone is a byline's remnant,
 * "2.289" a counter; a line of a script without case, Korean or Japanese, is
 * shaped like no headline, repeated or not).
 */
const WORD = /[\p{Lu}\p{Ll}]{3}/u;
/** Longest line a repeat proves a headline, in characters (CJK text has no spaces between words). */
const PROVEN_MAX_CHARS = 40;
/** Longest line a repeat proves a headline: shorter than any headline shape reads ("Banksy", "Rats Invade"). */
const PROVEN_MAX_WORDS = 3;

export function findTitleLine(doc: Document, provenHeadline?: (line: Line) => boolean): number | undefined {
  const lines = doc.contentLines;
  const first = lines[0];
  if (!first || lines.length < 2) return undefined;
  if (isHeadlineLine(doc, first.text)) return first.index;
  const proven =
    provenHeadline?.(first) === true &&
    first.text.length <= PROVEN_MAX_CHARS &&
    wordCount(first.text, PROVEN_MAX_WORDS + 1) <= PROVEN_MAX_WORDS &&
    !isProse(first.text) &&
    WORD.test(first.text);
  return proven ? first.index : undefined;
}
