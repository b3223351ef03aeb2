import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { fetchPages } from "../src/fetch/index.js";
import { collect, type Handler, html, startServer, type TestServer } from "./fixtures/fetch/server.js";

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** The request-logging server of rate-server.mjs, in a child process. */
async function startChildServer(): Promise<{
  origin: string;
  log: () => Promise<Array<{ path: string; t: number }>>;
  close: () => Promise<void>;
}> {
  const child = fork(fileURLToPath(new URL("./fixtures/fetch/rate-server.mjs", import.meta.url)), [], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const next = <T>(): Promise<T> =>
    new Promise<T>((resolve) => child.once("message", (m) => resolve(m as T)));
  const { port } = await next<{ port: number }>();
  return {
    origin: `http://127.0.0.1:${port}`,
    log: async () => {
      const reply = next<{ log: Array<{ path: string; t: number }> }>();
      child.send("log");
      return (await reply).log;
    },
    close: async () => {
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.send("exit");
      await exited;
    },
  };
}

/** The largest number of logged requests inside any half-open window [t, t + windowMs). */
function maxInWindow(log: ReadonlyArray<{ t: number }>, windowMs: number): number {
  const times = log.map((r) => r.t).sort((a, b) => a - b);
  let max = 0;
  let j = 0;
  for (let i = 0; i < times.length; i++) {
    while ((times[i] ?? 0) - (times[j] ?? 0) >= windowMs) j++;
    max = Math.max(max, i - j + 1);
  }
  return max;
}

/** Track how many requests a server is handling at once. */
function concurrencyProbe(holdMs: number): { handler: Handler; max: () => number } {
  let active = 0;
  let max = 0;
  return {
    handler: (_q, r) => {
      active++;
      max = Math.max(max, active);
      setTimeout(() => {
        active--;
        html(r, "<p>ok</p>");
      }, holdMs);
    },
    max: () => max,
  };
}

describe("per-host politeness", () => {
  it("raises no listener-leak warning when many requests wait on their hosts at once", async () => {
    // 4 hosts × 8 URLs, spaced per host, 16 at once overall: a dozen waits or more
    // listen to the run's abort signal at the same time, each removed when it ends.
    const hosts = await Promise.all(
      Array.from({ length: 4 }, () => startServer({ "/x": (_q, r) => html(r, "<p>ok</p>") })),
    );
    servers.push(...hosts);
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(`${w.name}: ${w.message}`);
    process.on("warning", onWarning);
    try {
      const urls = hosts.flatMap((h) => Array.from({ length: 8 }, (_, i) => `${h.url("/x")}?i=${i}`));
      const pages = await collect(
        fetchPages(urls, { allowPrivate: true, robots: false, delay: 20, perHost: 4, concurrency: 16 }),
      );
      expect(pages).toHaveLength(32);
      for (const p of pages) expect(p.status).toBe(200);
      // Warnings are emitted on the next tick.
      await new Promise((r) => setImmediate(r));
    } finally {
      process.off("warning", onWarning);
    }
    expect(warnings.filter((w) => w.startsWith("MaxListenersExceededWarning"))).toEqual([]);
  });

  it("never exceeds N requests per second to a host, retries and robots.txt included", async () => {
    const N = 10; // requests per second → delay 1000 / N ms
    const server = await startChildServer();
    try {
      const paths = Array.from({ length: 12 }, (_, i) => `/p${i}`);
      const pages = await collect(
        fetchPages(
          paths.map((p) => server.origin + p),
          {
            allowPrivate: true,
            delay: 1000 / N,
            perHost: 4,
            concurrency: 8,
            retryBaseDelay: 1, // retries are ready at once, so only the host queue can space them
            retryMaxDelay: 1,
          },
        ),
      );
      expect(pages).toHaveLength(12);
      for (const p of pages) expect(p).toMatchObject({ status: 200 });
      expect(pages.reduce((n, p) => n + p.attempts, 0)).toBe(16); // 4 pages needed a retry
      const log = await server.log();
      expect(log).toHaveLength(1 + 12 + 4); // robots + pages + retries
      expect(log[0]?.path).toBe("/robots.txt");
      expect(maxInWindow(log, 1000)).toBeLessThanOrEqual(N);
      // The spacing itself, as the server saw it: the next request starts ≥ 1000/N ms after the previous
      // response's headers arrived, which is after the server logged that request — so every gap in the
      // server's own log is ≥ 1000/N ms (1 ms allowed for reading two clocks).
      const times = log.map((r) => r.t).sort((a, b) => a - b);
      const gaps = times.slice(1).map((t, i) => t - (times[i] ?? 0));
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1000 / N - 1);
    } finally {
      await server.close();
    }
  });

  it("honours Retry-After host-wide: other URLs of the host wait too", async () => {
    let paused = false;
    const s = await startServer({
      "/first": (_q, r, n) => {
        if (n === 1) {
          paused = true;
          r.writeHead(503, { "retry-after": "1" });
          r.end();
        } else html(r, "ok");
      },
      "/second": (_q, r) => html(r, "ok"),
      "/third": (_q, r) => html(r, "ok"),
    });
    servers.push(s);
    const urls = ["/first", "/second", "/third"].map(s.url);
    const pages = await collect(
      fetchPages(urls, { allowPrivate: true, robots: false, delay: 100, perHost: 1 }),
    );
    expect(paused).toBe(true);
    for (const p of pages) expect(p.status).toBe(200);
    const first = s.hits("/first")[0]!;
    // /second may already have been on its way; the retry and /third wait out the full second.
    expect(s.hits("/first")[1]!.t - first.t).toBeGreaterThanOrEqual(990);
    expect(s.hits("/third")[0]!.t - first.t).toBeGreaterThanOrEqual(990);
  });

  it("limits simultaneous requests per host and overall", async () => {
    const probes = [concurrencyProbe(80), concurrencyProbe(80), concurrencyProbe(80)];
    const hosts = await Promise.all(probes.map((p) => startServer({ "/x": p.handler })));
    servers.push(...hosts);
    let overall = 0;
    let overallMax = 0;
    const urls = hosts.flatMap((h) => Array.from({ length: 6 }, (_, i) => `${h.url("/x")}?i=${i}`));
    const t0 = performance.now();
    for await (const page of fetchPages(urls, {
      allowPrivate: true,
      robots: false,
      delay: 0,
      perHost: 2,
      concurrency: 4,
      onRequestStart: () => {
        overall++;
        overallMax = Math.max(overallMax, overall);
      },
      onRequestEnd: () => {
        overall--;
      },
    })) {
      expect(page.status).toBe(200);
    }
    for (const p of probes) expect(p.max()).toBeLessThanOrEqual(2);
    expect(Math.max(...probes.map((p) => p.max()))).toBe(2);
    expect(overallMax).toBeLessThanOrEqual(4);
    // 18 requests of 80 ms, 4 at a time: at least 5 rounds.
    expect(performance.now() - t0).toBeGreaterThanOrEqual(5 * 80 - 10);
  });

  it("does not let a slow host hold up another host", async () => {
    const slow = await startServer({ "/x": (_q, r) => html(r, "slow") });
    const fast = await startServer({ "/x": (_q, r) => html(r, "fast") });
    servers.push(slow, fast);
    const urls = [
      ...Array.from({ length: 5 }, (_, i) => `${slow.url("/x")}?i=${i}`),
      ...Array.from({ length: 5 }, (_, i) => `${fast.url("/x")}?i=${i}`),
    ];
    const done: Record<string, number> = {};
    const t0 = performance.now();
    for await (const page of fetchPages(urls, {
      allowPrivate: true,
      robots: false,
      delay: 150,
      concurrency: 2,
    })) {
      done[page.url] = performance.now() - t0;
    }
    // Each host needs 4 × 150 ms of spacing; run together they overlap instead of adding up.
    const total = Math.max(...Object.values(done));
    expect(total).toBeGreaterThanOrEqual(4 * 150 - 10);
    expect(total).toBeLessThan(2 * 4 * 150);
  });
});
