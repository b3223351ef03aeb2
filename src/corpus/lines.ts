/**
 * Streaming line reader over raw bytes (a file, a gunzip stream, stdin).
 * Never holds more than one chunk plus one unfinished line. Each line is
 * decoded as strict UTF-8; a bad line becomes an error item, not a crash.
 */
import { createReadStream } from "node:fs";
import { open as openFile } from "node:fs/promises";
import type { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { BINARY_SNIFF_BYTES, findInvalidUtf8, findNul } from "./bytes.js";

export type LineItem = { lineNo: number; text: string } | { lineNo: number; error: string; fatal?: boolean };

/** Counts raw bytes as they are read, for progress (compressed size for .gz). */
export interface ByteCounter {
  add(n: number): void;
}

/** Open a file (or stdin) as a byte stream, gunzipping `.gz`; counts raw bytes read. */
export function openByteStream(path: string, counter?: ByteCounter, stdin?: Readable): Readable {
  const raw: Readable =
    path === "-" ? (stdin as Readable) : createReadStream(path, { highWaterMark: 256 * 1024 });
  if (counter) raw.on("data", (c: Buffer) => counter.add(c.length));
  if (!path.endsWith(".gz")) return raw;
  const gunzip = createGunzip({ chunkSize: 256 * 1024 });
  raw.on("error", (e) => gunzip.destroy(e));
  return raw.pipe(gunzip);
}

const READ_BYTES = 256 * 1024;

/**
 * The bytes of a plain file, read into one buffer that is reused for every
 * read: each yielded view is valid only until the next one is asked for, so
 * the consumer must copy what it keeps. A file read this way leaves no
 * garbage buffers behind on the reading thread (a read stream allocates a
 * fresh buffer per read, which only a garbage collection gives back).
 */
export async function* readFileReusing(
  path: string,
  counter?: ByteCounter,
  size = READ_BYTES,
): AsyncGenerator<Buffer> {
  const fh = await openFile(path, "r");
  try {
    const buf = Buffer.allocUnsafeSlow(size);
    for (;;) {
      const { bytesRead } = await fh.read(buf, 0, size, null);
      if (bytesRead === 0) return;
      counter?.add(bytesRead);
      yield buf.subarray(0, bytesRead);
    }
  } finally {
    await fh.close();
  }
}

/**
 * The byte source for a consumer that copies what it keeps (readLineChunks):
 * a plain file is read into a reused buffer, anything else (stdin, `.gz`)
 * is the stream of openByteStream.
 */
export function openCopyingSource(
  path: string,
  counter?: ByteCounter,
  stdin?: Readable,
): AsyncIterable<Buffer> {
  if (path === "-" || path.endsWith(".gz")) return openByteStream(path, counter, stdin);
  return readFileReusing(path, counter);
}

/** A readable message for a stream error (zlib's codes are terse). */
export function describeStreamError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err?.code === "Z_BUF_ERROR" || /unexpected end of file/i.test(String(err?.message))) {
    return "truncated gzip (unexpected end of file)";
  }
  if (typeof err?.code === "string" && err.code.startsWith("Z_")) return `corrupt gzip (${err.message})`;
  return err?.message ?? String(e);
}

const decoder = new TextDecoder("utf-8", { fatal: true });

/** One line as strict UTF-8, or the error that names the first invalid byte. */
export function decodeLine(bytes: Uint8Array): string | { error: string } {
  try {
    return decoder.decode(bytes);
  } catch {
    const at = Math.max(0, findInvalidUtf8(bytes));
    const b = bytes[at] ?? 0;
    return { error: `invalid UTF-8 (byte 0x${b.toString(16).padStart(2, "0")} at column byte ${at + 1})` };
  }
}

/** The lines of a byte buffer (split at "\n"), each decoded as strict UTF-8 on its own. */
export function decodeLines(bytes: Uint8Array): Array<string | { error: string }> {
  const out: Array<string | { error: string }> = [];
  let start = 0;
  for (;;) {
    const nl = bytes.indexOf(10, start);
    out.push(decodeLine(bytes.subarray(start, nl < 0 ? bytes.length : nl)));
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

function stripCr(s: string): string {
  return s.endsWith("\r") ? s.slice(0, -1) : s;
}

/** Re-chunk a stream so that its first chunk holds at least `head` bytes (or all of it). */
async function* withHead(source: AsyncIterable<Buffer>, head: number): AsyncGenerator<Buffer> {
  const first: Buffer[] = [];
  let n = 0;
  let headDone = false;
  try {
    for await (const c of source) {
      if (headDone) {
        yield c;
        continue;
      }
      // Copied: the source may reuse its buffer for the next read.
      first.push(Buffer.from(c));
      n += c.length;
      if (n >= head) {
        headDone = true;
        yield Buffer.concat(first);
      }
    }
  } catch (e) {
    // A stream that breaks early (a short truncated gzip): hand over what arrived, then the error.
    if (!headDone && n > 0) yield Buffer.concat(first);
    throw e;
  }
  if (!headDone && n > 0) yield Buffer.concat(first);
}

/** The fatal item for a stream whose first chunk holds a NUL byte, or undefined. */
function binaryFileError(firstChunk: Buffer): { lineNo: number; error: string; fatal: true } | undefined {
  const at = findNul(firstChunk);
  return at >= 0 ? { lineNo: 1, error: `binary file (NUL byte at offset ${at})`, fatal: true } : undefined;
}

/**
 * Yield the lines of a byte stream with 1-based numbers. Blank lines are
 * yielded too (callers decide). A stream error (truncated gzip…) ends the
 * iteration with one fatal error item at the line that was being read; an
 * empty or binary stream yields one fatal error item.
 */
export async function* readLines(source: AsyncIterable<Buffer>, firstLine = 1): AsyncGenerator<LineItem> {
  let lineNo = firstLine - 1;
  let carry: Buffer | null = null;
  let seen = 0;
  try {
    for await (const chunk of withHead(source, BINARY_SNIFF_BYTES)) {
      // The first chunk holds the whole sniff window: nothing is yielded before the check.
      const binary = seen === 0 ? binaryFileError(chunk) : undefined;
      if (binary) {
        yield binary;
        return;
      }
      seen += chunk.length;
      const buf: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
      const lastNl = buf.lastIndexOf(10);
      if (lastNl < 0) {
        carry = buf;
        continue;
      }
      carry = lastNl + 1 < buf.length ? Buffer.from(buf.subarray(lastNl + 1)) : null;
      const whole = buf.subarray(0, lastNl);
      let str: string | null = null;
      try {
        str = decoder.decode(whole);
      } catch {
        str = null;
      }
      if (str !== null) {
        let start = 0;
        for (;;) {
          const nl = str.indexOf("\n", start);
          const line = nl < 0 ? str.slice(start) : str.slice(start, nl);
          lineNo++;
          yield { lineNo, text: stripCr(line) };
          if (nl < 0) break;
          start = nl + 1;
        }
      } else {
        // Some line in this chunk is not UTF-8: decode line by line to isolate it.
        for (const d of decodeLines(whole)) {
          lineNo++;
          if (typeof d === "string") yield { lineNo, text: stripCr(d) };
          else yield { lineNo, error: d.error };
        }
      }
    }
  } catch (e) {
    yield { lineNo: lineNo + 1, error: describeStreamError(e), fatal: true };
    return;
  }
  if (seen === 0) {
    yield { lineNo: 1, error: "empty file", fatal: true };
    return;
  }
  if (carry && carry.length > 0) {
    const d = decodeLine(carry);
    lineNo++;
    if (typeof d === "string") yield { lineNo, text: stripCr(d) };
    else yield { lineNo, error: d.error };
  }
}

export type ChunkOrError =
  | { bytes: Uint8Array; firstLine: number; lines: number }
  | { lineNo: number; error: string; fatal: true };

/**
 * Cut a byte stream into chunks of whole lines (at most `maxLines` lines or
 * about `maxBytes` bytes each) without decoding them: the fast path for
 * JSONL, where the reading thread only looks for newline bytes. Stream
 * problems (binary, empty, truncated gzip) end it with one fatal error item.
 */
export async function* readLineChunks(
  source: AsyncIterable<Buffer>,
  maxLines: number,
  maxBytes: number,
  startLine = 1,
): AsyncGenerator<ChunkOrError> {
  // The chunk being built, in one buffer reused for every chunk (it grows for
  // a line longer than it). The source's buffers are never kept, so a source
  // may reuse its buffer between reads; each chunk is an exact-size copy that
  // owns its ArrayBuffer, so it can be transferred to a worker.
  const baseSize = maxBytes + (maxBytes >> 4);
  let acc = new Uint8Array(baseSize);
  let len = 0;
  // Bytes of acc up to the end of its last whole line.
  let complete = 0;
  let partLines = 0;
  let firstLine = startLine;
  let seen = 0;
  const append = (chunk: Buffer, from: number, to: number): void => {
    const n = to - from;
    if (len + n > acc.length) {
      const grown = new Uint8Array(Math.max(2 * acc.length, len + n));
      grown.set(acc.subarray(0, len));
      acc = grown;
    }
    acc.set(chunk.subarray(from, to), len);
    len += n;
  };
  /** The whole lines built so far, as a chunk; an unfinished line is left out. */
  const emit = (): ChunkOrError => {
    const bytes = new Uint8Array(Buffer.allocUnsafeSlow(complete).buffer);
    bytes.set(acc.subarray(0, complete));
    const c = { bytes, firstLine, lines: partLines };
    firstLine += partLines;
    acc.copyWithin(0, complete, len);
    len -= complete;
    complete = 0;
    partLines = 0;
    // Give back the room a very long line took.
    if (acc.length > 2 * baseSize && len <= baseSize) acc = acc.slice(0, baseSize);
    return c;
  };
  try {
    for await (const chunk of withHead(source, BINARY_SNIFF_BYTES)) {
      // The first chunk holds the whole sniff window: nothing is yielded before the check.
      const binary = seen === 0 ? binaryFileError(chunk) : undefined;
      if (binary) {
        yield binary;
        return;
      }
      seen += chunk.length;
      let pos = 0;
      for (;;) {
        const nl = chunk.indexOf(10, pos);
        if (nl < 0) {
          // The start of a line not yet ended: it stays in the chunk being built.
          append(chunk, pos, chunk.length);
          break;
        }
        append(chunk, pos, nl + 1);
        complete = len;
        partLines++;
        pos = nl + 1;
        if (partLines >= maxLines || len >= maxBytes) yield emit();
      }
    }
  } catch (e) {
    if (partLines > 0) yield emit();
    yield { lineNo: firstLine, error: describeStreamError(e), fatal: true };
    return;
  }
  if (seen === 0) {
    yield { lineNo: 1, error: "empty file", fatal: true };
    return;
  }
  if (len > complete) {
    // The last line has no newline.
    complete = len;
    partLines++;
  }
  if (partLines > 0) yield emit();
}
