/**
 * The shape of a rule: declared metadata plus one pure entry point that reads
 * a frozen Document and returns findings (ESLint's model): any iterable; the
 * built-in rules return arrays (no generator per document and pass). Rules
 * import only types, document, data and util.
 */
import type { Document } from "../document/document.js";
import type { FindingDraft, RuleMeta, Span } from "../types.js";

/** Per-document facts computed once by the engine and shared with every rule. */
export interface RuleContext {
  /** Spinner-tell density of the ORIGINAL input, 0..1 (see util/spin.ts). */
  readonly spin: number;
  /** Is the input English (util/text.ts looksEnglish)? English-only vocabularies check it. */
  readonly english: boolean;
  /** Evidence from the other documents of a story cluster, when cleaning a cluster. */
  readonly cluster?: ClusterEvidence;
}

/** A sentence of a cluster document (span into that document's input). */
export interface ClusterSentence {
  readonly doc: number;
  readonly span: Span;
  readonly text: string;
}

/** A spinner substitution proven by an aligned copy in another document. */
export interface SpinEvidence {
  /** The spun phrase as it appears in this sentence (comparison-key form). */
  readonly phrase: string;
  /** The canonical phrase (comparison-key form, e.g. "international"). */
  readonly canonical: string;
  /** The aligned copy that proves it. */
  readonly related: ClusterSentence;
}

/** Cross-document evidence for one document of a cluster (see engine/cluster-index.ts). */
export interface ClusterEvidence {
  /** This document's position in the cluster. */
  readonly docIndex: number;
  /** Cross-document duplicates: "report" (default) or "drop" the later copies. */
  readonly dedup: "report" | "drop";
  /** sentenceKey → first occurrence in the cluster. */
  readonly first: ReadonlyMap<string, ClusterSentence>;
  /** sentenceKey → an earlier near-identical sentence of another document. */
  readonly near: ReadonlyMap<string, ClusterSentence>;
  /** sentenceKey of a sentence → spinner substitutions proven for it. */
  readonly spin: ReadonlyMap<string, readonly SpinEvidence[]>;
  /**
   * Sentence text → its sentenceKey (util/sentence-key.ts) for every sentence
   * the index read, or null for one that no other sentence or quotation of
   * the cluster shares a bucket with (it repeats nothing and has no aligned
   * copy, so the index never keyed it): rules look here before keying.
   */
  readonly keys: ReadonlyMap<string, string | null>;
}

export interface Rule<O extends Record<string, unknown> = Record<string, unknown>> {
  readonly meta: RuleMeta & { readonly defaultOptions: O };
  check(doc: Document, options: O, context: RuleContext): Iterable<FindingDraft>;
}

/** Declare a rule with typed options. */
export function defineRule<O extends Record<string, unknown>>(rule: Rule<O>): Rule {
  return rule as unknown as Rule;
}
