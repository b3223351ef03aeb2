/**
 * The CPU side of a batch: decode items, call the pipeline, render the
 * outputs. Runs inside a worker thread (or in-process with `--workers 0`).
 * No I/O, no module state: every call depends only on its arguments.
 */
import { InputError, lineColAt } from "../corpus/bytes.js";
import { dechunk, decodeContentEncoding, decodeHtmlBytes, decodeTextBytes } from "../corpus/decode.js";
import { parseJsonlLine } from "../corpus/jsonl.js";
import { type InputRecord, type OutputRecord, processCluster, processRecord } from "../pipeline.js";
import type { DocItem, DocOk, DocResult, Task, TaskResult, WorkerConfig, WorkItem } from "./types.js";

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
  const paras = out.text
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  const body = paras.join("\n\n");
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
    rules,
    bytesIn: utf8Length(rec.text ?? rec.html ?? ""),
    bytesOut: utf8Length(rendered),
  };
  if (cfg.json) r.json = JSON.stringify(out);
  if (cfg.text) r.text = rendered;
  if (cfg.explain && out.findings.length > 0) {
    const src = rec.text ?? rec.html ?? "";
    r.explain = out.findings.map((f) => {
      const { line, col } = lineColAt(src, f.start);
      const state = f.applied ? "" : " (not applied)";
      return `${loc}:${line}:${col} ${f.rule} ${f.message}${state}`;
    });
  }
  return r;
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
    return finish(rec, processRecord(rec, cfg.options), item.loc, cfg);
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
    if (good.length > 0)
      outs = processCluster(
        good.map((g) => g.rec),
        cfg.options,
      );
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

/** Process one task. `perDoc` is a hook run before each document (the worker's test-only delay). */
export function runTask(task: Task, cfg: WorkerConfig, perDoc?: () => void): TaskResult {
  const t0 = performance.now();
  const results: DocResult[] = [];
  for (const item of task.items) {
    if (item.k === "cluster") {
      if (perDoc) for (let i = 0; i < item.docs.length; i++) perDoc();
      results.push(...runCluster(item, cfg));
    } else {
      perDoc?.();
      results.push(runDoc(item, cfg));
    }
  }
  return { seq: task.seq, results, busyMs: performance.now() - t0 };
}
