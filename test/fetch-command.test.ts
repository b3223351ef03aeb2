import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchCommand, parseDuration, parseSize } from "../src/fetch/command.js";
import { html, startServer, type TestServer } from "./fixtures/fetch/server.js";

const article =
  "Officials said on Monday that the bridge would reopen next week after repairs.\n\n" +
  "Traffic has been diverted through the town centre since the storm.";

let server: TestServer;
let dir: string;
beforeAll(async () => {
  server = await startServer({
    "/a.txt": (_q, r) => html(r, article, "text/plain; charset=utf-8"),
    "/b.txt": (_q, r) => html(r, article.toUpperCase(), "text/plain; charset=utf-8"),
    "/img": (_q, r) => {
      r.writeHead(200, { "content-type": "image/png" });
      r.end(Buffer.alloc(100));
    },
  });
  dir = await mkdtemp(join(tmpdir(), "newsclean-fetch-"));
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

function run(argv: string[], stdinText = ""): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (d: Buffer) => {
    out += d.toString();
  });
  stderr.on("data", (d: Buffer) => {
    err += d.toString();
  });
  return fetchCommand(argv, { stdin: Readable.from([stdinText]), stdout, stderr }).then((code) => ({
    code,
    stdout: out,
    stderr: err,
  }));
}

const LOCAL = ["--allow-private", "--no-robots", "--delay", "0ms", "--retries", "0"];

describe("newsclean fetch", () => {
  it("writes one JSONL record per URL to stdout and a summary to stderr; exit 0 when all succeed", async () => {
    const list = join(dir, "ok.txt");
    await writeFile(list, `# news\n${server.url("/a.txt")}\n\n  ${server.url("/b.txt")}  \n`);
    const { code, stdout, stderr } = await run([list, ...LOCAL]);
    expect(code).toBe(0);
    const records = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records.map((r) => r.url).sort()).toEqual([server.url("/a.txt"), server.url("/b.txt")]);
    for (const r of records) {
      expect(r).toMatchObject({ status: 200 });
      expect(Object.keys(r).sort()).toEqual(
        ["fetchedAt", "findings", "finalUrl", "meta", "status", "text", "title", "url"].sort(),
      );
    }
    expect(stderr).toMatch(/^newsclean fetch: 2 URLs, 2 ok, 0 failed, \d+(\.\d)? (B|KB), \d+\.\d s\n$/);
  });

  it("reads stdin with -, writes --out, counts failures by reason; exit 1", async () => {
    const outFile = join(dir, "out.jsonl");
    const input = [server.url("/a.txt"), server.url("/missing"), server.url("/img"), "ftp://x/y", ""].join(
      "\n",
    );
    const { code, stdout, stderr } = await run(["-", "--out", outFile, ...LOCAL], input);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    const lines = (await readFile(outFile, "utf8")).trim().split("\n");
    expect(lines).toHaveLength(4);
    const byUrl = new Map(
      lines.map((l) => JSON.parse(l) as { url: string; error?: string }).map((r) => [r.url, r]),
    );
    expect(byUrl.get(server.url("/missing"))?.error).toBe("HTTP 404");
    expect(byUrl.get("ftp://x/y")?.error).toBe("unsupported scheme: ftp");
    expect(stderr).toMatch(
      /4 URLs, 1 ok, 3 failed \(HTTP 404: 1, unsupported content type: 1, unsupported scheme: 1\)/,
    );
    expect(stderr).toContain(`  failed ${server.url("/missing")}: HTTP 404`);
  });

  it("--quiet drops the per-URL failure lines but keeps the summary", async () => {
    const { code, stderr } = await run(["-", "--quiet", ...LOCAL], server.url("/missing"));
    expect(code).toBe(1);
    expect(stderr).not.toContain("failed http");
    expect(stderr).toMatch(/1 URL, 0 ok, 1 failed \(HTTP 404: 1\)/);
  });

  it("refuses loopback without --allow-private", async () => {
    const { code, stdout } = await run(["-"], server.url("/a.txt"));
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ status: 0, error: expect.stringMatching(/^blocked address/) });
    expect(server.hits("/robots.txt")).toHaveLength(0);
  });

  it.each([
    [[], /missing the URL list/],
    [["a.txt", "b.txt"], /exactly one URL list/],
    [["-", "--bogus"], /Unknown option '--bogus'/],
    [["-", "--delay", "400"], /--delay: expected a duration like 400ms or 30s/],
    [["-", "--timeout", "soon"], /--timeout: expected a duration/],
    [["-", "--max-bytes", "lots"], /--max-bytes: expected a size/],
    [["-", "--per-host", "0"], /--per-host: expected a whole number ≥ 1/],
    [["-", "--retries", "-1"], /--retries/],
    [["-", "--user-agent", ""], /--user-agent: must be a non-empty single line/],
    [["/nonexistent/urls.txt"], /cannot read \/nonexistent\/urls.txt: ENOENT/],
  ])("usage error %j → exit 2", async (argv, message) => {
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr).toContain("Usage: newsclean fetch");
  });

  it("--help prints usage and exits 0", async () => {
    const { code, stdout } = await run(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Usage: newsclean fetch URLS.txt|- [options]");
  });
});

describe("argument parsing", () => {
  it("parses durations", () => {
    expect(parseDuration("delay", "400ms")).toBe(400);
    expect(parseDuration("delay", "1.5s")).toBe(1500);
    expect(parseDuration("delay", "30S")).toBe(30_000);
    expect(parseDuration("delay", "0")).toBe(0);
    expect(() => parseDuration("delay", "5m")).toThrow(/duration/);
  });
  it("parses sizes in binary units", () => {
    expect(parseSize("max-bytes", "5MB")).toBe(5 * 1024 * 1024);
    expect(parseSize("max-bytes", "512KB")).toBe(512 * 1024);
    expect(parseSize("max-bytes", "1000")).toBe(1000);
    expect(parseSize("max-bytes", "1.5kb")).toBe(1536);
    expect(() => parseSize("max-bytes", "0")).toThrow(/at least 1 byte/);
  });
});
