/**
 * Offset bookkeeping: each pass applies non-overlapping edits; an EditMap maps
 * positions in the pass's output back to its input, and chaining the maps of
 * all passes maps any span back to the original text (textlint: offsets are
 * the truth).
 */
import type { Fix, Span } from "../types.js";

export interface Edit {
  readonly oldStart: number;
  readonly oldEnd: number;
  readonly newStart: number;
  readonly newEnd: number;
}

export type EditMap = readonly Edit[];

/** Does `outer` hold all of `inner`? */
export function spanCovers(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/**
 * Where a deletion that starts a line under a kept line of the same paragraph
 * (one line break before it, text before that) runs through a paragraph
 * break into more text, the end that keeps the break: the rest of the
 * paragraph must not be glued to the next one ("Headline\nHeadline\n\nBody"
 * loses its second line, not its paragraph break). Otherwise `end` itself.
 */
function endKeepingBreak(text: string, start: number, end: number): number {
  if (end >= text.length || start < 2 || text.charCodeAt(start - 1) !== 10) return end;
  const before = text.charCodeAt(start - 2) === 13 ? start - 3 : start - 2;
  if (before < 0 || text.charCodeAt(before) === 10) return end;
  // The deletion's trailing run of white space, and its line breaks.
  let k = end;
  let breaks = 0;
  let firstBreak = -1;
  while (k > start) {
    const c = text.charCodeAt(k - 1);
    if (c === 10) {
      breaks++;
      firstBreak = k - 1;
    } else if (c !== 13 && c !== 32 && c !== 9) break;
    k--;
  }
  return breaks >= 2 && k > start ? firstBreak + 1 : end;
}

/**
 * Apply fixes (sorted by start; only deletions may overlap, and overlapping
 * or touching deletions merge) and return the new text and its edit map. A
 * deletion never glues the rest of a paragraph to the next (endKeepingBreak).
 */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; map: EditMap } {
  const merged: Fix[] = [];
  for (const f of fixes) {
    const last = merged[merged.length - 1];
    if (
      last &&
      (f.span.start < last.span.end || (f.span.start === last.span.end && last.text === "" && f.text === ""))
    ) {
      if (last.text !== "" || f.text !== "") throw new Error("overlapping fixes that are not deletions");
      if (f.span.end > last.span.end)
        merged[merged.length - 1] = { span: { start: last.span.start, end: f.span.end }, text: "" };
      continue;
    }
    merged.push(f);
  }
  for (let i = 0; i < merged.length; i++) {
    const f = merged[i]!;
    if (f.text !== "") continue;
    const end = endKeepingBreak(text, f.span.start, f.span.end);
    if (end !== f.span.end) merged[i] = { span: { start: f.span.start, end }, text: "" };
  }
  const parts: string[] = [];
  const map: Edit[] = [];
  let pos = 0;
  let outLen = 0;
  for (const f of merged) {
    const keep = text.slice(pos, f.span.start);
    parts.push(keep, f.text);
    outLen += keep.length;
    map.push({
      oldStart: f.span.start,
      oldEnd: f.span.end,
      newStart: outLen,
      newEnd: outLen + f.text.length,
    });
    outLen += f.text.length;
    pos = f.span.end;
  }
  parts.push(text.slice(pos));
  return { text: parts.join(""), map };
}

/**
 * Map a position of a pass's output back to its input. A start is biased to
 * the right of a deletion, an end to its left, so a mapped span never covers
 * text that was removed next to it.
 */
export function mapPosition(map: EditMap, p: number, bias: "start" | "end"): number {
  // start: first edit ending after p; end: first edit ending at or after p.
  let lo = 0;
  let hi = map.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const ne = map[mid]!.newEnd;
    if (bias === "start" ? ne <= p : ne < p) lo = mid + 1;
    else hi = mid;
  }
  const prev = lo > 0 ? map[lo - 1]! : undefined;
  const e = map[lo];
  if (!e || p < e.newStart) return p + (prev ? prev.oldEnd - prev.newEnd : 0);
  if (bias === "start" || p === e.newStart) return e.oldStart;
  return e.oldEnd;
}

/** Map a span through a chain of pass maps (oldest first) back to the original. */
export function mapSpan(maps: readonly EditMap[], span: Span): Span {
  let { start, end } = span;
  for (let k = maps.length - 1; k >= 0; k--) {
    const m = maps[k]!;
    if (m.length === 0) continue;
    start = mapPosition(m, start, "start");
    end = mapPosition(m, end, "end");
  }
  if (end < start) end = start;
  return { start, end };
}
