/**
 * `newsclean queue`: plan the shards of the inputs and add one BullMQ job per
 * shard. Job ids are deterministic, so queuing the same inputs again adds
 * nothing new; shards that failed are retried.
 */
import { parseArgs } from "node:util";
import type { WorkerConfig } from "../batch/types.js";
import { PIPELINE_ARGS, pipelineOptions } from "../cli/pipeline-args.js";
import { expandInputs, INPUT_FORMATS, type InputFormat } from "../corpus/inputs.js";
import { DEFAULT_QUEUE, guard, intOption, numOption, UsageError } from "./args.js";
import { checkQueueName, checkRedisUrl, connectionFor, loadBullMQ, pingRedis } from "./redis.js";
import {
  DEFAULT_SHARD_BYTES,
  DEFAULT_SHARD_LINES,
  jobIdOf,
  planShards,
  type ShardJobData,
} from "./shards.js";

export const QUEUE_HELP = `Usage: newsclean queue --redis URL [options] FILE|DIR|GLOB...

Cut the inputs into shards and add one job per shard to a BullMQ queue in
Redis; 'newsclean worker' processes of any machine that sees the same files
clean them. One shard per input file; an uncompressed JSONL file larger than
a shard is cut into byte ranges on line boundaries. Shards are numbered in
input order (worker output DIR/shard-<n>.jsonl; 'newsclean collect' merges
them in that order).

Job ids are derived from the queue name, the shard number, the input path and
the byte range: queuing the same inputs again adds no duplicate (shards that
are waiting, running or done are left alone; failed ones are retried).

Options:
      --redis URL          Redis to use (redis://HOST:PORT[/DB]; required)
      --queue NAME         queue name (default ${DEFAULT_QUEUE}; one queue per corpus)
      --shard-lines N      JSONL lines per shard (default ${DEFAULT_SHARD_LINES})
      --shard-mb N         at most about N MB per JSONL shard (default ${DEFAULT_SHARD_BYTES / 1024 / 1024})
      --attempts N         runs of a shard before it is marked failed (default 3;
                           a worker killed mid-shard does not use one up: its
                           shard is put back by the stalled-job check)
      --format F           input format: ${INPUT_FORMATS.join("|")}
      --id-field NAME      JSONL id field (default id)
      --text-field NAME    JSONL text field (default text)
      --html-field NAME    JSONL HTML field (default html)
      --threshold N        apply fixes with confidence >= N (0..1, default 0.75)
      --report-only        report findings, apply no fix
      --disable RULES      turn rules off (comma-separated; repeatable)
      --drop-junk          leave documents classed as junk out of the output
  -q, --quiet              print nothing but errors
  -h, --help               show this help

The cleaning options travel with the jobs: every worker cleans with the same
settings. Exit status: 0 queued, 1 Redis problem, 2 usage error.
`;

export function queueCommand(argv: string[]): Promise<number> {
  return guard("queue", async () => {
    const { values: v, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        redis: { type: "string" },
        queue: { type: "string" },
        "shard-lines": { type: "string" },
        "shard-mb": { type: "string" },
        attempts: { type: "string" },
        ...PIPELINE_ARGS,
        quiet: { type: "boolean", short: "q" },
        help: { type: "boolean", short: "h" },
      },
    });
    if (v.help) {
      process.stdout.write(QUEUE_HELP);
      return 0;
    }
    const url = checkRedisUrl(v.redis);
    const queueName = checkQueueName(v.queue ?? DEFAULT_QUEUE);
    const lines = intOption("shard-lines", v["shard-lines"], 1, 1e9) ?? DEFAULT_SHARD_LINES;
    const mb = numOption("shard-mb", v["shard-mb"], 0.001, 1e6);
    const bytes = mb !== undefined ? Math.max(1, Math.round(mb * 1024 * 1024)) : DEFAULT_SHARD_BYTES;
    const attempts = intOption("attempts", v.attempts, 1, 100) ?? 3;
    const format = v.format as InputFormat | undefined;
    if (format !== undefined && !INPUT_FORMATS.includes(format))
      throw new UsageError(`--format expects ${INPUT_FORMATS.join("|")}, got ${JSON.stringify(format)}`);
    if (positionals.length === 0) throw new UsageError("no input (give files, directories or globs)");
    if (positionals.includes("-")) throw new UsageError("stdin ('-') cannot be queued: give files");

    const options = pipelineOptions(v, numOption("threshold", v.threshold, 0, 1), (m) => new UsageError(m));
    const worker: WorkerConfig = {
      options,
      idField: v["id-field"] ?? "id",
      textField: v["text-field"] ?? "text",
      htmlField: v["html-field"] ?? "html",
      json: true,
      text: false,
      explain: false,
    };

    let inputs: Awaited<ReturnType<typeof expandInputs>>;
    try {
      inputs = await expandInputs(positionals, format);
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    const shards = await planShards(inputs, { lines, bytes });

    await pingRedis(url);
    const { Queue } = await loadBullMQ();
    const queue = new Queue<ShardJobData>(queueName, { connection: connectionFor(url) });
    try {
      const ids = shards.map((s) => jobIdOf(queueName, s));
      // What is already there: nothing is added twice, failed shards get another round.
      const states: string[] = [];
      for (let i = 0; i < ids.length; i += 500) {
        const part = ids.slice(i, i + 500);
        states.push(...(await Promise.all(part.map((id) => queue.getJobState(id)))));
      }
      const fresh: Array<{ name: string; data: ShardJobData; opts: object }> = [];
      const retry: string[] = [];
      let existing = 0;
      shards.forEach((shard, i) => {
        const id = ids[i] as string;
        const state = states[i] ?? "unknown";
        if (state === "unknown") {
          fresh.push({
            name: "shard",
            data: { shard, total: shards.length, worker, dropJunk: v["drop-junk"] === true },
            opts: {
              jobId: id,
              attempts,
              backoff: { type: "exponential", delay: 1000 },
              removeOnComplete: false,
              removeOnFail: false,
            },
          });
        } else if (state === "failed") retry.push(id);
        else existing++;
      });
      for (let i = 0; i < fresh.length; i += 500) await queue.addBulk(fresh.slice(i, i + 500));
      for (const id of retry) {
        const job = await queue.getJob(id);
        await job?.retry("failed");
      }
      if (!v.quiet) {
        const split = shards.filter((s) => s.range).length;
        const bytesTotal = shards.reduce((a, s) => a + s.size, 0);
        process.stdout.write(
          `newsclean queue: ${shards.length} shards from ${inputs.length} input${inputs.length === 1 ? "" : "s"}` +
            `${split ? ` (${split} JSONL byte ranges)` : ""}, ${(bytesTotal / 1024 / 1024).toFixed(1)} MB` +
            ` → queue ${queueName}: ${fresh.length} jobs added, ${existing} already queued or done` +
            `${retry.length ? `, ${retry.length} failed retried` : ""}\n`,
        );
      }
    } finally {
      await queue.close();
    }
    return 0;
  });
}
