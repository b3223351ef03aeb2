/**
 * Shards: the unit of distributed work. One per input file, except that a
 * large uncompressed JSONL file is cut into byte ranges on line boundaries
 * (about `lines` lines or `bytes` bytes each). Shards are numbered in input
 * order, so concatenating the shard outputs by number gives the input order.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import path from "node:path";
import type { WorkerConfig } from "../batch/types.js";
import type { InputFile, InputFormat } from "../corpus/inputs.js";

export const DEFAULT_SHARD_LINES = 100_000;
export const DEFAULT_SHARD_BYTES = 64 * 1024 * 1024;

export interface Shard {
  /** Position in the plan (0-based): the output is shard-<n>.jsonl. */
  n: number;
  /** Absolute path of the input file (workers must see the same file system). */
  path: string;
  /** The input as `clean` would show it (used in locations and default ids). */
  display: string;
  rel: string;
  format: InputFormat;
  /** Bytes in the shard (the whole file, or end - start). */
  size: number;
  /** A slice of a larger JSONL file: bytes [start, end), first line number. */
  range?: { start: number; end: number; firstLine: number };
}

/** The payload of one BullMQ job. */
export interface ShardJobData {
  shard: Shard;
  /** Shards in the plan this shard belongs to (collect checks none is missing). */
  total: number;
  worker: WorkerConfig;
  dropJunk: boolean;
}

/** What a worker returns for a shard (the BullMQ return value), also saved as shard-<n>.summary.json. */
export interface ShardResultInfo {
  shard: number;
  total: number;
  worker: string;
  input: string;
}

export interface Range {
  start: number;
  end: number;
  firstLine: number;
}

/**
 * Cut a file into byte ranges that end just after a newline: a range closes
 * once it holds `maxLines` lines or `maxBytes` bytes. The last range ends at
 * the end of the file (a final line without a newline belongs to it).
 */
export async function splitLines(file: string, maxLines: number, maxBytes: number): Promise<Range[]> {
  const ranges: Range[] = [];
  let offset = 0;
  let start = 0;
  let firstLine = 1;
  let lines = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let pos = 0;
    for (;;) {
      const nl = chunk.indexOf(10, pos);
      if (nl < 0) break;
      lines++;
      pos = nl + 1;
      const end = offset + pos;
      if (lines >= maxLines || end - start >= maxBytes) {
        ranges.push({ start, end, firstLine });
        start = end;
        firstLine += lines;
        lines = 0;
      }
    }
    offset += chunk.length;
  }
  if (offset > start) ranges.push({ start, end: offset, firstLine });
  return ranges;
}

function splittable(input: InputFile): boolean {
  return input.format === "jsonl" && input.path !== "-" && !/\.gz$/i.test(input.path);
}

/** Plan the shards of a list of inputs (stdin cannot be sharded). */
export async function planShards(
  inputs: readonly InputFile[],
  opts: { lines: number; bytes: number },
): Promise<Shard[]> {
  const shards: Shard[] = [];
  for (const input of inputs) {
    if (input.path === "-") throw new Error("stdin ('-') cannot be queued: give files");
    const base = {
      path: path.resolve(input.path),
      display: input.display,
      rel: input.rel,
      format: input.format,
    };
    const size = input.size ?? 0;
    if (splittable(input) && (size > opts.bytes || size > opts.lines)) {
      // Cheap pre-check above: a file with fewer bytes than `lines` has fewer lines.
      const ranges = await splitLines(input.path, opts.lines, opts.bytes);
      if (ranges.length > 1) {
        for (const range of ranges)
          shards.push({ n: shards.length, ...base, size: range.end - range.start, range });
        continue;
      }
    }
    shards.push({ n: shards.length, ...base, size });
  }
  return shards;
}

/**
 * The BullMQ job id of a shard: the queue, the shard number and a hash of
 * the input path and range. The same inputs queued again give the same ids,
 * so re-queuing adds nothing twice. (BullMQ ids may not contain ':'.)
 */
export function jobIdOf(queue: string, shard: Shard): string {
  const r = shard.range;
  const key = `${shard.path}\0${shard.format}\0${r ? `${r.start}-${r.end}` : "whole"}`;
  const hash = createHash("sha256").update(key).digest("hex").slice(0, 12);
  return `${queue}-${shard.n}-${hash}`;
}

/** Output names under the worker's --out DIR. Numbers are zero-padded so names sort in shard order. */
export function shardName(n: number): string {
  return `shard-${String(n).padStart(6, "0")}`;
}

export const SHARD_FILE = /^shard-(\d+)\.jsonl$/;

/** "corpus.jsonl" or "corpus.jsonl[bytes 0-1048576, line 1]" for messages. */
export function describeShard(shard: Shard): string {
  const r = shard.range;
  return r ? `${shard.display} [bytes ${r.start}-${r.end}, from line ${r.firstLine}]` : shard.display;
}
