/**
 * markup — remove HTML tags left in plain text.
 *
 * Summary: tags of HTML elements ("<p>", "</div>", "<br />", "<a href=…>",
 *   "<strong>") inside a plain-text document are removed; a block-level tag
 *   between two pieces of text becomes a line break, so paragraphs stay apart.
 *   HTML comments go too.
 * Why it happens: a scraper strips some markup but not all, or stores a
 *   feed's description field as text.
 * Fix and confidence: 0.9; only tags of known HTML elements, whole (with the
 *   closing ">", at most 300 characters), so "a < b" and "<3" stay.
 * Options: none.
 * Known false positives: a story about HTML that quotes a tag as text.
 * Example: "The mayor said<br>the plan passed.</p>" → "The mayor said\nthe plan passed."
 */
import type { FindingDraft } from "../types.js";
import { defineRule } from "./rule.js";

const INLINE =
  "a|abbr|b|big|cite|code|del|dfn|em|font|i|ins|kbd|mark|q|s|samp|small|span|strike|strong|sub|sup|time|tt|u|var";
const BLOCK =
  "address|article|aside|blockquote|body|br|caption|center|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|html|img|li|main|nav|ol|p|picture|pre|section|source|table|tbody|td|tfoot|th|thead|tr|ul|video|iframe|embed|object|param";
const SPACE = /\s/;
const TAG = new RegExp(`<!--[^]{0,2000}?-->|</?(?:(${BLOCK})|${INLINE})\\b(?:\\s[^<>]{0,300})?\\s*/?>`, "gi");

export default defineRule({
  meta: {
    id: "markup",
    kind: "encoding",
    description:
      'Remove HTML tags left in plain text ("<p>", "<br />", "<a href=…>"); a block tag becomes a line break',
    fixable: true,
    defaultOptions: {},
  },
  check(doc): FindingDraft[] {
    const out: FindingDraft[] = [];
    const text = doc.text;
    if (!text.includes("<")) return out;
    for (const m of text.matchAll(TAG)) {
      const start = m.index;
      const end = start + m[0].length;
      // A block tag between two pieces of text separates them; anywhere else it just goes.
      const between =
        m[1] !== undefined &&
        start > 0 &&
        end < text.length &&
        !SPACE.test(text[start - 1]!) &&
        !SPACE.test(text[end]!);
      const span = { start, end };
      out.push({
        message: `Unexpected HTML markup \`${m[0].length > 60 ? `${m[0].slice(0, 57)}…` : m[0]}\` in the text`,
        span,
        confidence: 0.9,
        fix: { span, text: between ? "\n" : "" },
        actual: m[0],
      });
    }
    return out;
  },
});
