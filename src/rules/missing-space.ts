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

// At a word start: a word with two or more lower-case letters, a period (and
// a closing quote), a capitalised word — no space between.
const GLUED = /(?<![\p{L}\p{N}@/._])(\p{Lu}?\p{Ll}{2,})\.(["”’]?)(\p{Lu}\p{Ll}+)/uy;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const SPACE = /\s/;
// The token around a match, for the URL / address / file-name guard.
const TOKEN_START = /\S*$/;
const NOT_PROSE = /[/@\d]|www|https?:|\.(?:com|org|net|gov|edu|co|uk|io)\b/i;

function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122;
  return LETTER.test(text[i]!);
}

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
    // Periods are found natively; only one followed by a capital (after an
    // optional closing quote) and preceded by a letter is looked at closely.
    for (let i = text.indexOf(".", 1); i >= 0; i = text.indexOf(".", i + 1)) {
      let j = i + 1;
      const q = text.charCodeAt(j);
      if (q === 34 || q === 0x201d || q === 0x2019) j++;
      const c = text.charCodeAt(j);
      if (!((c >= 65 && c <= 90) || (c >= 128 && UPPER.test(text[j]!)))) continue;
      if (!isLetter(text, i - 1)) continue;
      let start = i - 1;
      while (start > 0 && isLetter(text, start - 1)) start--;
      GLUED.lastIndex = start;
      const m = GLUED.exec(text);
      if (!m || start + m[1]!.length !== i) continue;
      const at = j;
      // The whole token (up to the next white space) must be plain words: no URL, address or number.
      const before = TOKEN_START.exec(text.slice(Math.max(0, start - 40), start))?.[0] ?? "";
      // (Bounded: a token longer than 100 characters is no prose anyway.)
      let end = at;
      const limit = Math.min(text.length, at + 100);
      while (end < limit && !SPACE.test(text[end]!)) end++;
      if (NOT_PROSE.test(before + text.slice(start, end))) continue;
      const span = { start: at, end: at };
      out.push({
        message: `Unexpected \`${text.slice(start, at)}${m[3]}\` without a space, expected \`${text.slice(start, at)} ${m[3]}\``,
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
