/**
 * The shape of a rule: declared metadata plus one pure entry point that reads
 * a frozen Document and yields findings (ESLint's model). Rules import only
 * types, document, data and util.
 */
import type { Document } from "../document/document.js";
import type { FindingDraft, RuleMeta } from "../types.js";

/** Per-document facts computed once by the engine and shared with every rule. */
export interface RuleContext {
  /** Spinner-tell density of the ORIGINAL input, 0..1 (see analysis/spin.ts). */
  readonly spin: number;
  /** Evidence from the other documents of a story cluster, when cleaning a cluster. */
  readonly cluster?: ClusterEvidence;
}

/** Cross-document evidence (filled in by cluster mode). */
export interface ClusterEvidence {
  /** Canonical spellings learned from aligned copies: spun phrase → canonical phrase. */
  readonly substitutions: ReadonlyMap<string, { canonical: string; evidence: string }>;
}

export interface Rule<O extends Record<string, unknown> = Record<string, unknown>> {
  readonly meta: RuleMeta & { readonly defaultOptions: O };
  check(doc: Document, options: O, context: RuleContext): Iterable<FindingDraft>;
}

/** Declare a rule with typed options. */
export function defineRule<O extends Record<string, unknown>>(rule: Rule<O>): Rule {
  return rule as unknown as Rule;
}
