/**
 * cross-duplicate — sentences repeated from an earlier document of the cluster.
 *
 * Summary: in cluster mode, a sentence of at least five words that appeared
 *   (exactly, after normalisation, or nearly) in an earlier document of the
 *   same story cluster is reported, with `related`/`relatedDoc` pointing at
 *   the first copy. With `clusterDedup: "drop"` (`--cluster-dedup drop`) the
 *   later copy is removed, so each shared sentence appears once.
 * Why it happens: pages of one story share wire copy; content farms stitch
 *   pages from the same fragments (seeds 000/001 share "I have absolutely no
 *   doubt we did the right thing."). FIELD-NOTES: across documents in 4–13%
 *   of clusters.
 * Fix and confidence: report only by default; in drop mode a fix at 1.0
 *   identical, 0.95 normalised, 0.8 near. Outside cluster mode it finds nothing.
 * Options: none (the policy is the cluster option).
 * Known false positives: a quotation that two independent reports both carry
 *   is a real shared sentence — the default policy only reports it.
 * Example: seed 004 repeats seed 000's "Russia wants the eliminate sanctions …".
 */
import type { Sentence } from "../document/document.js";
import type { FindingDraft } from "../types.js";
import { sentenceRemovalSpans } from "../util/removal.js";
import { sentenceKey } from "../util/sentence-key.js";
import { isHeadlineLine } from "../util/shape.js";
import { wordCount } from "../util/text.js";
import { type ClusterSentence, defineRule } from "./rule.js";

export default defineRule({
  meta: {
    id: "cross-duplicate",
    kind: "duplicate",
    description: "Cluster mode: report (or drop) sentences repeated from an earlier document of the story",
    fixable: true,
    defaultOptions: {},
  },
  check(doc, _options, context): FindingDraft[] {
    const out: FindingDraft[] = [];
    const cluster = context.cluster;
    // The first document repeats nothing earlier.
    if (!cluster || cluster.docIndex === 0) return out;
    const hits: { s: Sentence; orig: ClusterSentence; confidence: number }[] = [];
    for (const s of doc.sentences) {
      // The index read every sentence of five words or more (null: it shares no
      // bucket, so nothing earlier repeats it); a sentence it did not see was
      // changed by an earlier pass (a spin fixed) and is keyed here.
      let key = cluster.keys.get(s.text);
      if (key === null) continue;
      if (key === undefined) {
        if (wordCount(s.text, 5) < 5) continue;
        key = sentenceKey(s.text);
      }
      const exact = cluster.first.get(key);
      if (exact === undefined) continue;
      const orig = exact.doc < cluster.docIndex ? exact : cluster.near.get(key);
      if (!orig || orig.doc >= cluster.docIndex) continue;
      // A headline is not a sentence of the story; repeated copies are repeated-headline's.
      if (s.lineCount === 1 && isHeadlineLine(doc, s.text)) continue;
      hits.push({ s, orig, confidence: orig === exact ? (orig.text === s.text ? 1 : 0.95) : 0.8 });
    }
    const spans =
      cluster.dedup === "drop" ? sentenceRemovalSpans(doc, new Set(hits.map((h) => h.s.index))) : undefined;
    for (const { s, orig, confidence } of hits) {
      const span = spans?.get(s.index);
      out.push({
        message: `Unexpected sentence repeated from document ${orig.doc + 1} of the cluster \`${s.text}\``,
        span: s.span,
        confidence,
        ...(span ? { fix: { span, text: "" } } : {}),
        related: orig.span,
        relatedDoc: orig.doc,
        actual: s.text,
      });
    }
    return out;
  },
});
