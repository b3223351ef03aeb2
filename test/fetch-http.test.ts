import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from "node:zlib";
import iconv from "iconv-lite";
import { afterEach, describe, expect, it } from "vitest";
import { type FetchedPage, type FetchOptions, fetchAndClean, fetchPages } from "../src/fetch/index.js";
import { collect, html, startServer, type TestServer } from "./fixtures/fetch/server.js";

/** Loopback test servers need allowPrivate; robots are covered in fetch-robots. Short delays keep it fast. */
const FAST: FetchOptions = {
  allowPrivate: true,
  robots: false,
  delay: 0,
  retryBaseDelay: 10,
  retryMaxDelay: 40,
};

const servers: TestServer[] = [];
async function serve(...args: Parameters<typeof startServer>): Promise<TestServer> {
  const s = await startServer(...args);
  servers.push(s);
  return s;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function fetchOne(url: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const pages = await collect(fetchPages([url], { ...FAST, ...options }));
  expect(pages).toHaveLength(1);
  return pages[0] as FetchedPage;
}

describe("fetchPages over HTTP", () => {
  it("fetches a UTF-8 page and sends the user agent", async () => {
    const s = await serve({ "/a": (_q, r) => html(r, "<title>Caf\u00e9</title>") });
    const page = await fetchOne(s.url("/a"));
    expect(page).toMatchObject({
      url: s.url("/a"),
      finalUrl: s.url("/a"),
      status: 200,
      charset: "utf-8",
      html: "<title>Caf\u00e9</title>",
      attempts: 1,
    });
    expect(page.error).toBeUndefined();
    expect(Number.isNaN(Date.parse(page.fetchedAt))).toBe(false);
    expect(s.log[0]?.userAgent).toBe("newsclean/0.1 (+https://github.com/newsclean/newsclean)");
  });

  it("retries a 429 after its Retry-After, then succeeds", async () => {
    const s = await serve({
      "/busy": (_q, r, n) => {
        if (n === 1) {
          r.writeHead(429, { "retry-after": "1" });
          r.end("slow down");
        } else html(r, "<p>ok</p>");
      },
    });
    const page = await fetchOne(s.url("/busy"));
    expect(page).toMatchObject({ status: 200, html: "<p>ok</p>", attempts: 2 });
    const [first, second] = s.hits("/busy");
    expect(second!.t - first!.t).toBeGreaterThanOrEqual(990); // Retry-After: 1 s honoured, not the 40 ms backoff
  });

  it("retries 503 twice then succeeds", async () => {
    const s = await serve({
      "/flaky": (_q, r, n) => {
        if (n <= 2) {
          r.writeHead(503);
          r.end();
        } else html(r, "<p>third time</p>");
      },
    });
    const page = await fetchOne(s.url("/flaky"));
    expect(page).toMatchObject({ status: 200, html: "<p>third time</p>", attempts: 3 });
    expect(s.hits("/flaky")).toHaveLength(3);
  });

  it("gives up after the retry budget with the last HTTP status", async () => {
    const s = await serve({
      "/down": (_q, r) => {
        r.writeHead(502);
        r.end();
      },
    });
    const page = await fetchOne(s.url("/down"), { retries: 2 });
    expect(page).toMatchObject({ status: 502, error: "HTTP 502", reason: "HTTP 502", attempts: 3 });
    expect(page.html).toBeUndefined();
  });

  it("does not retry a 404", async () => {
    const s = await serve({});
    const page = await fetchOne(s.url("/missing"));
    expect(page).toMatchObject({ status: 404, error: "HTTP 404", attempts: 1 });
  });

  it("refuses a Retry-After beyond the cap instead of stalling", async () => {
    const s = await serve({
      "/later": (_q, r) => {
        r.writeHead(503, { "retry-after": "3600" });
        r.end();
      },
    });
    const pages = await collect(fetchPages([s.url("/later"), s.url("/other")], { ...FAST, perHost: 1 }));
    const by = new Map(pages.map((p) => [new URL(p.url).pathname, p]));
    const page = by.get("/later")!;
    expect(page).toMatchObject({ status: 503, reason: "HTTP 503", attempts: 1 });
    expect(page.error).toMatch(/Retry-After 3600 s exceeds the cap/);
    // The rest of the host fails fast instead of each URL waiting and asking again.
    expect(by.get("/other")).toMatchObject({ status: 0, reason: "host suspended" });
    expect(by.get("/other")?.error).toMatch(/asked for a 3600 s pause/);
    expect(s.log.map((r) => r.path)).toEqual(["/later"]);
  });

  it("pauses the whole host on a 429, even when the URL is out of retries", async () => {
    const s = await serve({
      "/limited": (_q, r) => {
        r.writeHead(429, { "retry-after": "1" });
        r.end();
      },
      "/next": (_q, r) => html(r, "ok"),
    });
    const pages = await collect(
      fetchPages([s.url("/limited"), s.url("/next")], { ...FAST, perHost: 1, retries: 0 }),
    );
    expect(pages.map((p) => p.status).sort()).toEqual([200, 429]);
    const [limited, next] = [s.hits("/limited")[0]!, s.hits("/next")[0]!];
    expect(next.t - limited.t).toBeGreaterThanOrEqual(990);
  });

  it("follows redirects (relative Location) and reports the final URL", async () => {
    const s = await serve({
      "/old": (_q, r) => {
        r.writeHead(301, { location: "/mid" });
        r.end();
      },
      "/mid": (_q, r) => {
        r.writeHead(302, { location: "/new#frag" });
        r.end();
      },
      "/new": (_q, r) => html(r, "<p>moved</p>"),
    });
    const page = await fetchOne(s.url("/old"));
    expect(page).toMatchObject({ status: 200, finalUrl: s.url("/new"), html: "<p>moved</p>", attempts: 3 });
  });

  it("detects a redirect loop", async () => {
    const s = await serve({
      "/a": (_q, r) => {
        r.writeHead(302, { location: "/b" });
        r.end();
      },
      "/b": (_q, r) => {
        r.writeHead(302, { location: "/a" });
        r.end();
      },
    });
    const page = await fetchOne(s.url("/a"));
    expect(page).toMatchObject({ status: 302, reason: "redirect loop", finalUrl: s.url("/b") });
    expect(page.error).toBe(`redirect loop: ${s.url("/a")}`);
    expect(s.log).toHaveLength(2);
  });

  it("stops after maxRedirects", async () => {
    const routes: Record<string, Parameters<typeof startServer>[0][string]> = {};
    for (let i = 0; i < 10; i++) {
      routes[`/r${i}`] = (_q, r) => {
        r.writeHead(307, { location: `/r${i + 1}` });
        r.end();
      };
    }
    const s = await serve(routes);
    const page = await fetchOne(s.url("/r0"), { maxRedirects: 3 });
    expect(page).toMatchObject({ reason: "too many redirects", error: "too many redirects: more than 3" });
    expect(s.log).toHaveLength(4);
  });

  it("aborts a body over the limit while streaming (no Content-Length)", async () => {
    let written = 0;
    const s = await serve({
      "/big": (_q, r) => {
        r.writeHead(200, { "content-type": "text/html" });
        const chunk = Buffer.alloc(16 * 1024, 0x61);
        const pump = (): void => {
          while (written < 50 * 1024 * 1024 && !r.destroyed) {
            written += chunk.length;
            if (!r.write(chunk)) return void r.once("drain", pump);
          }
          r.end();
        };
        pump();
      },
    });
    const page = await fetchOne(s.url("/big"), { maxBytes: 100_000 });
    expect(page).toMatchObject({ status: 200, error: "body exceeds 100000 bytes", reason: "body too large" });
    expect(page.html).toBeUndefined();
    expect(written).toBeLessThan(50 * 1024 * 1024); // the server was cut off, not drained
  });

  it("refuses a declared Content-Length over the limit before reading", async () => {
    const s = await serve({ "/big": (_q, r) => html(r, "x".repeat(5000)) });
    const page = await fetchOne(s.url("/big"), { maxBytes: 1000 });
    expect(page).toMatchObject({ status: 200, error: "body exceeds 1000 bytes", attempts: 1 });
  });

  it("times out a body that stalls after the headers", async () => {
    const s = await serve({
      "/stall": (_q, r) => {
        r.writeHead(200, { "content-type": "text/html" });
        r.write("<p>partial");
        // never ends
      },
    });
    const t0 = performance.now();
    const page = await fetchOne(s.url("/stall"), { bodyTimeout: 150, retries: 1 });
    expect(page).toMatchObject({ status: 200, reason: "body timeout", attempts: 2 }); // headers came, body did not
    expect(page.error).toMatch(/^body timeout/);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(s.hits("/stall")).toHaveLength(2);
  });

  it("enforces the overall per-request deadline on a slow drip", async () => {
    const s = await serve({
      "/drip": (_q, r) => {
        r.writeHead(200, { "content-type": "text/html" });
        const timer = setInterval(() => r.write("."), 20);
        r.on("close", () => clearInterval(timer));
      },
    });
    const page = await fetchOne(s.url("/drip"), { timeout: 300, retries: 0 });
    expect(page).toMatchObject({ reason: "deadline exceeded", attempts: 1 });
  });

  it("times out missing headers", async () => {
    const s = await serve({ "/silent": () => {} });
    const page = await fetchOne(s.url("/silent"), { headersTimeout: 150, retries: 0 });
    expect(page).toMatchObject({ status: 0, reason: "headers timeout" });
  });

  it("retries a connection reset and reports it when it persists", async () => {
    const s = await serve({
      "/reset": (q) => q.socket.destroy(),
      "/reset-once": (q, r, n) => (n === 1 ? q.socket.destroy() : html(r, "<p>back</p>")),
    });
    const [gone, back] = await Promise.all([
      fetchOne(s.url("/reset"), { retries: 2 }),
      fetchOne(s.url("/reset-once"), { retries: 2 }),
    ]);
    expect(gone).toMatchObject({ status: 0, reason: "connection reset", attempts: 3 });
    expect(s.hits("/reset")).toHaveLength(3);
    expect(back).toMatchObject({ status: 200, html: "<p>back</p>", attempts: 2 });
  });

  it("reports a refused connection", async () => {
    const s = await serve({});
    const url = s.url("/x");
    await s.close();
    const page = await fetchOne(url, { retries: 1 });
    expect(page).toMatchObject({ status: 0, reason: "connection refused", attempts: 2 });
  });

  it("rejects non-HTML content types without reading the body", async () => {
    const s = await serve({
      "/img.png": (_q, r) => {
        r.writeHead(200, { "content-type": "image/png" });
        r.end(Buffer.alloc(10_000));
      },
      "/data.json": (_q, r) => {
        r.writeHead(200, { "content-type": "application/json" });
        r.end("{}");
      },
      "/plain.txt": (_q, r) => html(r, "just text", "text/plain; charset=utf-8"),
      "/page.xhtml": (_q, r) => html(r, "<html/>", "application/xhtml+xml"),
    });
    const pages = await collect(
      fetchPages(["/img.png", "/data.json", "/plain.txt", "/page.xhtml"].map(s.url), FAST),
    );
    const by = new Map(pages.map((p) => [new URL(p.url).pathname, p]));
    expect(by.get("/img.png")).toMatchObject({ status: 200, error: "unsupported content type: image/png" });
    expect(by.get("/img.png")?.html).toBeUndefined();
    expect(by.get("/data.json")).toMatchObject({ reason: "unsupported content type" });
    expect(by.get("/plain.txt")).toMatchObject({ status: 200, html: "just text" });
    expect(by.get("/page.xhtml")).toMatchObject({ status: 200, html: "<html/>" });
  });

  it("stops downloading a non-HTML body at once", async () => {
    let written = 0;
    const s = await serve({
      "/video.mp4": (_q, r) => {
        r.writeHead(200, { "content-type": "video/mp4" });
        const chunk = Buffer.alloc(64 * 1024);
        const pump = (): void => {
          while (written < 200 * 1024 * 1024 && !r.destroyed) {
            written += chunk.length;
            if (!r.write(chunk)) return void r.once("drain", pump);
          }
          r.end();
        };
        pump();
      },
    });
    const page = await fetchOne(s.url("/video.mp4"));
    expect(page).toMatchObject({ status: 200, error: "unsupported content type: video/mp4", attempts: 1 });
    expect(written).toBeLessThan(16 * 1024 * 1024);
  });

  it("decodes windows-1252 and Shift_JIS pages", async () => {
    const west = "<p>\u201cCaf\u00e9\u201d \u2013 \u20ac5 \u2026 na\u00efve</p>";
    const japan = "<p>\u65e5\u672c\u8a9e\u306e\u30cb\u30e5\u30fc\u30b9\u3067\u3059\u3002</p>";
    const s = await serve({
      "/1252": (_q, r) => html(r, iconv.encode(west, "windows-1252"), "text/html; charset=iso-8859-1"),
      "/sjis-meta": (_q, r) =>
        html(r, iconv.encode(`<meta charset="Shift_JIS">${japan}`, "shift_jis"), "text/html"),
      "/sjis-header": (_q, r) => html(r, iconv.encode(japan, "shift_jis"), "text/html; charset=Shift_JIS"),
      "/1252-sniffed": (_q, r) => html(r, iconv.encode(west, "windows-1252"), "text/html"),
    });
    const pages = await collect(
      fetchPages(["/1252", "/sjis-meta", "/sjis-header", "/1252-sniffed"].map(s.url), FAST),
    );
    const by = new Map(pages.map((p) => [new URL(p.url).pathname, p]));
    expect(by.get("/1252")).toMatchObject({ charset: "windows-1252", html: west });
    expect(by.get("/sjis-meta")).toMatchObject({
      charset: "shift_jis",
      html: `<meta charset="Shift_JIS">${japan}`,
    });
    expect(by.get("/sjis-header")).toMatchObject({ charset: "shift_jis", html: japan });
    expect(by.get("/1252-sniffed")).toMatchObject({ charset: "windows-1252", html: west });
  });

  it("decodes gzip, brotli and deflate bodies and applies the limit to the decoded size", async () => {
    const body = `<p>${"compressible ".repeat(2000)}</p>`;
    const s = await serve({
      "/gz": (_q, r) => {
        r.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
        r.end(gzipSync(body));
      },
      "/br": (_q, r) => {
        r.writeHead(200, { "content-type": "text/html", "content-encoding": "br" });
        r.end(brotliCompressSync(body));
      },
      "/deflate": (_q, r) => {
        r.writeHead(200, { "content-type": "text/html", "content-encoding": "deflate" });
        r.end(deflateSync(body));
      },
      "/deflate-raw": (_q, r) => {
        r.writeHead(200, { "content-type": "text/html", "content-encoding": "deflate" });
        r.end(deflateRawSync(body));
      },
    });
    const [gz, br, zl, raw] = await Promise.all(
      ["/gz", "/br", "/deflate", "/deflate-raw"].map((p) => fetchOne(s.url(p))),
    );
    expect(gz).toMatchObject({ status: 200, html: body, bytes: body.length });
    expect(br).toMatchObject({ status: 200, html: body });
    expect(zl).toMatchObject({ status: 200, html: body });
    expect(raw).toMatchObject({ status: 200, html: body }); // raw deflate, as some servers send it
    expect(gzipSync(body).length).toBeLessThan(5000);
    const bomb = await fetchOne(s.url("/gz"), { maxBytes: 5000 });
    expect(bomb).toMatchObject({ error: "body exceeds 5000 bytes" });
  });

  it("reports a corrupt compressed body", async () => {
    const s = await serve({
      "/bad": (_q, r) => {
        r.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
        r.end("this is not gzip");
      },
    });
    const page = await fetchOne(s.url("/bad"));
    expect(page).toMatchObject({ status: 200, reason: "decompression error", attempts: 1 });
  });

  it("refuses an unknown Content-Encoding and frees the connection", async () => {
    const s = await serve({
      "/odd": (_q, r) => {
        r.writeHead(200, { "content-type": "text/html", "content-encoding": "x-squash" });
        r.end("????");
      },
      "/fine": (_q, r) => html(r, "fine"),
    });
    const pages = await collect(fetchPages([s.url("/odd"), s.url("/fine")], { ...FAST, perHost: 1 }));
    const by = new Map(pages.map((p) => [new URL(p.url).pathname, p]));
    expect(by.get("/odd")).toMatchObject({ status: 200, error: "unsupported content encoding: x-squash" });
    expect(by.get("/fine")).toMatchObject({ status: 200, html: "fine" });
  });

  it("ends in-flight URLs with 'aborted' when the caller's signal fires", async () => {
    const s = await serve({ "/hang": () => {} });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const t0 = performance.now();
    const pages = await collect(
      fetchPages([s.url("/hang?1"), s.url("/hang?2")], { ...FAST, perHost: 2, signal: controller.signal }),
    );
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(pages).toHaveLength(2);
    for (const p of pages) expect(p).toMatchObject({ status: 0, error: "aborted" });
  });

  it("turns invalid URLs and other schemes into error items, one per input", async () => {
    const s = await serve({ "/ok": (_q, r) => html(r, "ok") });
    const inputs = [
      "not a url",
      "ftp://example.com/x",
      "file:///etc/passwd",
      "javascript:alert(1)",
      s.url("/ok"),
    ];
    const pages = await collect(fetchPages(inputs, FAST));
    expect(pages.map((p) => p.url).sort()).toEqual([...inputs].sort());
    const by = new Map(pages.map((p) => [p.url, p]));
    expect(by.get("not a url")).toMatchObject({ status: 0, reason: "invalid URL", attempts: 0 });
    expect(by.get("ftp://example.com/x")).toMatchObject({ error: "unsupported scheme: ftp" });
    expect(by.get("file:///etc/passwd")).toMatchObject({ reason: "unsupported scheme" });
    expect(by.get("javascript:alert(1)")).toMatchObject({ reason: "unsupported scheme" });
    expect(by.get(s.url("/ok"))).toMatchObject({ status: 200 });
  });

  it("takes a lone string as one URL", async () => {
    const s = await serve({ "/one": (_q, r) => html(r, "one") });
    const pages = await collect(fetchPages(s.url("/one"), FAST));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ status: 200, html: "one" });
  });

  it("yields every URL of an async input exactly once, duplicates included", async () => {
    const s = await serve({
      "/slow": (_q, r) => setTimeout(() => html(r, "slow"), 100),
      "/fast": (_q, r) => html(r, "fast"),
    });
    async function* input(): AsyncGenerator<string> {
      for (const p of ["/slow", "/fast", "/fast", "/missing"]) yield s.url(p);
    }
    const pages = await collect(fetchPages(input(), { ...FAST, perHost: 4 }));
    expect(pages.map((p) => new URL(p.url).pathname).sort()).toEqual(["/fast", "/fast", "/missing", "/slow"]);
    expect(pages.at(-1)?.url).toBe(s.url("/slow")); // completion order
  });

  it("stops cleanly when the consumer breaks early", async () => {
    const s = await serve({ "/p": (_q, r) => setTimeout(() => html(r, "p"), 20) });
    const urls = Array.from({ length: 50 }, (_, i) => `${s.url("/p")}?i=${i}`);
    let n = 0;
    for await (const _page of fetchPages(urls, FAST)) if (++n === 2) break;
    expect(n).toBe(2);
    expect(s.log.length).toBeLessThan(50);
  });
});

describe("SSRF guard", () => {
  it("refuses 127.0.0.1 without allowPrivate and sends nothing", async () => {
    const s = await serve({ "/": (_q, r) => html(r, "secret") });
    const page = await fetchOne(s.url("/"), { allowPrivate: false });
    expect(page).toMatchObject({ status: 0, reason: "blocked address", attempts: 0 });
    expect(page.error).toMatch(/127\.0\.0\.1 \(loopback\)/);
    expect(s.log).toHaveLength(0);
  });

  it("refuses hostnames that resolve to private or metadata addresses (fake DNS, no traffic)", async () => {
    const table: Record<string, string[]> = {
      "intranet.test": ["10.0.0.1"],
      "metadata.test": ["169.254.169.254"],
      "mixed.test": ["93.184.216.34", "192.168.1.10"],
      "mapped.test": ["::ffff:127.0.0.1"],
    };
    const asked: string[] = [];
    const lookup = async (host: string) => {
      asked.push(host);
      return (table[host] ?? []).map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
    };
    const urls = [
      "http://intranet.test/",
      "http://metadata.test/latest/meta-data/",
      "http://mixed.test/",
      "http://mapped.test/",
      "http://169.254.169.254/latest/meta-data/",
      "http://[::1]/",
      "http://0.0.0.0/",
      "http://2130706433/", // 127.0.0.1 in decimal, normalised by the URL parser
      "http://0x7f.1/",
      "http://[::ffff:a9fe:a9fe]/",
    ];
    const pages = await collect(fetchPages(urls, { ...FAST, allowPrivate: false, lookup }));
    expect(pages).toHaveLength(urls.length);
    for (const p of pages) expect(p).toMatchObject({ status: 0, reason: "blocked address", attempts: 0 });
    const by = new Map(pages.map((p) => [p.url, p.error]));
    expect(by.get("http://intranet.test/")).toMatch(/10\.0\.0\.1 \(private\)/);
    expect(by.get("http://metadata.test/latest/meta-data/")).toMatch(/169\.254\.169\.254 \(link-local\)/);
    expect(by.get("http://mixed.test/")).toMatch(/192\.168\.1\.10/);
    expect(asked.sort()).toEqual(["intranet.test", "mapped.test", "metadata.test", "mixed.test"]); // IP literals need no DNS
  });

  it("re-checks at connect time: a DNS answer that rebinds to loopback after the check is refused", async () => {
    const s = await serve({ "/": (_q, r) => html(r, "secret") });
    let calls = 0;
    // Call 1 (the pre-request check) sees a public address, which is never connected to; call 2 (the
    // socket's own lookup) gets loopback. Nothing but loopback can ever be dialled here.
    const lookup = async () => [{ address: ++calls === 1 ? "93.184.216.34" : "127.0.0.1", family: 4 }];
    const page = await fetchOne(`http://rebind.test:${new URL(s.origin).port}/`, {
      allowPrivate: false,
      lookup,
      retries: 0,
    });
    expect(calls).toBe(2);
    expect(page).toMatchObject({ status: 0, reason: "blocked address", attempts: 1 });
    expect(page.error).toMatch(/rebind\.test resolves to 127\.0\.0\.1 \(loopback\)/);
    expect(s.log).toHaveLength(0);
  });

  it("connects to the address the resolver returned (pinned), checking every redirect hop", async () => {
    const target = await serve({ "/": (_q, r) => html(r, "pinned") });
    const port = new URL(target.origin).port;
    const lookup = async (host: string) =>
      host === "news.test" ? [{ address: "127.0.0.1", family: 4 }] : Promise.reject(new Error("unexpected"));
    const ok = await fetchOne(`http://news.test:${port}/`, { lookup });
    expect(ok).toMatchObject({ status: 200, html: "pinned" });
    // hop.test may be private (allowPrivateHosts); its redirect to a bare loopback IP is checked and refused.
    const hop = await serve({
      "/go": (_q, r) => {
        r.writeHead(302, { location: `http://127.0.0.1:${port}/` });
        r.end();
      },
    });
    const hopLookup = async (host: string) =>
      host === "hop.test" ? [{ address: "127.0.0.1", family: 4 }] : Promise.reject(new Error("unexpected"));
    const hopPort = new URL(hop.origin).port;
    const refused = await fetchOne(`http://hop.test:${hopPort}/go`, {
      allowPrivate: false,
      allowPrivateHosts: ["hop.test"],
      lookup: hopLookup,
    });
    expect(refused).toMatchObject({
      status: 302,
      reason: "blocked address",
      finalUrl: `http://127.0.0.1:${port}/`,
    });
    expect(hop.log).toHaveLength(1);
    expect(target.log).toHaveLength(1); // only the first, allowed fetch reached the target
  });
});

describe("fetchAndClean", () => {
  const article =
    "Officials said on Monday that the bridge would reopen next week after repairs.\n\nTraffic has been diverted through the town centre since the storm.";

  it("yields JSONL-ready records for successes and failures", async () => {
    const s = await serve({ "/a.txt": (_q, r) => html(r, article, "text/plain; charset=utf-8") });
    const records = await collect(fetchAndClean([s.url("/a.txt"), s.url("/nope")], FAST));
    const by = new Map(records.map((r) => [r.url, r]));
    const ok = by.get(s.url("/a.txt"));
    expect(ok).toMatchObject({ url: s.url("/a.txt"), finalUrl: s.url("/a.txt"), status: 200 });
    expect(ok?.error).toBeUndefined();
    expect(ok?.text).toContain("bridge would reopen");
    expect(Array.isArray(ok?.findings)).toBe(true);
    expect(Object.keys(ok ?? {}).sort()).toEqual(
      ["fetchedAt", "findings", "finalUrl", "meta", "status", "text", "title", "url"].sort(),
    );
    expect(by.get(s.url("/nope"))).toEqual({
      url: s.url("/nope"),
      finalUrl: s.url("/nope"),
      status: 404,
      fetchedAt: by.get(s.url("/nope"))?.fetchedAt,
      error: "HTTP 404",
      title: "",
      text: "",
      meta: {},
      findings: [],
    });
  });

  it("runs HTML pages through extraction and cleaning (decoded from their declared charset)", async () => {
    const page =
      '<html><head><meta charset="windows-1252"><title>Bridge to reopen</title></head><body>' +
      "<nav>Home | World | Sport</nav><article><h1>Bridge to reopen</h1>" +
      article
        .split("\n\n")
        .map((p) => `<p>${p}</p>`)
        .join("") +
      "<p>\u201cWe are grateful for residents\u2019 patience,\u201d the mayor said on Monday evening.</p>" +
      "</article></body></html>";
    const s = await serve({
      "/a.html": (_q, r) => html(r, iconv.encode(page, "windows-1252"), "text/html"),
    });
    const [rec] = await collect(fetchAndClean([s.url("/a.html")], FAST));
    expect(rec).toMatchObject({ status: 200, url: s.url("/a.html") });
    expect(rec?.error).toBeUndefined();
    expect(rec?.text).toContain("bridge would reopen");
    expect(rec?.text).toContain("\u201cWe are grateful for residents\u2019 patience,\u201d");
    expect(rec?.text).not.toContain("Home | World");
  });

  it("reports a pipeline failure as the record's error", async () => {
    const s = await serve({ "/empty.txt": (_q, r) => html(r, "   ", "text/plain") });
    const [rec] = await collect(fetchAndClean([s.url("/empty.txt")], FAST));
    expect(rec).toMatchObject({ status: 200, title: "", text: "", meta: {}, findings: [] });
    expect(rec?.error).toMatch(/^clean failed: /);
  });
});
