/**
 * unrelated-headline — remove headlines of other stories appended at the end.
 *
 * Summary: trailing headline-shaped lines (after the last prose line) that
 *   share no content word with the article are removed.
 * Why it happens: a widget of "latest" or "trending" headlines sits under the
 *   article and is scraped without its heading.
 * Fix and confidence: 0.85 with no shared content word (stemmed, ≥ 3 letters,
 *   function words ignored) and at least `minBodyWords` words of body; 0.75
 *   with one shared word (a chance overlap such as "dark" or "people"),
 *   unless the line has at most two content words and shares more than
 *   `maxOverlap` of them. Two shared words make it a teaser of the same story.
 * Options: `minBodyWords` (default 25), `maxOverlap` (default 0.2), `maxLines`
 *   (default 3: a longer run of trailing short lines is a list and is kept).
 * Known false positives: a closing sub-heading or sign-off line with no word in
 *   common with the story; a credit line (left to chrome-line).
 * Example: seed 002 ends with "Verizon brings Nougat to Galaxy S6 edge+,
 *   Galaxy Note 5" and "YouTube Has A New Dark Mode: Here's How To Get It".
 */
import type { FindingDraft } from "../types.js";
import { isHeadlineShaped } from "../util/shape.js";
import { addStemmedWordHashes, contentWords, hashWord, stem } from "../util/text.js";
import { defineRule } from "./rule.js";

export default defineRule({
  meta: {
    id: "unrelated-headline",
    kind: "unrelated",
    description: "Remove trailing headline-shaped lines that share no content word with the article",
    fixable: true,
    defaultOptions: { minBodyWords: 25, maxOverlap: 0.2, maxLines: 3 },
  },
  check(doc, options): FindingDraft[] {
    const out: FindingDraft[] = [];
    const lines = doc.contentLines;
    let first = lines.length;
    while (first > 1 && isHeadlineShaped(lines[first - 1]!.text, { maxWords: 20 })) first--;
    // The first line (the title) is never a trailing headline; need a body before.
    if (first >= lines.length || first < 2) return out;
    // Four or more trailing short lines are a list (tour dates, groups, products), not appended headlines.
    if (lines.length - first > (options.maxLines as number)) return out;
    // The body's stemmed content words, as 30-bit hashes (no string per word).
    const body = new Set<number>();
    let bodyWords = 0;
    for (let k = 0; k < first; k++) bodyWords += addStemmedWordHashes(lines[k]!.text, body);
    if (bodyWords < (options.minBodyWords as number)) return out;
    for (let k = first; k < lines.length; k++) {
      const line = lines[k]!;
      const ws = contentWords(line.text).map((w) => hashWord(stem(w)));
      if (ws.length === 0) continue;
      const shared = ws.filter((w) => body.has(w)).length;
      const overlap = shared / ws.length;
      // A teaser about the same story shares several topical words; an unrelated
      // headline shares at most one common word ("dark", "people") by chance.
      if (shared >= 2 || (shared === 1 && overlap > (options.maxOverlap as number) && ws.length <= 2))
        continue;
      out.push({
        message: `Unexpected headline \`${line.text}\` unrelated to the article (${shared} of ${ws.length} content words shared)`,
        span: line.content,
        confidence: shared === 0 ? 0.85 : 0.75,
        fix: { span: doc.lineRemovalSpan(line.index), text: "" },
        actual: line.text,
      });
    }
    return out;
  },
});
