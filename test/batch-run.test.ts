/**
 * runShard in-process (--workers 0) with a stand-in pipeline, to pin what
 * the batch layer does around it: HTML goes in as `html`, a throwing
 * record pipeline becomes an error item, --drop-junk leaves junk out but counts
 * it, --cluster-field groups consecutive records, --cluster-dir groups a
 * directory, findings are counted per rule.
 */
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { InputRecord, OutputRecord } from "../src/pipeline.js";

const calls = vi.hoisted(() => ({ records: [] as InputRecord[], clusters: [] as string[][] }));

vi.mock("../src/pipeline.js", () => {
  const one = (r: InputRecord): OutputRecord => {
    calls.records.push(r);
    const src = r.text ?? r.html ?? "";
    if (src.includes("THROW")) throw new Error("unusable input: THROW marker");
    return {
      ...r.fields,
      id: r.id,
      title: "T",
      text: src.toUpperCase(),
      meta: { spin: 0 },
      findings: src.includes("  ")
        ? [
            {
              rule: "whitespace",
              kind: "normalization",
              start: src.indexOf("  "),
              end: src.indexOf("  ") + 2,
              confidence: 1,
              applied: true,
              message: "m",
            },
          ]
        : [
            {
              rule: "maybe",
              kind: "garbled",
              start: 0,
              end: 1,
              confidence: 0.3,
              applied: false,
              message: "m",
            },
          ],
      status: src.includes("JUNK") ? "junk" : "article",
    };
  };
  const cluster = (rs: InputRecord[]) => {
    calls.clusters.push(rs.map((r) => r.id));
    return rs.map(one);
  };
  return {
    processRecord: one,
    processCluster: cluster,
    recordProcessor: () => one,
    clusterProcessor: () => cluster,
  };
});

const { runShard } = await import("../src/batch/run.js");
const { expandInputs } = await import("../src/corpus/inputs.js");

function sink(): { stream: Writable; text: () => string } {
  const parts: string[] = [];
  return {
    stream: new Writable({
      write(c, _e, cb) {
        parts.push(String(c));
        cb();
      },
    }),
    text: () => parts.join(""),
  };
}

const worker = {
  options: {},
  idField: "id",
  textField: "text",
  htmlField: "html",
  json: true,
  text: false,
  explain: false,
};

beforeEach(() => {
  calls.records.length = 0;
  calls.clusters.length = 0;
});

describe("runShard (in-process, stand-in pipeline)", () => {
  it("passes HTML as html, turns a throw into an error item, drops junk but counts it", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "nc-run-"));
    await writeFile(path.join(dir, "a.html"), "<p>Hello</p>");
    await writeFile(
      path.join(dir, "b.jsonl"),
      [
        '{"id":"j1","text":"fine  text"}',
        '{"id":"j2","text":"THROW me"}',
        '{"id":"j3","text":"JUNK page"}',
        '{"id":"j4","html":"<p>x</p>"}',
      ].join("\n"),
    );
    const out = sink();
    const log = sink();
    const s = await runShard({
      inputs: await expandInputs([dir]),
      worker,
      workers: 0,
      output: { kind: "jsonl", stream: out.stream },
      log: log.stream,
      dropJunk: true,
    });
    expect(calls.records.find((r) => r.id.endsWith("a.html"))).toMatchObject({ html: "<p>Hello</p>" });
    expect(calls.records.find((r) => r.id.endsWith("a.html"))?.text).toBeUndefined();
    expect(calls.records.find((r) => r.id === "j4")).toMatchObject({ html: "<p>x</p>" });
    const ids = out
      .text()
      .split("\n")
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toEqual([expect.stringMatching(/a\.html$/), "j1", "j4"]);
    expect(log.text()).toMatch(/^newsclean: .*b\.jsonl:2: unusable input: THROW marker\n$/);
    expect(s.documents).toEqual({ in: 5, out: 3, junk: 1, spun: 0, dropped: 1, errors: 1, resumed: 0 });
    expect(s.rules).toEqual({ whitespace: { applied: 1, reported: 0 }, maybe: { applied: 0, reported: 3 } });
  });

  it("--cluster-field groups consecutive records with the same value", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "nc-cl-"));
    const rows = [
      ["a1", "A"],
      ["a2", "A"],
      ["b1", "B"],
      ["x1", undefined],
      ["a3", "A"],
    ];
    await writeFile(
      path.join(dir, "c.jsonl"),
      rows
        .map(([id, c]) => JSON.stringify(c ? { id, text: `t ${id}`, story: c } : { id, text: `t ${id}` }))
        .join("\n"),
    );
    const out = sink();
    await runShard({
      inputs: await expandInputs([path.join(dir, "c.jsonl")]),
      worker,
      workers: 0,
      clusterField: "story",
      batchDocs: 2,
      output: { kind: "jsonl", stream: out.stream },
      log: sink().stream,
    });
    expect(calls.clusters).toEqual([["a1", "a2"], ["b1"], ["a3"]]);
    expect(calls.records.map((r) => r.id)).toEqual(["a1", "a2", "b1", "x1", "a3"]);
    const ids = out
      .text()
      .split("\n")
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toEqual(["a1", "a2", "b1", "x1", "a3"]);
  });

  it("--cluster-dir makes each directory of text files one cluster", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "nc-cd-"));
    for (const f of ["s1/a.txt", "s1/b.txt", "s2/a.txt", "s2/sub/c.txt"]) {
      await mkdir(path.dirname(path.join(dir, f)), { recursive: true });
      await writeFile(path.join(dir, f), `text of ${f}`);
    }
    await runShard({
      inputs: await expandInputs([dir]),
      worker,
      workers: 0,
      clusterDir: true,
      output: { kind: "none" },
      log: sink().stream,
    });
    expect(calls.clusters.map((c) => c.map((id) => id.slice(id.length - 8)))).toEqual([
      ["s1/a.txt", "s1/b.txt"],
      ["s2/a.txt"],
      ["/sub/c.txt".slice(2)],
    ]);
  });

  it("back-pressure: a blocked sink stops the reader after the tasks in flight", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "nc-bp-"));
    const lines = Array.from({ length: 20_000 }, (_, i) => JSON.stringify({ id: `d${i}`, text: `doc ${i}` }));
    await writeFile(path.join(dir, "big.jsonl"), `${lines.join("\n")}\n`);
    let release: (() => void) | undefined;
    const blocked = new Writable({
      highWaterMark: 1,
      write(_c, _e, cb) {
        if (release === undefined) release = cb;
        else cb();
      },
    });
    const run = runShard({
      inputs: await expandInputs([path.join(dir, "big.jsonl")]),
      worker,
      workers: 0,
      batchDocs: 10,
      maxInFlight: 3,
      output: { kind: "jsonl", stream: blocked },
      log: sink().stream,
    });
    await new Promise((r) => setTimeout(r, 300));
    // Tasks in flight (3) plus the one being filled: nothing more was cleaned while the sink was stuck.
    expect(calls.records.length).toBeLessThanOrEqual(4 * 10);
    expect(calls.records.length).toBeGreaterThan(0);
    release?.();
    const s = await run;
    expect(s.documents.out).toBe(20_000);
  });
});

describe("renderText (the text output of a record)", async () => {
  const { renderText } = await import("../src/batch/process.js");
  const fc = (await import("fast-check")).default;
  // The definition: every line is a paragraph, trimmed; blank ones dropped; joined by blank lines.
  const byDefinition = (title: string, text: string) => {
    const body = text
      .split(/\n\s*\n|\n/)
      .map((p) => p.trim())
      .filter((p) => p !== "")
      .join("\n\n");
    if (title) return body ? `${title}\n\n${body}\n` : `${title}\n`;
    return body ? `${body}\n` : "";
  };
  const text = fc
    .array(fc.constantFrom("a", "B c", " ", "\t", "\n", "\r\n", "\u00a0", "\u2028", "."), { maxLength: 20 })
    .map((p) => p.join(""));

  it("renders exactly its definition", () => {
    fc.assert(
      fc.property(fc.constantFrom("", "Title"), text, (title, t) => {
        expect(renderText({ title, text: t })).toBe(byDefinition(title, t));
      }),
      { numRuns: 2000 },
    );
  });
});
