/**
 * pull-quote — remove a standalone line that repeats text of a paragraph.
 *
 * Summary: a one-line paragraph of `minWords`–`maxWords` words that is a
 *   quotation and nothing else (an attributed quote, "…," she said, is a
 *   paragraph; duplicate-sentence keeps it, as the first copy) and whose text
 *   (case, quotes and punctuation ignored) occurs inside another, longer
 *   paragraph is a pull quote or a caption copy and is removed, wherever it
 *   stands.
 * Why it happens: designers repeat a striking sentence in large type; the
 *   scraper keeps both copies (FIELD-NOTES: sentences repeat within 2.7–7% of
 *   documents, captions and pull quotes).
 * Fix and confidence: 0.85; `related` points at the paragraph that holds it.
 *   Only the first 64 longer paragraphs holding the line's longest word are
 *   compared (a word that common is no probe).
 * Options: `minWords` (default 6), `maxWords` (default 60).
 * Known false positives: the first line (the headline) is never removed,
 *   even when a paragraph repeats it — nor the first line under the page's
 *   header furniture (a label of section words, a chrome line, a byline, a
 *   date line: the headline's place once they go). A one-sentence paragraph
 *   that an editor deliberately repeats later inside a longer one (rare in
 *   edited news).
 * Example: a line "we did the right thing" above a paragraph that contains
 *   "I have absolutely no doubt we did the right thing."
 */
import { allSectionWords } from "../data/sections.js";
import type { Line } from "../document/document.js";
import type { FindingDraft } from "../types.js";
import { parseDateLine } from "../util/date.js";
import { isWholeQuotation } from "../util/shape.js";
import { compareKey, wordCount } from "../util/text.js";
import { isBylineLine } from "./byline.js";
import { familyOf } from "./chrome-line.js";
import { defineRule } from "./rule.js";

const MAX_LINES = 2000;
/**
 * Paragraphs looked at per quoted line (the first ones holding its longest
 * word): a real pull quote's word is rare; one found in more paragraphs than
 * this is no probe, and looking at all of them made a long document of
 * quotes quadratic (bench:kernel, hostile documents).
 */
const MAX_HOLDERS = 64;
/** The longest run of ASCII letters in lower[start, end). */
function longestAsciiWord(lower: string, start: number, end: number): string {
  let bestStart = start;
  let bestLen = 0;
  let runStart = -1;
  for (let i = start; i <= end; i++) {
    const c = i < end ? lower.charCodeAt(i) : 0;
    if (c >= 97 && c <= 122) {
      if (runStart < 0) runStart = i;
    } else if (runStart >= 0) {
      if (i - runStart > bestLen) {
        bestLen = i - runStart;
        bestStart = runStart;
      }
      runStart = -1;
    }
  }
  return lower.slice(bestStart, bestStart + bestLen);
}

/** How many top lines may be the page's header furniture above the headline. */
const HEADER_LINES = 8;

/**
 * The headline's place: the first line that is not the page's header
 * furniture (a chrome line, a byline, a date line, a short label of section
 * words), which other rules remove — so the headline is the same line
 * whether a label sits above it or not.
 */
function titleIndex(lines: readonly Line[]): number {
  const n = Math.min(lines.length - 1, HEADER_LINES);
  for (let i = 0; i < n; i++) {
    const t = lines[i]!.text;
    const label = t.length <= 40 && allSectionWords(t);
    if (!label && familyOf(t) === null && !isBylineLine(t, true) && parseDateLine(t) === undefined) return i;
  }
  return 0;
}

/** Index into `lines` of the line whose content holds offset `at`, or -1. */
function lineAt(lines: readonly Line[], at: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const l = lines[mid]!;
    if (at < l.content.start) hi = mid - 1;
    else if (at >= l.content.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export default defineRule({
  meta: {
    id: "pull-quote",
    kind: "chrome",
    description:
      "Remove a standalone line that repeats part of a longer paragraph (pull quote, caption copy)",
    fixable: true,
    defaultOptions: { minWords: 6, maxWords: 60 },
  },
  check(doc, options): FindingDraft[] {
    const out: FindingDraft[] = [];
    const lines = doc.contentLines;
    if (lines.length < 3 || lines.length > MAX_LINES) return out;
    const minWords = options.minWords as number;
    const maxWords = options.maxWords as number;
    let lower: string | undefined;
    let title: number | undefined;
    let titleKey: string | undefined;
    // Comparison keys of holder lines, padded with spaces, computed once each.
    const paddedKeys: (string | undefined)[] = [];
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      // A pull quote is a quotation set apart; a repeated plain sentence is
      // duplicate-sentence's business, and a repeated list item (a recipe's
      // ingredients under a meal plan) is content.
      if (line.text.length > 600 || !isWholeQuotation(line.text)) continue;
      const n = wordCount(line.text, maxWords);
      if (n < minWords || n > maxWords) continue;
      // Cheap pre-check: the line's longest word must occur again outside the line.
      lower ??= doc.text.toLowerCase();
      const probe = longestAsciiWord(lower, line.content.start, line.content.end);
      if (probe.length < 4) continue;
      const holders: number[] = [];
      for (
        let at = lower.indexOf(probe);
        at >= 0 && holders.length < MAX_HOLDERS;
        at = lower.indexOf(probe, at + probe.length)
      ) {
        if (at >= line.content.start && at < line.content.end) continue;
        const k = lineAt(lines, at);
        // Occurrences come in text order, so a line already listed is the last one listed.
        if (k >= 0 && k !== i && lines[k]!.text.length > line.text.length && holders.at(-1) !== k)
          holders.push(k);
      }
      if (holders.length === 0) continue;
      title ??= titleIndex(lines);
      if (i === title) continue;
      const key = compareKey(line.text);
      titleKey ??= compareKey(lines[title]!.text);
      if (key === titleKey) continue;
      const padded = ` ${key} `;
      const holder = holders.find((k) =>
        (paddedKeys[k] ??= ` ${compareKey(lines[k]!.text)} `).includes(padded),
      );
      if (holder === undefined) continue;
      out.push({
        message: `Unexpected pull quote \`${line.text}\`, its text is already in a paragraph`,
        span: line.content,
        confidence: 0.85,
        fix: { span: doc.lineRemovalSpan(line.index), text: "" },
        related: lines[holder]!.content,
        actual: line.text,
      });
    }
    return out;
  },
});
