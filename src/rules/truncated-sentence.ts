/**
 * truncated-sentence — report sentences that were cut short.
 *
 * Summary: the last sentence of a line is reported when it ends on an
 *   abbreviation used as a modifier ("…to improve U.S.", "…said Sen."), or
 *   when a line of prose length stops without punctuation on a function word
 *   ("…in the").
 * Why it happens: scrapers and spinners cut text at a fixed length or at an
 *   abbreviation's period they took for a sentence end.
 * Fix and confidence: report only (no fix): 0.75 after "U.S."-like
 *   abbreviations, 0.8 after titles and function words. Deleting is the
 *   user's call.
 * Options: none.
 * Known false positives: "…which aired Wednesday in the U.S." is complete: a
 *   preposition or determiner before the abbreviation clears it.
 * Example: seed 001 "He said working groups would be established to improve U.S."
 */
import type { FindingDraft } from "../types.js";
import { endsWithTerminal, wordCount } from "../util/text.js";
import { defineRule } from "./rule.js";

// Country abbreviations that end a sentence only as a noun ("in the U.S.").
const ABBREV_END = /(\S+)\s+(U\.S\.|U\.K\.|U\.N\.|E\.U\.)$/u;
// Words after which such an abbreviation is a noun: prepositions, determiners, verbs of motion.
const NOUN_BEFORE = new Set(
  (
    "the in to from of for with across throughout into on at by against and or outside inside within " +
    "visit visited visiting visits entered enter left leave reach reached toward towards than like about over " +
    "around beyond near via between among amid whole entire both rest"
  ).split(" "),
);
const TITLE_END = /\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|Lt|Col|Capt|Sgt|Rev|Pres|St)\.$/u;
const FUNCTION_END =
  /\b(?:the|a|an|of|to|and|or|with|for|in|that|by|as|from|on|at|its|their|his|her|whose|which|who)$/iu;

export default defineRule({
  meta: {
    id: "truncated-sentence",
    kind: "truncated",
    description: 'Report sentences cut short ("…to improve U.S.", a paragraph ending on "the")',
    fixable: false,
    defaultOptions: {},
  },
  check(doc): FindingDraft[] {
    const out: FindingDraft[] = [];
    const sentences = doc.sentences;
    for (const s of sentences) {
      if (s.inLine !== s.lineCount - 1) continue;
      const t = s.text;
      let reason: string | undefined;
      let confidence = 0;
      // Cheap pre-check before the anchored regex: "X.Y." at the very end.
      const m = t.charCodeAt(t.length - 3) === 46 && t.endsWith(".") ? ABBREV_END.exec(t.slice(-40)) : null;
      if (m && !NOUN_BEFORE.has(m[1]!.toLowerCase().replace(/[^\p{L}]/gu, ""))) {
        reason = `ends on \`${m[1]} ${m[2]}\``;
        confidence = 0.75;
      } else if (TITLE_END.test(t)) {
        reason = "ends on a title abbreviation";
        confidence = 0.8;
      } else if (!endsWithTerminal(t) && wordCount(t, 8) >= 8 && FUNCTION_END.test(t)) {
        reason = "stops on a function word without punctuation";
        confidence = 0.8;
      }
      if (reason === undefined) continue;
      out.push({
        message: `Unexpected truncated sentence: ${reason}`,
        span: s.span,
        confidence,
        actual: t,
      });
    }
    return out;
  },
});
