/**
 * Removal spans for sentences, so that removing several sentences of one
 * line never leaves a hole: the spans of the removed sentences of a line
 * merge into exactly the line's removal span when all of them go, and into
 * the sentences plus their separating space otherwise.
 */
import type { Document, Sentence } from "../document/document.js";
import type { Span } from "../types.js";

export function sentenceRemovalSpans(doc: Document, removed: ReadonlySet<number>): Map<number, Span> {
  const out = new Map<number, Span>();
  const sentences = doc.sentences;
  const byLine = new Map<number, Sentence[]>();
  for (const i of removed) {
    const s = sentences[i]!;
    const list = byLine.get(s.line);
    if (list) list.push(s);
    else byLine.set(s.line, [s]);
  }
  for (const [line, list] of byLine) {
    const first = list[0]!;
    if (list.length === first.lineCount) {
      // The whole line goes: spread its removal span over the sentences.
      const whole = doc.lineRemovalSpan(line);
      list.sort((a, b) => a.index - b.index);
      list.forEach((s, k) => {
        const start = k === 0 ? whole.start : s.span.start;
        const end = k === list.length - 1 ? whole.end : sentences[s.index + 1]!.span.start;
        out.set(s.index, { start, end });
      });
      continue;
    }
    for (const s of list) {
      // Take the space after the sentence, or before it for the line's last one.
      const span =
        s.inLine < s.lineCount - 1
          ? { start: s.span.start, end: sentences[s.index + 1]!.span.start }
          : { start: sentences[s.index - 1]!.span.end, end: s.span.end };
      out.set(s.index, span);
    }
  }
  return out;
}
