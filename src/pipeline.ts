/**
 * The record-level pipeline shared by the CLI, the batch pool and the fetcher:
 * one input record (text or HTML) in, one JSON-ready output record out.
 * Pure: no I/O. (Stub signatures — the kernel fills them in.)
 */
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
  related?: { start: number; end: number };
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
    if (f.related) r.related = { start: f.related.start, end: f.related.end };
    return r;
  });
}

/** Clean one record. Throws an Error with a clear message on unusable input. */
export function processRecord(record: InputRecord, _options: PipelineOptions = {}): OutputRecord {
  const text = record.text ?? record.html ?? "";
  return { ...record.fields, id: record.id, title: "", text, meta: { spin: 0 }, findings: [], status: "article" };
}

/**
 * Clean the documents of one story cluster together (cross-document rules run
 * after the per-document ones). Output order = input order.
 */
export function processCluster(records: InputRecord[], options: PipelineOptions = {}): OutputRecord[] {
  return records.map((r) => processRecord(r, options));
}
