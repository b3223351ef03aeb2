/**
 * The messages between the reading thread and the workers. Everything here is
 * structured-clone friendly (plain objects, strings, Uint8Array).
 */
import type { WorkItem } from "../corpus/items.js";
import type { PipelineOptions } from "../pipeline.js";

export type { ClusterItem, DocItem, WorkItem } from "../corpus/items.js";

export interface Task {
  seq: number;
  items: WorkItem[];
  /**
   * Where the worker writes the task's packed output (shared, not copied):
   * the reading thread lends one per task in flight and takes it back once
   * the bytes are written, so output never churns the reading thread's
   * memory. Output that does not fit goes back as an ordinary copy.
   */
  out?: SharedArrayBuffer;
}

export interface DocOk {
  ok: true;
  id: string;
  loc: string;
  /** Serialized OutputRecord, when JSON output is wanted. */
  json?: string;
  /** Title, blank line, paragraphs — when text output is wanted. */
  text?: string;
  junk: boolean;
  /** The document's spin score (meta.spin) is at least SPUN_SCORE. */
  spun: boolean;
  /** rule id → [applied, reported-only]. */
  rules: Record<string, [number, number]>;
  bytesIn: number;
  bytesOut: number;
  /** `LOC:line:col rule message` lines for --explain. */
  explain?: string[];
}

export interface DocFailed {
  ok: false;
  id: string;
  loc: string;
  error: string;
}

export type DocResult = DocOk | DocFailed;

/**
 * The result of a JSONL chunk, already packed by the worker: counters, the
 * failures, and the output bytes (transferred, not copied, back).
 */
export interface PackedResult {
  ok: "packed";
  /** Records read (failed ones included). */
  docs: number;
  /** Records in the output bytes. */
  written: number;
  junk: number;
  /** Records whose spin score is at least SPUN_SCORE. */
  spun: number;
  /** Junk records left out (--drop-junk). */
  dropped: number;
  failures: DocFailed[];
  rules: Record<string, [number, number]>;
  bytesIn: number;
  bytesOut: number;
  /** JSON lines of the written records (when JSON output is wanted). */
  json?: Uint8Array;
  /** Their texts joined by the text separator (when text output is wanted). */
  text?: Uint8Array;
  explain?: string;
}

/** One entry per document, or one per chunk. */
export type ResultEntry = DocResult | PackedResult;

export interface TaskResult {
  seq: number;
  results: ResultEntry[];
  /** Time the worker spent on the task (ms). */
  busyMs: number;
}

/** Fixed for the whole run; given to each worker once. */
export interface WorkerConfig {
  options: PipelineOptions;
  idField: string;
  textField: string;
  htmlField: string;
  json: boolean;
  text: boolean;
  explain: boolean;
  /** Leave junk out of packed output (chunk results). */
  dropJunk?: boolean;
}
