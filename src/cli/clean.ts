/**
 * `newsclean clean`: argv → a shard configuration → runShard → summary and
 * exit code. The only place (with main.ts) that touches process and argv.
 */
import { writeFile } from "node:fs/promises";
import os from "node:os";
import { parseArgs } from "node:util";
import { runShard, type ShardConfig, type ShardOutput } from "../batch/run.js";
import { formatSummary, type ShardSummary } from "../batch/summary.js";
import type { WorkerConfig } from "../batch/types.js";
import { expandInputs, INPUT_FORMATS, type InputFormat } from "../corpus/inputs.js";
import { PIPELINE_ARGS, pipelineOptions } from "./pipeline-args.js";
import { ProgressLine } from "./progress.js";

export const CLEAN_HELP = `Usage: newsclean clean [options] [FILE|DIR|GLOB|-]...

Clean scraped news articles. Inputs are files, directories (walked
recursively in sorted order: a directory's files, then its subdirectories),
globs ('*', '**', '?'; quote them) or '-' for stdin (the default when stdin
is not a terminal).

Input formats, detected by extension (override with --format):
  .txt                 one text document per file
  .html .htm           one HTML document per file (the pipeline extracts it)
  .jsonl .jsonl.gz     one JSON record per line ({"id", "text" or "html", ...})
  .src .txt.src        Multi-News raw: one line = one story cluster, documents
                       separated by '|||||' (ids FILE:LINE:K, K from 1)
  .warc .warc.gz       WARC: HTTP 2xx 'response' records with an HTML content
                       type (id = WARC-Record-ID, url = WARC-Target-URI)

Output (one of):
  (default)            cleaned text on stdout: the title, a blank line, the
                       paragraphs separated by blank lines; documents are
                       separated by a line holding a form feed (\\f)
  --jsonl              one JSON record per line on stdout (stdin is read as
                       JSONL): {id, title, text, meta, findings, status, ...},
                       other input fields kept
  --output FILE        JSONL to FILE (FILE.gz: gzip). Written to FILE.partial in
                       whole lines, renamed to FILE when the run completes
  --out DIR            one output per input: DIR/<path relative to the given
                       directory or glob base> with the cleaned text, plus
                       <same>.json with the full record. A JSONL, WARC or
                       Multi-News input gives DIR/<name>.txt (documents
                       separated by \\f lines) and DIR/<name>.jsonl (.gz dropped)
  --summary-only       no document output; only the summary

Options:
      --format F           input format: ${INPUT_FORMATS.join("|")}
      --id-field NAME      JSONL id field (default id; a missing id becomes FILE:LINE)
      --text-field NAME    JSONL text field (default text)
      --html-field NAME    JSONL HTML field (default html)
      --cluster-field NAME JSONL: consecutive records with the same value form a
                           story cluster, cleaned together. Streaming: a cluster's
                           records must be adjacent (sort the input by the field)
      --cluster-dir        each directory of text/HTML files is one story cluster
      --threshold N        apply fixes with confidence >= N (0..1, default 0.75)
      --report-only        report findings, apply no fix
      --disable RULES      turn rules off (comma-separated; repeatable)
      --drop-junk          leave documents classed as junk out of the output
                           (they are still counted in the summary)
      --cluster-dedup M    duplicate documents in a cluster: report|drop
      --explain            print findings on stderr as LOC:LINE:COL RULE MESSAGE
                           (LINE:COL in the document's input text; LOC is the file
                           or, for records in a container, the record id)
      --errors FILE        also write failed items to FILE as JSONL {id, location, error}
      --resume             continue a killed run (with --output or --out): ids
                           already in the output (and in --errors) are skipped,
                           the rest appended; --out skips inputs whose output exists
  -j, --workers N          worker threads (default: the CPUs, ${os.availableParallelism()} here, but
                           no more than one per MB of input); 0 cleans on the
                           main thread
      --unordered          write results as they complete, not in input order
      --batch-size N       documents per task (default 64; a task also stops at ~1 MB)
      --summary FILE       write the run summary as JSON
  -q, --quiet              no progress line and no summary on stderr
  -h, --help               show this help

Every input problem (binary or empty file, invalid UTF-8, malformed JSONL
line, truncated gzip, WARC record with a bad length, a document the pipeline
rejects) is reported as 'newsclean: LOCATION: reason' on stderr and the run
goes on. Ctrl-C stops reading, writes the documents in flight and leaves
FILE.partial for --resume (a second Ctrl-C kills at once). Exit status: 0 all
documents cleaned, 1 some items failed, 2 usage error, 130 interrupted.
`;

class UsageError extends Error {}

function num(
  name: string,
  v: string | undefined,
  min: number,
  max: number,
  integer: boolean,
): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (v.trim() === "" || !Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
    throw new UsageError(
      `--${name} expects ${integer ? "an integer" : "a number"} between ${min} and ${max}, got ${JSON.stringify(v)}`,
    );
  }
  return n;
}

export interface CleanIo {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

export async function cleanCommand(argv: string[], io: CleanIo = process): Promise<number> {
  const err = io.stderr;
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    err.write(`newsclean clean: ${(e as Error).message}\nTry 'newsclean clean --help'.\n`);
    return 2;
  }
  const { values: v, positionals } = parsed;
  if (v.help) {
    io.stdout.write(CLEAN_HELP);
    return 0;
  }
  let cfg: ShardConfig;
  let progress: ProgressLine;
  try {
    const format = v.format as InputFormat | undefined;
    if (format !== undefined && !INPUT_FORMATS.includes(format)) {
      throw new UsageError(`--format expects ${INPUT_FORMATS.join("|")}, got ${JSON.stringify(format)}`);
    }
    const hasOut = v.out !== undefined;
    const hasOutput = v.output !== undefined;
    if (hasOut && hasOutput) throw new UsageError("--out and --output cannot be used together");
    if (v.resume && !hasOut && !hasOutput) throw new UsageError("--resume needs --output FILE or --out DIR");
    if (v["cluster-field"] !== undefined && v["cluster-dir"])
      throw new UsageError("--cluster-field and --cluster-dir cannot be used together");
    const dedup = v["cluster-dedup"];
    if (dedup !== undefined && dedup !== "report" && dedup !== "drop") {
      throw new UsageError(`--cluster-dedup expects report|drop, got ${JSON.stringify(dedup)}`);
    }
    const threshold = num("threshold", v.threshold, 0, 1, false);
    let workers = num("workers", v.workers, 0, 1024, true) ?? os.availableParallelism();
    const batchDocs = num("batch-size", v["batch-size"], 1, 1_000_000, true);

    let args = positionals;
    if (args.length === 0) {
      if (io.stdin.isTTY) throw new UsageError("no input (give files, directories, globs or '-')");
      args = ["-"];
    }
    const stdinFormat: InputFormat | undefined = format ?? (v.jsonl ? "jsonl" : undefined);
    const inputs = (await expandInputs(args, format)).map((i) =>
      i.path === "-" && stdinFormat ? { ...i, format: stdinFormat } : i,
    );
    if (inputs.filter((i) => i.path === "-").length > 1)
      throw new UsageError("stdin ('-') given more than once");
    if (v.workers === undefined && inputs.every((i) => i.size !== undefined)) {
      // Default only: no more workers than ~1 MB slices of input (a handful of samples needs one).
      const total = inputs.reduce((a, i) => a + (i.size ?? 0), 0);
      workers = Math.max(1, Math.min(workers, Math.ceil(total / (1 << 20))));
    }

    const options = pipelineOptions(v, threshold, (m) => new UsageError(m));
    if (dedup !== undefined) options.clusterDedup = dedup;

    let output: ShardOutput;
    if (v.out !== undefined) output = { kind: "dir", dir: v.out };
    else if (v.output !== undefined) output = { kind: "file", path: v.output };
    else if (v["summary-only"]) output = { kind: "none" };
    else if (v.jsonl) output = { kind: "jsonl", stream: io.stdout };
    else output = { kind: "text", stream: io.stdout };

    const worker: WorkerConfig = {
      options,
      idField: v["id-field"] ?? "id",
      textField: v["text-field"] ?? "text",
      htmlField: v["html-field"] ?? "html",
      json: output.kind === "jsonl" || output.kind === "file" || output.kind === "dir",
      text: output.kind === "text" || output.kind === "dir",
      explain: v.explain === true,
    };
    progress = new ProgressLine(err, !v.quiet && err.isTTY === true);
    cfg = {
      inputs,
      stdin: io.stdin,
      worker,
      workers,
      ordered: !v.unordered,
      output,
      log: progress.log(),
      resume: v.resume === true,
      dropJunk: v["drop-junk"] === true,
      clusterDir: v["cluster-dir"] === true,
      onProgress: (p) => progress.update(p),
    };
    if (v["cluster-field"] !== undefined) cfg.clusterField = v["cluster-field"];
    if (v.errors !== undefined) cfg.errorsFile = v.errors;
    if (batchDocs !== undefined) cfg.batchDocs = batchDocs;
  } catch (e) {
    if (e instanceof UsageError) {
      err.write(`newsclean clean: ${e.message}\nTry 'newsclean clean --help'.\n`);
      return 2;
    }
    err.write(`newsclean clean: ${(e as Error).message}\n`);
    return 2;
  }

  // First Ctrl-C: stop reading, write what is in flight, keep FILE.partial for
  // --resume. A second one kills the process the usual way.
  const stop = new AbortController();
  cfg.signal = stop.signal;
  const onSigint = () => {
    progress.clear();
    err.write("newsclean: interrupted — writing the documents in flight (Ctrl-C again to kill)\n");
    stop.abort();
  };
  process.once("SIGINT", onSigint);
  let summary: ShardSummary;
  try {
    summary = await runShard(cfg);
  } catch (e) {
    progress.clear();
    err.write(`newsclean clean: ${(e as Error).message}\n`);
    return 1;
  }
  process.off("SIGINT", onSigint);
  progress.clear();
  if (!v.quiet || summary.interrupted) err.write(formatSummary(summary));
  if (v.summary !== undefined) await writeFile(v.summary, `${JSON.stringify(summary, null, 2)}\n`);
  if (summary.interrupted) return 130;
  return summary.documents.errors > 0 ? 1 : 0;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      ...PIPELINE_ARGS,
      jsonl: { type: "boolean" },
      "cluster-field": { type: "string" },
      "cluster-dir": { type: "boolean" },
      "cluster-dedup": { type: "string" },
      explain: { type: "boolean" },
      out: { type: "string" },
      output: { type: "string" },
      errors: { type: "string" },
      resume: { type: "boolean" },
      workers: { type: "string", short: "j" },
      unordered: { type: "boolean" },
      "batch-size": { type: "string" },
      summary: { type: "string" },
      "summary-only": { type: "boolean" },
      quiet: { type: "boolean", short: "q" },
      help: { type: "boolean", short: "h" },
    },
  });
}
