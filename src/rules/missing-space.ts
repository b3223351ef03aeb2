/**
 * missing-space — put back the space lost between two sentences.
 *
 * Summary: a sentence that ends on a word and runs straight into
 *   the next one ("…takes effect in July.The mayor thanked staff",
 *   `…he said."The`) gets its space back after the period (and closing
 *   quote).
 * Why it happens: text taken from the page with `textContent` glues the last
 *   word of one paragraph to the first of the next.
 * Fix and confidence: 0.85 (a heuristic with context): the word before the
 *   period has at least two lower-case letters ("Mr.", "St." have one), the
 *   word after is capitalised and goes on in lower case.
 * Options: none.
 * Known false positives: inside URLs, e-mail addresses and file names (the
 *   token holds "/", "@", "www" or a digit, and is left alone); product names
 *   spelled "word.Word".
 * Example: "The plan takes effect in July.The mayor thanked staff." → "… in July. The mayor thanked staff."
 */
import type { FindingDraft } from "../types.js";
import { defineRule } from "./rule.js";

// A lower-case word, a period (and a closing quote), a capitalised word: no space between.
const GLUED = /(?<![\p{L}\p{N}@/._-])(\p{Lu}?\p{Ll}{2,})\.(["”’]?)(\p{Lu}\p{Ll}+)/gu;
// The token around a match, for the URL / address / file-name guard.
const TOKEN_START = /\S*$/;

export default defineRule({
  meta: {
    id: "missing-space",
    kind: "normalization",
    description: 'Put back the space lost between two glued sentences ("July.The" → "July. The")',
    fixable: true,
    defaultOptions: {},
  },
  check(doc): FindingDraft[] {
    const out: FindingDraft[] = [];
    const text = doc.text;
    for (const m of text.matchAll(GLUED)) {
      const at = m.index + m[1]!.length + 1 + m[2]!.length;
      // The whole token (up to the next white space) must be plain words: no URL, address or number.
      const before = TOKEN_START.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[0] ?? "";
      let end = at;
      while (end < text.length && !/\s/.test(text[end]!)) end++;
      const token = before + text.slice(m.index, end);
      if (/[/@\d]|www|https?:|\.(?:com|org|net|gov|edu|co|uk|io)\b/i.test(token)) continue;
      const span = { start: at, end: at };
      out.push({
        message: `Unexpected \`${text.slice(m.index, at)}${m[3]}\` without a space, expected \`${text.slice(m.index, at)} ${m[3]}\``,
        span,
        confidence: 0.85,
        fix: { span, text: " " },
        actual: "",
        expected: " ",
      });
    }
    return out;
  },
});
