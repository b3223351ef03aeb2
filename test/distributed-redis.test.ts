/**
 * Distributed mode end to end against a real Redis (NEWSCLEAN_TEST_REDIS,
 * e.g. redis://127.0.0.1:6390; skipped when unset or unreachable), through
 * the compiled CLI: queue a JSONL corpus as many small shards, run two
 * workers, kill -9 one of them while it holds a shard, let the other finish
 * (the dead worker's shard comes back through the stalled-job check),
 * collect, and compare with a single-process `clean` run byte for byte.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdtemp, readFile, rm, unlink, writeFile } from "node:fs/promises";
import { createConnection } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = new URL("..", import.meta.url).pathname;
const CLI = path.join(ROOT, "dist/cli/main.js");
const REDIS = process.env.NEWSCLEAN_TEST_REDIS;

/** One PING over a raw socket (no client library in the test process), bounded by a timeout. */
function redisAnswers(url: string, timeoutMs = 2000): Promise<boolean> {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return Promise.resolve(false);
  }
  return new Promise((resolve) => {
    const sock = createConnection({ host: u.hostname || "127.0.0.1", port: Number(u.port || 6379) });
    const done = (ok: boolean) => {
      clearTimeout(timer);
      sock.destroy();
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    sock.on("connect", () => sock.write("PING\r\n"));
    sock.on("data", (d) => done(d.toString().startsWith("+PONG")));
    sock.on("error", () => done(false));
  });
}

let skipReason = "";
if (!REDIS) skipReason = "NEWSCLEAN_TEST_REDIS is not set";
else if (!existsSync(CLI)) skipReason = "dist/cli/main.js is missing (run `npx tsc -p tsconfig.json`)";
else if (!(await redisAnswers(REDIS))) skipReason = `no Redis answers at ${REDIS}`;
if (skipReason) console.warn(`distributed-redis tests skipped: ${skipReason}`);
const suite = skipReason ? describe.skip : describe;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the CLI to the end (killed after `timeoutMs`: every wait is bounded). */
function cli(args: string[], cwd: string, timeoutMs = 60_000, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** A long-running worker process whose stderr we can watch. */
class WorkerProc {
  readonly child: ChildProcess;
  stderr = "";
  readonly exited: Promise<number | null>;
  constructor(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
    this.child = spawn(process.execPath, [CLI, "worker", ...args], {
      cwd,
      env: { ...process.env, ...env },
      stdio: ["ignore", "ignore", "pipe"],
    });
    this.child.stderr?.on("data", (d) => (this.stderr += d));
    this.exited = new Promise((resolve) => this.child.on("exit", (code) => resolve(code)));
  }
  /** Wait until stderr matches, at most `timeoutMs`. */
  async waitFor(re: RegExp, timeoutMs: number): Promise<RegExpMatchArray> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const m = this.stderr.match(re);
      if (m) return m;
      if (Date.now() > until)
        throw new Error(`timed out waiting for ${re} in worker stderr:\n${this.stderr}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }
  /** Wait for the process to exit by itself, at most `timeoutMs` (then kill it and fail). */
  async finish(timeoutMs: number): Promise<number | null> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<"timeout">((r) => {
      timer = setTimeout(() => r("timeout"), timeoutMs);
    });
    const code = await Promise.race([this.exited, timeout]);
    clearTimeout(timer);
    if (code === "timeout") {
      this.child.kill("SIGKILL");
      throw new Error(`worker did not exit in ${timeoutMs} ms:\n${this.stderr}`);
    }
    return code;
  }
  kill(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill("SIGKILL");
  }
}

/** A news-like JSONL corpus from the samples: varied ids, some records without id, one bad line. */
function corpus(docs: number): string {
  const dir = path.join(ROOT, "samples");
  const texts = readdirSync(dir)
    .sort()
    .map((d) => path.join(dir, d, "input.txt"))
    .filter((f) => existsSync(f))
    .map((f) => readFileSync(f, "utf8"));
  const lines: string[] = [];
  for (let i = 0; i < docs; i++) {
    const text = `${texts[i % texts.length] ?? ""}\n\nFiled as story ${i} (${(i * 7919) % 1000} words).`;
    const rec: Record<string, unknown> = { id: `story-${(i * 7919) % 100_003}-${i}`, text, n: i };
    if (i % 97 === 13) delete rec.id; // id = FILE:LINE: the worker must know its shard's line numbers
    lines.push(JSON.stringify(rec));
    if (i === 777) lines.push("{not json");
  }
  return `${lines.join("\n")}\n`;
}

const ids = (jsonl: string): string[] =>
  jsonl
    .split("\n")
    .filter(Boolean)
    .map((l) => String((JSON.parse(l) as { id: unknown }).id));

const queues: string[] = [];
const dirs: string[] = [];
const procs: WorkerProc[] = [];

afterAll(async () => {
  for (const p of procs) p.kill();
  if (REDIS && queues.length) {
    const { Queue } = await import("bullmq");
    for (const name of queues) {
      const q = new Queue(name, { connection: { url: REDIS, maxRetriesPerRequest: null } });
      await q.obliterate({ force: true });
      await q.close();
    }
  }
  for (const d of dirs) await rm(d, { recursive: true, force: true });
}, 30_000);

async function setup(tag: string): Promise<{ dir: string; queue: string; redis: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), `newsclean-dist-${tag}-`));
  dirs.push(dir);
  const queue = `nctest-${tag}-${process.pid}-${Date.now().toString(36)}`;
  queues.push(queue);
  return { dir, queue, redis: REDIS as string };
}

/** Fast stalled-job detection for the tests (production defaults are 30 s). */
const FAST = ["--lock-duration", "2000", "--stalled-interval", "1000"];

suite("distributed mode on BullMQ + Redis", () => {
  it("kill -9 of a worker mid-shard: the shard is retried elsewhere and the merged output equals a single-process run", async () => {
    const { dir, queue, redis } = await setup("kill");
    const DOCS = 2000;
    await writeFile(path.join(dir, "corpus.jsonl"), corpus(DOCS));

    const ref = await cli(
      [
        "clean",
        "corpus.jsonl",
        "--output",
        "ref.jsonl",
        "--errors",
        "ref.errors.jsonl",
        "--workers",
        "0",
        "-q",
      ],
      dir,
    );
    expect(ref.code, ref.stderr).toBe(1); // the one bad line

    const LINES = "80";
    const q1 = await cli(
      ["queue", "--redis", redis, "--queue", queue, "--shard-lines", LINES, "corpus.jsonl"],
      dir,
    );
    expect(q1.code, q1.stderr).toBe(0);
    const shards = Number(q1.stdout.match(/(\d+) shards/)?.[1]);
    expect(shards).toBe(Math.ceil((DOCS + 1) / Number(LINES)));
    expect(q1.stdout).toContain(`${shards} jobs added`);
    // Queuing again is idempotent: same job ids, nothing added.
    const q2 = await cli(
      ["queue", "--redis", redis, "--queue", queue, "--shard-lines", LINES, "corpus.jsonl"],
      dir,
    );
    expect(q2.stdout).toContain(`0 jobs added, ${shards} already queued or done`);

    const common = ["--redis", redis, "--queue", queue, "--out", "out", ...FAST];
    // Worker A is slowed down (test-only per-document delay, read by the pool's worker
    // threads) so it is surely mid-shard when killed; B cleans on its main thread.
    // A starts first so that it surely holds a shard; then both run side by side.
    const a = new WorkerProc([...common, "--workers", "1"], dir, { NEWSCLEAN_TEST_DELAY_MS: "50" });
    procs.push(a);
    const started = await a.waitFor(/shard (\d+) started/, 20_000);
    const killed = Number(started[1]);
    const b = new WorkerProc([...common, "--workers", "0", "--exit-when-empty"], dir);
    procs.push(b);
    await b.waitFor(/shard \d+ started/, 20_000);
    expect(a.stderr).not.toMatch(new RegExp(`shard ${killed} done`));
    a.kill();
    await a.exited;

    // B finishes everything, including A's shard once its lock has expired.
    expect(await b.finish(90_000), b.stderr).toBe(0);
    expect(b.stderr).toMatch(new RegExp(`shard ${killed} started \\(attempt 2\\)`));
    expect(b.stderr).toMatch(new RegExp(`shard ${killed} done`));

    const st = await cli(["status", "--redis", redis, "--queue", queue, "--json"], dir);
    expect(st.code, st.stderr).toBe(0);
    const status = JSON.parse(st.stdout) as {
      counts: Record<string, number>;
      documents: { in: number; errors: number };
      failed: unknown[];
    };
    expect(status.counts.completed).toBe(shards);
    expect(status.counts.failed).toBe(0);
    expect(status.counts.waiting + status.counts.active).toBe(0);
    expect(status.documents.in).toBe(DOCS + 1);
    expect(status.documents.errors).toBe(1);
    expect(status.failed).toEqual([]);

    const col = await cli(
      ["collect", "--out", "out", "--output", "merged.jsonl", "--errors", "merged.errors.jsonl"],
      dir,
    );
    expect(col.code, col.stderr).toBe(1); // the bad line's error is reported
    expect(col.stderr).toContain(`${shards} shards`);
    expect(existsSync(path.join(dir, "merged.jsonl.partial"))).toBe(false);

    const merged = await readFile(path.join(dir, "merged.jsonl"), "utf8");
    const expected = await readFile(path.join(dir, "ref.jsonl"), "utf8");
    // Every document exactly once, and the same records in the same (input) order.
    const got = ids(merged);
    expect(got.length).toBe(DOCS);
    expect(new Set(got).size).toBe(DOCS);
    expect(new Set(got)).toEqual(new Set(ids(expected)));
    expect(merged === expected).toBe(true);
    // Errors carry the same locations (line numbers of the whole file, not of the shard).
    expect(await readFile(path.join(dir, "merged.errors.jsonl"), "utf8")).toBe(
      await readFile(path.join(dir, "ref.errors.jsonl"), "utf8"),
    );
  }, 150_000);

  it("a shard whose attempts are used up is reported failed; collect refuses the gap; re-queuing retries it", async () => {
    const { dir, queue, redis } = await setup("fail");
    const one = corpus(30);
    await writeFile(path.join(dir, "a.jsonl"), one);
    await writeFile(path.join(dir, "b.jsonl"), one);
    const q = await cli(
      ["queue", "--redis", redis, "--queue", queue, "--attempts", "1", "a.jsonl", "b.jsonl"],
      dir,
    );
    expect(q.code, q.stderr).toBe(0);
    expect(q.stdout).toContain("2 shards");
    const saved = await readFile(path.join(dir, "b.jsonl"));
    await unlink(path.join(dir, "b.jsonl"));

    const args = ["--redis", redis, "--queue", queue, "--out", "out", "--workers", "0", "--exit-when-empty"];
    const w1 = new WorkerProc([...args, ...FAST], dir);
    procs.push(w1);
    expect(await w1.finish(60_000), w1.stderr).toBe(0);

    const st = await cli(["status", "--redis", redis, "--queue", queue], dir);
    expect(st.code).toBe(1);
    expect(st.stdout).toMatch(/1 completed, 1 failed/);
    expect(st.stdout).toMatch(/failed: shard 1 b\.jsonl after 1 attempt\(s\): cannot read input .*b\.jsonl/);

    const c1 = await cli(["collect", "--out", "out", "--output", "all.jsonl"], dir);
    expect(c1.code).toBe(1);
    expect(c1.stderr).toContain("1 of 2 shards missing");
    expect(existsSync(path.join(dir, "all.jsonl"))).toBe(false);

    await writeFile(path.join(dir, "b.jsonl"), saved);
    const q2 = await cli(
      ["queue", "--redis", redis, "--queue", queue, "--attempts", "1", "a.jsonl", "b.jsonl"],
      dir,
    );
    expect(q2.stdout).toContain("0 jobs added, 1 already queued or done, 1 failed retried");
    const w2 = new WorkerProc([...args, ...FAST], dir);
    procs.push(w2);
    expect(await w2.finish(60_000), w2.stderr).toBe(0);
    const st2 = await cli(["status", "--redis", redis, "--queue", queue, "--json"], dir);
    expect(st2.code, st2.stdout).toBe(0);
    const c2 = await cli(["collect", "--out", "out", "--output", "all.jsonl"], dir);
    expect(c2.stderr).toContain("2 shards");
    const all = await readFile(path.join(dir, "all.jsonl"), "utf8");
    expect(ids(all).length).toBe(60);
  }, 150_000);

  it("SIGTERM: the worker finishes the shard it holds, takes no other, and exits 0", async () => {
    const { dir, queue, redis } = await setup("term");
    await writeFile(path.join(dir, "c.jsonl"), corpus(120));
    const q = await cli(["queue", "--redis", redis, "--queue", queue, "--shard-lines", "40", "c.jsonl"], dir);
    expect(q.stdout).toContain("3 shards");
    const w = new WorkerProc(
      ["--redis", redis, "--queue", queue, "--out", "out", "--workers", "1", ...FAST],
      dir,
      { NEWSCLEAN_TEST_DELAY_MS: "25" },
    );
    procs.push(w);
    await w.waitFor(/shard 0 started/, 20_000);
    w.child.kill("SIGTERM");
    expect(await w.finish(30_000), w.stderr).toBe(0);
    expect(w.stderr).toMatch(/SIGTERM: finishing[\s\S]*shard 0 done[\s\S]*stopped/);
    expect(w.stderr).not.toContain("shard 1 started");
    const st = await cli(["status", "--redis", redis, "--queue", queue, "--json"], dir);
    expect(st.code, st.stderr).toBe(0);
    const s = JSON.parse(st.stdout) as { counts: Record<string, number> };
    expect(s.counts.completed).toBe(1);
    expect(s.counts.waiting).toBe(2);
    expect(existsSync(path.join(dir, "out", "shard-000000.jsonl"))).toBe(true);
  }, 60_000);
});
