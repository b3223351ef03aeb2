/**
 * The title is the first content line when it is headline-shaped and text
 * follows it, or when a fix of the "headline" kind kept it as the copy of a
 * repeated headline (a one-word headline such as "Banksy" is shaped like
 * nothing, but repeating proved it). It is moved to `title`, not deleted: no
 * character is lost.
 */
import type { Document, Line } from "../document/document.js";
import { isHeadlineLine } from "../util/shape.js";

export function findTitleLine(doc: Document, provenHeadline?: (line: Line) => boolean): number | undefined {
  const lines = doc.contentLines;
  const first = lines[0];
  if (!first || lines.length < 2) return undefined;
  return isHeadlineLine(doc, first.text) || provenHeadline?.(first) === true ? first.index : undefined;
}
