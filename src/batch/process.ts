/**
 * The CPU side of a batch: decode items, call the pipeline, render the
 * outputs. Runs inside a worker thread (or in-process with `--workers 0`).
 * No I/O; every call depends only on its arguments (the pipelines set up for
 * a configuration are memoised by the configuration object, so the rules are
 * activated once per worker, not once per document).
 */

import { InputError, lineColAt } from "../corpus/bytes.js";
import { dechunk, decodeContentEncoding, decodeHtmlBytes, decodeTextBytes } from "../corpus/decode.js";
import type { ChunkItem } from "../corpus/items.js";
import { parseJsonlLine } from "../corpus/jsonl.js";
import { decodeLines } from "../corpus/lines.js";
import {
  clusterProcessor,
  findingSource,
  type InputRecord,
  type OutputRecord,
  recordProcessor,
} from "../pipeline.js";
import { SPUN_SCORE } from "./summary.js";
import type {
  DocItem,
  DocOk,
  DocResult,
  PackedResult,
  ResultEntry,
  Task,
  TaskResult,
  WorkerConfig,
  WorkItem,
} from "./types.js";

/** Separator line between documents in text output. */
export const TEXT_SEPARATOR = "\f\n";

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Location of an error: a line inside a whole-file document is appended to the file. */
function errorLoc(item: { loc: string; k: string }, e: unknown): string {
  if (e instanceof InputError && e.line !== undefined && item.k === "bytes" && !item.loc.includes(":")) {
    return `${item.loc}:${e.line}`;
  }
  return item.loc;
}

/** Build the pipeline input of one item, or throw an InputError. */
export function toInputRecord(item: Exclude<DocItem, { k: "error" }>, cfg: WorkerConfig): InputRecord {
  switch (item.k) {
    case "doc": {
      const r: InputRecord = { id: item.id, text: item.text };
      if (item.fields) r.fields = item.fields;
      return r;
    }
    case "bytes": {
      let bytes = item.bytes;
      if (item.chunked) bytes = dechunk(bytes);
      bytes = decodeContentEncoding(bytes, item.contentEncoding);
      const r: InputRecord = { id: item.id };
      if (item.format === "html") r.html = decodeHtmlBytes(bytes, item.charset);
      else r.text = decodeTextBytes(bytes);
      if (item.url !== undefined) r.url = item.url;
      if (item.fields) r.fields = item.fields;
      return r;
    }
    case "line":
      return parseJsonlLine(item.line, item.loc, cfg);
  }
}

/** Title, blank line, paragraphs separated by blank lines. */
export function renderText(out: Pick<OutputRecord, "title" | "text">): string {
  // Every line is a paragraph: trimmed, blank ones dropped, joined by blank lines.
  const text = out.text;
  let body = "";
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const p = text.slice(start, end).trim();
    if (p !== "") body = body === "" ? p : `${body}\n\n${p}`;
    start = end + 1;
  }
  if (out.title) return body ? `${out.title}\n\n${body}\n` : `${out.title}\n`;
  return body ? `${body}\n` : "";
}

function utf8Length(s: string): number {
  return Buffer.byteLength(s, "utf8");
}

function finish(rec: InputRecord, out: OutputRecord, loc: string, cfg: WorkerConfig): DocOk {
  const rules: Record<string, [number, number]> = {};
  for (const f of out.findings) {
    const c = rules[f.rule] ?? [0, 0];
    if (f.applied) c[0]++;
    else c[1]++;
    rules[f.rule] = c;
  }
  const rendered = renderText(out);
  const r: DocOk = {
    ok: true,
    id: out.id,
    loc,
    junk: out.status === "junk",
    spun: typeof out.meta.spin === "number" && out.meta.spin >= SPUN_SCORE,
    rules,
    bytesIn: utf8Length(rec.text ?? rec.html ?? ""),
    bytesOut: utf8Length(rendered),
  };
  if (cfg.json) r.json = JSON.stringify(out);
  if (cfg.text) r.text = rendered;
  if (cfg.explain && out.findings.length > 0) {
    // Offsets refer to what the rules saw: the text, or the article extracted from HTML.
    const src = rec.html !== undefined ? findingSource(rec, cfg.options) : (rec.text ?? "");
    r.explain = out.findings.map((f) => {
      const { line, col } = lineColAt(src, f.start);
      const state = f.applied ? "" : " (not applied)";
      return `${loc}:${line}:${col} ${f.rule} ${f.message}${state}`;
    });
  }
  return r;
}

interface Pipelines {
  readonly record: (r: InputRecord) => OutputRecord;
  readonly cluster: (rs: InputRecord[]) => OutputRecord[];
}
const pipelines = new WeakMap<WorkerConfig, Pipelines>();

function pipelinesFor(cfg: WorkerConfig): Pipelines {
  let p = pipelines.get(cfg);
  if (p === undefined) {
    p = { record: recordProcessor(cfg.options), cluster: clusterProcessor(cfg.options) };
    pipelines.set(cfg, p);
  }
  return p;
}

function runDoc(item: DocItem, cfg: WorkerConfig): DocResult {
  if (item.k === "error") return { ok: false, id: item.id, loc: item.loc, error: item.error };
  const fallbackId = item.k === "line" ? item.loc : item.id;
  let rec: InputRecord;
  try {
    rec = toInputRecord(item, cfg);
  } catch (e) {
    return { ok: false, id: fallbackId, loc: errorLoc(item, e), error: message(e) };
  }
  try {
    return finish(rec, pipelinesFor(cfg).record(rec), item.loc, cfg);
  } catch (e) {
    return { ok: false, id: rec.id, loc: item.loc, error: message(e) };
  }
}

function runCluster(item: Extract<WorkItem, { k: "cluster" }>, cfg: WorkerConfig): DocResult[] {
  const slots: Array<DocResult | { rec: InputRecord; loc: string }> = [];
  for (const d of item.docs) {
    if (d.k === "error") {
      slots.push({ ok: false, id: d.id, loc: d.loc, error: d.error });
      continue;
    }
    try {
      slots.push({ rec: toInputRecord(d, cfg), loc: d.loc });
    } catch (e) {
      slots.push({ ok: false, id: d.k === "line" ? d.loc : d.id, loc: errorLoc(d, e), error: message(e) });
    }
  }
  const good = slots.filter((s): s is { rec: InputRecord; loc: string } => "rec" in s);
  let outs: OutputRecord[] | undefined;
  let failure: string | undefined;
  try {
    if (good.length > 0) outs = pipelinesFor(cfg).cluster(good.map((g) => g.rec));
    if (outs && outs.length !== good.length)
      failure = `processCluster returned ${outs.length} records for ${good.length}`;
  } catch (e) {
    failure = message(e);
  }
  let j = 0;
  return slots.map((s) => {
    if (!("rec" in s)) return s;
    const out = outs?.[j++];
    if (failure !== undefined || !out) {
      return { ok: false, id: s.rec.id, loc: s.loc, error: `cluster ${item.id}: ${failure ?? "no output"}` };
    }
    return finish(s.rec, out, s.loc, cfg);
  });
}

const encoder = new TextEncoder();

/** The free part of a task's shared output buffer. */
export interface OutputArena {
  buf: Uint8Array;
  used: number;
}

/**
 * Output parts packed as UTF-8 as they come, into the arena while they fit
 * (no joined string, no copy, and no string kept alive until the task ends);
 * once one does not fit, everything goes to buffers of its own instead.
 */
class Packer {
  private readonly start: number;
  private count = 0;
  private spill: Buffer[] | undefined;
  constructor(
    private readonly sep: string,
    private readonly arena: OutputArena | undefined,
  ) {
    this.start = arena?.used ?? 0;
    if (!arena) this.spill = [];
  }
  private put(part: string): void {
    if (part === "") return;
    const a = this.arena;
    if (!this.spill && a) {
      if (part.length <= a.buf.length - a.used) {
        const { read, written } = encoder.encodeInto(part, a.buf.subarray(a.used));
        if (read === part.length) {
          a.used += written;
          return;
        }
      }
      // Move what the arena holds of this output to a buffer of its own; give the space back.
      this.spill = [Buffer.from(a.buf.subarray(this.start, a.used))];
      a.used = this.start;
    }
    this.spill?.push(Buffer.from(part));
  }
  add(s: string): void {
    this.put(this.count++ > 0 ? this.sep + s : s);
  }
  get empty(): boolean {
    return this.count === 0;
  }
  bytes(end = ""): Uint8Array {
    this.put(end);
    const a = this.arena;
    if (!this.spill && a) return a.buf.subarray(this.start, a.used);
    return Buffer.concat(this.spill ?? []);
  }
}

/** Clean a chunk of JSONL lines and pack the outputs. */
export function runChunk(
  item: ChunkItem,
  cfg: WorkerConfig,
  perDoc?: () => void,
  arena?: OutputArena,
): PackedResult {
  const r: PackedResult = {
    ok: "packed",
    docs: 0,
    written: 0,
    junk: 0,
    spun: 0,
    dropped: 0,
    failures: [],
    rules: {},
    bytesIn: 0,
    bytesOut: 0,
  };
  // JSON output goes to the arena as it comes; text only when it is the one output.
  const json = new Packer("\n", cfg.json ? arena : undefined);
  const texts = new Packer(TEXT_SEPARATOR, cfg.json ? undefined : arena);
  const explain: string[] = [];
  // Decoded line by line: a whole-chunk string would be a large object that only a full collection frees.
  const lines = decodeLines(item.bytes);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string | { error: string };
    const loc = `${item.display}:${item.firstLine + i}`;
    if (typeof line !== "string") {
      r.docs++;
      r.failures.push({ ok: false, id: loc, loc, error: line.error });
      continue;
    }
    const text = line.endsWith("\r") ? line.slice(0, -1) : line;
    if (text.trim() === "") continue;
    perDoc?.();
    r.docs++;
    const d = runDoc({ k: "line", line: text, loc }, cfg);
    if (!d.ok) {
      r.failures.push(d);
      continue;
    }
    for (const [rule, [a, p]] of Object.entries(d.rules)) {
      const c = r.rules[rule] ?? [0, 0];
      c[0] += a;
      c[1] += p;
      r.rules[rule] = c;
    }
    r.bytesIn += d.bytesIn;
    if (d.explain) explain.push(...d.explain);
    if (d.junk) r.junk++;
    if (d.spun) r.spun++;
    if (d.junk && cfg.dropJunk) {
      r.dropped++;
      continue;
    }
    r.written++;
    r.bytesOut += d.bytesOut;
    if (d.json !== undefined) json.add(d.json);
    if (d.text !== undefined) texts.add(d.text);
  }
  if (cfg.json && !json.empty) r.json = json.bytes("\n");
  if (cfg.text && !texts.empty) r.text = texts.bytes();
  if (explain.length) r.explain = `${explain.join("\n")}\n`;
  return r;
}

/** Process one task. `perDoc` is a hook run before each document (the worker's test-only delay). */
export function runTask(task: Task, cfg: WorkerConfig, perDoc?: () => void): TaskResult {
  const t0 = performance.now();
  const results: ResultEntry[] = [];
  const arena = task.out ? { buf: new Uint8Array(task.out), used: 0 } : undefined;
  for (const item of task.items) {
    if (item.k === "chunk") results.push(runChunk(item, cfg, perDoc, arena));
    else if (item.k === "cluster") {
      if (perDoc) for (let i = 0; i < item.docs.length; i++) perDoc();
      results.push(...runCluster(item, cfg));
    } else {
      perDoc?.();
      results.push(runDoc(item, cfg));
    }
  }
  return { seq: task.seq, results, busyMs: performance.now() - t0 };
}
