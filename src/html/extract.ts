/**
 * HTML → article: `extract(html)` parses with cheerio (htmlparser2 mode), reads the
 * page metadata, finds the main content and returns it as plain text blocks
 * separated by one blank line. Pure: no I/O, no module state.
 *
 * Nesting bound: deeper than `maxDepth` (default 20,000; see DEFAULT_MAX_DEPTH) is refused with
 * `Error("html too deeply nested: …")`, because the parser's cost grows with depth squared.
 *
 * Size bound: input longer than `maxInputChars` (default 10,000,000 UTF-16 chars,
 * ~7x the largest page of the 181-page benchmark) is refused with
 * `Error("html too large: …")` rather than truncated, because a truncated page
 * silently loses the end of the article; the caller decides what to do.
 * Everything after parsing is iterative and linear in the number of nodes, so
 * deep nesting (50,000 divs) or one huge text node cannot blow the stack.
 */
import { linearize } from "./blocks.js";
import { isChromeInline, normKey, sameAsTitle, selectContent } from "./content.js";
import { collapse, type DomElement, type DomNode, type DomRoot, parseHtml, textOf } from "./dom.js";
import { guessLanguage } from "./language.js";
import { chooseMeta, collectMetaSources, type HtmlMeta } from "./meta.js";
import { prestrip } from "./prestrip.js";
import {
  DEFAULT_MAX_DEPTH,
  DEFAULT_MAX_INPUT_CHARS,
  MIN_JSONLD_BODY_CHARS,
  NO_DEPTH_TAGS,
} from "./settings.js";

export type { HtmlMeta } from "./meta.js";

export interface ExtractOptions {
  /** the page's URL: resolves the canonical URL, gives a date from /2017/04/15/ paths */
  readonly url?: string;
  /** refuse longer input (UTF-16 chars); default 10,000,000 */
  readonly maxInputChars?: number;
  /** refuse deeper element nesting; default 20,000 (see DEFAULT_MAX_DEPTH) */
  readonly maxDepth?: number;
}

export interface ExtractResult {
  /** the headline ("" when the page has none) */
  title: string;
  /** the article body: blocks separated by "\n\n", "\n" for <br> inside a block */
  text: string;
  meta: HtmlMeta;
}

/** When the DOM text is this much shorter than the JSON-LD articleBody, the DOM pass missed the body. */
const JSONLD_FALLBACK_RATIO = 0.3;
/** Blank-line or line-break runs that split a JSON-LD articleBody into paragraphs. */
const JSONLD_PARAGRAPH_BREAK = /\s*\n\s*/;

/** Markup or an entity inside a JSON-LD articleBody ("&hellip;", "<p>…</p>"). */
const MARKUP_OR_ENTITY = /[<&]/;

/** A JSON-LD articleBody as blocks: its line breaks split paragraphs; markup and entities are decoded. */
function jsonLdParagraphs(body: string): string[] {
  return body
    .split(JSONLD_PARAGRAPH_BREAK)
    .map((p) => (MARKUP_OR_ENTITY.test(p) ? collapse(textOf(parseHtml(p))) : collapse(p)))
    .filter((p) => p.length > 0);
}

/** An opening or closing tag name, for the nesting-depth estimate. */
const TAG_NAME = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/g;

/**
 * An upper estimate of the element nesting depth, without parsing: +1 per opening tag, -1 per closing
 * tag, void and implicitly closed elements skipped. Only run when the page has more "<" than the
 * limit, since the depth cannot exceed the number of tags.
 */
function nestingDepthExceeds(html: string, limit: number): number | undefined {
  let lt = 0;
  for (let i = html.indexOf("<"); i !== -1 && lt <= limit; i = html.indexOf("<", i + 1)) lt++;
  if (lt <= limit) return undefined;
  let depth = 0;
  for (const m of html.matchAll(TAG_NAME)) {
    const name = m[2]!.toLowerCase();
    if (NO_DEPTH_TAGS.has(name)) continue;
    if (m[1]) depth = depth > 0 ? depth - 1 : 0;
    else if (++depth > limit) return depth;
  }
  return undefined;
}

/** Input guards shared by extract() and htmlToText(): clear errors instead of unbounded work. */
function checkInput(html: string, options: Pick<ExtractOptions, "maxInputChars" | "maxDepth">): void {
  const max = options.maxInputChars ?? DEFAULT_MAX_INPUT_CHARS;
  if (html.length > max) {
    throw new Error(`html too large: ${html.length} chars, maxInputChars is ${max}`);
  }
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const deep = nestingDepthExceeds(html, maxDepth);
  if (deep !== undefined) {
    throw new Error(`html too deeply nested: more than ${deep - 1} levels, maxDepth is ${maxDepth}`);
  }
}

/** The <body> element (iteratively searched), or a synthetic one around the whole document. */
function findBody(root: DomRoot): DomElement {
  const stack: DomNode[] = [...root.children];
  let html: DomElement | undefined;
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type !== "tag") continue;
    if (n.name === "body") return n;
    if (n.name === "html") {
      html = n;
      stack.push(...n.children);
    }
  }
  return {
    type: "tag",
    name: "body",
    attribs: {},
    children: html ? html.children : root.children,
    parent: null,
  };
}

/** Inline elements skipped while linearizing: HARD-negative spans (share widgets, captions, ad slots). Links
 * are kept whatever their class: their text belongs to the sentence around them. */
function skipInline(el: DomElement): boolean {
  if (el.name === "a") return false;
  const cls = `${el.attribs.class ?? ""} ${el.attribs.id ?? ""}`.toLowerCase();
  return isChromeInline(cls);
}

export function extract(html: string, options: ExtractOptions = {}): ExtractResult {
  checkInput(html, options);
  const stripped = prestrip(html);
  const root = parseHtml(stripped.html);
  const sources = collectMetaSources(root, stripped.jsonLd);
  const meta = chooseMeta(sources, options.url);
  const ldBody = sources.jsonLd.articleBody ?? "";
  const jsonLdBody = ldBody.length >= MIN_JSONLD_BODY_CHARS ? ldBody : undefined;

  const lin = linearize(findBody(root), skipInline);
  const content = selectContent(lin, {
    ...(jsonLdBody ? { jsonLdBody } : {}),
    ...(meta.title ? { title: meta.title } : {}),
  });
  let blocks = content.blocks;
  if (jsonLdBody && blocks.join(" ").length < jsonLdBody.length * JSONLD_FALLBACK_RATIO) {
    blocks = jsonLdParagraphs(jsonLdBody);
  }
  const titleKey = meta.title ? normKey(meta.title) : "";
  if (titleKey && blocks.length > 0 && sameAsTitle(blocks[0]!, titleKey)) blocks = blocks.slice(1);
  const text = blocks.join("\n\n");
  if (!meta.language) {
    const guess = guessLanguage(text);
    if (guess) meta.language = guess;
  }
  return { title: meta.title ?? "", text, meta };
}

/**
 * Block-aware plain text of a whole HTML document or fragment, with no content
 * detection: every block of the page, one blank line apart (script/style and
 * other never-text elements left out). The bench uses it to turn Readability's
 * HTML output into text the same way as newsclean's.
 */
export function htmlToText(
  html: string,
  options: Pick<ExtractOptions, "maxInputChars" | "maxDepth"> = {},
): string {
  checkInput(html, options);
  const lin = linearize(findBody(parseHtml(prestrip(html).html)), () => false);
  return lin.blocks.map((b) => b.text).join("\n\n");
}
