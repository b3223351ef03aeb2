/**
 * whitespace — normalise line breaks and spacing.
 *
 * Summary: CRLF/CR and Multi-News' NEWLINE_CHAR token become "\n"; spaces at
 *   line edges, runs of spaces/tabs/no-break spaces inside a line, zero-width
 *   characters and runs of blank lines collapse.
 * Why it happens: scrapers keep the page's indentation, `&nbsp;` and
 *   zero-width joiners; preprocessed corpora encode paragraphs as tokens.
 * Fix and confidence: mechanical, 1.0. Each edit is its own finding.
 * Options: none.
 * Known false positives: none known; poetry or tables that rely on runs of
 *   spaces lose their alignment (disable the rule for such text).
 * Example: "Trump  said" → "Trump said"; "a NEWLINE_CHAR NEWLINE_CHAR b" → "a\n\nb".
 */
import type { FindingDraft } from "../types.js";
import { defineRule } from "./rule.js";

// Inside a line: two or more space-like characters, or a single tab / no-break space.
const INNER_SPACE =
  /[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
const ZERO_WIDTH = /[\u200b\u200e\u200f\ufeff\u00ad]+/g;
// The characters of INNER_SPACE and ZERO_WIDTH above U+00FF (a text without
// them is often stored one byte per character, and then the scan is free).
const WIDE_SPACE_OR_ZERO_WIDTH = /[\u2000-\u200b\u200e\u200f\u202f\u205f\u3000\ufeff]/;

/**
 * Whole-text pre-check for INNER_SPACE and ZERO_WIDTH: any of their
 * characters other than the plain space, or two plain spaces in a row.
 * Single characters are found natively; "  " last, as spaces are frequent.
 */
function mayHaveInnerSpace(text: string): boolean {
  return (
    text.includes("\t") ||
    text.includes("\u00a0") ||
    text.includes("\u00ad") ||
    WIDE_SPACE_OR_ZERO_WIDTH.test(text) ||
    text.includes("  ")
  );
}

export default defineRule({
  meta: {
    id: "whitespace",
    kind: "normalization",
    description:
      "Normalise line breaks (CRLF, NEWLINE_CHAR), spaces, zero-width characters and blank-line runs",
    fixable: true,
    defaultOptions: {},
  },
  check(doc): FindingDraft[] {
    const out: FindingDraft[] = [];
    const { text, lines } = doc;
    let blankRun = 0;
    const checkInner = mayHaveInnerSpace(text);
    const lastContent = doc.contentLines.at(-1)?.index ?? -1;
    const firstContent = doc.contentLines[0]?.index ?? lines.length;
    for (const line of lines) {
      const br = line.br;
      const inner = line.index >= firstContent && line.index <= lastContent;
      if (line.blank && inner && ++blankRun > 1) {
        // An extra blank line goes with its own line break.
        const span = { start: line.span.start, end: br.end };
        out.push({ message: "Unexpected extra blank line", span, confidence: 1, fix: { span, text: "" } });
        continue;
      }
      const brText = text.slice(br.start, br.end);
      const edgeBreak = line.index >= lastContent || line.index < firstContent;
      if (edgeBreak && br.end > br.start && brText.includes("NEWLINE_CHAR")) {
        // A paragraph token before the first or after the last line: nothing to separate.
        out.push({
          message: "Unexpected line break token at the edge of the text",
          span: br,
          confidence: 1,
          fix: { span: br, text: "" },
          actual: brText,
        });
        continue;
      }
      if (br.end > br.start && brText !== "\n" && line.index < lastContent) {
        out.push({
          message: "Unexpected line break token, expected `\\n`",
          span: br,
          confidence: 1,
          fix: { span: br, text: "\n" },
          actual: brText,
          expected: "\n",
        });
      }
      if (line.blank) {
        // Edges of the document are trimmed by the engine; only inner blank lines matter.
        if (inner && line.span.end > line.span.start) {
          out.push({
            message: "Unexpected white space on a blank line",
            span: line.span,
            confidence: 1,
            fix: { span: line.span, text: "" },
          });
        }
        continue;
      }
      blankRun = 0;
      if (line.content.start > line.span.start) {
        const span = { start: line.span.start, end: line.content.start };
        out.push({
          message: "Unexpected white space at line start",
          span,
          confidence: 1,
          fix: { span, text: "" },
        });
      }
      if (line.content.end < line.span.end) {
        const span = { start: line.content.end, end: line.span.end };
        out.push({
          message: "Unexpected white space at line end",
          span,
          confidence: 1,
          fix: { span, text: "" },
        });
      }
      if (!checkInner) continue;
      const content = line.text;
      const base = line.content.start;
      for (const m of content.matchAll(INNER_SPACE)) {
        const span = { start: base + m.index, end: base + m.index + m[0].length };
        out.push({
          message: "Unexpected run of white space, expected one space",
          span,
          confidence: 1,
          fix: { span, text: " " },
          actual: m[0],
          expected: " ",
        });
      }
      for (const m of content.matchAll(ZERO_WIDTH)) {
        const span = { start: base + m.index, end: base + m.index + m[0].length };
        out.push({ message: "Unexpected invisible character", span, confidence: 1, fix: { span, text: "" } });
      }
    }
    return out;
  },
});
