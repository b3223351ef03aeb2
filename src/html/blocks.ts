/**
 * Linearize a DOM subtree into text blocks, iteratively (no recursion): one block
 * per paragraph, heading, list item, table row…, each remembering the innermost
 * block element that owns it, with its link-text share. Every element visited is
 * recorded in pre-order with its parent and the index of its last descendant, so
 * later passes can sum block scores bottom-up in O(n) and test "is inside" with a
 * range check.
 */
import { type DomElement, type DomNode, isElement } from "./dom.js";
import {
  BLOCK_TAGS,
  CELL_SEPARATOR,
  CELL_TAGS,
  DROP_TAGS,
  EMPHASIS_TAGS,
  MIN_ALT_CHARS,
} from "./settings.js";

export interface Block {
  /** whitespace-collapsed text; "\n" where the source had <br> */
  readonly text: string;
  /** chars of text inside links */
  readonly linkChars: number;
  /** index (in ElementTable) of the innermost block element holding the text */
  readonly owner: number;
  /** tag name of the owner */
  readonly tag: string;
  /** inside a <blockquote> (quotes, embedded tweets) */
  readonly quoted: boolean;
  /** an image came right before this block, with no text between (a caption's place) */
  readonly afterImage: boolean;
  /** chars of text inside <em>, <i>, <small>, <cite> (captions are often set that way) */
  readonly emphChars: number;
}

export interface ElementTable {
  readonly nodes: DomElement[];
  readonly parent: number[];
  /** index of the last descendant (pre-order), so `j` is inside `i` iff i <= j <= end[i] */
  readonly end: number[];
  /** lower-cased `class id` */
  readonly classId: string[];
}

export interface Linearized {
  readonly elements: ElementTable;
  readonly blocks: Block[];
  /** the alt texts of the images (a caption often repeats its image's alt text) */
  readonly imageAlts: string[];
}

/**
 * Whitespace that needs rewriting to one plain space: a space followed by more whitespace, or any
 * other whitespace char (newline, tab, no-break, zero-width space) and what follows it (zero-width
 * joiners are not whitespace: emoji and Indic scripts need them). A lone plain space
 * does not match, so ordinary prose is left alone: a 20 MB text node of words costs one scan instead
 * of millions of replacements.
 */
const SPACE_FIX =
  / [\s\u200b\ufeff]+|[\t\n\r\f\v\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff][\s\u200b\ufeff]*/g;
/** Whitespace at the end of a <pre> line. */
const TRAILING_SPACE = /\s+$/;
/** `display: none` / `visibility: hidden` in an inline style. */
const HIDDEN_STYLE = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Is this element invisible to a reader (hidden attribute, aria-hidden, inline display:none)? */
export function isHidden(el: DomElement): boolean {
  const a = el.attribs;
  if (a.hidden !== undefined) return true;
  if (a["aria-hidden"] === "true") return true;
  const style = a.style;
  return style !== undefined && HIDDEN_STYLE.test(style);
}

/** Do the parts end with a <br> line break, ignoring whitespace after it? */
function endsWithBreak(parts: readonly string[]): boolean {
  for (let i = parts.length - 1; i >= 0; i--) {
    const p = parts[i]!;
    if (p === "\n") return true;
    if (p.trim() !== "") return false;
  }
  return false;
}

/**
 * `skipInline` decides, when an inline (non-block) element is entered, whether its
 * whole subtree is left out (chrome spans inside a paragraph): block elements are
 * judged later, with their prose counts, by the caller.
 */
export function linearize(root: DomElement, skipInline: (el: DomElement) => boolean): Linearized {
  const nodes: DomElement[] = [];
  const parent: number[] = [];
  const end: number[] = [];
  const classId: string[] = [];
  const blocks: Block[] = [];

  // the block being built
  let parts: string[] = [];
  let partsChars = 0;
  let linkChars = 0;
  let linkDepth = 0;
  let preDepth = 0;
  let quoteDepth = 0;
  let afterImage = false;
  let emphDepth = 0;
  let emphChars = 0;
  const imageAlts: string[] = [];
  let preBlock = false;

  const blockStack: number[] = [];
  const openStack: number[] = [];

  const flush = (): void => {
    if (parts.length === 0) return;
    const owner = blockStack.length > 0 ? blockStack[blockStack.length - 1]! : -1;
    const raw = parts.join("");
    let text: string;
    if (preBlock) {
      // keep the lines and their indentation; drop blank lines, which would read as a block break
      text = raw
        .split("\n")
        .map((l) => l.replace(TRAILING_SPACE, ""))
        .filter((l) => l.length > 0)
        .join("\n");
    } else {
      text = raw
        .split("\n")
        .map((l) => l.replace(SPACE_FIX, " ").trim())
        .filter((l) => l.length > 0)
        .join("\n");
    }
    if (text.length > 0 && owner >= 0) {
      blocks.push({
        text,
        linkChars: Math.min(linkChars, text.length),
        owner,
        tag: nodes[owner]!.name,
        quoted: quoteDepth > 0,
        afterImage,
        emphChars: Math.min(emphChars, text.length),
      });
      afterImage = false;
    }
    parts = [];
    partsChars = 0;
    linkChars = 0;
    emphChars = 0;
    preBlock = false;
  };

  // stack entries: a node to enter, or ~index (a negative number) to leave element `index`
  // the root is element 0 and owns loose text; its exit marker sits at the bottom of the stack
  const stack: (DomNode | number)[] = [~0];
  nodes.push(root);
  parent.push(-1);
  end.push(0);
  classId.push(`${root.attribs.class ?? ""} ${root.attribs.id ?? ""}`.toLowerCase());
  blockStack.push(0);
  openStack.push(0);
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]!);

  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === "number") {
      const idx = ~item;
      const el = nodes[idx]!;
      const name = el.name;
      if (BLOCK_TAGS.has(name) || idx === 0) {
        flush();
        blockStack.pop();
      }
      if (name === "a") linkDepth--;
      if (EMPHASIS_TAGS.has(name)) emphDepth--;
      if (name === "pre") preDepth--;
      if (name === "blockquote") quoteDepth--;
      end[idx] = nodes.length - 1;
      openStack.pop();
      continue;
    }
    if (item.type === "text") {
      const data = item.data;
      if (preDepth > 0) {
        parts.push(data);
        partsChars += data.length;
        preBlock = true;
        if (linkDepth > 0) linkChars += data.length;
        continue;
      }
      const t = data.replace(SPACE_FIX, " ");
      if (t === " " && (parts.length === 0 || parts[parts.length - 1]!.endsWith(" "))) continue;
      parts.push(t);
      const n = t.trim().length;
      partsChars += n;
      if (linkDepth > 0) linkChars += n;
      if (emphDepth > 0) emphChars += n;
      continue;
    }
    if (!isElement(item)) continue;
    const name = item.name;
    if (name === "img" && item.type === "tag") {
      const alt = item.attribs.alt;
      if (alt && alt.length >= MIN_ALT_CHARS) imageAlts.push(alt);
      if (partsChars === 0) afterImage = true;
      continue;
    }
    if (item.type !== "tag" || DROP_TAGS.has(name) || isHidden(item)) continue;
    if (name === "br") {
      // two <br> in a row (whitespace between) end a paragraph on pages that have no <p>; one is a line break
      if (preDepth === 0 && endsWithBreak(parts)) {
        while (parts.length > 0 && parts[parts.length - 1]!.trim() === "") parts.pop();
        flush();
      } else parts.push("\n");
      continue;
    }
    const isBlock = BLOCK_TAGS.has(name);
    if (!isBlock && skipInline(item)) continue;
    if (CELL_TAGS.has(name) && partsChars > 0) parts.push(CELL_SEPARATOR);
    const idx = nodes.length;
    nodes.push(item);
    parent.push(openStack.length > 0 ? openStack[openStack.length - 1]! : -1);
    end.push(idx);
    classId.push(`${item.attribs.class ?? ""} ${item.attribs.id ?? ""}`.toLowerCase());
    openStack.push(idx);
    if (isBlock) {
      flush();
      blockStack.push(idx);
    }
    if (name === "a") linkDepth++;
    if (EMPHASIS_TAGS.has(name)) emphDepth++;
    if (name === "pre") preDepth++;
    if (name === "blockquote") quoteDepth++;
    stack.push(~idx);
    const kids = item.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  flush();
  return { elements: { nodes, parent, end, classId }, blocks, imageAlts };
}
