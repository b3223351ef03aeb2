/**
 * Human-readable reports. Offsets are the truth; line and column (1-based,
 * UTF-16 columns) are computed here, for display only.
 */
import type { Finding } from "./types.js";

/** Line starts of `text` (LF, CRLF and CR all end a line). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

export function lineCol(starts: readonly number[], offset: number): { line: number; col: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, col: offset - starts[lo]! + 1 };
}

/** One line per finding: `line:col  rule  confidence  fixed|reported  message`. */
export function explainFindings(input: string, findings: readonly Finding[], prefix = ""): string {
  const starts = lineStarts(input);
  return findings
    .map((f) => {
      const { line, col } = lineCol(starts, f.span.start);
      const state = f.applied ? "fixed" : "reported";
      return `${prefix}${line}:${col}  ${f.ruleId}  ${f.confidence.toFixed(2)}  ${state}  ${f.message}`;
    })
    .join("\n");
}
