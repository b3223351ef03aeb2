/** Shard planning and optional dependencies of distributed mode (no Redis needed). */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { expandInputs } from "../src/corpus/inputs.js";
import { jobIdOf, planShards, shardName, splitLines } from "../src/distributed/shards.js";

const ROOT = new URL("..", import.meta.url).pathname;
const CLI = path.join(ROOT, "dist/cli/main.js");
const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function tmp(): Promise<string> {
  const d = await mkdtemp(path.join(tmpdir(), "newsclean-shards-"));
  dirs.push(d);
  return d;
}

describe("shard planning", () => {
  it("byte ranges cover the file exactly, end after a newline, and know their first line", async () => {
    const d = await tmp();
    const lines = Array.from({ length: 1003 }, (_, i) => JSON.stringify({ id: i, text: "x".repeat(i % 37) }));
    const f = path.join(d, "c.jsonl");
    // No newline after the last line: it still belongs to the last range.
    await writeFile(f, lines.join("\n"));
    const bytes = readFileSync(f);
    for (const [maxLines, maxBytes] of [
      [100, 1e9],
      [1e9, 4096],
      [7, 500],
      [1, 1e9],
    ] as const) {
      const ranges = await splitLines(f, maxLines, maxBytes);
      expect(ranges[0]?.start).toBe(0);
      expect(ranges[ranges.length - 1]?.end).toBe(bytes.length);
      let line = 1;
      ranges.forEach((r, i) => {
        expect(r.end).toBeGreaterThan(r.start);
        if (i > 0) expect(r.start).toBe(ranges[i - 1]?.end);
        if (i < ranges.length - 1) expect(bytes[r.end - 1]).toBe(10);
        expect(r.firstLine).toBe(line);
        const text = bytes.subarray(r.start, r.end).toString();
        const n = text.split("\n").filter(Boolean).length;
        expect(n).toBeLessThanOrEqual(maxLines);
        expect(text.split("\n")[0]).toBe(lines[line - 1]);
        line += n;
      });
      expect(line - 1).toBe(lines.length);
    }
  });

  it("splits only large uncompressed JSONL; numbers shards in input order; stable job ids", async () => {
    const d = await tmp();
    const big = Array.from({ length: 250 }, (_, i) => JSON.stringify({ id: i, text: `t${i}` })).join("\n");
    await writeFile(path.join(d, "a.txt"), "A title\n\nSome text.\n");
    await writeFile(path.join(d, "b.jsonl"), `${big}\n`);
    await writeFile(path.join(d, "c.jsonl"), '{"id":1,"text":"small"}\n');
    const inputs = await expandInputs([
      path.join(d, "a.txt"),
      path.join(d, "b.jsonl"),
      path.join(d, "c.jsonl"),
    ]);
    const shards = await planShards(inputs, { lines: 100, bytes: 1e9 });
    expect(shards.map((s) => [s.n, path.basename(s.path), s.range?.firstLine])).toEqual([
      [0, "a.txt", undefined],
      [1, "b.jsonl", 1],
      [2, "b.jsonl", 101],
      [3, "b.jsonl", 201],
      [4, "c.jsonl", undefined],
    ]);
    const again = await planShards(inputs, { lines: 100, bytes: 1e9 });
    const ids = shards.map((s) => jobIdOf("q", s));
    expect(again.map((s) => jobIdOf("q", s))).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).not.toContain(":");
    expect(shardName(3)).toBe("shard-000003");
  });
});

/** A module hook that makes bullmq and ioredis look uninstalled. */
const HIDE_BULLMQ = `import { register } from "node:module";
register("data:text/javascript," + encodeURIComponent(\`
export async function resolve(spec, ctx, next) {
  if (spec === "bullmq" || spec === "ioredis") {
    const e = new Error("Cannot find package '" + spec + "'");
    e.code = "ERR_MODULE_NOT_FOUND";
    throw e;
  }
  return next(spec, ctx);
}\`));
`;

describe.skipIf(!existsSync(CLI))("without the optional dependencies", () => {
  it("distributed commands say what to install; clean and collect do not need bullmq", async () => {
    const d = await tmp();
    const hook = path.join(d, "hide-bullmq.mjs");
    await writeFile(hook, HIDE_BULLMQ);
    await writeFile(path.join(d, "c.jsonl"), '{"id":"a","text":"Title\\n\\nSome text here."}\n');
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ["--import", hook, CLI, ...args], {
        cwd: d,
        encoding: "utf8",
        timeout: 30_000,
      });
    for (const cmd of [
      ["queue", "--redis", "redis://127.0.0.1:1", "c.jsonl"],
      ["worker", "--redis", "redis://127.0.0.1:1", "--out", "out"],
      ["status", "--redis", "redis://127.0.0.1:1"],
    ]) {
      const r = run(...cmd);
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr).toBe(
        `newsclean ${cmd[0]}: distributed mode needs the optional dependency bullmq (npm install bullmq ioredis)\n`,
      );
    }
    const clean = run("clean", "c.jsonl", "--jsonl", "--workers", "0", "-q");
    expect(clean.status, clean.stderr).toBe(0);
    expect(JSON.parse(clean.stdout).id).toBe("a");
    const collect = run("collect", "--out", "nothing-here", "--output", "x.jsonl");
    expect(collect.stderr).not.toContain("bullmq");
  });
});
