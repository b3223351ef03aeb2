/**
 * Streaming readers, one per input format. Each yields work units in input
 * order: a document, a cluster, or an error item (so problems are reported
 * in order and never stop the batch). Nothing here loads a whole corpus: the
 * container formats (JSONL, Multi-News, WARC) are read as streams; a text or
 * HTML file is one document and is read whole.
 */
import { readFile } from "node:fs/promises";
import type { Readable } from "node:stream";
import type { InputFile } from "./inputs.js";
import type { ClusterItem, DocItem, WorkItem } from "./items.js";
import { type JsonlFields, parseJsonObject, recordId } from "./jsonl.js";
import { type ByteCounter, openByteStream, openCopyingSource, readLineChunks, readLines } from "./lines.js";
import { charsetOf, isHtmlContentType, parseHttpResponse, readWarc } from "./warc.js";

/** A text or HTML file larger than this is refused (it is not one article). */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

/** Multi-News raw format: documents of a cluster are separated by this token. */
export const MULTINEWS_DOC_SEPARATOR = "|||||";

export interface ReaderOptions extends JsonlFields {
  /** Group consecutive JSONL records with the same value of this field. */
  clusterField?: string;
  /** Compute JSONL ids on the reading thread (needed by --resume). */
  needIds?: boolean;
  stdin?: Readable;
  counter?: ByteCounter;
  /**
   * JSONL fast path: hand over raw chunks of whole lines (at most this many
   * lines, or `chunkBytes`), decoded in the workers. Only when ids and
   * cluster values are not needed on the reading thread.
   */
  chunkLines?: number;
  chunkBytes?: number;
}

export interface ReaderStats {
  /** WARC records that are not HTML responses (warcinfo, requests, images…). */
  skippedRecords: number;
}

/** A work item plus what the writer needs: the id of each document, when known here. */
export interface ReadUnit {
  item: WorkItem;
  /** One per document (cluster: one per member); null when only the worker knows them. */
  ids: string[] | null;
  /** Approximate size in bytes, for batching. */
  size: number;
}

function unit(item: DocItem, size: number, id: string | null): ReadUnit {
  return { item, ids: id === null ? null : [id], size };
}

async function* readDocumentFile(input: InputFile, opts: ReaderOptions): AsyncGenerator<ReadUnit> {
  const id = input.display;
  const loc = input.display;
  if (input.size !== undefined && input.size > MAX_DOCUMENT_BYTES) {
    yield unit(
      { k: "error", id, loc, error: `file too large for one document (${input.size} bytes)` },
      0,
      id,
    );
    return;
  }
  let bytes: Buffer;
  try {
    if (input.path === "-") {
      const chunks: Buffer[] = [];
      for await (const c of opts.stdin as AsyncIterable<Buffer>) chunks.push(c);
      bytes = Buffer.concat(chunks);
    } else bytes = await readFile(input.path);
  } catch (e) {
    yield unit({ k: "error", id, loc, error: `cannot read: ${(e as Error).message}` }, 0, id);
    return;
  }
  opts.counter?.add(bytes.length);
  const format = input.format === "html" ? "html" : "text";
  yield unit({ k: "bytes", id, loc, format, bytes }, bytes.length, id);
}

async function* readJsonl(input: InputFile, opts: ReaderOptions): AsyncGenerator<ReadUnit> {
  const cf = opts.clusterField;
  if (opts.chunkLines !== undefined && !cf && !opts.needIds) {
    const source = openCopyingSource(input.path, opts.counter, opts.stdin);
    const chunks = readLineChunks(source, opts.chunkLines, opts.chunkBytes ?? 1 << 20, input.firstLine);
    for await (const c of chunks) {
      if ("error" in c) {
        const loc = `${input.display}:${c.lineNo}`;
        yield unit({ k: "error", id: loc, loc, error: c.error }, 0, loc);
      } else {
        const item = {
          k: "chunk" as const,
          bytes: c.bytes,
          display: input.display,
          firstLine: c.firstLine,
          lines: c.lines,
        };
        yield { item, ids: null, size: c.bytes.length };
      }
    }
    return;
  }
  const stream = openByteStream(input.path, opts.counter, opts.stdin);
  let group: { key: string; unit: ClusterItem; ids: string[]; size: number } | undefined;
  for await (const l of readLines(stream, input.firstLine)) {
    const loc = `${input.display}:${l.lineNo}`;
    if ("error" in l) {
      if (group) {
        yield { item: group.unit, ids: group.ids, size: group.size };
        group = undefined;
      }
      yield unit({ k: "error", id: loc, loc, error: l.error }, 0, loc);
      continue;
    }
    if (l.text.trim() === "") continue;
    const size = l.text.length;
    if (!cf && !opts.needIds) {
      yield unit({ k: "line", line: l.text, loc }, size, null);
      continue;
    }
    let obj: Record<string, unknown> | undefined;
    try {
      obj = parseJsonObject(l.text);
    } catch {
      obj = undefined;
    }
    const id = obj ? recordId(obj, opts.idField, loc) : loc;
    const v = obj && cf ? obj[cf] : undefined;
    const key =
      v === undefined || v === null || v === "" ? undefined : typeof v === "string" ? v : JSON.stringify(v);
    if (key === undefined || !cf) {
      if (group) {
        yield { item: group.unit, ids: group.ids, size: group.size };
        group = undefined;
      }
      yield unit({ k: "line", line: l.text, loc }, size, id);
      continue;
    }
    if (group && group.key !== key) {
      yield { item: group.unit, ids: group.ids, size: group.size };
      group = undefined;
    }
    if (!group) group = { key, unit: { k: "cluster", id: key, loc, docs: [] }, ids: [], size: 0 };
    group.unit.docs.push({ k: "line", line: l.text, loc });
    group.ids.push(id);
    group.size += size;
  }
  if (group) yield { item: group.unit, ids: group.ids, size: group.size };
}

async function* readMultiNews(input: InputFile, opts: ReaderOptions): AsyncGenerator<ReadUnit> {
  const stream = openByteStream(input.path, opts.counter, opts.stdin);
  for await (const l of readLines(stream)) {
    const loc = `${input.display}:${l.lineNo}`;
    if ("error" in l) {
      yield unit({ k: "error", id: loc, loc, error: l.error }, 0, loc);
      continue;
    }
    if (l.text.trim() === "") continue;
    const parts = l.text.split(MULTINEWS_DOC_SEPARATOR);
    const docs: DocItem[] = [];
    const ids: string[] = [];
    parts.forEach((p, i) => {
      const id = `${loc}:${i + 1}`;
      const text = p.trim();
      ids.push(id);
      if (text === "") docs.push({ k: "error", id, loc: id, error: "empty document in the cluster" });
      else docs.push({ k: "doc", id, loc: id, text });
    });
    yield { item: { k: "cluster", id: loc, loc, docs }, ids, size: l.text.length };
  }
}

async function* readWarcFile(
  input: InputFile,
  opts: ReaderOptions,
  stats: ReaderStats,
): AsyncGenerator<ReadUnit> {
  const stream = openByteStream(input.path, opts.counter, opts.stdin);
  for await (const w of readWarc(stream)) {
    if ("error" in w) {
      const loc = `${input.display}:${w.line}`;
      const id = w.id ?? loc;
      yield unit({ k: "error", id, loc, error: w.error }, 0, id);
      continue;
    }
    const { headers, content, line } = w.record;
    const loc = `${input.display}:${line}`;
    if ((headers.get("warc-type") ?? "").toLowerCase() !== "response") {
      stats.skippedRecords++;
      continue;
    }
    const id = headers.get("warc-record-id") ?? loc;
    const http = parseHttpResponse(content);
    if (!http) {
      yield unit({ k: "error", id, loc, error: "response record without an HTTP response" }, 0, id);
      continue;
    }
    const ct = http.headers.get("content-type");
    if (!isHtmlContentType(ct) || http.status < 200 || http.status > 299) {
      stats.skippedRecords++;
      continue;
    }
    const url = headers.get("warc-target-uri");
    const fields: Record<string, unknown> = {};
    if (url !== undefined) fields.url = url;
    const date = headers.get("warc-date");
    if (date !== undefined) fields.warcDate = date;
    // A fresh exact-size copy: a view would drag its whole backing buffer to the worker.
    const item: DocItem = { k: "bytes", id, loc, format: "html", bytes: new Uint8Array(http.body), fields };
    if (url !== undefined) item.url = url;
    const cs = charsetOf(ct);
    if (cs !== undefined) item.charset = cs;
    const enc = http.headers.get("content-encoding");
    if (enc !== undefined) item.contentEncoding = enc;
    if (/chunked/i.test(http.headers.get("transfer-encoding") ?? "")) item.chunked = true;
    yield unit(item, http.body.length, id);
  }
}

/** Read one input in its format. */
export function readInput(
  input: InputFile,
  opts: ReaderOptions,
  stats: ReaderStats,
): AsyncGenerator<ReadUnit> {
  switch (input.format) {
    case "text":
    case "html":
      return readDocumentFile(input, opts);
    case "jsonl":
      return readJsonl(input, opts);
    case "multinews":
      return readMultiNews(input, opts);
    case "warc":
      return readWarcFile(input, opts, stats);
  }
}
