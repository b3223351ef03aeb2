/**
 * The record-level pipeline shared by the CLI, the batch pool and the fetcher:
 * one input record (text or HTML) in, one JSON-ready output record out.
 * Pure: no I/O.
 */
import { createCleaner, judge } from "./clean.js";
import type { JunkVerdict } from "./engine/junk.js";
import { extract } from "./html/extract.js";
import type { CleanOptions, CleanResult } from "./types.js";

export interface InputRecord {
  /** Stable id (from the id field, the file path, or the line number). */
  id: string;
  text?: string;
  html?: string;
  url?: string;
  /** Other input fields, passed through unchanged to the output. */
  fields?: Record<string, unknown>;
}

export interface ReportFinding {
  rule: string;
  kind: string;
  start: number;
  end: number;
  confidence: number;
  applied: boolean;
  message: string;
  actual?: string;
  expected?: string;
  /** Evidence; `doc` is the id of another document of the cluster when it lies there. */
  related?: { start: number; end: number; doc?: number | string };
}

export interface OutputRecord {
  id: string;
  title: string;
  text: string;
  meta: Record<string, unknown>;
  findings: ReportFinding[];
  status: "article" | "junk";
  junkReason?: string;
  [field: string]: unknown;
}

export interface PipelineOptions extends CleanOptions {
  /** Treat `text` as HTML even without an `html` field. */
  html?: boolean;
}

export function toReportFindings(result: CleanResult): ReportFinding[] {
  return result.findings.map((f) => {
    const r: ReportFinding = {
      rule: f.ruleId,
      kind: f.kind,
      start: f.span.start,
      end: f.span.end,
      confidence: Math.round(f.confidence * 1000) / 1000,
      applied: f.applied,
      message: f.message,
    };
    if (f.actual !== undefined) r.actual = f.actual;
    if (f.expected !== undefined) r.expected = f.expected;
    if (f.related) {
      r.related = { start: f.related.start, end: f.related.end };
      if (f.relatedDoc !== undefined) r.related.doc = f.relatedDoc;
    }
    return r;
  });
}

/** Why a text cannot be cleaned, or undefined when it can. */
export function inputProblem(text: unknown): string | undefined {
  if (typeof text !== "string") return `text is ${text === null ? "null" : typeof text}, expected a string`;
  if (text.trim() === "") return "empty document";
  if (text.includes("\u0000")) return "binary content (NUL bytes)";
  return undefined;
}

function buildOutput(
  record: InputRecord,
  result: CleanResult,
  verdict: JunkVerdict | undefined,
  extra?: Record<string, unknown>,
): OutputRecord {
  const out: OutputRecord = {
    ...record.fields,
    id: record.id,
    title: result.title,
    text: result.text,
    meta: { ...extra, ...result.meta },
    findings: toReportFindings(result),
    status: verdict ? "junk" : "article",
  };
  if (verdict) {
    out.junkReason = verdict.reason;
    out.meta.junk = { reason: verdict.reason, confidence: verdict.confidence, evidence: verdict.evidence };
  }
  return out;
}

/** The text to clean for a record: plain text, or the article extracted from HTML. */
interface Prepared {
  readonly text: string;
  readonly title?: string;
  readonly meta?: Record<string, unknown>;
}

function prepare(record: InputRecord, options: PipelineOptions): Prepared {
  const html = record.html ?? (options.html === true ? record.text : undefined);
  if (html !== undefined) {
    const problem = inputProblem(html);
    if (problem) throw new Error(problem);
    const page = extract(html, record.url !== undefined ? { url: record.url } : {});
    const meta: Record<string, unknown> = { ...page.meta, source: "html" };
    return page.title ? { text: page.text, title: page.title, meta } : { text: page.text, meta };
  }
  const problem = inputProblem(record.text);
  if (problem) throw new Error(problem);
  return { text: record.text as string };
}

/**
 * The text a record's finding offsets refer to: the record's text, or for
 * HTML the article text extracted from it (what the rules saw).
 */
export function findingSource(record: InputRecord, options: PipelineOptions = {}): string {
  return prepare(record, options).text;
}

/** Clean one record. Throws an Error with a clear message on unusable input. */
export function processRecord(record: InputRecord, options: PipelineOptions = {}): OutputRecord {
  return recordProcessor(options)(record);
}

/** A reusable per-record function: options merged and rules activated once. */
export function recordProcessor(options: PipelineOptions = {}): (record: InputRecord) => OutputRecord {
  const cleaner = createCleaner(options);
  return (record) => {
    const p = prepare(record, options);
    // An HTML page keeps its own title: no line of its text is taken as the title.
    const result = cleaner.clean(p.text, { title: p.title });
    return buildOutput(record, result, judge(p.text, result), p.meta);
  };
}

/**
 * Clean the documents of one story cluster together (cross-document rules run
 * after the per-document ones). Output order = input order. An empty document
 * is kept as junk ("empty"); other unusable input fails the cluster.
 */
export function processCluster(records: InputRecord[], options: PipelineOptions = {}): OutputRecord[] {
  return clusterProcessor(options)(records);
}

/** A reusable per-cluster function: options merged and rules activated once. */
export function clusterProcessor(options: PipelineOptions = {}): (records: InputRecord[]) => OutputRecord[] {
  const cleaner = createCleaner(options);
  return (records) => {
    const prepared = records.map((r) => {
      try {
        return prepare(r, options);
      } catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        if (msg === "empty document") return { text: "", meta: {} } as Prepared;
        throw new Error(`${r.id}: ${msg}`);
      }
    });
    const usable = prepared.map((p, i) => ({ p, i })).filter(({ p }) => p.text.trim() !== "");
    // An HTML page keeps its own title, as in per-record mode (recordProcessor).
    const cluster = cleaner.cleanCluster(
      usable.map(({ p }) => p.text),
      usable.map(({ p }) => p.title),
    );
    const outputs: OutputRecord[] = records.map((r) =>
      buildOutput(r, EMPTY_RESULT, { reason: "empty", confidence: 1, evidence: "empty document" }),
    );
    usable.forEach(({ p, i }, k) => {
      const d = cluster.docs[k]!;
      const out = buildOutput(records[i]!, d, d.junk, p.meta);
      // Related documents are reported by id, not by position among the usable ones.
      for (const f of out.findings) {
        if (typeof f.related?.doc === "number") f.related.doc = records[usable[f.related.doc]!.i]!.id;
      }
      outputs[i] = out;
    });
    return outputs;
  };
}

const EMPTY_RESULT: CleanResult = {
  title: "",
  text: "",
  meta: { spin: 0 },
  findings: [],
  stats: { inputChars: 0, outputChars: 0, passes: 0, applied: 0, reported: 0 },
};
