/**
 * The record-level pipeline shared by the CLI, the batch pool and the fetcher:
 * one input record (text or HTML) in, one JSON-ready output record out.
 * Pure: no I/O. (Stub signatures — the kernel fills them in.)
 */
import { createCleaner } from "./clean.js";
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

/** Why a text cannot be cleaned, or undefined when it can. */
export function inputProblem(text: unknown): string | undefined {
  if (typeof text !== "string") return `text is ${text === null ? "null" : typeof text}, expected a string`;
  if (text.trim() === "") return "empty document";
  if (text.includes("\u0000")) return "binary content (NUL bytes)";
  return undefined;
}

function buildOutput(record: InputRecord, result: CleanResult): OutputRecord {
  return {
    ...record.fields,
    id: record.id,
    title: result.title,
    text: result.text,
    meta: { ...result.meta },
    findings: toReportFindings(result),
    status: "article",
  };
}

/** Clean one record. Throws an Error with a clear message on unusable input. */
export function processRecord(record: InputRecord, options: PipelineOptions = {}): OutputRecord {
  return recordProcessor(options)(record);
}

/** A reusable per-record function: options merged and rules activated once. */
export function recordProcessor(options: PipelineOptions = {}): (record: InputRecord) => OutputRecord {
  const cleaner = createCleaner(options);
  return (record) => {
    if (record.html !== undefined || options.html === true) {
      throw new Error("HTML input is not supported by this build");
    }
    const problem = inputProblem(record.text);
    if (problem) throw new Error(problem);
    return buildOutput(record, cleaner.clean(record.text as string));
  };
}

/**
 * Clean the documents of one story cluster together (cross-document rules run
 * after the per-document ones). Output order = input order.
 */
export function processCluster(records: InputRecord[], options: PipelineOptions = {}): OutputRecord[] {
  const one = recordProcessor(options);
  return records.map((r) => one(r));
}
