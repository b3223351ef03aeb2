/**
 * Distributed-mode benchmark (`node dist/bench/distributed.js [--redis URL]
 * [--input FILE] [--shards N]`).
 *
 * Needs a Redis (--redis, or NEWSCLEAN_TEST_REDIS); prints a one-line skip
 * otherwise. On a JSONL corpus (.bench/news-20mb.jsonl when present, else
 * ~20 MB generated from samples/ into .bench/distributed-20mb.jsonl) it times
 *   single:      newsclean clean FILE --output OUT --workers 2
 *   distributed: newsclean queue (N shards) + 2 × newsclean worker --workers 1
 *                --exit-when-empty + newsclean collect
 * checks that both outputs are byte-identical, and prints docs/s and MB/s
 * side by side (the distributed wall time includes queue and collect).
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream, existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { connectionFor, DistributedError, loadBullMQ, pingRedis } from "../distributed/redis.js";

const ROOT = new URL("../..", import.meta.url).pathname;
const CLI = path.join(ROOT, "dist/cli/main.js");
const BENCH_DIR = path.join(ROOT, ".bench");
const MB = 1024 * 1024;

interface Run {
  code: number | null;
  stderr: string;
  ms: number;
}

function cli(args: string[], timeoutMs = 30 * 60_000): Promise<Run> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, ms: performance.now() - t0 });
    });
  });
}

/** ~`bytes` of JSONL from the sample articles, each copy with its own id and a varied last line. */
async function generate(file: string, bytes: number): Promise<void> {
  const dir = path.join(ROOT, "samples");
  const texts = readdirSync(dir)
    .sort()
    .map((d) => path.join(dir, d, "input.txt"))
    .filter((f) => existsSync(f))
    .map((f) => readFileSync(f, "utf8"));
  if (texts.length === 0) throw new Error("no samples/*/input.txt to build a corpus from");
  await mkdir(path.dirname(file), { recursive: true });
  const out = createWriteStream(file);
  let written = 0;
  for (let i = 0; written < bytes; i++) {
    const text = `${texts[i % texts.length]}\n\nFiled as story ${i}.`;
    const line = `${JSON.stringify({ id: `bench-${i}`, text })}\n`;
    written += Buffer.byteLength(line);
    if (!out.write(line)) await new Promise<void>((r) => out.once("drain", () => r()));
  }
  await new Promise<void>((resolve, reject) => {
    out.once("error", reject);
    out.end(() => resolve());
  });
}

async function countLines(file: string): Promise<number> {
  let n = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) n++;
  }
  return n;
}

async function sha256(file: string): Promise<string> {
  const h = createHash("sha256");
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) h.update(chunk);
  return h.digest("hex");
}

async function main(): Promise<number> {
  const { values: v } = parseArgs({
    options: {
      redis: { type: "string" },
      input: { type: "string" },
      shards: { type: "string" },
    },
  });
  const url = v.redis ?? process.env.NEWSCLEAN_TEST_REDIS;
  if (!url) {
    process.stdout.write("bench distributed: skipped (no --redis URL and NEWSCLEAN_TEST_REDIS is not set)\n");
    return 0;
  }
  try {
    await pingRedis(url, 2000);
  } catch (e) {
    if (e instanceof DistributedError) {
      process.stdout.write(`bench distributed: skipped (${e.message})\n`);
      return 0;
    }
    throw e;
  }

  let input = v.input;
  if (!input) {
    input = path.join(BENCH_DIR, "news-20mb.jsonl");
    if (!existsSync(input)) {
      input = path.join(BENCH_DIR, "distributed-20mb.jsonl");
      if (!existsSync(input)) await generate(input, 20 * MB);
    }
  }
  const size = (await stat(input)).size;
  const lines = await countLines(input);
  const shards = Math.max(2, Number(v.shards ?? 16));
  const shardLines = Math.max(1, Math.ceil(lines / shards));
  const work = await mkdtemp(path.join(tmpdir(), "newsclean-bench-dist-"));
  const queue = `bench-${process.pid}-${Date.now().toString(36)}`;
  process.stdout.write(
    `bench distributed: ${path.relative(ROOT, input) || input} (${(size / MB).toFixed(1)} MB, ${lines} docs), ` +
      `${shards} shards of ${shardLines} lines, Redis ${url}\n`,
  );

  try {
    const single = path.join(work, "single.jsonl");
    const s = await cli(["clean", input, "--output", single, "--workers", "2", "-q"]);
    if (s.code !== 0 && s.code !== 1) throw new Error(`single run failed (${s.code}): ${s.stderr}`);

    const out = path.join(work, "out");
    const merged = path.join(work, "merged.jsonl");
    const q = await cli([
      "queue",
      "--redis",
      url,
      "--queue",
      queue,
      "--shard-lines",
      String(shardLines),
      input,
    ]);
    if (q.code !== 0) throw new Error(`queue failed: ${q.stderr}`);
    const w0 = performance.now();
    const workerArgs = ["worker", "--redis", url, "--queue", queue, "--out", out, "--workers", "1"];
    const workers = await Promise.all([
      cli([...workerArgs, "--exit-when-empty", "-q"]),
      cli([...workerArgs, "--exit-when-empty", "-q"]),
    ]);
    const workersMs = performance.now() - w0;
    for (const w of workers) if (w.code !== 0) throw new Error(`worker failed: ${w.stderr}`);
    const c = await cli(["collect", "--out", out, "--output", merged, "-q"]);
    if (c.code !== 0 && c.code !== 1) throw new Error(`collect failed: ${c.stderr}`);
    const distMs = q.ms + workersMs + c.ms;

    const same = (await sha256(single)) === (await sha256(merged));
    const row = (name: string, ms: number) =>
      `  ${name.padEnd(34)} ${(ms / 1000).toFixed(2).padStart(7)} s  ${(lines / (ms / 1000)).toFixed(0).padStart(6)} docs/s  ${(size / MB / (ms / 1000)).toFixed(2).padStart(6)} MB/s\n`;
    process.stdout.write(row("single (clean, 2 threads)", s.ms));
    process.stdout.write(row("distributed (2 workers × 1 thread)", distMs));
    process.stdout.write(
      `    queue ${(q.ms / 1000).toFixed(2)} s, workers ${(workersMs / 1000).toFixed(2)} s, collect ${(c.ms / 1000).toFixed(2)} s\n`,
    );
    process.stdout.write(`  outputs identical: ${same ? "yes" : "NO"}\n`);
    return same ? 0 : 1;
  } finally {
    const { Queue } = await loadBullMQ();
    const q = new Queue(queue, { connection: connectionFor(url) });
    await q.obliterate({ force: true }).catch(() => {});
    await q.close();
    await rm(work, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`bench distributed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
