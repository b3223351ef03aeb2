import { afterEach, describe, expect, it } from "vitest";
import { type FetchedPage, type FetchOptions, fetchPages } from "../src/fetch/index.js";
import { collect, type Handler, html, startServer, type TestServer } from "./fixtures/fetch/server.js";

const BASE: FetchOptions = {
  allowPrivate: true,
  robots: true,
  delay: 0,
  retryBaseDelay: 10,
  retryMaxDelay: 40,
};

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

function text(body: string): Handler {
  return (_q, r) => {
    r.writeHead(200, { "content-type": "text/plain" });
    r.end(body);
  };
}
function status(code: number): Handler {
  return (_q, r) => {
    r.writeHead(code, { "content-type": "text/plain" });
    r.end(`status ${code}`);
  };
}

async function site(robots: Handler | undefined, paths: string[]): Promise<TestServer> {
  const routes: Record<string, Handler> = {};
  if (robots) routes["/robots.txt"] = robots;
  for (const p of paths) routes[p] = (_q, r) => html(r, `<p>${p}</p>`);
  const s = await startServer(routes);
  servers.push(s);
  return s;
}

function byPath(pages: FetchedPage[]): Map<string, FetchedPage> {
  return new Map(pages.map((p) => [new URL(p.url).pathname, p]));
}

describe("robots.txt", () => {
  it("honours Disallow, fetches robots.txt once per host, and sends nothing for disallowed URLs", async () => {
    const s = await site(text("User-agent: *\nDisallow: /private\n"), ["/public", "/also", "/private/a"]);
    const pages = await collect(
      fetchPages(["/public", "/private/a", "/also", "/private/b"].map(s.url), BASE),
    );
    const by = byPath(pages);
    expect(by.get("/public")).toMatchObject({ status: 200, html: "<p>/public</p>" });
    expect(by.get("/also")).toMatchObject({ status: 200 });
    for (const p of ["/private/a", "/private/b"]) {
      expect(by.get(p)).toMatchObject({
        status: 0,
        error: "disallowed by robots.txt",
        reason: "robots disallowed",
      });
      expect(by.get(p)?.attempts).toBe(0);
    }
    expect(s.hits("/robots.txt")).toHaveLength(1);
    expect(s.log.filter((r) => r.path.startsWith("/private"))).toHaveLength(0);
    expect(s.log[0]?.path).toBe("/robots.txt"); // robots first
  });

  it("matches our own user-agent group (product token 'newsclean')", async () => {
    const robots =
      "User-agent: otherbot\nDisallow: /\n\nUser-agent: newsclean\nDisallow: /members\n\nUser-agent: *\nDisallow:\n";
    const s = await site(text(robots), ["/news", "/members/x"]);
    const by = byPath(await collect(fetchPages(["/news", "/members/x"].map(s.url), BASE)));
    expect(by.get("/news")).toMatchObject({ status: 200 });
    expect(by.get("/members/x")).toMatchObject({ reason: "robots disallowed" });
  });

  it("raises the host interval to the Crawl-delay", async () => {
    const s = await site(text("User-agent: *\nCrawl-delay: 0.3\n"), ["/1", "/2", "/3"]);
    await collect(fetchPages(["/1", "/2", "/3"].map(s.url), { ...BASE, perHost: 3, delay: 0 }));
    const times = s.log.map((r) => r.t);
    expect(s.log.map((r) => r.path)[0]).toBe("/robots.txt");
    expect(times).toHaveLength(4);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(290);
  });

  it("caps an absurd Crawl-delay", async () => {
    const s = await site(text("User-agent: *\nCrawl-delay: 3600\n"), ["/1", "/2"]);
    const t0 = performance.now();
    await collect(fetchPages(["/1", "/2"].map(s.url), { ...BASE, maxCrawlDelay: 200 }));
    expect(performance.now() - t0).toBeLessThan(2000);
    const [, a, b] = s.log.map((r) => r.t);
    expect(b! - a!).toBeGreaterThanOrEqual(190);
  });

  it("treats a 4xx robots.txt as allow-all", async () => {
    const s = await site(undefined, ["/x"]); // robots.txt → 404
    const [page] = await collect(fetchPages([s.url("/x")], BASE));
    expect(page).toMatchObject({ status: 200 });
    const s2 = await site(status(403), ["/y"]);
    const [page2] = await collect(fetchPages([s2.url("/y")], BASE));
    expect(page2).toMatchObject({ status: 200 });
  });

  it("treats a 5xx or unreachable robots.txt as disallow-all for the run", async () => {
    const s = await site(status(503), ["/a", "/b"]);
    const pages = await collect(fetchPages(["/a", "/b"].map(s.url), BASE));
    for (const p of pages) {
      expect(p).toMatchObject({ status: 0, reason: "robots unavailable" });
      expect(p.error).toMatch(/robots\.txt returned HTTP 503; treating the site as disallowed/);
    }
    expect(s.log.map((r) => r.path)).toEqual(["/robots.txt"]);

    const reset = await site((q) => q.socket.destroy(), ["/c"]);
    const [page] = await collect(fetchPages([reset.url("/c")], BASE));
    expect(page).toMatchObject({ reason: "robots unavailable" });
    expect(page?.error).toMatch(/connection reset/);
    expect(reset.log.map((r) => r.path)).toEqual(["/robots.txt"]);
  });

  it("follows a robots.txt redirect", async () => {
    const routes = await startServer({
      "/robots.txt": (_q, r) => {
        r.writeHead(301, { location: "/real-robots.txt" });
        r.end();
      },
      "/real-robots.txt": text("User-agent: *\nDisallow: /no\n"),
      "/ok": (_q, r) => html(r, "ok"),
      "/no": (_q, r) => html(r, "no"),
    });
    servers.push(routes);
    const by = byPath(await collect(fetchPages(["/ok", "/no"].map(routes.url), BASE)));
    expect(by.get("/ok")).toMatchObject({ status: 200 });
    expect(by.get("/no")).toMatchObject({ reason: "robots disallowed" });
    expect(routes.log.map((r) => r.path).slice(0, 2)).toEqual(["/robots.txt", "/real-robots.txt"]);
  });

  it("skips robots.txt entirely with robots: false", async () => {
    const s = await site(text("User-agent: *\nDisallow: /\n"), ["/x"]);
    const [page] = await collect(fetchPages([s.url("/x")], { ...BASE, robots: false }));
    expect(page).toMatchObject({ status: 200 });
    expect(s.hits("/robots.txt")).toHaveLength(0);
  });

  it("applies the robots.txt of each redirect hop's own origin", async () => {
    const b = await site(text("User-agent: *\nDisallow: /secret\n"), ["/secret"]);
    const a = await startServer({
      "/robots.txt": text("User-agent: *\nDisallow:\n"),
      "/go": (_q, r) => {
        r.writeHead(302, { location: b.url("/secret") });
        r.end();
      },
    });
    servers.push(a);
    const [page] = await collect(fetchPages([a.url("/go")], BASE));
    expect(page).toMatchObject({ reason: "robots disallowed", finalUrl: b.url("/secret"), attempts: 1 });
    expect(b.log.map((r) => r.path)).toEqual(["/robots.txt"]);
  });
});
