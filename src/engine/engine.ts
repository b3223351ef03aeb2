/**
 * The engine: segment → run rules → apply non-overlapping fixes at or above
 * the threshold → repeat (bounded) → map every span back to the input →
 * separate the title. It never imports a particular rule: the registry is
 * passed in.
 */
import { Document } from "../document/document.js";
import type { ClusterEvidence, Rule, RuleContext } from "../rules/rule.js";
import type {
  CleanMeta,
  CleanOptions,
  CleanResult,
  Finding,
  FindingDraft,
  FindingMeta,
  Fix,
  Span,
} from "../types.js";
import { isCaseless } from "../util/case.js";
import { spinCandidatesOf, spinScoreOf } from "../util/spin.js";
import { looksEnglish } from "../util/text.js";
import { applyFixes, type EditMap, mapSpan, spanCovers } from "./offsets.js";
import { findTitleLine } from "./title.js";

export const DEFAULT_THRESHOLD = 0.75;
export const DEFAULT_MAX_PASSES = 4;

interface ActiveRule {
  readonly rule: Rule;
  readonly options: Record<string, unknown>;
}

export interface CleanContext {
  readonly cluster?: ClusterEvidence;
  /** A Document already built for exactly this input (cluster mode builds one to index it). */
  readonly document?: Document;
  /**
   * The document's title when it is known already (an HTML page's): it is the
   * result's title, and no line of the text is taken as the title.
   */
  readonly title?: string | undefined;
}

/**
 * A draft read once into one fixed shape: rules build drafts of many shapes
 * (with and without fix, related, actual…), and everything after this point
 * (selection, sorting, mapping) then reads objects of a single shape.
 */
interface Candidate {
  readonly rule: Rule;
  readonly message: string;
  readonly span: Span;
  readonly confidence: number;
  readonly fix: Fix | undefined;
  readonly related: Span | undefined;
  readonly relatedDoc: number | undefined;
  readonly actual: string | undefined;
  readonly expected: string | undefined;
  readonly meta: FindingMeta | undefined;
}

function candidate(rule: Rule, d: FindingDraft): Candidate {
  return {
    rule,
    message: d.message,
    span: d.span,
    confidence: d.confidence,
    fix: d.fix,
    related: d.related,
    relatedDoc: d.relatedDoc,
    actual: d.actual,
    expected: d.expected,
    meta: d.meta,
  };
}

export class RuleError extends Error {}

function inside(s: Span, textLength: number): boolean {
  return s.start >= 0 && s.end <= textLength && s.start <= s.end;
}

/** Is `span` inside any of `spans`? (A loop, not .some(): `spans` is empty or not, two array shapes.) */
function coveredByAny(spans: readonly Span[], span: Span): boolean {
  for (let k = 0; k < spans.length; k++) if (spanCovers(spans[k]!, span)) return true;
  return false;
}

/** A draft read into the Candidate shape, then validated against the text it was found in. */
function readDraft(rule: Rule, draft: FindingDraft, textLength: number): Candidate {
  const c = candidate(rule, draft);
  validateCandidate(c, textLength);
  return c;
}

function validateCandidate(d: Candidate, textLength: number): void {
  const rule = d.rule;
  let problem: string | undefined;
  if (!inside(d.span, textLength))
    problem = `span ${d.span.start}-${d.span.end} outside the text (${textLength})`;
  else if (!(d.confidence >= 0 && d.confidence <= 1)) problem = `confidence ${d.confidence} not in [0, 1]`;
  else if (d.fix && !rule.meta.fixable) problem = "fix from a rule not declared fixable";
  else if (d.fix && !inside(d.fix.span, textLength)) problem = "fix span outside the text";
  else if (d.related && d.relatedDoc === undefined && !inside(d.related, textLength))
    problem = "related span outside the text";
  if (problem) throw new RuleError(`rule ${rule.meta.id}: ${problem}`);
}

function overlaps(a: Span, b: Span): boolean {
  // Two zero-width insertions at one point also conflict.
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

/** Does any of the sorted, disjoint spans overlap `span`? Returns it. */
function findOverlap(sorted: readonly Span[], span: Span): Span | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = Math.max(0, lo - 1); i < sorted.length && sorted[i]!.start <= span.end; i++) {
    if (overlaps(sorted[i]!, span)) return sorted[i];
  }
  return undefined;
}

/**
 * Spans taken so far, filed in fixed-size buckets of positions: an overlap
 * test looks only at the buckets a span covers (replacements are short), so
 * taking n spans costs O(n) whatever their order — a sorted array with
 * insertions was quadratic on huge documents with many fixes.
 */
class TakenSpans {
  static readonly #BUCKET = 64;
  readonly #buckets = new Map<number, Span[]>();

  #range(span: Span): [number, number] {
    const first = Math.floor(span.start / TakenSpans.#BUCKET);
    const last = Math.floor(Math.max(span.start, span.end - 1) / TakenSpans.#BUCKET);
    return [first, last];
  }

  overlaps(span: Span): boolean {
    const [first, last] = this.#range(span);
    for (let b = first; b <= last; b++) {
      for (const t of this.#buckets.get(b) ?? []) if (overlaps(t, span)) return true;
    }
    return false;
  }

  add(span: Span): void {
    const [first, last] = this.#range(span);
    for (let b = first; b <= last; b++) {
      const list = this.#buckets.get(b);
      if (list) list.push(span);
      else this.#buckets.set(b, [span]);
    }
  }
}

/** Adds `span` (not starting before the last one) to sorted, disjoint `merged`, joining an overlap. */
function appendMerged(merged: Span[], span: Span): void {
  const last = merged[merged.length - 1];
  if (last && span.start <= last.end)
    merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
  else merged.push({ start: span.start, end: span.end });
}

/** A duplicate's deletion, which keeps its first copy (`related`, in this document). */
function keepsRelated(c: Candidate): boolean {
  return c.rule.meta.kind === "duplicate" && c.related !== undefined && c.relatedDoc === undefined;
}

/**
 * A duplicate goes only while the copy it keeps stays: when another deletion
 * of this pass (a pull quote, a chrome line) takes that first copy, the
 * duplicate waits — in the next pass it is the only copy left, and stays.
 * Removes such candidates from `dels` (sorted spans and a binary search:
 * linear after sorting, as selectFixes).
 */
function deferDuplicatesOfDeleted(dels: Candidate[]): void {
  const taken: Span[] = [];
  for (const c of dels) if (!keepsRelated(c)) taken.push(c.fix!.span);
  if (taken.length === 0 || taken.length === dels.length) return;
  if (taken.length > 1) taken.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of taken) appendMerged(merged, span);
  let kept = 0;
  for (const c of dels) {
    if (keepsRelated(c) && findOverlap(merged, c.related!) !== undefined) continue;
    dels[kept++] = c;
  }
  dels.length = kept;
}

/**
 * The fixes of one pass. Deletions are all taken: overlapping deletions merge
 * (deleting the union is what each of them asked for); a deletion inside a
 * larger one (or inside an equal, more confident or earlier one) adds nothing
 * and is moot. A replacement is taken when it overlaps nothing taken before
 * it, larger and more confident first; one inside a deleted region is moot,
 * one partly overlapping waits for the next pass. Linear after sorting.
 */
function selectFixes(cands: Candidate[]): Candidate[] {
  const bySize = (a: Candidate, b: Candidate) => {
    const la = a.fix!.span.end - a.fix!.span.start;
    const lb = b.fix!.span.end - b.fix!.span.start;
    return lb - la || b.confidence - a.confidence || a.fix!.span.start - b.fix!.span.start;
  };
  // Arrays built by loops and sorted only when longer than one: an empty array has
  // another shape than a full one, and a builtin called on both deoptimizes.
  const dels: Candidate[] = [];
  const replacements: Candidate[] = [];
  for (const c of cands) (c.fix!.text === "" ? dels : replacements).push(c);
  deferDuplicatesOfDeleted(dels);
  // Deletions by start, the larger first at one start (then the more confident,
  // then the earlier candidate): each is moot exactly when an earlier one in
  // this order reaches past its end.
  const order: number[] = [];
  for (let i = 0; i < dels.length; i++) order.push(i);
  if (order.length > 1)
    order.sort((i, j) => {
      const a = dels[i]!;
      const b = dels[j]!;
      return (
        a.fix!.span.start - b.fix!.span.start ||
        b.fix!.span.end - a.fix!.span.end ||
        b.confidence - a.confidence ||
        i - j
      );
    });
  const deletions: Candidate[] = [];
  const merged: Span[] = [];
  let reach = -1;
  for (const i of order) {
    const c = dels[i]!;
    const span = c.fix!.span;
    if (reach >= span.end) continue;
    deletions.push(c);
    reach = Math.max(reach, span.end);
    appendMerged(merged, span);
  }
  if (replacements.length > 1) replacements.sort(bySize);
  const accepted: Candidate[] = [];
  for (const c of deletions) accepted.push(c);
  const taken = new TakenSpans();
  for (const c of replacements) {
    const span = c.fix!.span;
    if (findOverlap(merged, span) || taken.overlaps(span)) continue;
    taken.add(span);
    accepted.push(c);
  }
  // An insertion at the start of a deletion goes first (it is kept, before the deleted text).
  if (accepted.length > 1)
    accepted.sort((a, b) => a.fix!.span.start - b.fix!.span.start || a.fix!.span.end - b.fix!.span.end);
  return accepted;
}

// . ! ? , ; : and closing quotes and brackets.
const SENTENCE_PUNCTUATION = new Set([...'.!?,;:")\u201d\u2019'].map((c) => c.charCodeAt(0)));

/**
 * A fix that only narrows the spacing after sentence punctuation (".  Next" →
 * ". Next"): it joins no words and moves no line or sentence boundary, so no
 * rule reads the text differently after it (typewriter double spaces are
 * common in clean copy, and used to cost a whole second pass).
 */
function isSpacingAfterPunctuation(fix: Fix, text: string): boolean {
  const { start, end } = fix.span;
  if (end - start < 2 || fix.text !== " " || start === 0) return false;
  for (let k = start; k < end; k++) if (text.charCodeAt(k) !== 32) return false;
  return SENTENCE_PUNCTUATION.has(text.charCodeAt(start - 1));
}

interface CandidateSink {
  readonly fixable: Candidate[];
  readonly reportOnlyDrafts: Candidate[];
  readonly reportOnly: boolean;
  readonly threshold: number;
  readonly textLength: number;
}

/** Runs `rules` on `doc`, each draft read once into the Candidate shape and sorted into the sink. */
function collect(
  rules: readonly ActiveRule[],
  doc: Document,
  context: RuleContext,
  sink: CandidateSink,
): void {
  for (const { rule, options } of rules) {
    for (const draft of rule.check(doc, options, context)) {
      // Read once into the Candidate shape; everything after reads only that shape.
      const c = readDraft(rule, draft, sink.textLength);
      if (c.fix && !sink.reportOnly && c.confidence >= sink.threshold) sink.fixable.push(c);
      else sink.reportOnlyDrafts.push(c);
    }
  }
}

/** Merge user options with each rule's defaults, once. */
export function activateRules(registry: readonly Rule[], options: CleanOptions): ActiveRule[] {
  const out: ActiveRule[] = [];
  const known = new Set(registry.map((r) => r.meta.id));
  for (const id of Object.keys(options.rules ?? {})) {
    if (!known.has(id)) throw new Error(`unknown rule "${id}" (see \`newsclean rules\`)`);
  }
  for (const rule of registry) {
    const setting = options.rules?.[rule.meta.id];
    if (setting === false) continue;
    const opts =
      typeof setting === "object"
        ? { ...rule.meta.defaultOptions, ...setting }
        : { ...rule.meta.defaultOptions };
    out.push({ rule, options: Object.freeze(opts) });
  }
  return out;
}

/**
 * A later pass's document is caseless (util/case.ts) when the input was: fixes
 * delete lines and swap words, they do not change the case of a page (and
 * the verdict is then not scanned for again).
 */
function sameCase(doc: Document, input: Document): Document {
  const caseless = isCaseless(input);
  doc.memo("caseless", () => caseless);
  return doc;
}

/** A fixable layout repair (`meta.layout`): runs alone, first. */
function isLayoutRule(r: ActiveRule): boolean {
  return r.rule.meta.fixable && r.rule.meta.layout === true;
}

/**
 * The input as the layout repairs leave it (hard-wrapped paragraphs joined),
 * with the edit map back to the input; undefined when they change nothing
 * (or report-only mode fixes nothing). Cluster mode indexes this text: its
 * sentences are the ones the other rules read.
 */
export function layoutRepaired(
  doc: Document,
  active: readonly ActiveRule[],
  options: CleanOptions,
): { text: string; map: EditMap } | undefined {
  if (options.reportOnly === true) return undefined;
  const rules = active.filter(isLayoutRule);
  if (rules.length === 0) return undefined;
  const sink = {
    fixable: [] as Candidate[],
    reportOnlyDrafts: [] as Candidate[],
    reportOnly: false,
    threshold: options.threshold ?? DEFAULT_THRESHOLD,
    textLength: doc.text.length,
  };
  // Layout repairs read lines, not the spin score or the language.
  collect(rules, doc, { spin: 0, english: true }, sink);
  if (sink.fixable.length === 0) return undefined;
  return applyFixes(
    doc.text,
    selectFixes(sink.fixable).map((c) => c.fix as Fix),
  );
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export function runEngine(
  input: string,
  active: readonly ActiveRule[],
  options: CleanOptions,
  context: CleanContext = {},
): CleanResult {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const maxPasses = Math.max(1, options.maxPasses ?? DEFAULT_MAX_PASSES);
  const reportOnly = options.reportOnly === true;
  const firstDoc = context.document?.text === input ? context.document : new Document(input);
  let english: boolean | undefined;
  const ruleContext: RuleContext = {
    spin: round3(spinScoreOf(spinCandidatesOf(firstDoc))),
    // Computed on first use: only a document with spinner candidates asks.
    get english() {
      english ??= looksEnglish(input);
      return english;
    },
    ...(context.cluster ? { cluster: context.cluster } : {}),
  };

  const maps: EditMap[] = [];
  const findings: Finding[] = [];
  const reportedKeys = new Map<string, { pass: number; messages: string[] }>();
  const meta: FindingMeta = {};
  let text = input;
  let passes = 0;

  let doc = firstDoc;
  let changed = false;
  // Report-only rules run once, on the final text (below).
  const layoutRules: ActiveRule[] = [];
  const passRules: ActiveRule[] = [];
  for (const r of active) if (r.rule.meta.fixable) (isLayoutRule(r) ? layoutRules : passRules).push(r);
  for (let pass = 0; pass < maxPasses; pass++) {
    passes = pass + 1;
    if (pass > 0) doc = sameCase(new Document(text), firstDoc);
    const fixable: Candidate[] = [];
    const reportOnlyDrafts: Candidate[] = [];
    // Layout repairs run alone first: when they fix something, the other rules read
    // the repaired lines from the next pass on; when not, they run in this pass.
    const layoutFirst = pass === 0 && layoutRules.length > 0;
    const sink = { fixable, reportOnlyDrafts, reportOnly, threshold, textLength: text.length };
    collect(layoutFirst ? layoutRules : passRules, doc, ruleContext, sink);
    if (layoutFirst && fixable.length === 0) collect(passRules, doc, ruleContext, sink);
    const accepted = fixable.length > 0 ? selectFixes(fixable) : [];
    // A report on text that a fix of this pass deletes is about nothing left.
    const deletions: Span[] = [];
    for (const c of accepted) if (c.fix!.text === "") deletions.push(c.fix!.span);
    for (const c of reportOnlyDrafts) {
      if (coveredByAny(deletions, c.span)) continue;
      // A report found again in a later pass (same rule and input span, even where a
      // fix of the earlier pass changed its wording) is not repeated.
      const span = mapSpan(maps, c.span);
      const key = `${c.rule.meta.id}\u0000${span.start}\u0000${span.end}`;
      const seen = reportedKeys.get(key);
      if (seen && (seen.pass < pass || seen.messages.includes(c.message))) continue;
      if (seen) seen.messages.push(c.message);
      else reportedKeys.set(key, { pass, messages: [c.message] });
      findings.push(toFinding(c, maps, false, text, input, span));
    }
    if (accepted.length === 0) {
      changed = false;
      break;
    }
    for (const c of accepted) {
      findings.push(toFinding(c, maps, true, text, input));
      if (c.meta) {
        for (const [k, v] of Object.entries(c.meta) as [keyof FindingMeta, string][]) {
          if (v !== undefined && meta[k] === undefined) meta[k] = v;
        }
      }
    }
    const settled = accepted.every((c) => isSpacingAfterPunctuation(c.fix!, text));
    const applied = applyFixes(
      text,
      accepted.map((c) => c.fix as Fix),
    );
    maps.push(applied.map);
    text = applied.text;
    changed = true;
    // Another pass would see the same lines, sentences and words: nothing new to find.
    if (settled) break;
  }

  const finalDoc = changed ? sameCase(new Document(text), firstDoc) : doc;
  for (const { rule, options: ruleOptions } of active) {
    if (rule.meta.fixable) continue;
    for (const draft of rule.check(finalDoc, ruleOptions, ruleContext)) {
      findings.push(toFinding(readDraft(rule, draft, text.length), maps, false, text, input));
    }
  }

  // Separate the title from the body.
  let title = context.title ?? "";
  let body = text;
  const cleanMeta: CleanMeta = { spin: ruleContext.spin };
  if (context.title === undefined && options.extractTitle !== false) {
    // Lines that an applied headline fix kept as the first copy, and the headline
    // under an applied section label (its related line), in input offsets.
    // (A loop: a builtin called on both empty and full arrays deoptimizes.)
    const kept: Span[] = [];
    for (const f of findings)
      if (f.applied && f.related && (f.kind === "headline" || f.meta?.section !== undefined))
        kept.push(f.related);
    const t = findTitleLine(
      finalDoc,
      kept.length === 0
        ? undefined
        : (line) => {
            const span = mapSpan(maps, line.content);
            return kept.some((k) => k.start === span.start && k.end === span.end);
          },
    );
    if (t !== undefined) {
      const line = finalDoc.lines[t]!;
      title = line.text;
      body = text.slice(line.br.end);
      cleanMeta.titleSpan = mapSpan(maps, line.content);
    }
  }
  if (meta.date !== undefined) cleanMeta.date = meta.date;
  if (meta.byline !== undefined) cleanMeta.byline = meta.byline;
  if (meta.section !== undefined) cleanMeta.section = meta.section;
  body = body.trim();

  if (findings.length > 1)
    findings.sort(
      (a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId),
    );
  let applied = 0;
  for (const f of findings) if (f.applied) applied++;
  return {
    title,
    text: body,
    meta: cleanMeta,
    findings,
    stats: {
      inputChars: input.length,
      outputChars: title.length + body.length,
      passes,
      applied,
      reported: findings.length - applied,
    },
  };
}

function toFinding(
  c: Candidate,
  maps: readonly EditMap[],
  applied: boolean,
  passText: string,
  input: string,
  span: Span = mapSpan(maps, c.span),
): Finding {
  const f: {
    -readonly [K in keyof Finding]: Finding[K];
  } = {
    ruleId: c.rule.meta.id,
    kind: c.rule.meta.kind,
    message: c.message,
    span,
    confidence: round3(c.confidence),
    applied,
  };
  if (c.fix) f.fix = { span: mapSpan(maps, c.fix.span), text: c.fix.text };
  // A related span in another document is already in that document's input offsets.
  if (c.related) f.related = c.relatedDoc === undefined ? mapSpan(maps, c.related) : c.related;
  if (c.relatedDoc !== undefined) f.relatedDoc = c.relatedDoc;
  if (c.actual !== undefined) {
    // `actual` quotes the input: a finding of a later pass quotes the original text at its span.
    const quotesSpan = maps.length > 0 && c.actual === passText.slice(c.span.start, c.span.end);
    f.actual = quotesSpan ? input.slice(f.span.start, f.span.end) : c.actual;
  }
  if (c.expected !== undefined) f.expected = c.expected;
  if (c.meta) f.meta = c.meta;
  return f;
}
