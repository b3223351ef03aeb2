/**
 * The title is the first content line when it is headline-shaped and text
 * follows it. It is moved to `title`, not deleted: no character is lost.
 */
import type { Document } from "../document/document.js";
import { isHeadlineShaped } from "../util/shape.js";

export function findTitleLine(doc: Document): number | undefined {
  const lines = doc.contentLines;
  const first = lines[0];
  if (!first || lines.length < 2) return undefined;
  return isHeadlineShaped(first.text) ? first.index : undefined;
}
