/**
 * `newsclean worker`: take shard jobs from the queue and clean each with the
 * batch layer (runShard), writing DIR/shard-<n>.jsonl atomically.
 *
 * A shard's files are written under temporary names unique to this process
 * and attempt, then renamed: the summary first, the errors next, the records
 * last (their presence marks the shard done). A shard run again (retried,
 * or taken over from a worker that died) replaces its own files whole.
 */
import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createExecutor, type Executor } from "../batch/pool.js";
import { runShard } from "../batch/run.js";
import type { ShardSummary } from "../batch/summary.js";
import type { InputFile } from "../corpus/inputs.js";
import { DEFAULT_QUEUE, guard, intOption, UsageError } from "./args.js";
import { checkQueueName, checkRedisUrl, connectionFor, loadBullMQ, pingRedis } from "./redis.js";
import { describeShard, type ShardJobData, type ShardResultInfo, shardName } from "./shards.js";

export const WORKER_HELP = `Usage: newsclean worker --redis URL --out DIR [options]

Process shard jobs from a queue filled by 'newsclean queue': clean each shard
with the same pipeline as 'newsclean clean' and write DIR/shard-<n>.jsonl
(plus shard-<n>.summary.json, and shard-<n>.errors.jsonl when documents
failed). Files are written under temporary names and renamed when complete;
a shard that runs again replaces its own files.

Run as many workers as you like, on any machines that see the inputs (by the
absolute paths given to 'queue') and DIR. A worker that dies mid-shard loses
its lock; after --lock-duration another worker's stalled-job check (every
--stalled-interval) puts the shard back in the queue.

On SIGTERM or SIGINT the worker takes no new shard, finishes the ones it is
cleaning and exits; a second signal exits at once (those shards go back to
the queue through the stalled-job check).

Options:
      --redis URL            Redis to use (required)
      --out DIR              output directory (required; shared by all workers)
      --queue NAME           queue name (default ${DEFAULT_QUEUE})
  -j, --workers N            worker threads per shard (default: the CPUs, ${os.availableParallelism()} here;
                             0 cleans on the main thread)
      --concurrency N        shards cleaned at once by this process (default 1)
      --exit-when-empty      exit once no shard is waiting, delayed or running
      --lock-duration MS     job lock, renewed while a shard runs (default 30000)
      --stalled-interval MS  how often to look for shards of dead workers (default 30000)
      --max-stalled N        times a shard may be put back after a worker died
                             before it is marked failed (default 2)
  -q, --quiet                no per-shard lines on stderr
  -h, --help                 show this help
`;

export type ShardReturn = ShardSummary & ShardResultInfo;

interface WorkerSettings {
  outDir: string;
  workers: number;
  name: string;
  quiet: boolean;
  /** Thread pools kept across shards, one per worker configuration (normally one per queue). */
  pools?: Map<string, Executor>;
}

/** The pool for a shard's configuration: reused across shards (starting threads costs ~0.5 s). */
function poolFor(s: WorkerSettings, data: ShardJobData): Executor | undefined {
  if (!s.pools || s.workers === 0) return undefined;
  const cfg = { ...data.worker, dropJunk: data.dropJunk };
  const key = JSON.stringify(cfg);
  let pool = s.pools.get(key);
  if (!pool) {
    pool = createExecutor(s.workers, cfg);
    s.pools.set(key, pool);
  }
  return pool;
}

/** Clean one shard into DIR; throws (the job fails, to be retried) if the input is gone or changed. */
export async function cleanShard(data: ShardJobData, s: WorkerSettings): Promise<ShardReturn> {
  const { shard } = data;
  let st: Awaited<ReturnType<typeof stat>>;
  try {
    st = await stat(shard.path);
  } catch (e) {
    throw new Error(`cannot read input ${shard.path}: ${(e as Error).message}`);
  }
  const r = shard.range;
  if (r && st.size < r.end)
    throw new Error(`input ${shard.path} is shorter than when it was queued (${st.size} < ${r.end} bytes)`);

  const name = shardName(shard.n);
  const final = path.join(s.outDir, `${name}.jsonl`);
  const errorsFinal = path.join(s.outDir, `${name}.errors.jsonl`);
  const summaryFinal = path.join(s.outDir, `${name}.summary.json`);
  const tmp = path.join(s.outDir, `.${name}.${process.pid}.${randomUUID().slice(0, 8)}`);
  const tmpOut = `${tmp}.jsonl`;
  const tmpErrors = `${tmp}.errors.jsonl`;
  const tmpSummary = `${tmp}.summary.json`;
  await mkdir(s.outDir, { recursive: true });

  const input: InputFile = r
    ? { path: "-", display: shard.display, rel: shard.rel, format: shard.format, size: shard.size }
    : { path: shard.path, display: shard.display, rel: shard.rel, format: shard.format, size: shard.size };
  if (r) input.firstLine = r.firstLine;
  const executor = poolFor(s, data);
  try {
    const summary = await runShard({
      inputs: [input],
      ...(r
        ? {
            stdin: createReadStream(shard.path, {
              start: r.start,
              end: r.end - 1,
              highWaterMark: 256 * 1024,
            }),
          }
        : {}),
      worker: data.worker,
      workers: s.workers,
      output: { kind: "file", path: tmpOut },
      errorsFile: tmpErrors,
      dropJunk: data.dropJunk,
      log: process.stderr,
      ...(executor ? { executor } : {}),
    });
    const result: ShardReturn = {
      ...summary,
      shard: shard.n,
      total: data.total,
      worker: s.name,
      input: describeShard(shard),
    };
    await writeFile(tmpSummary, `${JSON.stringify(result, null, 2)}\n`);
    await rename(tmpSummary, summaryFinal);
    if (summary.documents.errors > 0) await rename(tmpErrors, errorsFinal);
    else {
      await rm(tmpErrors, { force: true });
      await rm(errorsFinal, { force: true });
    }
    await rename(tmpOut, final);
    return result;
  } catch (e) {
    for (const f of [tmpOut, `${tmpOut}.partial`, tmpErrors, tmpSummary]) await rm(f, { force: true });
    throw e;
  }
}

export function workerCommand(argv: string[]): Promise<number> {
  return guard("worker", async () => {
    const { values: v } = parseArgs({
      args: argv,
      allowPositionals: false,
      strict: true,
      options: {
        redis: { type: "string" },
        out: { type: "string" },
        queue: { type: "string" },
        workers: { type: "string", short: "j" },
        concurrency: { type: "string" },
        "exit-when-empty": { type: "boolean" },
        "lock-duration": { type: "string" },
        "stalled-interval": { type: "string" },
        "max-stalled": { type: "string" },
        quiet: { type: "boolean", short: "q" },
        help: { type: "boolean", short: "h" },
      },
    });
    if (v.help) {
      process.stdout.write(WORKER_HELP);
      return 0;
    }
    const url = checkRedisUrl(v.redis);
    const queueName = checkQueueName(v.queue ?? DEFAULT_QUEUE);
    if (v.out === undefined) throw new UsageError("--out DIR is required");
    const outDir = path.resolve(v.out);
    const workers = intOption("workers", v.workers, 0, 1024) ?? os.availableParallelism();
    const concurrency = intOption("concurrency", v.concurrency, 1, 1024) ?? 1;
    const lockDuration = intOption("lock-duration", v["lock-duration"], 100, 86_400_000) ?? 30_000;
    const stalledInterval = intOption("stalled-interval", v["stalled-interval"], 100, 86_400_000) ?? 30_000;
    const maxStalledCount = intOption("max-stalled", v["max-stalled"], 0, 1000) ?? 2;
    const quiet = v.quiet === true;
    const name = `${os.hostname()}:${process.pid}`;
    const log = (msg: string): void => {
      if (!quiet) process.stderr.write(`newsclean worker ${name}: ${msg}\n`);
    };

    await pingRedis(url);
    await mkdir(outDir, { recursive: true });
    const { Queue, Worker } = await loadBullMQ();
    const pools = new Map<string, Executor>();
    const settings: WorkerSettings = { outDir, workers, name, quiet, pools };
    const worker = new Worker<ShardJobData, ShardReturn>(
      queueName,
      async (job) => {
        const d = job.data;
        log(`shard ${d.shard.n} started (attempt ${job.attemptsStarted}): ${describeShard(d.shard)}`);
        const res = await cleanShard(d, settings);
        const secs = (res.time.wallMs / 1000).toFixed(2);
        log(`shard ${d.shard.n} done: ${res.documents.in} docs in, ${res.documents.out} out, ${secs} s`);
        return res;
      },
      {
        connection: connectionFor(url),
        name,
        concurrency,
        lockDuration,
        stalledInterval,
        maxStalledCount,
        drainDelay: 1,
        autorun: false,
      },
    );
    worker.on("failed", (job, err) => {
      if (job) log(`shard ${job.data.shard.n} failed (attempt ${job.attemptsMade}): ${err.message}`);
    });
    worker.on("stalled", (jobId) => log(`job ${jobId} stalled (its worker died?): back in the queue`));
    worker.on("error", (err) => process.stderr.write(`newsclean worker ${name}: ${err.message}\n`));

    // Stop on signals, or (--exit-when-empty) once nothing is left to do.
    let closing: Promise<void> | undefined;
    const close = (why: string): Promise<void> => {
      if (!closing) {
        log(`${why}: finishing the current shard(s), then stopping`);
        closing = worker.close();
      }
      return closing;
    };
    let signals = 0;
    const onSignal = (sig: NodeJS.Signals): void => {
      signals++;
      if (signals > 1) {
        process.stderr.write(`newsclean worker ${name}: ${sig} again: exiting now\n`);
        process.exit(130);
      }
      void close(sig);
    };
    process.on("SIGTERM", onSignal);
    process.on("SIGINT", onSignal);

    let counts: InstanceType<typeof Queue> | undefined;
    let poll: NodeJS.Timeout | undefined;
    if (v["exit-when-empty"]) {
      counts = new Queue(queueName, { connection: connectionFor(url) });
      const q = counts;
      let checking = false;
      poll = setInterval(() => {
        if (checking || closing) return;
        checking = true;
        q.getJobCounts("waiting", "active", "delayed", "prioritized", "waiting-children")
          .then((c) => {
            const left = Object.values(c).reduce((a, b) => a + b, 0);
            if (left === 0) void close("queue empty");
          })
          .catch((e: unknown) => log(`cannot read the queue counts: ${(e as Error).message}`))
          .finally(() => {
            checking = false;
          });
      }, 500);
    }

    log(`waiting for shards on queue ${queueName} (${workers} threads per shard, ${concurrency} at once)`);
    try {
      await worker.run();
      await closing;
    } finally {
      clearInterval(poll);
      await counts?.close();
      for (const p of pools.values()) await p.close();
      process.off("SIGTERM", onSignal);
      process.off("SIGINT", onSignal);
    }
    log("stopped");
    return 0;
  });
}
