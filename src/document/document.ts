/**
 * The text model every rule reads: lines, blocks (runs of non-blank lines) and
 * sentences, each with a span into `text`. A Document is frozen; sentences and
 * memoised analyses are computed lazily, once.
 */
import type { Span } from "../types.js";
import { isCaseless } from "../util/case.js";
import { CandidateScan, splitSentences } from "./sentences.js";

export interface Line {
  readonly index: number;
  /** The whole line, without its line break. */
  readonly span: Span;
  /** The line without leading/trailing white space. */
  readonly content: Span;
  readonly text: string;
  readonly blank: boolean;
  /** Index of the block the line belongs to (-1 for blank lines). */
  readonly block: number;
  /** Span of the line break that ends this line (empty for the last line). */
  readonly br: Span;
}

export interface Block {
  readonly index: number;
  readonly span: Span;
  /** Indices into `lines`. */
  readonly lines: readonly number[];
}

export interface Sentence {
  readonly index: number;
  readonly span: Span;
  readonly text: string;
  readonly line: number;
  /** Position of the sentence within its line (0 = first). */
  readonly inLine: number;
  /** Number of sentences on its line. */
  readonly lineCount: number;
}

/**
 * Line breaks: LF, CRLF, CR, and Multi-News' `NEWLINE_CHAR` paragraph token
 * (with the spaces around it), so preprocessed releases read like raw text.
 */
const LINE_BREAK = /\r\n|\n|\r|[ \t]*NEWLINE_CHAR[ \t]*/g;
const PLAIN_LINE_BREAK = /\r\n|\n|\r/g;
const EDGE_SPACE = /[\s\u00a0\u200b\ufeff]/;

/** White space at a line's edge: \s, no-break space, zero-width space, BOM. */
function isEdgeSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return EDGE_SPACE.test(text[i]!);
}

export class Document {
  readonly text: string;
  readonly lines: readonly Line[];
  readonly blocks: readonly Block[];
  #sentences: readonly Sentence[] | undefined;
  #contentLines: readonly Line[] | undefined;
  readonly #memo = new Map<string, unknown>();

  constructor(text: string) {
    this.text = text;
    const lines: Line[] = [];
    const blocks: Block[] = [];
    // The open block: its line indices and content span.
    let current: number[] | null = null;
    let blockStart = 0;
    let blockEnd = 0;
    const closeBlock = () => {
      if (current === null) return;
      Object.freeze(current);
      blocks.push(
        Object.freeze({ index: blocks.length, span: { start: blockStart, end: blockEnd }, lines: current }),
      );
      current = null;
    };
    let lineStart = 0;
    const push = (end: number, brEnd: number) => {
      let a = lineStart;
      let b = end;
      while (a < b && isEdgeSpace(text, a)) a++;
      while (b > a && isEdgeSpace(text, b - 1)) b--;
      const blank = a === b;
      const index = lines.length;
      let block = -1;
      if (blank) {
        closeBlock();
      } else {
        if (current === null) {
          current = [];
          blockStart = a;
        }
        current.push(index);
        blockEnd = b;
        block = blocks.length;
      }
      lines.push(
        Object.freeze({
          index,
          span: { start: lineStart, end },
          content: { start: a, end: b },
          text: text.slice(a, b),
          blank,
          block,
          br: { start: end, end: brEnd },
        }),
      );
      lineStart = brEnd;
    };
    if (text.includes("NEWLINE_CHAR") || text.includes("\r")) {
      const breaks = text.includes("NEWLINE_CHAR") ? LINE_BREAK : PLAIN_LINE_BREAK;
      for (const m of text.matchAll(breaks)) push(m.index, m.index + m[0].length);
    } else {
      for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) push(i, i + 1);
    }
    push(text.length, text.length);
    closeBlock();
    this.lines = Object.freeze(lines);
    this.blocks = Object.freeze(blocks);
    Object.freeze(this);
  }

  get sentences(): readonly Sentence[] {
    if (this.#sentences === undefined) {
      const out: Sentence[] = [];
      const scan = new CandidateScan(this.text);
      const caseless = isCaseless(this);
      for (const line of this.lines) {
        if (line.blank) continue;
        const spans = splitSentences(this.text, line.content.start, line.content.end, scan, caseless);
        spans.forEach((span, k) => {
          out.push(
            Object.freeze({
              index: out.length,
              span,
              text: this.text.slice(span.start, span.end),
              line: line.index,
              inLine: k,
              lineCount: spans.length,
            }),
          );
        });
      }
      this.#sentences = Object.freeze(out);
    }
    return this.#sentences;
  }

  /** Non-blank lines, in order. */
  get contentLines(): readonly Line[] {
    this.#contentLines ??= Object.freeze(this.lines.filter((l) => !l.blank));
    return this.#contentLines;
  }

  /** Compute `fn` once per document (analyses shared by several rules). */
  memo<T>(key: string, fn: () => T): T {
    if (this.#memo.has(key)) return this.#memo.get(key) as T;
    const v = fn();
    this.#memo.set(key, v);
    return v;
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  /**
   * The span that removes line `index` together with the blank lines after it
   * (up to the next non-blank line), so no hole is left. For the last content
   * line it runs to the end of the text; the result's edges are trimmed.
   */
  lineRemovalSpan(index: number): Span {
    const line = this.lines[index]!;
    let j = index + 1;
    while (j < this.lines.length && this.lines[j]!.blank) j++;
    if (j < this.lines.length) return { start: line.span.start, end: this.lines[j]!.span.start };
    return { start: line.span.start, end: this.text.length };
  }
}
