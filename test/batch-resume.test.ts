/**
 * Crash safety: a run killed with SIGKILL mid-way and restarted with --resume
 * yields exactly the output of an uninterrupted run — byte for byte in
 * ordered mode, the same decompressed bytes for .gz — with every failed
 * item in the errors file exactly once. Uses the compiled CLI and the
 * test-only NEWSCLEAN_TEST_DELAY_MS worker hook to make the run slow enough
 * to kill.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { appendFile, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

const ROOT = new URL("..", import.meta.url).pathname;
const CLI = path.join(ROOT, "dist/cli/main.js");
const haveDist = existsSync(CLI) && existsSync(path.join(ROOT, "dist/batch/worker.js"));
if (!haveDist) console.warn("batch-resume tests skipped: dist/ is missing (run `npx tsc -p tsconfig.json`)");

const DOCS = 4000;

function corpus(): string {
  const lines: string[] = [];
  for (let i = 0; i < DOCS; i++) {
    if (i % 997 === 500)
      lines.push(`{"id": "broken-${i}", text`); // a malformed line now and then
    else if (i % 5 === 0)
      lines.push(JSON.stringify({ text: `Story ${i} without id\n\nBody  of   story ${i}.` })); // id = FILE:LINE
    else
      lines.push(
        JSON.stringify({
          id: `doc-${i}`,
          text: `Headline ${i}\n\nParagraph one of ${i}.\n\nParagraph  two.`,
          n: i,
        }),
      );
  }
  return `${lines.join("\n")}\n`;
}

function run(
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
): { code: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, "clean", ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { code: r.status, stderr: r.stderr };
}

/** Start a slow run and SIGKILL it once its partial output holds some lines. */
async function killMidRun(args: string[], cwd: string, partial: string): Promise<void> {
  const child: ChildProcess = spawn(process.execPath, [CLI, "clean", ...args], {
    cwd,
    env: { ...process.env, NEWSCLEAN_TEST_DELAY_MS: "1" },
    stdio: "ignore",
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const t0 = Date.now();
  for (;;) {
    await new Promise((r) => setTimeout(r, 20));
    const size = existsSync(partial) ? statSync(partial).size : 0;
    if (size > 20_000 || Date.now() - t0 > 20_000) break;
  }
  child.kill("SIGKILL");
  const code = await exited;
  expect(code, "the run must still be going when it is killed").toBeNull();
}

describe.skipIf(!haveDist)("--resume after SIGKILL", () => {
  for (const gz of [false, true]) {
    it(`gives the same output as an uninterrupted run (${gz ? "gzip" : "plain"} output, 2 workers)`, async () => {
      const dir = await mkdtemp(path.join(tmpdir(), "nc-resume-"));
      await writeFile(path.join(dir, "in.jsonl"), corpus());
      const ext = gz ? ".jsonl.gz" : ".jsonl";
      const common = ["in.jsonl", "--workers", "2", "--batch-size", "16", "-q"];

      const ref = run([...common, "--output", `ref${ext}`, "--errors", "ref-errors.jsonl"], dir);
      expect(ref.code).toBe(1); // the malformed lines

      await killMidRun(
        [...common, "--output", `out${ext}`, "--errors", "errors.jsonl"],
        dir,
        path.join(dir, `out${ext}.partial`),
      );
      expect(existsSync(path.join(dir, `out${ext}`))).toBe(false);
      const partial = await readFile(path.join(dir, `out${ext}.partial`));
      const partialText = gz ? gunzipSync(partial, { finishFlush: 2 }).toString() : partial.toString();
      const written = partialText.split("\n").filter((l) => l.endsWith("}")).length;
      expect(written).toBeGreaterThan(0);
      expect(written).toBeLessThan(DOCS - 10);
      // Make sure a torn last line is exercised, whatever the kill left.
      if (!gz) await appendFile(path.join(dir, `out${ext}.partial`), '{"id":"doc-torn","text":"half a li');

      const res = run([...common, "--output", `out${ext}`, "--errors", "errors.jsonl", "--resume"], dir);
      expect(res.code).toBe(1);
      expect(existsSync(path.join(dir, `out${ext}.partial`))).toBe(false);

      const a = await readFile(path.join(dir, `ref${ext}`));
      const b = await readFile(path.join(dir, `out${ext}`));
      if (gz) expect(gunzipSync(b).equals(gunzipSync(a))).toBe(true);
      else expect(b.equals(a)).toBe(true);
      expect(gunzipOr(a, gz).split("\n").length - 1).toBe(DOCS - 4);

      const errIds = (await readFile(path.join(dir, "errors.jsonl"), "utf8"))
        .split("\n")
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { id: string }).id)
        .sort();
      const refErrIds = (await readFile(path.join(dir, "ref-errors.jsonl"), "utf8"))
        .split("\n")
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { id: string }).id)
        .sort();
      expect(errIds).toEqual(refErrIds);
    }, 120_000);
  }

  it("Ctrl-C (SIGINT) writes what is in flight, keeps FILE.partial, exits 130; --resume completes it", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "nc-sigint-"));
    await writeFile(path.join(dir, "in.jsonl"), corpus());
    const common = ["in.jsonl", "--workers", "2", "--batch-size", "16", "-q"];
    expect(run([...common, "--output", "ref.jsonl"], dir).code).toBe(1);
    const partial = path.join(dir, "out.jsonl.partial");
    const child = spawn(process.execPath, [CLI, "clean", ...common, "--output", "out.jsonl"], {
      cwd: dir,
      env: { ...process.env, NEWSCLEAN_TEST_DELAY_MS: "1" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr?.on("data", (c: Buffer) => {
      stderr += c.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const t0 = Date.now();
    while (!(existsSync(partial) && statSync(partial).size > 20_000) && Date.now() - t0 < 20_000) {
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill("SIGINT");
    expect(await exited).toBe(130);
    expect(stderr).toMatch(/interrupted: rerun with --resume to continue/);
    expect(existsSync(partial)).toBe(true);
    const kept = await readFile(partial);
    expect(kept.at(-1)).toBe(10); // whole lines only
    expect(run([...common, "--output", "out.jsonl", "--resume"], dir).code).toBe(1);
    expect(
      (await readFile(path.join(dir, "out.jsonl"))).equals(await readFile(path.join(dir, "ref.jsonl"))),
    ).toBe(true);
  }, 120_000);

  it("--resume on a finished output changes nothing", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "nc-resume2-"));
    await writeFile(path.join(dir, "in.jsonl"), corpus().split("\n").slice(0, 300).join("\n"));
    expect(run(["in.jsonl", "--output", "o.jsonl", "-q", "-j", "0"], dir).code).toBe(0);
    const before = await readFile(path.join(dir, "o.jsonl"));
    const r = run(["in.jsonl", "--output", "o.jsonl", "--resume", "-j", "0"], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/300 already done \(resumed\)/);
    expect((await readFile(path.join(dir, "o.jsonl"))).equals(before)).toBe(true);
  });
});

function gunzipOr(b: Buffer, gz: boolean): string {
  return (gz ? gunzipSync(b) : b).toString();
}
