/**
 * pull-quote — remove a standalone line that repeats text of a paragraph.
 *
 * Summary: a one-line paragraph of `minWords`–`maxWords` words whose text
 *   (case, quotes and punctuation ignored) occurs inside another, longer
 *   paragraph is a pull quote or a caption copy and is removed, wherever it
 *   stands.
 * Why it happens: designers repeat a striking sentence in large type; the
 *   scraper keeps both copies (FIELD-NOTES: sentences repeat within 2.7–7% of
 *   documents, captions and pull quotes).
 * Fix and confidence: 0.85; `related` points at the paragraph that holds it.
 * Options: `minWords` (default 6), `maxWords` (default 60).
 * Known false positives: the first line (the headline) is never removed,
 *   even when a paragraph repeats it. A one-sentence paragraph that an editor deliberately
 *   repeats later inside a longer one (rare in edited news).
 * Example: a line "we did the right thing" above a paragraph that contains
 *   "I have absolutely no doubt we did the right thing."
 */
import type { FindingDraft } from "../types.js";
import { compareKey, wordCount } from "../util/text.js";
import { defineRule } from "./rule.js";

const MAX_LINES = 2000;

export default defineRule({
  meta: {
    id: "pull-quote",
    kind: "chrome",
    description:
      "Remove a standalone line that repeats part of a longer paragraph (pull quote, caption copy)",
    fixable: true,
    defaultOptions: { minWords: 6, maxWords: 60 },
  },
  *check(doc, options): Iterable<FindingDraft> {
    const lines = doc.contentLines;
    if (lines.length > MAX_LINES) return;
    const keys = lines.map((l) => ` ${compareKey(l.text)} `);
    const counts = lines.map((l) => wordCount(l.text));
    // The headline (and its repeats) is the title, never a pull quote.
    const titleKey = keys[0];
    for (let i = 1; i < lines.length; i++) {
      const n = counts[i]!;
      if (keys[i] === titleKey) continue;
      if (n < (options.minWords as number) || n > (options.maxWords as number)) continue;
      const key = keys[i]!;
      for (let j = 0; j < lines.length; j++) {
        if (j === i || counts[j]! <= n) continue;
        if (!keys[j]!.includes(key)) continue;
        yield {
          message: `Unexpected pull quote \`${lines[i]!.text}\`, its text is already in a paragraph`,
          span: lines[i]!.content,
          confidence: 0.85,
          fix: { span: doc.lineRemovalSpan(lines[i]!.index), text: "" },
          related: lines[j]!.content,
          actual: lines[i]!.text,
        };
        break;
      }
    }
  },
});
