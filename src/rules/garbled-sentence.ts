/**
 * garbled-sentence — report sentences with lost or swapped words.
 *
 * Summary: a doubled word ("the the"), "wants the eliminate"-style
 *   sequences (a verb of wanting followed by "the" and a bare verb, where
 *   "to" was lost), and a sentence ending "by the unacceptable." (a noun lost
 *   after an adjective) are reported.
 * Why it happens: spinners and careless rewriting swap or drop function words.
 * Fix and confidence: report only: 0.7 for "the" before a bare verb, 0.6 for
 *   a doubled word or a lost noun.
 * Options: none.
 * Known false positives: "had had", "that that" are grammatical and skipped.
 * Example: seed 000 "Russia wants the eliminate sanctions on Moscow".
 */
import type { FindingDraft } from "../types.js";
import { defineRule } from "./rule.js";

const WANT_THE_VERB =
  /\b(?:wants?|wanted|needs?|needed|tries|tried|hopes?|hoped|plans?|planned|aims?|aimed|seeks?|sought|agreed|decided|refused|failed|vowed|pledged|promised|threatened|moved)\s+the\s+(?:eliminate|improve|end|stop|build|create|make|take|find|keep|help|prevent|remove|reduce|increase|protect|ensure|avoid|allow|provide|restore|establish|cut|lift|impose|halt|block|boost|expand|limit|ban|destroy|defeat|win|hold|launch|push|force|bring|return|resolve|seek|strengthen|weaken|undermine|rebuild|replace|repeal|overturn)\b/giu;
// "…any unilateral action by the unacceptable." — a noun lost after an adjective (seed 004).
const LOST_NOUN = /\b(?:by|of|to|for|with|from|against)\s+the\s+\p{L}+(?:able|ible)[.!?]["'”’]?(?=\s|$)/gu;
const DOUBLED = /\b(\p{L}{2,})\s+\1\b/giu;
const GRAMMATICAL_DOUBLES = new Set([
  "had",
  "that",
  "is",
  "do",
  "bye",
  "no",
  "yes",
  "very",
  "so",
  "ha",
  "knock",
  "win",
  "run",
]);

export default defineRule({
  meta: {
    id: "garbled-sentence",
    kind: "garbled",
    description: 'Report garbled word sequences ("wants the eliminate", "the the")',
    fixable: false,
    defaultOptions: {},
  },
  *check(doc): Iterable<FindingDraft> {
    for (const m of doc.text.matchAll(WANT_THE_VERB)) {
      yield {
        message: `Unexpected \`${m[0]}\`, a word seems lost or swapped`,
        span: { start: m.index, end: m.index + m[0].length },
        confidence: 0.7,
        actual: m[0],
      };
    }
    for (const m of doc.text.matchAll(LOST_NOUN)) {
      yield {
        message: `Unexpected sentence end \`${m[0]}\`, a noun seems lost`,
        span: { start: m.index, end: m.index + m[0].length },
        confidence: 0.6,
        actual: m[0],
      };
    }
    for (const m of doc.text.matchAll(DOUBLED)) {
      if (GRAMMATICAL_DOUBLES.has(m[1]!.toLowerCase())) continue;
      // "Walla Walla", "Bora Bora": a capitalised pair is a name.
      if (/^\p{Lu}/u.test(m[1]!) && /^\p{Lu}/u.test(m[0].slice(-m[1]!.length))) continue;
      yield {
        message: `Unexpected doubled word \`${m[0]}\``,
        span: { start: m.index, end: m.index + m[0].length },
        confidence: 0.6,
        actual: m[0],
      };
    }
  },
});
