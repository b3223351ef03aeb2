/**
 * The output buffer a task borrows: workers write packed output into shared
 * memory, the reading thread writes it out from there and lends the buffer
 * to a later task. Named cases: what goes in the buffer, what does not fit,
 * and that a lent view is only given back once the sink has consumed it;
 * and the memory limits pool workers run with.
 */
import { execFileSync } from "node:child_process";
import { Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { BATCH_HEAP_GROWING_PERCENT, createExecutor, WORKER_YOUNG_GENERATION_MB } from "../src/batch/pool.js";
import { runTask } from "../src/batch/process.js";
import type { PackedResult, WorkerConfig } from "../src/batch/types.js";
import type { ChunkItem } from "../src/corpus/items.js";
import { writeAll } from "../src/corpus/output.js";

const cfg: WorkerConfig = {
  options: {},
  idField: "id",
  textField: "text",
  htmlField: "html",
  json: true,
  text: true,
  explain: false,
};

function chunk(n: number, first = 1): ChunkItem {
  const lines = Array.from({ length: n }, (_, i) =>
    JSON.stringify({
      id: `d${first + i}`,
      text: `Headline ${i}\n\nHeadline ${i}\n\nThe council met on Tuesday.`,
    }),
  );
  return {
    k: "chunk",
    bytes: Buffer.from(`${lines.join("\n")}\n`),
    display: "t.jsonl",
    firstLine: first,
    lines: n,
  };
}

const packed = (r: unknown): PackedResult => r as PackedResult;

describe("shared output buffer", () => {
  it("packed JSON and text are views into the lent buffer, byte-identical to a run without it", () => {
    const items = [chunk(5), chunk(4, 6)];
    const plain = runTask({ seq: 0, items }, cfg).results.map(packed);
    const out = new SharedArrayBuffer(1 << 16);
    const shared = runTask({ seq: 0, items: [chunk(5), chunk(4, 6)], out }, cfg).results.map(packed);
    expect(shared).toHaveLength(2);
    for (let i = 0; i < 2; i++) {
      const a = plain[i] as PackedResult;
      const b = shared[i] as PackedResult;
      // With both outputs the JSON lines go to the buffer, the text is a copy.
      expect(b.json?.buffer).toBe(out);
      expect(b.text?.buffer).not.toBe(out);
      expect(Buffer.from(b.json as Uint8Array).equals(Buffer.from(a.json as Uint8Array))).toBe(true);
      expect(Buffer.from(b.text as Uint8Array).equals(Buffer.from(a.text as Uint8Array))).toBe(true);
    }
    // The second chunk's bytes follow the first's: nothing overlaps.
    const [x, y] = shared as [PackedResult, PackedResult];
    expect((y.json as Uint8Array).byteOffset).toBeGreaterThanOrEqual(
      (x.json as Uint8Array).byteOffset + (x.json as Uint8Array).byteLength,
    );
  });

  it("text-only output goes to the buffer", () => {
    const textCfg = { ...cfg, json: false };
    const out = new SharedArrayBuffer(1 << 16);
    const [r] = runTask({ seq: 0, items: [chunk(4)], out }, textCfg).results.map(packed);
    const [p] = runTask({ seq: 0, items: [chunk(4)] }, textCfg).results.map(packed);
    expect(r?.text?.buffer).toBe(out);
    expect(r?.json).toBeUndefined();
    expect(Buffer.from(r?.text as Uint8Array).toString()).toBe(Buffer.from(p?.text as Uint8Array).toString());
    expect(Buffer.from(p?.text as Uint8Array).toString()).toContain("The council met on Tuesday.");
  });

  it("output that does not fit gets a buffer of its own, with the same bytes", () => {
    const out = new SharedArrayBuffer(64);
    const [r] = runTask({ seq: 0, items: [chunk(3)], out }, cfg).results.map(packed);
    const [p] = runTask({ seq: 0, items: [chunk(3)] }, cfg).results.map(packed);
    expect(r?.json?.buffer).not.toBe(out);
    expect(Buffer.from(r?.json as Uint8Array).equals(Buffer.from(p?.json as Uint8Array))).toBe(true);
  });

  it("output that stops fitting half-way moves to a buffer of its own, bytes unchanged, space given back", () => {
    const [p] = runTask({ seq: 0, items: [chunk(6)] }, cfg).results.map(packed);
    const whole = Buffer.from(p?.json as Uint8Array);
    const out = new SharedArrayBuffer(Math.floor(whole.length / 2));
    const [r, next] = runTask({ seq: 0, items: [chunk(6), chunk(1, 7)], out }, cfg).results.map(packed);
    expect(r?.json?.buffer).not.toBe(out);
    expect(Buffer.from(r?.json as Uint8Array).equals(whole)).toBe(true);
    // The next chunk of the task starts at the beginning of the buffer again.
    expect(next?.json?.buffer).toBe(out);
    expect(next?.json?.byteOffset).toBe(0);
  });

  it("writeAll of a shared view resolves only after the sink has consumed the bytes", async () => {
    const seen: string[] = [];
    let finish: (() => void) | undefined;
    const sink = new Writable({
      highWaterMark: 1 << 20,
      write(data: Buffer, _enc, cb) {
        finish = () => {
          seen.push(Buffer.from(data).toString());
          cb();
        };
      },
    });
    const sab = new SharedArrayBuffer(8);
    const view = new Uint8Array(sab, 0, 5);
    view.set(Buffer.from("hello"));
    let resolved = false;
    const p = writeAll(sink, view).then(() => {
      resolved = true;
    });
    await new Promise((r) => setTimeout(r, 20));
    // An ordinary buffer would resolve here (below the high-water mark); a lent view must not.
    expect(resolved).toBe(false);
    finish?.();
    await p;
    expect(resolved).toBe(true);
    expect(seen).toEqual(["hello"]);
    // And an ordinary buffer still resolves as soon as the stream has buffered it.
    let plainResolved = false;
    const q = writeAll(sink, Buffer.from("x")).then(() => {
      plainResolved = true;
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(plainResolved).toBe(true);
    finish?.();
    await q;
  });
});

describe("worker memory", () => {
  it("pool workers run with their young generation capped at WORKER_YOUNG_GENERATION_MB", async () => {
    const executor = createExecutor(2, cfg, new URL("./fixtures/limits-worker.mjs", import.meta.url));
    try {
      const limits = (await Promise.all(
        [0, 1].map((seq) => executor.run({ seq, items: [] })),
      )) as unknown as {
        maxYoungGenerationSizeMb: number;
        maxOldGenerationSizeMb: number;
      }[];
      for (const l of limits) {
        expect(l.maxYoungGenerationSizeMb).toBe(WORKER_YOUNG_GENERATION_MB);
        // The old generation keeps V8's default (far above the young cap): a huge document must fit.
        expect(l.maxOldGenerationSizeMb).toBeGreaterThan(10 * WORKER_YOUNG_GENERATION_MB);
      }
    } finally {
      await executor.close();
    }
  });

  it(`a batch executor holds this process's heaps to ${BATCH_HEAP_GROWING_PERCENT}% growth past their live data`, () => {
    // The same workload in two fresh processes (built dist): a steady live set and
    // short-lived garbage, as cleaning leaves it. V8's own factor lets the heap
    // grow to about twice what the tuned one does.
    const peak = (mode: string) => {
      const out = execFileSync(
        process.execPath,
        [fileURLToPath(new URL("./fixtures/heap-growth.mjs", import.meta.url)), mode],
        {
          encoding: "utf8",
        },
      );
      return Number(out.split(" ")[0]);
    };
    const plain = peak("plain");
    const tuned = peak("executor");
    expect(tuned).toBeGreaterThan(0);
    expect(tuned).toBeLessThan(0.75 * plain);
  });
});
