/**
 * `newsclean clean` end to end, through the compiled CLI (dist/cli/main.js):
 * every input format, the output modes, bad inputs (each reported, the rest
 * processed, exit 1), usage errors (exit 2), --explain, --summary.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { WARCRecord, WARCSerializer } from "warcio";

const ROOT = new URL("..", import.meta.url).pathname;
const CLI = path.join(ROOT, "dist/cli/main.js");
const FIX = path.join(ROOT, "test/fixtures/corpus");
const haveDist = existsSync(CLI);
if (!haveDist)
  console.warn("cli-clean tests skipped: dist/cli/main.js is missing (run `npx tsc -p tsconfig.json`)");

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], opts: { cwd?: string; input?: string | Buffer } = {}): Run {
  const r = spawnSync(process.execPath, [CLI, "clean", ...args], {
    cwd: opts.cwd ?? FIX,
    input: opts.input ?? "",
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function jsonLines(s: string): Array<Record<string, unknown>> {
  return s
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

async function warcRecord(
  url: string,
  body: string,
  contentType = "text/html; charset=utf-8",
): Promise<Buffer> {
  const rec = WARCRecord.create(
    {
      url,
      type: "response",
      date: "2024-05-06T07:08:09Z",
      httpHeaders: { "Content-Type": contentType },
      statusline: "HTTP/1.1 200 OK",
    },
    (async function* () {
      yield new TextEncoder().encode(body);
    })(),
  );
  return Buffer.from(await WARCSerializer.serialize(rec));
}

const ARTICLE =
  "<html><body><article><h1>Bridge reopens</h1><p>The bridge reopened on Friday after two years of repairs, city officials said.</p></article></body></html>";

describe.skipIf(!haveDist)("newsclean clean", () => {
  it("text files of a directory: cleaned text on stdout, documents separated by a \\f line", () => {
    const r = cli(["texts", "-j", "0", "-q"]);
    expect(r.code).toBe(0);
    const docs = r.stdout.split("\f\n");
    expect(docs).toHaveLength(3);
    expect(docs[0]).toMatch(
      /^Storm hits the coast\n\nA storm hit the coast on Monday\.\n\nThousands lost power\.\n$/,
    );
    expect(r.stderr).toBe("");
  }, 60_000);

  it("--out DIR mirrors the glob base and writes the record beside the text; the summary is short", async () => {
    const out = await mkdtemp(path.join(tmpdir(), "nc-out-"));
    const r = cli(["texts/*/a.txt", "--out", out, "-j", "1"]);
    expect(r.code).toBe(0);
    expect((await readdir(out)).sort()).toEqual(["story1", "story2"]);
    const text = await readFile(path.join(out, "story1/a.txt"), "utf8");
    expect(text.startsWith("Storm hits the coast\n\n")).toBe(true);
    const rec = JSON.parse(await readFile(path.join(out, "story1/a.txt.json"), "utf8")) as Record<
      string,
      unknown
    >;
    expect(rec).toMatchObject({ id: "texts/story1/a.txt", status: "article" });
    expect(r.stderr).toMatch(/^newsclean: 2 documents in, 2 out \(0 errors\)\n {2}text: .* in → .* out/);
    expect(r.stderr).toMatch(/time: .* wall, .* CPU \(1 worker\); \d+ docs\/s/);
    expect(r.stderr.split("\n").length).toBeLessThan(20);
    // --resume skips the documents whose output exists.
    const again = cli(["texts/*/a.txt", "--out", out, "--resume", "-j", "0"]);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/0 documents in, 0 out \(0 errors, 2 inputs already done\)/);
  }, 60_000);

  it("an HTML file goes to the pipeline as HTML and comes out as the article text", () => {
    const r = cli(["page.html", "-j", "0", "-q"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("The central bank raised rates on Tuesday");
    expect(r.stdout).not.toContain("<p>");
    const forced = cli(["--format", "html", "-", "-q", "-j", "0"], {
      input:
        "<html><body><article><h1>T</h1><p>Forced HTML paragraph that is long enough to be kept as the body of the article.</p></article></body></html>",
    });
    expect(forced.stdout).not.toContain("<p>");
  }, 60_000);

  it("JSONL on stdin with --jsonl: one record per line, other fields kept, a missing id is the line", () => {
    const input = `${['{"id":"a1","text":"One\\n\\nBody one.","source":"wire"}', "", '{"text":"Two\\n\\nBody two."}'].join("\n")}\n`;
    const r = cli(["--jsonl", "-q"], { input });
    expect(r.code).toBe(0);
    const recs = jsonLines(r.stdout);
    expect(recs.map((x) => x.id)).toEqual(["a1", "stdin:3"]);
    expect(recs[0]).toMatchObject({ source: "wire", status: "article" });
    for (const rec of recs)
      expect(Object.keys(rec)).toEqual(
        expect.arrayContaining(["id", "title", "text", "meta", "findings", "status"]),
      );
  }, 60_000);

  it("custom field names and .jsonl.gz files", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "nc-fields-"));
    const file = path.join(dir, "c.jsonl.gz");
    await writeFile(file, gzipSync('{"doc":"x9","body":"Title\\n\\nSome body text."}\n'));
    const r = cli([file, "--jsonl", "--id-field", "doc", "--text-field", "body", "-q"]);
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout)).toEqual([expect.objectContaining({ id: "x9", doc: "x9" })]);
    const plain = cli(["records.jsonl.gz", "--jsonl", "-q"]);
    expect(jsonLines(plain.stdout).map((x) => x.id)).toEqual(["r1", "records.jsonl.gz:2", "r3"]);
  }, 60_000);

  it("Multi-News raw lines: one cluster per line, ids FILE:LINE:K", () => {
    const r = cli(["clusters.txt.src", "--jsonl", "-q"]);
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout).map((x) => x.id)).toEqual([
      "clusters.txt.src:1:1",
      "clusters.txt.src:1:2",
      "clusters.txt.src:2:1",
    ]);
    const forced = cli(["--format", "multinews", "-", "--jsonl", "-q"], {
      input: "a doc ||||| another doc\n",
    });
    expect(jsonLines(forced.stdout).map((x) => x.id)).toEqual(["stdin:1:1", "stdin:1:2"]);
  }, 60_000);

  it("WARC and WARC.gz: HTML responses become records with the WARC id and URL", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "nc-warc-"));
    const a = await warcRecord("https://news.example/a", ARTICLE);
    const img = await warcRecord("https://news.example/x.png", "PNG", "image/png");
    await writeFile(path.join(dir, "crawl.warc"), Buffer.concat([a, img]));
    await writeFile(path.join(dir, "crawl2.warc.gz"), gzipSync(a));
    const r = cli([dir, "--jsonl", "-j", "0"]);
    const recs = jsonLines(r.stdout);
    const failed =
      r.stderr.match(/^newsclean: .*$/gm)?.filter((l) => !/documents in|^newsclean: \d/.test(l)) ?? [];
    // Whether the pipeline extracts HTML yet or not, each HTML response is one item: a record or an error.
    expect(recs.length + failed.length).toBe(2);
    for (const rec of recs) {
      expect(rec.id).toMatch(/^<urn:uuid:/);
      expect(rec.url).toBe("https://news.example/a");
    }
    expect(r.stderr).toMatch(/1 non-HTML WARC records skipped/);
  }, 60_000);

  it("bad inputs: each reported with its location, the rest processed, exit 1, --errors lists them", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "nc-bad-"));
    await writeFile(path.join(dir, "01-good.txt"), "Good title\n\nGood body.\n");
    await writeFile(path.join(dir, "02-binary.txt"), Buffer.from([0x47, 0x49, 0x46, 0x00, 0x01, 0x02]));
    await writeFile(
      path.join(dir, "03-utf8.txt"),
      Buffer.concat([Buffer.from("Title\n\nBody with "), Buffer.from([0xe9]), Buffer.from(" byte\n")]),
    );
    await writeFile(path.join(dir, "04-empty.txt"), "");
    await writeFile(
      path.join(dir, "05-lines.jsonl"),
      Buffer.concat([
        Buffer.from(
          '{"id":"ok1","text":"A\\n\\nB."}\n{"id": broken\n{"id":"ok2","text":"C\\n\\nD."}\n{"id":"bad8","text":"caf',
        ),
        Buffer.from([0xe9]),
        Buffer.from('"}\n{"id":"ok3","text":"E\\n\\nF."}\n'),
      ]),
    );
    const big = Array.from({ length: 3000 }, (_, i) =>
      JSON.stringify({ id: `g${i}`, text: `Title ${i}\n\nBody ${i} ${"word ".repeat(i % 40)}` }),
    ).join("\n");
    const gz = gzipSync(big);
    await writeFile(path.join(dir, "06-trunc.jsonl.gz"), gz.subarray(0, Math.floor(gz.length / 2)));
    const w1 = await warcRecord("https://news.example/1", ARTICLE);
    const w2 = await warcRecord("https://news.example/2", ARTICLE);
    const w3 = await warcRecord("https://news.example/3", ARTICLE);
    const t2 = w2.toString("latin1");
    const len = Number(/Content-Length: (\d+)/.exec(t2)?.[1]);
    await writeFile(
      path.join(dir, "07-bad.warc"),
      Buffer.concat([
        w1,
        Buffer.from(t2.replace(`Content-Length: ${len}`, `Content-Length: ${len - 5}`), "latin1"),
        w3,
      ]),
    );
    await writeFile(path.join(dir, "08-good.txt"), "Last title\n\nLast body.\n");
    const errors = path.join(dir, "errors.jsonl");
    const r = cli([dir, "--jsonl", "--errors", errors, "-j", "2"], { cwd: dir });
    expect(r.code).toBe(1);
    const msgs = r.stderr
      .split("\n")
      .filter((l) => l.startsWith("newsclean: ") && !/ documents in, /.test(l));
    expect(msgs).toEqual(
      expect.arrayContaining([
        "newsclean: 02-binary.txt:1: binary file (NUL byte at offset 3)",
        "newsclean: 03-utf8.txt:3: invalid UTF-8 (byte 0xe9 at offset 17)",
        "newsclean: 04-empty.txt:1: empty file",
        expect.stringMatching(/^newsclean: 05-lines\.jsonl:2: malformed JSON \(/),
        "newsclean: 05-lines.jsonl:4: invalid UTF-8 (byte 0xe9 at column byte 25)",
        expect.stringMatching(
          /^newsclean: 06-trunc\.jsonl\.gz:\d+: truncated gzip \(unexpected end of file\)$/,
        ),
        expect.stringMatching(
          /^newsclean: 07-bad\.warc:\d+: bad Content-Length \d+: the record does not end where its length says$/,
        ),
      ]),
    );
    const ids = jsonLines(r.stdout).map((x) => String(x.id));
    expect(ids[0]).toBe("01-good.txt");
    expect(ids.at(-1)).toBe("08-good.txt");
    expect(ids).toEqual(expect.arrayContaining(["ok1", "ok2", "ok3", "g0", "g1"]));
    expect(ids.filter((id) => id.startsWith("g")).length).toBeGreaterThan(100);
    const errs = jsonLines(await readFile(errors, "utf8"));
    expect(errs.map((e) => e.location)).toEqual(
      expect.arrayContaining(["02-binary.txt:1", "03-utf8.txt:3", "04-empty.txt:1", "05-lines.jsonl:2"]),
    );
    for (const e of errs) expect(Object.keys(e).sort()).toEqual(["error", "id", "location"]);
    // Nothing silently dropped: the summary counts the failures.
    const m = /newsclean: (\d+) documents in, (\d+) out \((\d+) errors?/.exec(r.stderr);
    expect(m).not.toBeNull();
    expect(Number(m?.[3])).toBe(errs.length);
    expect(Number(m?.[1])).toBe(Number(m?.[2]) + errs.length);
  }, 60_000);

  it("usage errors exit 2 with a message", () => {
    const cases: Array<[string[], RegExp]> = [
      [["--bogus", "texts"], /Unknown option '--bogus'/],
      [["texts", "--format", "pdf"], /--format expects text\|html\|jsonl\|multinews\|warc/],
      [["texts", "--resume"], /--resume needs --output FILE or --out DIR/],
      [["texts", "--workers=-1"], /--workers expects an integer/],
      [["texts", "--threshold", "2"], /--threshold expects a number between 0 and 1/],
      [["no-such-file.txt"], /no such file or directory: no-such-file\.txt/],
      [["texts", "--out", "x", "--output", "y.jsonl"], /cannot be used together/],
    ];
    for (const [args, re] of cases) {
      const r = cli(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(re);
    }
    expect(spawnSync(process.execPath, [CLI, "frobnicate"], { encoding: "utf8" }).status).toBe(2);
  }, 60_000);

  it("--help, --version and the command list", () => {
    const help = spawnSync(process.execPath, [CLI, "clean", "--help"], { encoding: "utf8" });
    expect(help.status).toBe(0);
    for (const opt of [
      "--jsonl",
      "--out",
      "--output",
      "--resume",
      "--workers",
      "--unordered",
      "--explain",
      "--errors",
      "--summary",
      "--cluster-field",
      "--cluster-dir",
      "--drop-junk",
      "--cluster-dedup",
      "--disable",
      "--threshold",
      "--report-only",
      "--format",
    ]) {
      expect(help.stdout).toContain(opt);
    }
    const main = spawnSync(process.execPath, [CLI, "--help"], { encoding: "utf8" });
    expect(main.status).toBe(0);
    expect(main.stdout).toMatch(/clean[\s\S]*fetch[\s\S]*rules[\s\S]*lexicon/);
    const v = spawnSync(process.execPath, [CLI, "--version"], { encoding: "utf8" });
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  }, 60_000);

  it("--explain prints one LOC:LINE:COL RULE MESSAGE line per finding", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "nc-explain-"));
    await writeFile(
      path.join(dir, "doc.txt"),
      "Title here\n\nA  sentence   with  odd   spacing .\n\nAnother line.\n",
    );
    const r = cli(["doc.txt", "--jsonl", "--explain", "-j", "0", "-q"], { cwd: dir });
    const rec = jsonLines(r.stdout)[0] as { findings: Array<{ rule: string; start: number }> };
    const lines = r.stderr.split("\n").filter((l) => l.startsWith("doc.txt:"));
    expect(lines).toHaveLength(rec.findings.length);
    lines.forEach((l, i) => {
      const f = rec.findings[i];
      expect(l).toMatch(/^doc\.txt:\d+:\d+ \S+ .+/);
      expect(l.split(" ")[1]).toBe(f?.rule);
    });
  }, 60_000);

  it("--summary FILE writes the counters as JSON", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "nc-sum-"));
    const file = path.join(dir, "s.json");
    const r = cli(["records.jsonl", "--summary", file, "--summary-only", "-q", "-j", "0"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    const s = JSON.parse(await readFile(file, "utf8")) as {
      documents: Record<string, number>;
      bytes: Record<string, number>;
      time: Record<string, number>;
    };
    expect(s.documents).toMatchObject({ in: 3, out: 3, errors: 0 });
    expect(s.bytes.read).toBeGreaterThan(0);
    expect(s.time.wallMs).toBeGreaterThan(0);
  }, 60_000);
});
