/**
 * The corpus layer on its own: strict UTF-8 with the position of the bad
 * byte, the streaming line reader (binary, empty, invalid lines, truncated
 * gzip), the WARC reader (warcio-written records, a record with a bad
 * length, recovery after it), globs and the directory walk order.
 */
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WARCRecord, WARCSerializer } from "warcio";
import { decodeDocumentBytes, findInvalidUtf8, lineColAt } from "../src/corpus/bytes.js";
import { expandInputs, globToRegExp } from "../src/corpus/inputs.js";
import { readFileReusing, readLineChunks, readLines } from "../src/corpus/lines.js";
import { readInput } from "../src/corpus/readers.js";
import { readWarc } from "../src/corpus/warc.js";

function chunks(...parts: Array<string | Buffer>): AsyncIterable<Buffer> {
  return Readable.from(parts.map((p) => (typeof p === "string" ? Buffer.from(p) : p)));
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

async function warcResponse(
  url: string,
  html: string,
  opts: { contentType?: string; type?: string } = {},
): Promise<Uint8Array> {
  const record = WARCRecord.create(
    {
      url,
      type: (opts.type ?? "response") as "response",
      date: "2024-01-02T03:04:05Z",
      httpHeaders: { "Content-Type": opts.contentType ?? "text/html; charset=utf-8" },
      statusline: "HTTP/1.1 200 OK",
    },
    (async function* () {
      yield new TextEncoder().encode(html);
    })(),
  );
  return WARCSerializer.serialize(record);
}

describe("strict UTF-8", () => {
  it("findInvalidUtf8 agrees with the fatal TextDecoder on arbitrary bytes", () => {
    const dec = new TextDecoder("utf-8", { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        let valid = true;
        try {
          dec.decode(bytes);
        } catch {
          valid = false;
        }
        expect(findInvalidUtf8(bytes) < 0).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });

  it("names the line and byte of the first bad sequence", () => {
    const bytes = Buffer.concat([Buffer.from("ok\nfine\nbad "), Buffer.from([0xc3, 0x28])]);
    expect(() => decodeDocumentBytes(bytes)).toThrow(/invalid UTF-8 \(byte 0xc3 at offset 12\)/);
    try {
      decodeDocumentBytes(bytes);
    } catch (e) {
      expect((e as { line?: number }).line).toBe(3);
    }
  });

  it("refuses empty, whitespace-only and binary documents", () => {
    expect(() => decodeDocumentBytes(Buffer.alloc(0))).toThrow(/empty file/);
    expect(() => decodeDocumentBytes(Buffer.from(" \n\n"))).toThrow(/empty/);
    expect(() => decodeDocumentBytes(Buffer.from("abc\0def"))).toThrow(
      /binary file \(NUL byte at offset 3\)/,
    );
  });

  it("lineColAt counts UTF-16 columns from 1", () => {
    expect(lineColAt("ab\ncd\nef", 0)).toEqual({ line: 1, col: 1 });
    expect(lineColAt("ab\ncd\nef", 4)).toEqual({ line: 2, col: 2 });
    expect(lineColAt("ab\ncd\nef", 6)).toEqual({ line: 3, col: 1 });
    expect(lineColAt("😀x\ny", 2)).toEqual({ line: 1, col: 3 });
  });
});

describe("readLines", () => {
  it("splits lines across chunk boundaries, including a multi-byte character", async () => {
    const euro = Buffer.from("€");
    const items = await collect(
      readLines(
        chunks(
          "a\r\nb",
          Buffer.concat([Buffer.from("c\n"), euro.subarray(0, 1)]),
          euro.subarray(1),
          "\nlast",
        ),
      ),
    );
    expect(items).toEqual([
      { lineNo: 1, text: "a" },
      { lineNo: 2, text: "bc" },
      { lineNo: 3, text: "€" },
      { lineNo: 4, text: "last" },
    ]);
  });

  it("isolates an invalid UTF-8 line and keeps the others", async () => {
    const items = await collect(
      readLines(
        chunks(Buffer.concat([Buffer.from("one\ntw"), Buffer.from([0xff]), Buffer.from("o\nthree\n")])),
      ),
    );
    expect(items[0]).toEqual({ lineNo: 1, text: "one" });
    expect(items[1]).toMatchObject({ lineNo: 2, error: expect.stringMatching(/invalid UTF-8 \(byte 0xff/) });
    expect(items[2]).toEqual({ lineNo: 3, text: "three" });
  });

  it("reports an empty stream and a binary stream as one fatal item", async () => {
    expect(await collect(readLines(chunks()))).toEqual([{ lineNo: 1, error: "empty file", fatal: true }]);
    const bin = await collect(readLines(chunks("abc\n", Buffer.from([0, 1, 2]))));
    expect(bin).toEqual([{ lineNo: 1, error: "binary file (NUL byte at offset 4)", fatal: true }]);
  });

  it("keeps the whole lines before a truncated gzip and reports where it broke", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "nc-lines-"));
    const lines = Array.from({ length: 2000 }, (_, i) =>
      JSON.stringify({ id: `d${i}`, text: `doc ${i} ${"x".repeat(i % 50)}` }),
    );
    const gz = gzipSync(`${lines.join("\n")}\n`);
    const file = path.join(dir, "t.jsonl.gz");
    await writeFile(file, gz.subarray(0, Math.floor(gz.length * 0.6)));
    const items = await collect(
      readInput(
        { path: file, display: "t.jsonl.gz", rel: "t.jsonl.gz", format: "jsonl" },
        { idField: "id", textField: "text", htmlField: "html" },
        { skippedRecords: 0 },
      ),
    );
    const last = items.at(-1);
    expect(last?.item).toMatchObject({ k: "error", error: "truncated gzip (unexpected end of file)" });
    const good = items.slice(0, -1);
    expect(good.length).toBeGreaterThan(100);
    good.forEach((u, i) => {
      expect(u.item).toEqual({ k: "line", line: lines[i], loc: `t.jsonl.gz:${i + 1}` });
    });
    expect(last?.item.loc).toBe(`t.jsonl.gz:${good.length + 1}`);
  });
});

describe("JSONL chunks (the fast path)", () => {
  it("cover the file's bytes exactly, in whole lines, with the right first line numbers", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "nc-chunks-"));
    const lines = Array.from({ length: 103 }, (_, i) =>
      JSON.stringify({ id: `c${i}`, text: "é".repeat(i % 17) }),
    );
    const body = `${lines.join("\n")}\n\n${lines[0]}`; // a blank line, and no newline at the end
    const file = path.join(dir, "c.jsonl");
    await writeFile(file, body);
    const units = await collect(
      readInput(
        { path: file, display: "c.jsonl", rel: "c.jsonl", format: "jsonl" },
        { idField: "id", textField: "text", htmlField: "html", chunkLines: 10, chunkBytes: 1 << 20 },
        { skippedRecords: 0 },
      ),
    );
    const chunks = units.map(
      (u) => u.item as { k: string; bytes: Uint8Array; firstLine: number; lines: number },
    );
    expect(chunks.every((c) => c.k === "chunk" && c.lines <= 10)).toBe(true);
    expect(Buffer.concat(chunks.map((c) => c.bytes)).toString()).toBe(body);
    let next = 1;
    for (const c of chunks) {
      expect(c.firstLine).toBe(next);
      // Each chunk owns its buffer, so it can be transferred to a worker.
      expect(c.bytes.byteLength).toBe(c.bytes.buffer.byteLength);
      next += c.lines;
    }
    expect(next - 1).toBe(105);
  });

  it("lines cut across the source's buffers at any point come out whole and in order, also when the source reuses its buffer", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.string({ maxLength: 40 }).map((l) => l.replace(/\n/g, " ")),
          { minLength: 1, maxLength: 30 },
        ),
        fc.array(fc.integer({ min: 1, max: 17 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 5 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 64 }),
        fc.boolean(),
        async (lines, cuts, maxLines, finalNewline, maxBytes, reuse) => {
          const body = Buffer.from(lines.join("\n") + (finalNewline ? "\n" : ""));
          fc.pre(body.length > 0);
          const pieces: Buffer[] = [];
          for (let at = 0, k = 0; at < body.length; k++) {
            const n = cuts[k % cuts.length] as number;
            pieces.push(Buffer.from(body.subarray(at, at + n)));
            at += n;
          }
          // A reusing source scribbles over its one buffer as soon as the reader asks for more.
          async function* reusing(): AsyncGenerator<Buffer> {
            const buf = Buffer.alloc(32);
            for (const p of pieces) {
              p.copy(buf);
              yield buf.subarray(0, p.length);
              buf.fill(0xff);
            }
          }
          const source = reuse ? reusing() : Readable.from(pieces);
          const got = await collect(readLineChunks(source, maxLines, maxBytes, 1));
          const ok = got.filter(
            (c): c is { bytes: Uint8Array; firstLine: number; lines: number } => "bytes" in c,
          );
          expect(ok.length).toBe(got.length);
          expect(Buffer.concat(ok.map((c) => c.bytes)).equals(body)).toBe(true);
          let next = 1;
          for (const c of ok) {
            expect(c.firstLine).toBe(next);
            expect(c.lines).toBeLessThanOrEqual(maxLines);
            expect(c.bytes.byteLength).toBe(c.bytes.buffer.byteLength);
            expect(Buffer.from(c.bytes).toString().split("\n").length - 1).toBeLessThanOrEqual(c.lines);
            next += c.lines;
          }
          // A file's lines: one per newline, plus an unterminated last one.
          const fileLines = body.toString().split("\n");
          if (fileLines.at(-1) === "") fileLines.pop();
          expect(next - 1).toBe(fileLines.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("readFileReusing yields a file's bytes in order through one reused buffer, counting them", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "nc-reuse-"));
    const file = path.join(dir, "a.jsonl");
    const body = Buffer.from(
      Array.from({ length: 50 }, (_, i) => `{"id":"${i}","text":"é ${i}"}\n`).join(""),
    );
    await writeFile(file, body);
    let counted = 0;
    const seen: Buffer[] = [];
    const views = new Set<ArrayBufferLike>();
    for await (const b of readFileReusing(file, { add: (n) => (counted += n) }, 7)) {
      expect(b.length).toBeLessThanOrEqual(7);
      views.add(b.buffer);
      seen.push(Buffer.from(b));
    }
    expect(Buffer.concat(seen).equals(body)).toBe(true);
    expect(counted).toBe(body.length);
    expect(views.size).toBe(1);
    // A missing file fails when iterated, and the chunk reader turns that into one fatal item.
    const missing = await collect(
      readLineChunks(readFileReusing(path.join(dir, "nope.jsonl")), 10, 1 << 20, 1),
    );
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({
      lineNo: 1,
      fatal: true,
      error: expect.stringMatching(/no such file/),
    });
  });

  it("a truncated gzip: whole-line chunks, then the error at the line that broke", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "nc-chunks-gz-"));
    const lines = Array.from({ length: 3000 }, (_, i) =>
      JSON.stringify({ id: `d${i}`, text: `doc ${i} ${"y".repeat(i % 70)}` }),
    );
    const gz = gzipSync(`${lines.join("\n")}\n`);
    const file = path.join(dir, "t.jsonl.gz");
    await writeFile(file, gz.subarray(0, Math.floor(gz.length * 0.5)));
    const units = await collect(
      readInput(
        { path: file, display: "t.jsonl.gz", rel: "t.jsonl.gz", format: "jsonl" },
        { idField: "id", textField: "text", htmlField: "html", chunkLines: 64, chunkBytes: 1 << 20 },
        { skippedRecords: 0 },
      ),
    );
    const last = units.at(-1)?.item;
    expect(last).toMatchObject({ k: "error", error: "truncated gzip (unexpected end of file)" });
    const chunks = units.slice(0, -1).map((u) => u.item as { bytes: Uint8Array; lines: number });
    const text = Buffer.concat(chunks.map((c) => c.bytes)).toString();
    expect(text.endsWith("\n")).toBe(true);
    const got = text.split("\n").slice(0, -1);
    expect(got).toEqual(lines.slice(0, got.length));
    expect(last?.k === "error" && last.loc).toBe(`t.jsonl.gz:${got.length + 1}`);
  });
});

describe("readWarc", () => {
  it("reads warcio-written response records, plain and gzip", async () => {
    const a = await warcResponse("https://example.com/a", "<html><body><p>Alpha</p></body></html>");
    const b = await warcResponse("https://example.com/b", "<p>Beta</p>");
    const recs = await collect(readWarc(chunks(Buffer.from(a), Buffer.from(b))));
    expect(recs).toHaveLength(2);
    const r0 = recs[0];
    if (!r0 || !("record" in r0)) throw new Error("expected a record");
    expect(r0.record.headers.get("warc-target-uri")).toBe("https://example.com/a");
    expect(r0.record.content.toString()).toContain("<p>Alpha</p>");
    expect(r0.record.line).toBe(1);
  });

  it("reports a record whose Content-Length is wrong and recovers at the next record", async () => {
    const a = Buffer.from(await warcResponse("https://example.com/a", "<p>Alpha is a long enough body</p>"));
    const b = Buffer.from(await warcResponse("https://example.com/b", "<p>Beta</p>"));
    const c = Buffer.from(await warcResponse("https://example.com/c", "<p>Gamma</p>"));
    const text = b.toString("latin1");
    const len = Number(/Content-Length: (\d+)/.exec(text)?.[1]);
    // Too short: the record seems to end inside its body.
    const shortB = Buffer.from(
      text.replace(`Content-Length: ${len}`, `Content-Length: ${len - 7}`),
      "latin1",
    );
    const out1 = await collect(readWarc(chunks(Buffer.concat([a, shortB, c]))));
    expect(
      out1.map((x) => ("record" in x ? x.record.headers.get("warc-target-uri") : `error: ${x.error}`)),
    ).toEqual([
      "https://example.com/a",
      expect.stringMatching(/^error: bad Content-Length \d+: the record does not end where its length says/),
      "https://example.com/c",
    ]);
    // Too long: the record swallows the start of the next one; that one is lost, the third is read.
    const longB = Buffer.from(
      text.replace(`Content-Length: ${len}`, `Content-Length: ${len + 40}`),
      "latin1",
    );
    const out2 = await collect(readWarc(chunks(Buffer.concat([a, longB, c, a]))));
    const kinds = out2.map((x) => ("record" in x ? "record" : "error"));
    expect(kinds[0]).toBe("record");
    expect(kinds[1]).toBe("error");
    expect(kinds.at(-1)).toBe("record");
    // Past the end of the file.
    const out3 = await collect(readWarc(chunks(Buffer.concat([a, longB]))));
    expect(out3.at(-1)).toMatchObject({ error: expect.stringMatching(/only \d+ bytes left/) });
  });

  it("readInput keeps HTML responses only and counts the rest", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "nc-warc-"));
    const file = path.join(dir, "x.warc.gz");
    const html = await warcResponse("https://example.com/a", "<p>Alpha</p>");
    const img = await warcResponse("https://example.com/i.png", "PNG", { contentType: "image/png" });
    await writeFile(file, gzipSync(Buffer.concat([Buffer.from(html), Buffer.from(img)])));
    const stats = { skippedRecords: 0 };
    const items = await collect(
      readInput(
        { path: file, display: "x.warc.gz", rel: "x.warc.gz", format: "warc" },
        { idField: "id", textField: "text", htmlField: "html" },
        stats,
      ),
    );
    expect(items).toHaveLength(1);
    expect(items[0]?.item).toMatchObject({
      k: "bytes",
      format: "html",
      url: "https://example.com/a",
      charset: "utf-8",
    });
    expect(Buffer.from((items[0]?.item as { bytes: Uint8Array } | undefined)?.bytes ?? []).toString()).toBe(
      "<p>Alpha</p>",
    );
    expect(items[0]?.ids?.[0]).toMatch(/^<urn:uuid:/);
    expect(stats.skippedRecords).toBe(1);
  });
});

describe("inputs", () => {
  it("globs: *, ** and ?", () => {
    expect(globToRegExp("*/input.txt").test("a/input.txt")).toBe(true);
    expect(globToRegExp("*/input.txt").test("a/b/input.txt")).toBe(false);
    expect(globToRegExp("**/*.txt").test("a/b/c.txt")).toBe(true);
    expect(globToRegExp("**/*.txt").test("c.txt")).toBe(true);
    expect(globToRegExp("doc?.txt").test("doc1.txt")).toBe(true);
    expect(globToRegExp("doc?.txt").test("doc12.txt")).toBe(false);
    expect(globToRegExp("a.b").test("axb")).toBe(false);
  });

  it("walks directories in a stable order, a directory's files before its subdirectories", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "nc-walk-"));
    for (const f of ["b/2.txt", "b/1.txt", "a.txt", "c/x/y.jsonl", "z.txt", "skip.bin", "b/page.html"]) {
      await mkdir(path.dirname(path.join(dir, f)), { recursive: true });
      await writeFile(path.join(dir, f), "x");
    }
    const inputs = await expandInputs([dir]);
    expect(inputs.map((i) => [i.rel, i.format])).toEqual([
      ["a.txt", "text"],
      ["z.txt", "text"],
      ["b/1.txt", "text"],
      ["b/2.txt", "text"],
      ["b/page.html", "html"],
      ["c/x/y.jsonl", "jsonl"],
    ]);
    const globbed = await expandInputs([`${dir}/*/*.txt`]);
    expect(globbed.map((i) => i.rel)).toEqual(["b/1.txt", "b/2.txt"]);
    await expect(expandInputs([`${dir}/nothing/*.txt`])).rejects.toThrow(/no input files match/);
  });
});
