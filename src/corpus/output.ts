/**
 * Crash-safe writers. A JSONL output is written to `FILE.partial` in whole
 * lines and renamed to FILE when the run completes; a killed run leaves the
 * partial file, which `scanPartial` trims to its last whole line and reads
 * back to know which ids are already done. Per-document files are written
 * to a temporary name and renamed (atomic on one file system).
 */
import { createReadStream, createWriteStream, type WriteStream } from "node:fs";
import { mkdir, rename, rm, stat, truncate, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Writable } from "node:stream";
import { constants, createGunzip, createGzip, type Gzip } from "node:zlib";

export const PARTIAL_SUFFIX = ".partial";

/** id → how many times it was already written (duplicate ids in the input are possible). */
export type DoneIds = Map<string, number>;

function addId(done: DoneIds, line: string): void {
  if (line.trim() === "") return;
  try {
    const id = (JSON.parse(line) as { id?: unknown }).id;
    if (id !== undefined && id !== null) done.set(String(id), (done.get(String(id)) ?? 0) + 1);
  } catch {
    // A complete line that is not JSON cannot come from us; ignore it.
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

/**
 * Read a plain JSONL file written by a killed run: truncate it after its last
 * newline (dropping a torn line) and return the ids of its records.
 */
export async function scanPlainJsonl(file: string, done: DoneIds = new Map()): Promise<DoneIds> {
  if (!(await exists(file))) return done;
  let offset = 0;
  let lastComplete = 0;
  let carry = "";
  const decoder = new TextDecoder("utf-8");
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    const nl = chunk.lastIndexOf(10);
    if (nl >= 0) lastComplete = offset + nl + 1;
    offset += chunk.length;
    const text = carry + decoder.decode(chunk, { stream: true });
    const lines = text.split("\n");
    carry = lines.pop() ?? "";
    for (const l of lines) addId(done, l);
  }
  if (lastComplete < offset) await truncate(file, lastComplete);
  return done;
}

/**
 * Same for a gzip partial output: decompress what survived, keep whole lines,
 * and rewrite it as a clean gzip file (the decompressed bytes are unchanged).
 */
export async function scanGzipJsonl(file: string, done: DoneIds = new Map()): Promise<DoneIds> {
  if (!(await exists(file))) return done;
  const tmp = `${file}.rewrite`;
  const out = createWriteStream(tmp);
  const gz = createGzip();
  gz.pipe(out);
  const gunzip = createGunzip({ finishFlush: constants.Z_SYNC_FLUSH });
  createReadStream(file).pipe(gunzip);
  let carry = "";
  const decoder = new TextDecoder("utf-8");
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      const text = carry + decoder.decode(chunk, { stream: true });
      const cut = text.lastIndexOf("\n");
      if (cut < 0) {
        carry = text;
        continue;
      }
      carry = text.slice(cut + 1);
      const whole = text.slice(0, cut + 1);
      for (const l of whole.split("\n")) addId(done, l);
      if (!gz.write(whole)) await new Promise((r) => gz.once("drain", r));
    }
  } catch {
    // A torn gzip tail: what was decompressed so far is kept.
  }
  await new Promise<void>((resolve, reject) => {
    out.on("finish", resolve);
    out.on("error", reject);
    gz.end();
  });
  await rename(tmp, file);
  return done;
}

/** Write a string to a stream, waiting for drain when its buffer is full. */
export function writeAll(stream: Writable, data: string | Uint8Array): Promise<void> {
  if (data.length === 0) return Promise.resolve();
  // A view into shared memory is lent: its owner reuses it once this resolves,
  // so wait until the stream has consumed the bytes, not only buffered them.
  const lent = typeof data !== "string" && data.buffer instanceof SharedArrayBuffer;
  return new Promise((resolve, reject) => {
    const onError = (e: Error) => reject(e);
    stream.once("error", onError);
    let pending = lent ? 2 : 1;
    const done = () => {
      if (--pending > 0) return;
      stream.off("error", onError);
      resolve();
    };
    const ok = stream.write(data, (err) => {
      if (err) reject(err);
      else if (lent) done();
    });
    if (ok) done();
    else stream.once("drain", done);
  });
}

/**
 * A JSONL output file written as `FILE.partial` and renamed on commit.
 * `.gz` paths are gzip-compressed, with a sync flush after each batch so the
 * partial file always decompresses to whole lines (except a torn tail).
 */
export class PartialJsonlWriter {
  readonly final: string;
  readonly partial: string;
  private file: WriteStream | undefined;
  private gz: Gzip | undefined;
  private sink: Writable | undefined;

  constructor(file: string) {
    this.final = file;
    this.partial = file + PARTIAL_SUFFIX;
  }

  get gzip(): boolean {
    return this.final.endsWith(".gz");
  }

  /** Collect the ids already written by a killed run (and trim its torn line). */
  async resumeScan(done: DoneIds): Promise<DoneIds> {
    // A finished file with no partial beside it: continue from it as if it were partial.
    if (!(await exists(this.partial)) && (await exists(this.final))) await rename(this.final, this.partial);
    return this.gzip ? scanGzipJsonl(this.partial, done) : scanPlainJsonl(this.partial, done);
  }

  async open(append: boolean): Promise<void> {
    await mkdir(path.dirname(path.resolve(this.partial)), { recursive: true });
    this.file = createWriteStream(this.partial, { flags: append ? "a" : "w" });
    await new Promise<void>((resolve, reject) => {
      this.file?.once("open", () => resolve());
      this.file?.once("error", reject);
    });
    if (this.gzip) {
      this.gz = createGzip();
      this.gz.pipe(this.file);
      this.sink = this.gz;
    } else this.sink = this.file;
  }

  write(data: string | Uint8Array): Promise<void> {
    if (!this.sink) throw new Error("output not open");
    return writeAll(this.sink, data);
  }

  /** Push buffered bytes to the file (a gzip sync flush). */
  flush(): Promise<void> {
    const gz = this.gz;
    if (!gz) return Promise.resolve();
    return new Promise((resolve) => gz.flush(constants.Z_SYNC_FLUSH, () => resolve()));
  }

  private async end(): Promise<void> {
    const file = this.file;
    if (!file) return;
    await new Promise<void>((resolve, reject) => {
      file.once("finish", resolve);
      file.once("error", reject);
      if (this.gz) this.gz.end();
      else file.end();
    });
    await new Promise<void>((resolve) => {
      if (file.closed) resolve();
      else file.once("close", () => resolve());
    });
    this.file = undefined;
  }

  /** Close and rename FILE.partial → FILE. */
  async commit(): Promise<void> {
    await this.end();
    await rename(this.partial, this.final);
  }

  /** Close, leaving FILE.partial for a later --resume. */
  async abandon(): Promise<void> {
    await this.end();
  }
}

/** An append-only JSONL side file (errors); torn tail trimmed on resume. */
export class AppendJsonlWriter {
  private stream: WriteStream | undefined;
  constructor(readonly file: string) {}

  async resumeScan(done: DoneIds): Promise<DoneIds> {
    return scanPlainJsonl(this.file, done);
  }

  async open(append: boolean): Promise<void> {
    await mkdir(path.dirname(path.resolve(this.file)), { recursive: true });
    this.stream = createWriteStream(this.file, { flags: append ? "a" : "w" });
  }

  write(data: string): Promise<void> {
    if (!this.stream) throw new Error("errors file not open");
    return writeAll(this.stream, data);
  }

  async close(): Promise<void> {
    const s = this.stream;
    if (!s) return;
    await new Promise<void>((resolve, reject) => {
      s.once("error", reject);
      s.end(() => resolve());
    });
  }
}

/** Write a whole file atomically: `FILE.tmp-<pid>` then rename. */
export async function writeFileAtomic(file: string, data: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  await writeFile(tmp, data);
  await rename(tmp, file);
}

/** A streamed per-input output (`--out DIR` for a JSONL/WARC input): temp file, renamed when complete. */
export class AtomicStreamFile {
  private stream: WriteStream | undefined;
  readonly tmp: string;
  constructor(readonly file: string) {
    this.tmp = `${file}${PARTIAL_SUFFIX}`;
  }
  async write(data: string | Uint8Array): Promise<void> {
    if (!this.stream) {
      await mkdir(path.dirname(this.file), { recursive: true });
      this.stream = createWriteStream(this.tmp, { flags: "w" });
    }
    await writeAll(this.stream, data);
  }
  async commit(): Promise<void> {
    if (!this.stream) {
      await writeFileAtomic(this.file, "");
      return;
    }
    const s = this.stream;
    await new Promise<void>((resolve, reject) => {
      s.once("error", reject);
      s.end(() => resolve());
    });
    await rename(this.tmp, this.file);
  }
  async discard(): Promise<void> {
    if (this.stream) {
      const s = this.stream;
      await new Promise<void>((resolve) => s.end(() => resolve()));
      await rm(this.tmp, { force: true });
    }
  }
}

export { exists as pathExists };
