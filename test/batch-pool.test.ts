/**
 * The worker pool through the compiled CLI: ordered output with 2 workers is
 * identical to in-process output (--workers 0); --unordered writes the same
 * records; --out DIR on a container input and its --resume.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = new URL("..", import.meta.url).pathname;
const CLI = path.join(ROOT, "dist/cli/main.js");
const WORKER = new URL("../dist/batch/worker.js", import.meta.url);
const haveDist = existsSync(CLI) && existsSync(WORKER);
if (!haveDist) console.warn("batch-pool tests skipped: dist/ is missing (run `npx tsc -p tsconfig.json`)");

function cli(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, "clean", ...args], {
    cwd,
    encoding: "utf8",
    maxBuffer: 256 << 20,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function corpusDir(n: number): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "nc-pool-"));
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    // Sizes vary a lot so tasks finish out of order.
    const body = Array.from(
      { length: 1 + ((i * 7919) % 30) },
      (_, k) => `Sentence ${k} of  story ${i}.`,
    ).join(" ");
    lines.push(
      JSON.stringify({ id: `s${i}`, text: `Headline ${i}\n\n${body}`, story: `c${Math.floor(i / 3)}` }),
    );
  }
  await writeFile(path.join(dir, "in.jsonl"), `${lines.join("\n")}\n`);
  return dir;
}

describe.skipIf(!haveDist)("worker pool", () => {
  it("ordered output with 2 workers equals the in-process output (JSONL and text)", async () => {
    const dir = await corpusDir(1200);
    const inline = cli(["in.jsonl", "--jsonl", "-j", "0", "-q"], dir);
    const pooled = cli(["in.jsonl", "--jsonl", "-j", "2", "--batch-size", "7", "-q"], dir);
    expect(inline.code).toBe(0);
    expect(pooled.code).toBe(0);
    expect(pooled.stdout.split("\n").length).toBe(1201);
    expect(pooled.stdout).toBe(inline.stdout);
    const text0 = cli(["in.jsonl", "-j", "0", "-q"], dir);
    const text2 = cli(["in.jsonl", "-j", "2", "--batch-size", "5", "-q"], dir);
    expect(text2.stdout).toBe(text0.stdout);
    expect(text2.stdout.split("\f\n")).toHaveLength(1200);
  }, 120_000);

  it("node started with V8 flags (--max-old-space-size, --no-regexp-tier-up, --expose-gc): the workers start, the output is the same", async () => {
    const dir = await corpusDir(200);
    const plain = cli(["in.jsonl", "--jsonl", "-j", "2", "-q"], dir);
    const r = spawnSync(
      process.execPath,
      [
        "--max-old-space-size=1024",
        "--no-regexp-tier-up",
        "--expose-gc",
        "--enable-source-maps",
        CLI,
        "clean",
        "in.jsonl",
        "--jsonl",
        "-j",
        "2",
        "-q",
      ],
      { cwd: dir, encoding: "utf8", maxBuffer: 64 << 20 },
    );
    expect(plain.code).toBe(0);
    expect([r.status, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toBe(plain.stdout);
    expect(r.stdout.split("\n")).toHaveLength(201);
  }, 60_000);

  it("--unordered writes the same records, in any order", async () => {
    const dir = await corpusDir(1000);
    const inline = cli(["in.jsonl", "--jsonl", "-j", "0", "-q"], dir);
    const un = cli(["in.jsonl", "--jsonl", "-j", "2", "--batch-size", "3", "--unordered", "-q"], dir);
    expect(un.code).toBe(0);
    expect(un.stdout.split("\n").sort()).toEqual(inline.stdout.split("\n").sort());
  }, 120_000);

  it("--cluster-field with workers equals in-process", async () => {
    const dir = await corpusDir(600);
    const a = cli(["in.jsonl", "--jsonl", "--cluster-field", "story", "-j", "0", "-q"], dir);
    const b = cli(
      ["in.jsonl", "--jsonl", "--cluster-field", "story", "-j", "2", "--batch-size", "4", "-q"],
      dir,
    );
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
  }, 120_000);

  it("--out DIR with a JSONL input writes NAME.txt and NAME.jsonl; --resume skips finished inputs", async () => {
    const dir = await corpusDir(200);
    await writeFile(path.join(dir, "two.jsonl"), '{"id":"t1","text":"T\\n\\nBody."}\n');
    const r = cli(["in.jsonl", "two.jsonl", "--out", "out", "-j", "2"], dir);
    expect(r.code).toBe(0);
    const records = (await readFile(path.join(dir, "out/in.jsonl.jsonl"), "utf8"))
      .split("\n")
      .filter(Boolean);
    expect(records).toHaveLength(200);
    const text = await readFile(path.join(dir, "out/in.jsonl.txt"), "utf8");
    expect(text.split("\f\n")).toHaveLength(200);
    expect(existsSync(path.join(dir, "out/two.jsonl.jsonl"))).toBe(true);
    const again = cli(["in.jsonl", "two.jsonl", "--out", "out", "--resume", "-j", "2"], dir);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/0 documents in, 0 out \(0 errors, 2 inputs already done\)/);
  }, 120_000);
});
