/**
 * HTML → article text: the public surface of src/html (re-exported by src/index.ts).
 *
 * - `extract(html, { url, maxInputChars, maxDepth })` → `{ title, text, meta }`: the article body as
 *   plain-text blocks one blank line apart, and the page metadata;
 * - `htmlToText(html)`: every block of a page or fragment, no content detection;
 * - `decodeHtmlBytes(bytes)`: bytes of a saved page → string (BOM, <meta charset>, UTF-8, windows-1252).
 */
export { type DecodedHtml, decodeHtmlBytes } from "./charset-sniff.js";
export { type ExtractOptions, type ExtractResult, extract, type HtmlMeta, htmlToText } from "./extract.js";
