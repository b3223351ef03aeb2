/**
 * `newsclean collect`: concatenate the workers' DIR/shard-<n>.jsonl in shard
 * order (= input order) into one crash-safe output (FILE.partial, renamed).
 * Needs no Redis: the shard summaries tell how many shards the plan had.
 */
import { createReadStream } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { PartialJsonlWriter } from "../corpus/output.js";
import { guard, UsageError } from "./args.js";
import { SHARD_FILE, shardName } from "./shards.js";
import type { ShardReturn } from "./worker.js";

export const COLLECT_HELP = `Usage: newsclean collect --out DIR --output FILE [options]

Merge the shard outputs DIR/shard-<n>.jsonl written by 'newsclean worker'
into FILE, in shard order (the order of the inputs given to 'newsclean
queue'). FILE is written as FILE.partial and renamed when complete (FILE.gz:
gzip). Every shard of the plan must be there (the shard summaries record how
many there are); a missing shard is an error unless --allow-missing.

Options:
      --out DIR          the workers' output directory (required)
      --output FILE      merged JSONL output (required)
      --errors FILE      also merge the failed documents (shard-<n>.errors.jsonl)
      --allow-missing    merge what is there even if shards are missing
  -q, --quiet            no totals on stderr
  -h, --help             show this help

Exit status: 0 merged, 1 shards missing (nothing written) or failed
documents in the shards, 2 usage error.
`;

interface Totals {
  shards: number;
  docsIn: number;
  docsOut: number;
  junk: number;
  dropped: number;
  errors: number;
  bytesIn: number;
  bytesOut: number;
  bytesRead: number;
  workerMs: number;
}

async function merge(files: string[], output: string): Promise<number> {
  const w = new PartialJsonlWriter(output);
  await w.open(false);
  let bytes = 0;
  try {
    for (const f of files) {
      let last = 10;
      for await (const chunk of createReadStream(f, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
        await w.write(chunk);
        bytes += chunk.length;
        last = chunk[chunk.length - 1] ?? last;
      }
      // A shard file always ends with a newline; keep lines whole even if one does not.
      if (last !== 10) await w.write("\n");
    }
    await w.commit();
  } catch (e) {
    await w.abandon();
    throw e;
  }
  return bytes;
}

export function collectCommand(argv: string[]): Promise<number> {
  return guard("collect", async () => {
    const { values: v } = parseArgs({
      args: argv,
      allowPositionals: false,
      strict: true,
      options: {
        out: { type: "string" },
        output: { type: "string" },
        errors: { type: "string" },
        "allow-missing": { type: "boolean" },
        quiet: { type: "boolean", short: "q" },
        help: { type: "boolean", short: "h" },
      },
    });
    if (v.help) {
      process.stdout.write(COLLECT_HELP);
      return 0;
    }
    if (v.out === undefined) throw new UsageError("--out DIR is required");
    if (v.output === undefined) throw new UsageError("--output FILE is required");
    const dir = v.out;
    let names: string[];
    try {
      names = await readdir(dir);
    } catch (e) {
      throw new UsageError(`cannot read --out ${dir}: ${(e as Error).message}`);
    }
    const shards = names
      .map((f) => SHARD_FILE.exec(f))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => Number(m[1]))
      .sort((a, b) => a - b);

    const t: Totals = {
      shards: shards.length,
      docsIn: 0,
      docsOut: 0,
      junk: 0,
      dropped: 0,
      errors: 0,
      bytesIn: 0,
      bytesOut: 0,
      bytesRead: 0,
      workerMs: 0,
    };
    let total = 0;
    for (const n of shards) {
      try {
        const s = JSON.parse(
          await readFile(path.join(dir, `${shardName(n)}.summary.json`), "utf8"),
        ) as ShardReturn;
        total = Math.max(total, s.total);
        t.docsIn += s.documents.in;
        t.docsOut += s.documents.out;
        t.junk += s.documents.junk;
        t.dropped += s.documents.dropped;
        t.errors += s.documents.errors;
        t.bytesIn += s.bytes.in;
        t.bytesOut += s.bytes.out;
        t.bytesRead += s.bytes.read;
        t.workerMs += s.time.wallMs;
      } catch {
        // A shard without its summary still merges; the totals then miss it.
      }
    }
    const have = new Set(shards);
    const expected = Math.max(total, (shards[shards.length - 1] ?? -1) + 1);
    const missing: number[] = [];
    for (let n = 0; n < expected; n++) if (!have.has(n)) missing.push(n);
    if (shards.length === 0 && !v["allow-missing"]) {
      process.stderr.write(`newsclean collect: no shard-<n>.jsonl in ${dir}\n`);
      return 1;
    }
    if (missing.length > 0 && !v["allow-missing"]) {
      const list = missing.slice(0, 20).join(", ") + (missing.length > 20 ? ", …" : "");
      process.stderr.write(
        `newsclean collect: ${missing.length} of ${expected} shards missing in ${dir} (${list}); ` +
          "see 'newsclean status', or merge anyway with --allow-missing\n",
      );
      return 1;
    }

    const bytes = await merge(
      shards.map((n) => path.join(dir, `${shardName(n)}.jsonl`)),
      v.output,
    );
    if (v.errors !== undefined) {
      const errFiles: string[] = [];
      for (const n of shards) {
        const f = `${shardName(n)}.errors.jsonl`;
        if (names.includes(f)) errFiles.push(path.join(dir, f));
      }
      await merge(errFiles, v.errors);
    }
    if (!v.quiet) {
      const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
      process.stderr.write(
        `newsclean collect: ${t.shards} shards → ${v.output} (${mb(bytes)})` +
          `${missing.length ? `; ${missing.length} shards MISSING` : ""}\n` +
          `  documents: ${t.docsIn} in, ${t.docsOut} out (${t.junk} junk, ${t.dropped} dropped, ${t.errors} errors)\n` +
          `  text: ${mb(t.bytesIn)} in → ${mb(t.bytesOut)} out; read ${mb(t.bytesRead)}; ` +
          `shard time ${(t.workerMs / 1000).toFixed(1)} s summed over shards\n`,
      );
    }
    return t.errors > 0 || missing.length > 0 ? 1 : 0;
  });
}
