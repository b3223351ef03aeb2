/**
 * quotes — repair quote marks written as pairs of other characters.
 *
 * Summary: the PTB/LaTeX-style quote pairs "``" and "''" become a double quote.
 * Why it happens: tokenised releases of corpora (CNN/DailyMail, Multi-News
 *   preprocessing) and some CMS exports write quotes this way.
 * Fix and confidence: mechanical, 1.0.
 * Options: none. Curly and straight quotes are left as the source has them.
 * Known false positives: none known ("''" as a real empty string in code
 *   samples is not news text).
 * Example: "``We will win,'' he said" → "\"We will win,\" he said".
 */
import type { FindingDraft } from "../types.js";
import { defineRule } from "./rule.js";

const QUOTE_PAIRS = /``|''/g;

export default defineRule({
  meta: {
    id: "quotes",
    kind: "normalization",
    description: "Replace the quote pairs `` and '' with a double quote (\")",
    fixable: true,
    defaultOptions: {},
  },
  check(doc): FindingDraft[] {
    const out: FindingDraft[] = [];
    // Native substring searches first: most texts have neither pair.
    if (!doc.text.includes("``") && !doc.text.includes("''")) return out;
    for (const m of doc.text.matchAll(QUOTE_PAIRS)) {
      const span = { start: m.index, end: m.index + 2 };
      out.push({
        message: `Unexpected \`${m[0]}\`, expected \`"\``,
        span,
        confidence: 1,
        fix: { span, text: '"' },
        actual: m[0],
        expected: '"',
      });
    }
    return out;
  },
});
