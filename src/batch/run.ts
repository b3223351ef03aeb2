/**
 * runShard: read inputs as streams, cut them into tasks, run the tasks on a
 * worker pool, and write the results in input order (or completion order).
 *
 * The reading thread only reads, batches and writes. Memory is bounded by
 * the work in flight: at most `maxInFlight` tasks are submitted and not yet
 * written (in ordered mode the ones waiting in the reorder buffer count), and
 * every write waits for the sink to drain.
 *
 * This is the unit a distributed mode calls: it owns no process state (no
 * argv, no exit), only the streams and files it is given.
 */
import path from "node:path";
import type { Readable, Writable } from "node:stream";
import type { InputFile } from "../corpus/inputs.js";
import type { DocItem, WorkItem } from "../corpus/items.js";
import {
  AppendJsonlWriter,
  AtomicStreamFile,
  type DoneIds,
  PartialJsonlWriter,
  pathExists,
  writeAll,
  writeFileAtomic,
} from "../corpus/output.js";
import { type ReaderStats, type ReadUnit, readInput } from "../corpus/readers.js";
import { createExecutor, type Executor } from "./pool.js";
import { TEXT_SEPARATOR } from "./process.js";
import { emptySummary, type ShardSummary } from "./summary.js";
import type { DocResult, PackedResult, Task, TaskResult, WorkerConfig } from "./types.js";

export { TEXT_SEPARATOR };

export type ShardOutput =
  /** Cleaned text (title, blank line, paragraphs) to a stream; documents separated by a `\f` line. */
  | { kind: "text"; stream: Writable }
  /** One JSON record per line to a stream. */
  | { kind: "jsonl"; stream: Writable }
  /** One JSON record per line to a crash-safe file (FILE.partial, renamed when complete). */
  | { kind: "file"; path: string }
  /** One output per input under a directory. */
  | { kind: "dir"; dir: string }
  | { kind: "none" };

export interface ShardConfig {
  inputs: InputFile[];
  stdin?: Readable;
  worker: WorkerConfig;
  /** Worker threads; 0 runs the pipeline on the calling thread. */
  workers: number;
  /** Compiled worker script (default: worker.js next to this module). */
  workerFile?: URL | string;
  /**
   * A pool to run the tasks on instead of a new one (a queue worker keeps one
   * across shards: starting threads costs ~0.5 s). Created by createExecutor
   * with this run's worker config (dropJunk included); runShard does not close it.
   */
  executor?: Executor;
  /** Write in input order (default) or in completion order. */
  ordered?: boolean;
  clusterField?: string;
  /** Each directory of text/HTML files is one story cluster. */
  clusterDir?: boolean;
  /** Cut a task after this many documents (default 64)… */
  batchDocs?: number;
  /** …or this many bytes (default 1 MB). */
  batchBytes?: number;
  /** Tasks submitted and not yet written (default 2 × workers, at least 2). */
  maxInFlight?: number;
  dropJunk?: boolean;
  output: ShardOutput;
  /** JSONL file of failed items: {id, location, error}. */
  errorsFile?: string;
  /** Continue a killed run (needs output kind file or dir). */
  resume?: boolean;
  /** Per-item error messages and --explain lines (the CLI passes stderr). */
  log: Writable;
  /** Called after each written task. */
  onProgress?: (p: Progress) => void;
  /**
   * Stop reading when aborted: the tasks in flight are written, the output is
   * left as FILE.partial (not renamed) for --resume, and the summary says
   * `interrupted`.
   */
  signal?: AbortSignal;
}

export interface Progress {
  docs: number;
  bytesRead: number;
  /** Sum of the input file sizes, when all are known. */
  totalBytes: number | undefined;
  elapsedMs: number;
}

interface InputState {
  input: InputFile;
  /** Documents queued and not yet written. */
  pending: number;
  readDone: boolean;
  okDocs: number;
  /** --out DIR for container inputs (JSONL, WARC, Multi-News): streamed text and records. */
  text?: AtomicStreamFile;
  records?: AtomicStreamFile;
  textCount: number;
}

/** Per-task bookkeeping kept on the reading thread. */
interface TaskMeta {
  /** One per result entry (a document, or a JSONL chunk): input index. */
  docInputs: number[];
  /** One per result entry: fallback id and location (if a worker dies). */
  docLocs: string[];
  /** The output buffer lent to the task, returned once its output is written. */
  out?: SharedArrayBuffer;
}

function isContainer(input: InputFile): boolean {
  return input.format === "jsonl" || input.format === "warc" || input.format === "multinews";
}

/** `--out DIR` targets of a container input: DIR/<rel without .gz>.txt and .jsonl. */
export function containerTargets(dir: string, input: InputFile): { text: string; records: string } {
  const base = path.join(dir, input.rel.replace(/\.gz$/i, ""));
  return { text: `${base}.txt`, records: `${base}.jsonl` };
}

/** `--out DIR` targets of a one-document input: DIR/<rel> and DIR/<rel>.json. */
export function documentTargets(dir: string, input: InputFile): { text: string; record: string } {
  const base = path.join(dir, input.rel);
  return { text: base, record: `${base}.json` };
}

/** The result entries a work item produces: one per document, one for a whole JSONL chunk. */
function entriesOf(item: WorkItem): Array<{ loc: string }> {
  if (item.k === "chunk") return [{ loc: `${item.display}:${item.firstLine}` }];
  return item.k === "cluster" ? item.docs : [item];
}

function takeDone(done: DoneIds, id: string): boolean {
  const n = done.get(id) ?? 0;
  if (n <= 0) return false;
  if (n === 1) done.delete(id);
  else done.set(id, n - 1);
  return true;
}

export async function runShard(cfg: ShardConfig): Promise<ShardSummary> {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const elu0 = performance.eventLoopUtilization();
  const summary = emptySummary(cfg.workers);
  const ordered = cfg.ordered ?? true;
  const batchDocs = cfg.batchDocs ?? 64;
  const batchBytes = cfg.batchBytes ?? 1 << 20;
  const maxInFlight = cfg.maxInFlight ?? Math.max(2, 2 * cfg.workers);
  const out = cfg.output;
  const resume = cfg.resume ?? false;
  if (resume && out.kind !== "file" && out.kind !== "dir")
    throw new Error("--resume needs --output FILE or --out DIR");

  // Outputs, and what a killed run already wrote.
  const done: DoneIds = new Map();
  let errOut: AppendJsonlWriter | undefined;
  if (cfg.errorsFile) {
    errOut = new AppendJsonlWriter(cfg.errorsFile);
    if (resume) await errOut.resumeScan(done);
    await errOut.open(resume);
  }
  let fileOut: PartialJsonlWriter | undefined;
  if (out.kind === "file") {
    fileOut = new PartialJsonlWriter(out.path);
    if (resume) await fileOut.resumeScan(done);
    await fileOut.open(resume);
  }

  const workerCfg: WorkerConfig = { ...cfg.worker, dropJunk: cfg.dropJunk ?? false };
  const executor = cfg.executor ?? createExecutor(cfg.workers, workerCfg, cfg.workerFile);
  const states: InputState[] = [];
  let bytesRead = 0;
  const counter = { add: (n: number) => void (bytesRead += n) };
  const stats: ReaderStats = { skippedRecords: 0 };
  const sizes = cfg.inputs.map((i) => i.size);
  const totalBytes = sizes.every((s) => s !== undefined)
    ? sizes.reduce((a: number, b) => a + (b ?? 0), 0)
    : undefined;
  let firstText = true;

  // ---- writing -------------------------------------------------------------

  let writeChain: Promise<void> = Promise.resolve();
  let writeError: unknown;
  let inFlight = 0;
  let wake: (() => void) | undefined;
  let nextSeq = 0;
  const ready = new Map<number, { res: TaskResult; meta: TaskMeta }>();

  const enqueueWrite = (fn: () => Promise<void>): void => {
    writeChain = writeChain.then(fn).catch((e: unknown) => {
      writeError ??= e;
    });
  };

  const finalizeInput = async (st: InputState): Promise<void> => {
    if (out.kind !== "dir" || !isContainer(st.input)) return;
    if (st.okDocs === 0) {
      await st.text?.discard();
      await st.records?.discard();
      return;
    }
    const t = containerTargets(out.dir, st.input);
    await (st.text ?? new AtomicStreamFile(t.text)).commit();
    // The records file is committed last: its existence marks the input done for --resume.
    await (st.records ?? new AtomicStreamFile(t.records)).commit();
  };

  const maybeFinalize = (st: InputState): void => {
    if (st.readDone && st.pending === 0) enqueueWrite(() => finalizeInput(st));
  };

  const writeTask = async (res: TaskResult, meta: TaskMeta): Promise<void> => {
    summary.time.workerBusyMs += res.busyMs;
    const main: Array<string | Uint8Array> = [];
    let errs = "";
    let log = "";
    const streamWrites: Array<() => Promise<void>> = [];
    const fileWrites: Array<() => Promise<void>> = [];
    const touched = new Set<InputState>();
    const writePacked = (r: PackedResult, st: InputState | undefined): void => {
      const d = summary.documents;
      d.in += r.docs;
      d.errors += r.failures.length;
      d.junk += r.junk;
      d.spun += r.spun;
      d.dropped += r.dropped;
      d.out += r.written;
      summary.bytes.in += r.bytesIn;
      summary.bytes.out += r.bytesOut;
      for (const [rule, [a, p]] of Object.entries(r.rules)) {
        const c = summary.rules[rule] ?? { applied: 0, reported: 0 };
        c.applied += a;
        c.reported += p;
        summary.rules[rule] = c;
      }
      for (const f of r.failures) {
        log += `newsclean: ${f.loc}: ${f.error}\n`;
        errs += `${JSON.stringify({ id: f.id, location: f.loc, error: f.error })}\n`;
      }
      if (r.explain) log += r.explain;
      if (st) st.okDocs += r.written;
      if (r.written === 0) return;
      if (out.kind === "text" && r.text) {
        if (!firstText) main.push(TEXT_SEPARATOR);
        main.push(r.text);
        firstText = false;
      } else if ((out.kind === "jsonl" || out.kind === "file") && r.json) main.push(r.json);
      else if (out.kind === "dir" && st) {
        const t = containerTargets(out.dir, st.input);
        const tf = (st.text ??= new AtomicStreamFile(t.text));
        const rf = (st.records ??= new AtomicStreamFile(t.records));
        const sep = st.textCount > 0 ? TEXT_SEPARATOR : "";
        st.textCount += r.written;
        const text = r.text;
        const json = r.json;
        streamWrites.push(async () => {
          if (text) {
            await tf.write(sep);
            await tf.write(text);
          }
          if (json) await rf.write(json);
        });
      }
    };
    res.results.forEach((entry, i) => {
      const st = states[meta.docInputs[i] ?? -1];
      if (st) {
        st.pending--;
        touched.add(st);
      }
      if (entry.ok === "packed") {
        writePacked(entry, st);
        return;
      }
      const r: DocResult = entry;
      if (resume && takeDone(done, r.id)) {
        summary.documents.resumed++;
        return;
      }
      summary.documents.in++;
      if (!r.ok) {
        summary.documents.errors++;
        log += `newsclean: ${r.loc}: ${r.error}\n`;
        errs += `${JSON.stringify({ id: r.id, location: r.loc, error: r.error })}\n`;
        return;
      }
      if (r.explain) log += `${r.explain.join("\n")}\n`;
      for (const [rule, [a, p]] of Object.entries(r.rules)) {
        const c = summary.rules[rule] ?? { applied: 0, reported: 0 };
        c.applied += a;
        c.reported += p;
        summary.rules[rule] = c;
      }
      summary.bytes.in += r.bytesIn;
      if (r.junk) summary.documents.junk++;
      if (r.spun) summary.documents.spun++;
      if (r.junk && cfg.dropJunk) {
        summary.documents.dropped++;
        return;
      }
      summary.documents.out++;
      summary.bytes.out += r.bytesOut;
      if (st) st.okDocs++;
      switch (out.kind) {
        case "text":
          main.push((firstText ? "" : TEXT_SEPARATOR) + (r.text ?? ""));
          firstText = false;
          break;
        case "jsonl":
        case "file":
          main.push(`${r.json ?? ""}\n`);
          break;
        case "dir": {
          if (!st) break;
          if (isContainer(st.input)) {
            const t = containerTargets(out.dir, st.input);
            st.text ??= new AtomicStreamFile(t.text);
            st.records ??= new AtomicStreamFile(t.records);
            const text = (st.textCount++ > 0 ? TEXT_SEPARATOR : "") + (r.text ?? "");
            const json = `${r.json ?? ""}\n`;
            const tf = st.text;
            const rf = st.records;
            streamWrites.push(async () => {
              await tf.write(text);
              await rf.write(json);
            });
          } else {
            const t = documentTargets(out.dir, st.input);
            const text = r.text ?? "";
            const json = `${JSON.stringify(JSON.parse(r.json ?? "null"), null, 2)}\n`;
            // The record file last: its existence marks the document done for --resume.
            fileWrites.push(async () => {
              await writeFileAtomic(t.text, text);
              await writeFileAtomic(t.record, json);
            });
          }
          break;
        }
        case "none":
          break;
      }
    });
    if (out.kind === "text" || out.kind === "jsonl") {
      for (const part of main) await writeAll(out.stream, part);
    } else if (fileOut) {
      for (const part of main) await fileOut.write(part);
      await fileOut.flush();
    }
    // Container outputs are streams: keep their order; one-document files can go in parallel.
    for (const w of streamWrites) await w();
    if (fileWrites.length) await Promise.all(fileWrites.map((w) => w()));
    if (errOut) await errOut.write(errs);
    if (log) await writeAll(cfg.log, log);
    for (const st of touched) maybeFinalize(st);
    cfg.onProgress?.({
      docs: summary.documents.in,
      bytesRead,
      totalBytes,
      elapsedMs: performance.now() - t0,
    });
  };

  // Output buffers lent to tasks in flight (at most maxInFlight exist): the
  // workers write packed output into them and this thread writes it out from
  // there, so the output bytes are never copied into this thread's heap.
  const outBuffers: SharedArrayBuffer[] = [];
  const outBytes = Math.max(4 << 20, 2 * batchBytes);

  const release = (meta: TaskMeta): void => {
    if (meta.out) outBuffers.push(meta.out);
    inFlight--;
    const w = wake;
    wake = undefined;
    w?.();
  };

  const onResult = (res: TaskResult, meta: TaskMeta): void => {
    if (!ordered) {
      enqueueWrite(() => writeTask(res, meta).finally(() => release(meta)));
      return;
    }
    ready.set(res.seq, { res, meta });
    for (let r = ready.get(nextSeq); r; r = ready.get(nextSeq)) {
      ready.delete(nextSeq);
      nextSeq++;
      const { res: rr, meta: mm } = r;
      enqueueWrite(() => writeTask(rr, mm).finally(() => release(mm)));
    }
  };

  // ---- reading and batching --------------------------------------------------

  let seq = 0;
  let items: WorkItem[] = [];
  let meta: TaskMeta = { docInputs: [], docLocs: [] };
  let docs = 0;
  let bytes = 0;

  const submit = async (): Promise<void> => {
    if (items.length === 0) return;
    while (inFlight >= maxInFlight) await new Promise<void>((r) => (wake = r));
    if (writeError) throw writeError;
    const out = outBuffers.pop() ?? new SharedArrayBuffer(outBytes);
    const task: Task = { seq: seq++, items, out };
    const m = meta;
    m.out = out;
    items = [];
    meta = { docInputs: [], docLocs: [] };
    docs = 0;
    bytes = 0;
    inFlight++;
    executor.run(task).then(
      (res) => onResult(res, m),
      (e: unknown) => {
        // A worker died on this task: every document in it is an error, the run goes on.
        const msg = `worker failed: ${e instanceof Error ? e.message : String(e)}`;
        const results: DocResult[] = m.docLocs.map((loc) => ({ ok: false, id: loc, loc, error: msg }));
        onResult({ seq: task.seq, results, busyMs: 0 }, m);
      },
    );
  };

  const add = async (u: ReadUnit, inputOf: (k: number) => number): Promise<void> => {
    const ds = entriesOf(u.item);
    if (resume && u.ids && u.ids.length > 0 && u.ids.every((id) => (done.get(id) ?? 0) > 0)) {
      for (const id of u.ids) takeDone(done, id);
      summary.documents.resumed += u.ids.length;
      return;
    }
    items.push(u.item);
    ds.forEach((d, k) => {
      const idx = inputOf(k);
      meta.docInputs.push(idx);
      meta.docLocs.push(d.loc);
      const st = states[idx];
      if (st) st.pending++;
    });
    docs += u.item.k === "chunk" ? u.item.lines : ds.length;
    bytes += u.size;
    if (docs >= batchDocs || bytes >= batchBytes) await submit();
  };

  // --cluster-dir: consecutive documents of one directory form a cluster.
  let dirGroup: { dir: string; docs: DocItem[]; ids: string[]; inputs: number[]; size: number } | undefined;
  const flushDirGroup = async (): Promise<void> => {
    const g = dirGroup;
    if (!g) return;
    dirGroup = undefined;
    const unit: ReadUnit = {
      item: { k: "cluster", id: g.dir, loc: g.dir, docs: g.docs },
      ids: g.ids,
      size: g.size,
    };
    await add(unit, (k) => g.inputs[k] ?? -1);
  };

  const readerOpts = {
    idField: cfg.worker.idField,
    textField: cfg.worker.textField,
    htmlField: cfg.worker.htmlField,
    needIds: resume,
    counter,
    chunkLines: batchDocs,
    chunkBytes: batchBytes,
    ...(cfg.clusterField !== undefined ? { clusterField: cfg.clusterField } : {}),
    ...(cfg.stdin !== undefined ? { stdin: cfg.stdin } : {}),
  };

  try {
    for (let i = 0; i < cfg.inputs.length; i++) {
      const input = cfg.inputs[i] as InputFile;
      const st: InputState = { input, pending: 0, readDone: false, okDocs: 0, textCount: 0 };
      states.push(st);
      if (resume && out.kind === "dir") {
        const marker = isContainer(input)
          ? containerTargets(out.dir, input).records
          : documentTargets(out.dir, input).record;
        if (await pathExists(marker)) {
          summary.inputsSkipped++;
          counter.add(input.size ?? 0);
          st.readDone = true;
          continue;
        }
      }
      const grouping = cfg.clusterDir && !isContainer(input);
      if (!grouping) await flushDirGroup();
      for await (const u of readInput(input, readerOpts, stats)) {
        if (grouping && u.item.k !== "cluster" && u.item.k !== "chunk") {
          const dir = path.dirname(input.display);
          if (dirGroup && dirGroup.dir !== dir) await flushDirGroup();
          dirGroup ??= { dir, docs: [], ids: [], inputs: [], size: 0 };
          dirGroup.docs.push(u.item);
          dirGroup.ids.push(...(u.ids ?? [u.item.loc]));
          dirGroup.inputs.push(i);
          dirGroup.size += u.size;
        } else await add(u, () => i);
        if (writeError) throw writeError;
        if (cfg.signal?.aborted) break;
      }
      if (cfg.signal?.aborted) {
        // This input is unfinished: no readDone, so its --out files are not committed.
        summary.interrupted = true;
        break;
      }
      st.readDone = true;
      if (st.pending === 0) maybeFinalize(st);
    }
    await flushDirGroup();
    await submit();
    while (inFlight > 0) await new Promise<void>((r) => (wake = r));
    await writeChain;
    if (writeError) throw writeError;
    if (summary.interrupted) await fileOut?.abandon();
    else await fileOut?.commit();
  } catch (e) {
    await writeChain;
    await fileOut?.abandon();
    throw e;
  } finally {
    await errOut?.close();
    if (!cfg.executor) await executor.close();
  }

  summary.recordsSkipped = stats.skippedRecords;
  summary.bytes.read = bytesRead;
  summary.time.wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  summary.time.cpuMs = (cpu.user + cpu.system) / 1000;
  summary.peakRssBytes = process.resourceUsage().maxRSS * 1024;
  summary.time.mainBusyMs = performance.eventLoopUtilization(elu0).active;
  const secs = summary.time.wallMs / 1000;
  summary.docsPerSec = secs > 0 ? summary.documents.in / secs : 0;
  summary.mbPerSec = secs > 0 ? bytesRead / 1024 / 1024 / secs : 0;
  return summary;
}
