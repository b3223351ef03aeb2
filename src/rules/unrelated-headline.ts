/**
 * unrelated-headline — remove headlines of other stories appended at the end.
 *
 * Summary: trailing headline-shaped lines (after the last prose line) that
 *   share no content word with the article are removed.
 * Why it happens: a widget of "latest" or "trending" headlines sits under the
 *   article and is scraped without its heading.
 * Fix and confidence: 0.85 with no shared content word (distinct, stemmed,
 *   ≥ 3 letters, function words, years, the groups of amounts such as
 *   "53,000" and data/footer.ts GENERIC_TOPIC_WORDS ("year", "best") ignored) and at least `minBodyWords` words of
 *   body; with one shared word (a chance overlap such as "dark" or "galaxy")
 *   0.8 when the line has five content words or more, or three or four and
 *   the body uses the shared one at most twice, else 0.75; kept when it has
 *   at most two and shares more than `maxOverlap` of them. Two shared words
 *   make it a teaser of the same story, unless they are chance words, not
 *   the topic: the line has six content words or more and the body uses each
 *   of the two at most twice, or four or five, the title has neither and the
 *   body uses each once (of five: twice) (then 0.8, or 0.75 under five words).
 * Options: `minBodyWords` (default 25), `maxOverlap` (default 0.2), `maxLines`
 *   (default 3: a longer run of trailing short lines is a list and is kept,
 *   except its last paragraph when that holds two or three lines).
 * Known false positives: a closing sub-heading or sign-off line with no word in
 *   common with the story; a credit line (left to chrome-line).
 * Example: seed 002 ends with "Verizon brings Nougat to Galaxy S6 edge+,
 *   Galaxy Note 5" and "YouTube Has A New Dark Mode: Here's How To Get It".
 */
import { GENERIC_TOPIC_WORDS } from "../data/footer.js";
import type { FindingDraft } from "../types.js";
import { isHeadlineLine, withoutListMark } from "../util/shape.js";
import { forEachStemmedHash, stemmedWordHashes } from "../util/text.js";
import { defineRule } from "./rule.js";

// Years, and the groups of a number written with thousands separators ("53,000" holds the
// word "000"): dates and amounts, not topics. (A model number, "737", can be the topic.)
const YEAR = /\b(?:1[89]|20)\d\d\b|(?<=\d,)\d{3}\b/g;

/** The word hashes of GENERIC_TOPIC_WORDS (stemmed as the body's words are). */
const GENERIC = new Set(GENERIC_TOPIC_WORDS.flatMap((w) => [...stemmedWordHashes(w)]));

/** The word hashes of the years in a line (undefined: none). */
function yearHashes(text: string): Set<number> | undefined {
  let out: Set<number> | undefined;
  for (const m of text.matchAll(YEAR)) for (const h of stemmedWordHashes(m[0])) (out ??= new Set()).add(h);
  return out;
}

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
    // (isHeadlineLine: in a caseless document a headline has no capitals.)
    while (first > 1 && isHeadlineLine(doc, lines[first - 1]!.text, { maxWords: 20 })) first--;
    // The first line (the title) is never a trailing headline; need a body before.
    if (first >= lines.length || first < 2) return out;
    // Four or more trailing short lines are a list (tour dates, groups, products), not appended
    // headlines — unless its last paragraph, of two or three lines, stands apart: a widget's
    // headlines pasted under a page that ends in short lines of its own.
    const maxLines = options.maxLines as number;
    // The body ends where the trailing run starts (the run's other lines are not the article).
    const bodyEnd = first;
    if (lines.length - first > maxLines) {
      const lastBlock = lines[lines.length - 1]!.block;
      let b = lines.length;
      while (b > first && lines[b - 1]!.block === lastBlock) b--;
      if (lines.length - b < 2 || lines.length - b > maxLines) return out;
      first = b;
    }
    // The body's stemmed content words, as 30-bit hashes (no string per word), with their counts.
    const body = new Map<number, number>();
    let bodyWords = 0;
    const count = (h: number) => {
      body.set(h, (body.get(h) ?? 0) + 1);
      bodyWords++;
    };
    for (let k = 0; k < bodyEnd; k++) forEachStemmedHash(lines[k]!.text, count);
    if (bodyWords < (options.minBodyWords as number)) return out;
    let title: Set<number> | undefined;
    const titleWords = () => (title ??= stemmedWordHashes(lines[0]!.text));
    for (let k = first; k < lines.length; k++) {
      const line = lines[k]!;
      // A numbered or bulleted line is a list item ("21) Monopoly – Travel"), not a headline.
      if (withoutListMark(line.text) !== line.text) continue;
      // Distinct words: "Galaxy S6 edge+, Galaxy Note 5" shares one word, not two.
      const ws = [...stemmedWordHashes(line.text)];
      if (ws.length === 0) continue;
      // A year both mention ("… Of 2017") is the date, not the topic; "000" of "53,000" an amount.
      const years = yearHashes(line.text);
      const common = ws.filter((w) => body.has(w) && !years?.has(w) && !GENERIC.has(w));
      const shared = common.length;
      const overlap = shared / ws.length;
      // A teaser about the same story shares several topical words; an unrelated
      // headline shares one common word ("dark", "people") by chance, or two among
      // six or more that the body uses once or twice, not as its topic ("bring",
      // "note" in "Verizon brings Nougat to Galaxy S6 edge+, Galaxy Note 5"; a
      // related "Audi e-tron …" headline under an Audi review shares "audi", used 22 times).
      // Two words among four or five are chance too when the title has neither and the
      // body uses each once (among five: twice; "news" and "internet" of "Kardashian
      // Baby News Breaks The Internet" under a story on a film's takings).
      const rare = ws.length >= 5 ? 2 : 1;
      const chancePair =
        shared === 2 &&
        ws.length >= 4 &&
        common.every((w) => body.get(w)! <= rare) &&
        (ws.length >= 6 || !common.some((w) => titleWords().has(w)));
      if (
        (shared >= 2 && !chancePair) ||
        (shared === 1 && overlap > (options.maxOverlap as number) && ws.length <= 2)
      )
        continue;
      // One shared word among five or more is chance; among three or four too when the
      // body uses it at most twice, not as its topic ("best" of "The Best Budget
      // Laptops Of 2017" under a race won in a personal best time); else it may not be.
      const chanceWord = shared === 1 && ws.length >= 3 && body.get(common[0]!)! <= 2;
      const confidence = shared === 0 ? 0.85 : ws.length >= 5 || chanceWord ? 0.8 : 0.75;
      out.push({
        message: `Unexpected headline \`${line.text}\` unrelated to the article (${shared} of ${ws.length} content words shared)`,
        span: line.content,
        confidence,
        fix: { span: doc.lineRemovalSpan(line.index), text: "" },
        actual: line.text,
      });
    }
    return out;
  },
});
