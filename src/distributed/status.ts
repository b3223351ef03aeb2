/** `newsclean status`: where a queue stands — counts, documents done, failed shards. */
import { parseArgs } from "node:util";
import { DEFAULT_QUEUE, guard } from "./args.js";
import { checkQueueName, checkRedisUrl, connectionFor, loadBullMQ, pingRedis } from "./redis.js";
import { describeShard, type ShardJobData } from "./shards.js";
import type { ShardReturn } from "./worker.js";

export const STATUS_HELP = `Usage: newsclean status --redis URL [--queue NAME] [--json]

Show a queue's shards by state (waiting, active, delayed, completed, failed),
the documents the completed shards cleaned, and each failed shard (a shard
whose attempts are used up, or that stalled too often) with its error.

Options:
      --redis URL    Redis to use (required)
      --queue NAME   queue name (default ${DEFAULT_QUEUE})
      --json         print one JSON object instead of text
  -h, --help         show this help

Exit status: 0 no failed shard, 1 some shards failed (or Redis problem), 2 usage error.
`;

export interface QueueStatus {
  queue: string;
  counts: Record<string, number>;
  shards: number;
  documents: { in: number; out: number; junk: number; dropped: number; errors: number };
  bytesRead: number;
  failed: Array<{ shard: number; input: string; attempts: number; error: string }>;
}

const STATES = ["waiting", "prioritized", "delayed", "active", "completed", "failed"] as const;

export function statusCommand(argv: string[]): Promise<number> {
  return guard("status", async () => {
    const { values: v } = parseArgs({
      args: argv,
      allowPositionals: false,
      strict: true,
      options: {
        redis: { type: "string" },
        queue: { type: "string" },
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
    if (v.help) {
      process.stdout.write(STATUS_HELP);
      return 0;
    }
    const url = checkRedisUrl(v.redis);
    const queueName = checkQueueName(v.queue ?? DEFAULT_QUEUE);
    await pingRedis(url);
    const { Queue } = await loadBullMQ();
    const queue = new Queue<ShardJobData, ShardReturn>(queueName, { connection: connectionFor(url) });
    let st: QueueStatus;
    try {
      const counts = await queue.getJobCounts(...STATES);
      st = {
        queue: queueName,
        counts,
        shards: Object.values(counts).reduce((a, b) => a + b, 0),
        documents: { in: 0, out: 0, junk: 0, dropped: 0, errors: 0 },
        bytesRead: 0,
        failed: [],
      };
      const page = 500;
      for (let start = 0; ; start += page) {
        const jobs = await queue.getJobs(["completed"], start, start + page - 1, true);
        for (const job of jobs) {
          const r = job?.returnvalue;
          if (!r?.documents) continue;
          for (const k of ["in", "out", "junk", "dropped", "errors"] as const)
            st.documents[k] += r.documents[k];
          st.bytesRead += r.bytes?.read ?? 0;
        }
        if (jobs.length < page) break;
      }
      for (let start = 0; ; start += page) {
        const jobs = await queue.getJobs(["failed"], start, start + page - 1, true);
        for (const job of jobs) {
          if (!job) continue;
          st.failed.push({
            shard: job.data.shard.n,
            input: describeShard(job.data.shard),
            attempts: job.attemptsMade,
            error: job.failedReason,
          });
        }
        if (jobs.length < page) break;
      }
      st.failed.sort((a, b) => a.shard - b.shard);
    } finally {
      await queue.close();
    }

    if (v.json) process.stdout.write(`${JSON.stringify(st)}\n`);
    else {
      const c = st.counts;
      const d = st.documents;
      const lines = [
        `queue ${st.queue}: ${st.shards} shards — ${c.waiting ?? 0} waiting, ${c.active ?? 0} active, ` +
          `${(c.delayed ?? 0) + (c.prioritized ?? 0)} delayed, ` +
          `${c.completed ?? 0} completed, ${c.failed ?? 0} failed`,
        `documents done: ${d.in} in, ${d.out} out (${d.junk} junk, ${d.dropped} dropped, ${d.errors} errors); ` +
          `${(st.bytesRead / 1024 / 1024).toFixed(1)} MB read`,
      ];
      for (const f of st.failed)
        lines.push(`failed: shard ${f.shard} ${f.input} after ${f.attempts} attempt(s): ${f.error}`);
      process.stdout.write(`${lines.join("\n")}\n`);
    }
    return st.failed.length > 0 ? 1 : 0;
  });
}
