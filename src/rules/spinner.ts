/**
 * spinner — reverse synonym-spinner substitutions and repair their scars.
 *
 * Summary: "Russian Federation" → "Russia", "North Atlantic Treaty
 *   Organisation" → "NATO", spun "USA" → the document's own spelling ("U.S."
 *   or "US": the paragraph's majority, else the body's — headline lines do not
 *   count, AP headlines write "US"; "the USA" is fixed alone only when the
 *   body's style is settled: one form twice or more, never the other),
 *   "an worldwide/global" → "an international", "worldwide/global" before names real news only writes with "international" (International
 *   Monetary Fund, … investigation, … peace and security), a capitalised
 *   "Worldwide"/"Global" after a name that ends in "International" ("Amnesty
 *   Worldwide" → "Amnesty International"); spacing scars
 *   "U.S. -Russia" → "U.S.-Russia" and `".With` → `"With`.
 * Why it happens: content farms run articles through a synonym spinner that
 *   swaps names for formal expansions, even inside quotations, and whose
 *   tokenizer leaves spaces before hyphens.
 * Fix and confidence: each vocabulary entry has a base confidence
 *   (data/spinner.ts); the document's spin score s raises it by 0.25·s (cap
 *   0.99) but never lifts a weak tell (base < 0.75) across 0.75: whether a
 *   phrase is fixed does not depend on other spins pasted into the page. A
 *   weak tell ("global investigation", "in the USA") is fixed only with
 *   cross-document evidence (rule cross-spinner).
 * Options: `boost` (default 0.25).
 * Known false positives: text that is not English is skipped (util/text.ts
 *   looksEnglish: "negli USA" in Italian). Guarded, never reported: "the Russian Federation",
 *   "of the Russian Federation", "Russian Federation Council", a quoted term,
 *   "USA Today", "Team USA", "Miss USA", "USA Gymnastics", "the North Atlantic
 *   Treaty Organization (NATO)" — but not an article that belongs to the noun
 *   the spun name modifies ("the North Atlantic Treaty Organisation summit",
 *   "the Russian Federation probe": fixed at 0.8). "United States of America", "United Kingdom",
 *   "global community" are legitimate and not in the table.
 * Example: "Russian Federation has vetoed a draft resolution" → "Russia has
 *   vetoed a draft resolution".
 */
import type { FindingDraft } from "../types.js";
import { spinCandidatesOf } from "../util/spin.js";
import { defineRule } from "./rule.js";

/** The default threshold: the score never lifts a weak tell across it. */
const FIX_BAND = 0.75;

export default defineRule({
  meta: {
    id: "spinner",
    kind: "spin",
    description:
      'Reverse spinner substitutions ("Russian Federation" → "Russia", "USA" → "U.S.") and their scars',
    fixable: true,
    defaultOptions: { boost: 0.25 },
  },
  check(doc, options, context): FindingDraft[] {
    const out: FindingDraft[] = [];
    const boost = options.boost as number;
    const candidates = spinCandidatesOf(doc);
    // The vocabulary is English: "negli USA" in Italian is not a spin.
    if (candidates.length === 0 || !context.english) return out;
    for (const c of candidates) {
      if (c.guarded) continue;
      // The spin score raises confidence within a band but never turns a report
      // into a fix on its own: legitimate "global investigation" in real news stays
      // when spun text is pasted next to it (cluster evidence can: cross-spinner).
      const raised = c.confidence + boost * context.spin;
      const confidence = c.confidence < FIX_BAND ? Math.min(raised, FIX_BAND - 0.01) : Math.min(0.99, raised);
      out.push({
        message:
          c.type === "hyphenScar"
            ? "Unexpected space before hyphen, expected none"
            : c.type === "quoteScar"
              ? "Unexpected period after opening quote"
              : `Unexpected \`${c.actual}\`, expected \`${c.expected}\``,
        span: c.span,
        confidence,
        fix: { span: c.span, text: c.replacement },
        actual: c.actual,
        expected: c.expected,
        ...(c.related ? { related: c.related } : {}),
      });
    }
    return out;
  },
});
