/**
 * The library entry points: `clean(text, options)` for one document and
 * `createCleaner(options)` for many (options merged once, rules activated
 * once). Pure: no I/O, no state kept between documents.
 */
import { Document } from "./document/document.js";
import { buildClusterIndex, inInputOffsets, type LearnedPair } from "./engine/cluster-index.js";
import { activateRules, type CleanContext, layoutRepaired, runEngine } from "./engine/engine.js";
import { type JunkVerdict, offTopic, templateJunk } from "./engine/junk.js";
import { spanCovers } from "./engine/offsets.js";
import { RULES } from "./rules/index.js";
import type { Rule } from "./rules/rule.js";
import type { CleanOptions, CleanResult, Span } from "./types.js";

export interface Cleaner {
  readonly options: Readonly<CleanOptions>;
  clean(text: string, context?: CleanContext): CleanResult;
  /**
   * cleanCluster(texts, options) without setting the rules up again. `titles`:
   * per document, its title when it is known already (an HTML page's): that
   * document keeps it, and no line of its text is taken as the title (as
   * clean(text, { title }) does).
   */
  cleanCluster(texts: readonly string[], titles?: readonly (string | undefined)[]): ClusterResult;
}

function validateOptions(options: CleanOptions): void {
  const t = options.threshold;
  if (t !== undefined && !(t >= 0 && t <= 1)) throw new RangeError(`threshold must be in [0, 1], got ${t}`);
  const p = options.maxPasses;
  if (p !== undefined && !(Number.isInteger(p) && p >= 1 && p <= 20)) {
    throw new RangeError(`maxPasses must be an integer in [1, 20], got ${p}`);
  }
}

export function createCleaner(options: CleanOptions = {}, rules: readonly Rule[] = RULES): Cleaner {
  validateOptions(options);
  if (
    options.clusterDedup !== undefined &&
    options.clusterDedup !== "report" &&
    options.clusterDedup !== "drop"
  ) {
    throw new RangeError(`clusterDedup must be "report" or "drop", got ${String(options.clusterDedup)}`);
  }
  const frozen = Object.freeze({ ...options });
  const active = activateRules(rules, frozen);
  const cleaner: Cleaner = Object.freeze({
    options: frozen,
    clean(text: string, context?: CleanContext): CleanResult {
      if (typeof text !== "string") throw new TypeError("clean() expects a string");
      return runEngine(text, active, frozen, context);
    },
    cleanCluster: (texts: readonly string[], titles?: readonly (string | undefined)[]) =>
      cleanClusterWith(cleaner, texts, titles, (doc) => layoutRepaired(doc, active, frozen)),
  });
  return cleaner;
}

export interface ClusterDocResult extends CleanResult {
  /** "article", or "junk" with a reason (template, empty, off-topic). */
  readonly status: "article" | "junk";
  readonly junk?: JunkVerdict;
}

export interface ClusterResult {
  readonly docs: readonly ClusterDocResult[];
  /** Substitution pairs learned by aligning near-identical sentences across documents. */
  readonly pairs: readonly LearnedPair[];
  readonly report: ClusterReport;
}

export interface ClusterReport {
  readonly documents: number;
  readonly junk: number;
  readonly crossDuplicates: number;
  readonly learnedPairs: number;
  readonly spin: readonly number[];
}

/** The status of one cleaned document: template junk, nothing left, or an article. */
export function judge(input: string, result: CleanResult): JunkVerdict | undefined {
  const t = templateJunk(input);
  if (t) return t;
  if (result.text === "" && result.title === "")
    return { reason: "empty", confidence: 1, evidence: "nothing left after cleaning" };
  return undefined;
}

/**
 * Clean the documents of one story cluster together: per-document rules plus
 * cross-document rules (repeated sentences, spins proven by aligned copies),
 * junk and off-topic statuses. Pure; documents keep their order.
 */
export function cleanCluster(texts: readonly string[], options: CleanOptions = {}): ClusterResult {
  return createCleaner(options).cleanCluster(texts);
}

/** cleanCluster with a cleaner already set up (its options decide the dedup policy). */
function cleanClusterWith(
  cleaner: Cleaner,
  texts: readonly string[],
  titles: readonly (string | undefined)[] | undefined,
  layout: (doc: Document) => ReturnType<typeof layoutRepaired>,
): ClusterResult {
  // The index reads each text as its layout repairs leave it (hard-wrapped lines
  // joined), so its sentences are those the rules read; its spans stay input offsets.
  const inputs = texts.map((t) => new Document(t));
  const repaired = inputs.map(layout);
  const index = inInputOffsets(
    buildClusterIndex(
      repaired.map((r, i) => r?.text ?? texts[i]!),
      repaired.map((r, i) => (r ? new Document(r.text) : inputs[i]!)),
    ),
    repaired.map((r) => r?.map),
  );
  const dedup = cleaner.options.clusterDedup ?? "report";
  const results = texts.map((t, i) =>
    cleaner.clean(t, { cluster: index.evidence(i, dedup), document: inputs[i]!, title: titles?.[i] }),
  );
  // Documents that share a sentence which cleaning kept in its first copy (wire
  // copy, not page chrome) tell one story: never off-topic — also when the later
  // copy was dropped — and when every document is linked, no topical overlap
  // needs measuring.
  const linked = texts.map(() => false);
  index.links.forEach((list, d) => {
    const l = list.find((s) => !deleted(results[s.doc]!, s.span));
    if (l) linked[d] = linked[l.doc] = true;
  });
  const topics = linked.every(Boolean)
    ? []
    : offTopic(results.map((r) => `${r.title}\n${r.text}`)).map((v, i) => (linked[i] ? undefined : v));
  const docs = results.map((r, i): ClusterDocResult => {
    const verdict = judge(texts[i]!, r) ?? topics[i];
    return verdict ? { ...r, status: "junk", junk: verdict } : { ...r, status: "article" };
  });
  return {
    docs,
    pairs: index.pairs,
    report: {
      documents: docs.length,
      junk: docs.filter((d) => d.status === "junk").length,
      crossDuplicates: docs.reduce(
        (n, d) => n + d.findings.filter((f) => f.ruleId === "cross-duplicate").length,
        0,
      ),
      learnedPairs: index.pairs.length,
      spin: docs.map((d) => d.meta.spin),
    },
  };
}

/** Did an applied deletion of `result` remove the input span? */
function deleted(result: CleanResult, span: Span): boolean {
  return result.findings.some((f) => f.applied && f.fix?.text === "" && spanCovers(f.fix.span, span));
}

/** Clean one document. For many documents, reuse `createCleaner(options)`. */
export function clean(text: string, options: CleanOptions = {}): CleanResult {
  return createCleaner(options).clean(text);
}

/** Title, blank line, body — the text form the CLI prints. */
export function renderResult(result: Pick<CleanResult, "title" | "text">): string {
  if (result.title === "") return result.text;
  if (result.text === "") return result.title;
  return `${result.title}\n\n${result.text}`;
}
