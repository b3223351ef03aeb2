/**
 * mojibake — repair UTF-8 text that was decoded as windows-1252 or latin-1.
 *
 * Summary: sequences such as "â€™", "â€œ", "Ã©", "Â " become the characters
 *   they encode ("’", "“", "é", " "), one finding per sequence.
 * Why it happens: a page served as UTF-8 is read with a legacy charset (a
 *   wrong or missing header), and the scraper stores the misread text.
 * Fix and confidence: 0.95 — the table (util/mojibake.ts) holds only
 *   sequences that do not occur in real text; ambiguous ones ("Ã”") need a
 *   letter after them.
 * Options: none.
 * Known false positives: text that is itself about encoding errors and quotes
 *   mojibake on purpose.
 * Example: "Trumpâ€™s" → "Trump’s".
 */
import type { FindingDraft } from "../types.js";
import { repairMojibake } from "../util/mojibake.js";
import { defineRule } from "./rule.js";

export default defineRule({
  meta: {
    id: "mojibake",
    kind: "encoding",
    description: 'Repair UTF-8 read as windows-1252 ("â€™" → "’", "Ã©" → "é")',
    fixable: true,
    defaultOptions: {},
  },
  check(doc): FindingDraft[] {
    const out: FindingDraft[] = [];
    for (const r of repairMojibake(doc.text).repairs) {
      const span = { start: r.start, end: r.end };
      out.push({
        message: `Unexpected \`${r.actual}\`, expected \`${r.expected}\``,
        span,
        confidence: 0.95,
        fix: { span, text: r.expected },
        actual: r.actual,
        expected: r.expected,
      });
    }
    return out;
  },
});
