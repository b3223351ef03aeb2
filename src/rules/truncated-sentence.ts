/**
 * truncated-sentence — report sentences that were cut short.
 *
 * Summary: the last sentence of a line is reported when it ends on an
 *   abbreviation used as a modifier ("…to improve U.S.", "…said Sen."), or
 *   when a line of prose length stops without punctuation on a function word
 *   ("…in the"); weakly, when the last sentence of a paragraph of several
 *   stops on a lower-case word without punctuation and more text follows.
 * Why it happens: scrapers and spinners cut text at a fixed length or at an
 *   abbreviation's period they took for a sentence end.
 * Fix and confidence: report only (no fix): 0.75 after "U.S."-like
 *   abbreviations, 0.8 after titles and function words, 0.55 for a paragraph
 *   that stops mid-sentence (English only). Deleting is the
 *   user's call.
 * Options: none.
 * Known false positives: "…which aired Wednesday in the U.S." is complete: a
 *   preposition or determiner before the abbreviation clears it. Product copy
 *   and recipe steps without final periods ("Boil while stirring for about a
 *   minute") may get the weak report; it needs ten words or more.
 * Example: seed 001 "He said working groups would be established to improve U.S."
 */
import type { FindingDraft } from "../types.js";
import { isCaseless } from "../util/case.js";
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
/** The same on a caseless page (util/case.ts): "…to improve u.s.", "…TO IMPROVE U.S." */
const CASELESS_ABBREV_END = new RegExp(ABBREV_END.source, "iu");
const CASELESS_TITLE_END = new RegExp(TITLE_END.source, "iu");
// The last character a cut-off sentence leaves: a lower-case letter (a letter on a caseless page).
const LOWER_END = /\p{Ll}$/u;
const LETTER_END = /\p{L}$/u;
// Tweets, tags, links and "– credit" tails are not prose.
const NOT_PROSE_TAIL = /[#@]|https?:|www\.|pic\.twitter|\s[–—-]\s+\S+$/u;
/** Most words capitalised: a headline run into the paragraph, not a sentence. */
function isTitleCase(t: string): boolean {
  let words = 0;
  let caps = 0;
  for (const w of t.split(" ")) {
    if (w === "") continue;
    words++;
    if (/^\p{Lu}/u.test(w)) caps++;
  }
  return caps * 2 > words;
}
/** How much of a sentence's end the end-anchored patterns read (longer than any of their matches). */
const TAIL_CHARS = 10;
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
  check(doc, _options, context): FindingDraft[] {
    const out: FindingDraft[] = [];
    const sentences = doc.sentences;
    const content = doc.contentLines;
    const lastLine = content.length > 0 ? content[content.length - 1]!.index : -1;
    const caseless = isCaseless(doc);
    const abbrevEnd = caseless ? CASELESS_ABBREV_END : ABBREV_END;
    const titleEnd = caseless ? CASELESS_TITLE_END : TITLE_END;
    const cutEnd = caseless ? LETTER_END : LOWER_END;
    for (const s of sentences) {
      if (s.inLine !== s.lineCount - 1) continue;
      const t = s.text;
      // The patterns anchored at the end read the sentence's tail only (one anchored at
      // the end alone is tried at every position).
      const tail = t.length > TAIL_CHARS ? t.slice(-TAIL_CHARS) : t;
      let reason: string | undefined;
      let confidence = 0;
      // Cheap pre-check before the anchored regex: "X.Y." at the very end.
      const m = t.charCodeAt(t.length - 3) === 46 && t.endsWith(".") ? abbrevEnd.exec(t.slice(-40)) : null;
      if (m && !NOUN_BEFORE.has(m[1]!.toLowerCase().replace(/[^\p{L}]/gu, ""))) {
        reason = `ends on \`${m[1]} ${m[2]}\``;
        confidence = 0.75;
      } else if (t.endsWith(".") && titleEnd.test(tail)) {
        reason = "ends on a title abbreviation";
        confidence = 0.8;
      } else if (!endsWithTerminal(t) && FUNCTION_END.test(tail) && wordCount(t, 8) >= 8) {
        reason = "stops on a function word without punctuation";
        confidence = 0.8;
      } else if (
        s.inLine > 0 &&
        s.line !== lastLine &&
        cutEnd.test(tail) &&
        !endsWithTerminal(t) &&
        !NOT_PROSE_TAIL.test(t) &&
        wordCount(t, 10) >= 10 &&
        (caseless || !isTitleCase(t)) &&
        context.english
      ) {
        // A paragraph of sentences whose last one stops mid-way, with more text after the
        // paragraph: edited news closes its paragraphs. Product copy and recipe steps do
        // this too, so it is a weak report.
        reason = "a paragraph stops mid-sentence, without punctuation";
        confidence = 0.55;
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
