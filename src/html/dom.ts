/**
 * The slice of the htmlparser2/domhandler node shape that the extractor reads,
 * declared here so that src/html depends on cheerio only (not on its internals),
 * plus small iterative helpers: nothing here recurses, so 50,000 nested
 * elements cannot overflow the stack.
 */
import { load } from "cheerio/slim";

export interface DomText {
  readonly type: "text";
  readonly data: string;
  parent: DomParent | null;
}

export interface DomElement {
  /** domhandler gives <script> and <style> their own node types */
  readonly type: "tag" | "script" | "style";
  readonly name: string;
  readonly attribs: Record<string, string>;
  readonly children: DomNode[];
  parent: DomParent | null;
}

export interface DomRoot {
  readonly type: "root";
  readonly children: DomNode[];
  parent: null;
}

export interface DomOther {
  readonly type: "comment" | "directive" | "cdata";
  parent: DomParent | null;
}

export type DomParent = DomElement | DomRoot;
export type DomNode = DomText | DomElement | DomOther;

/** Parse with cheerio in htmlparser2 mode (the slim entry never loads parse5). */
export function parseHtml(html: string): DomRoot {
  const $ = load(html, null, true);
  return $.root()[0] as unknown as DomRoot;
}

export function isElement(node: DomNode | DomRoot): node is DomElement {
  return node.type === "tag" || node.type === "script" || node.type === "style";
}

/** The raw text under a node, without any block structure (iterative). */
export function textOf(node: DomNode | DomRoot): string {
  if (node.type === "text") return node.data;
  if (!("children" in node)) return "";
  const parts: string[] = [];
  const stack: DomNode[] = [...node.children].reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === "text") parts.push(n.data);
    else if (n.type === "tag") for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return parts.join("");
}

/**
 * The first `maxChars` of the text under a node, visiting at most `maxNodes` nodes:
 * bounded work for peeks at bylines and labels, whatever the subtree's size.
 */
export function textPrefix(node: DomNode | DomRoot, maxChars = 300, maxNodes = 500): string {
  if (node.type === "text") return node.data.slice(0, maxChars);
  if (!("children" in node)) return "";
  let out = "";
  let visited = 0;
  const stack: DomNode[] = [];
  for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  while (stack.length > 0 && out.length < maxChars && visited++ < maxNodes) {
    const n = stack.pop()!;
    if (n.type === "text") out += n.data.slice(0, maxChars);
    else if (n.type === "tag") for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out.slice(0, maxChars);
}

/** Collapse runs of whitespace (including no-break spaces) to one space and trim. */
const WHITESPACE_RUN = /[\s\u00a0\u200b\ufeff]+/g;

export function collapse(text: string): string {
  return text.replace(WHITESPACE_RUN, " ").trim();
}
