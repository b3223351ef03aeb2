/**
 * cross-spinner — reverse spins proven by an aligned copy in another document.
 *
 * Summary: in cluster mode, when two near-identical sentences of different
 *   documents differ only by a phrase the spinner table explains ("worldwide"
 *   vs "global": both spins of "international"; "Russian Federation" vs
 *   "Russia"), the spun phrase is replaced by the canonical one in every copy,
 *   with `related`/`relatedDoc` pointing at the evidence.
 * Why it happens: a spinner rewrites each copy of a quotation differently;
 *   together the copies reveal the original (DSpin, NDSS 2014).
 * Fix and confidence: 0.95. Outside cluster mode it finds nothing.
 * Options: none.
 * Known false positives: two outlets that independently paraphrase a quote
 *   with "global" and "worldwide" — rare, and both read naturally as
 *   "international".
 * Example: seed 000 "bulwark of worldwide peace and security" and seed 002
 *   "bulwark of global peace and security" → both "international".
 */
import type { FindingDraft } from "../types.js";
import { isCaseless } from "../util/case.js";
import { sentenceKey } from "../util/sentence-key.js";
import { inCaseOf } from "../util/text.js";
import { defineRule } from "./rule.js";

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// The phrase of an evidence, in any spelling of the sentence (any punctuation between words).
const phraseRegexes = new Map<string, RegExp>();
function phraseRegex(phrase: string): RegExp {
  let re = phraseRegexes.get(phrase);
  if (re === undefined) {
    const words = phrase.split(" ").map(escapeRegex).join("[^\\p{L}\\p{N}]+");
    re = new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, "iu");
    // Phrases are short table-explained spins: a handful per corpus, but bound the cache anyway.
    if (phraseRegexes.size > 1000) phraseRegexes.clear();
    phraseRegexes.set(phrase, re);
  }
  return re;
}

export default defineRule({
  meta: {
    id: "cross-spinner",
    kind: "spin",
    description: "Cluster mode: reverse spinner substitutions proven by aligned copies in other documents",
    fixable: true,
    defaultOptions: {},
  },
  check(doc, _options, context): FindingDraft[] {
    const out: FindingDraft[] = [];
    const cluster = context.cluster;
    if (!cluster || cluster.spin.size === 0) return out;
    const caseless = isCaseless(doc);
    for (const s of doc.sentences) {
      const known = cluster.keys.get(s.text);
      if (known === null) continue;
      const evidence = cluster.spin.get(known ?? sentenceKey(s.text));
      if (!evidence) continue;
      for (const e of evidence) {
        const m = phraseRegex(e.phrase).exec(s.text);
        if (!m) continue;
        const start = s.span.start + m.index;
        const span = { start, end: start + m[0].length };
        const canonical = e.canonical === "us" ? "U.S." : e.canonical;
        // A lower-case phrase of a caseless page takes its canonical form in lower case ("usa" → "u.s.").
        const text =
          caseless && m[0] === m[0].toLowerCase() ? canonical.toLowerCase() : inCaseOf(canonical, m[0]);
        out.push({
          message: `Unexpected \`${m[0]}\`, expected \`${text}\` (aligned copy in document ${e.related.doc + 1})`,
          span,
          confidence: 0.95,
          fix: { span, text },
          related: e.related.span,
          relatedDoc: e.related.doc,
          actual: m[0],
          expected: text,
        });
      }
    }
    return out;
  },
});
