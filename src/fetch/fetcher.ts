/**
 * The polite fetcher: one undici Agent (keep-alive, SSRF-guarded DNS), a
 * global concurrency limit, one p-queue per host with a minimum gap between
 * one response and the next request, robots.txt, manual redirects, retries
 * with backoff re-queued through the host's queue, streaming size limits and
 * charset decoding.
 *
 * All state lives in one FetchRun per fetchPages() call.
 */
import { setMaxListeners } from "node:events";
import type { Readable } from "node:stream";
import { pipeline, Transform } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import zlib from "node:zlib";
import PQueue from "p-queue";
import robotsParserModule from "robots-parser";
import { Agent, request } from "undici";
import { decodeHtml } from "../html/encoding.js";
import { FetchError, toFetchError } from "./errors.js";
import {
  type FetchOptions,
  type ResolvedFetchOptions,
  type Resolver,
  resolveFetchOptions,
} from "./options.js";
import {
  admitUrl,
  backoffDelay,
  isAcceptedType,
  isRetryableStatus,
  mediaType,
  nextRedirect,
  parseRetryAfter,
  REDIRECT_STATUSES,
} from "./policy.js";
import { checkHost, defaultResolver, guardedLookup, type PrivatePolicy } from "./ssrf.js";

export interface FetchedPage {
  /** The input URL, as given. */
  url: string;
  /** The URL of the last request (after redirects). */
  finalUrl: string;
  /** HTTP status of the last response, or 0 when none was received. */
  status: number;
  /** ISO time the page finished (or failed). */
  fetchedAt: string;
  contentType?: string;
  /** Charset the body was decoded with. */
  charset?: string;
  /** The decoded body (HTML or plain text). */
  html?: string;
  /** Why the page failed; absent on success. */
  error?: string;
  /** Short stable category of `error` ("HTTP 404", "body timeout", "robots disallowed"…). */
  reason?: string;
  /** HTTP requests made for this URL (redirect hops and retries; robots.txt not counted). */
  attempts: number;
  /** Body size in bytes after content decoding. */
  bytes?: number;
}

/** robots-parser is CommonJS (`module.exports = fn`) but typed as an ES default export. */
const robotsParser: typeof robotsParserModule.default =
  typeof robotsParserModule === "function" ? robotsParserModule : robotsParserModule.default;

const PAGE_ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1";
const ROBOTS_ACCEPT = "text/plain,*/*;q=0.5";
/** How long a hostname's pre-request address check is reused, ms. */
const HOST_CHECK_TTL = 60_000;
/** Bytes of an error/redirect body drained to keep the connection reusable. */
const DRAIN_LIMIT = 64 * 1024;

interface HopResponse {
  status: number;
  contentType: string | undefined;
  location: string | undefined;
  retryAfter: string | undefined;
  body: Uint8Array | undefined;
}

interface RobotsPolicy {
  allows(url: URL): boolean;
  /** The failure to report for a disallowed URL. */
  refusal: FetchError;
}

class HostState {
  readonly queue: PQueue;
  /** Current min gap from the last answer to the next request start, ms (delay, raised by Crawl-delay). */
  interval: number;
  /** Earliest start handed out to a queued request (performance.now() ms). */
  nextSlot = 0;
  /** When the host's latest request got its response headers or failed. */
  lastAnswer = Number.NEGATIVE_INFINITY;
  /** No request starts before this (Retry-After). */
  pausedUntil = 0;
  /** Requests to this host fail fast until then (a Retry-After beyond the cap). */
  suspendedUntil = 0;
  suspension: FetchError | undefined;
  /** Settles when the latest started request has its response headers (or has failed). */
  unanswered: Promise<void> | undefined;

  constructor(perHost: number, interval: number) {
    this.queue = new PQueue({ concurrency: perHost });
    this.interval = interval;
  }
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** Wait for `p`, or reject when `signal` aborts. */
function settledOrAborted(p: Promise<void>, signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    void p.then(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    });
  });
}

/** Stop reading a body we do not want; the resulting abort error is expected and ignored. */
function discard(body: Readable): void {
  body.on("error", () => {});
  body.destroy();
}

/**
 * "deflate" should be zlib-wrapped (RFC 9110), but some servers send raw
 * deflate; pick the decoder from the first two bytes (a zlib header has
 * method 8 and a header checksum divisible by 31).
 */
function createDeflateDecoder(): Transform {
  let inner: Transform | undefined;
  let head = Buffer.alloc(0);
  const start = (bytes: Buffer): Transform => {
    const [b0 = 0, b1 = 0] = bytes;
    const wrapped = bytes.length >= 2 && (b0 & 0x0f) === 8 && ((b0 << 8) | b1) % 31 === 0;
    const z = wrapped ? zlib.createInflate() : zlib.createInflateRaw();
    z.on("data", (d: Buffer) => out.push(d));
    z.on("error", (e) => out.destroy(e));
    return z;
  };
  const out = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (!inner) {
        head = Buffer.concat([head, chunk]);
        if (head.length < 2) return done();
        inner = start(head);
        inner.write(head, () => done());
        return;
      }
      inner.write(chunk, () => done());
    },
    flush(done) {
      if (!inner && head.length === 0) return done();
      const z = inner ?? start(head);
      if (!inner) z.write(head);
      z.once("end", () => done());
      z.end();
    },
  });
  return out;
}

function decoderFor(encoding: string): Transform {
  switch (encoding) {
    case "gzip":
    case "x-gzip":
      return zlib.createGunzip();
    case "deflate":
      return createDeflateDecoder();
    case "br":
      return zlib.createBrotliDecompress();
    default:
      throw new FetchError("unsupported content encoding", encoding);
  }
}

/**
 * Read a body (undoing Content-Encoding) up to `limit` decoded bytes. Over the
 * limit: abort with "body exceeds N bytes", or keep the first `limit` bytes
 * when `truncate` is set.
 */
async function readBody(
  body: Readable,
  contentEncoding: string | undefined,
  limit: number,
  truncate: boolean,
  status: number,
): Promise<Uint8Array> {
  const encodings = (contentEncoding ?? "")
    .split(",")
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e !== "" && e !== "identity");
  if (encodings.length > 3) {
    discard(body);
    throw new FetchError("unsupported content encoding", contentEncoding, { status });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let source: Readable = body;
  try {
    const decoders = encodings.reverse().map(decoderFor);
    if (decoders.length > 0) source = pipeline([body, ...decoders], () => {}) as unknown as Readable;
    for await (const chunk of source) {
      const buf = chunk as Buffer;
      if (size + buf.length > limit) {
        if (!truncate) {
          throw new FetchError("body too large", undefined, {
            status,
            message: `body exceeds ${limit} bytes`,
          });
        }
        chunks.push(buf.subarray(0, limit - size));
        size = limit;
        break;
      }
      chunks.push(buf);
      size += buf.length;
    }
  } finally {
    if (!source.readableEnded) {
      discard(source);
      if (source !== body) discard(body);
    }
  }
  return Buffer.concat(chunks, size);
}

class FetchRun {
  readonly opts: ResolvedFetchOptions;
  readonly agent: Agent;
  readonly global: PQueue;
  readonly hosts = new Map<string, HostState>();
  readonly robots = new Map<string, Promise<RobotsPolicy>>();
  readonly hostChecks = new Map<string, { until: number; check: Promise<void> }>();
  readonly controller = new AbortController();
  readonly signal: AbortSignal;
  readonly resolver: Resolver;
  readonly privateOk: PrivatePolicy;

  constructor(opts: ResolvedFetchOptions) {
    this.opts = opts;
    this.resolver = opts.lookup ?? defaultResolver;
    this.privateOk = (hostname) => opts.allowPrivate || opts.allowPrivateHosts.has(hostname.toLowerCase());
    this.signal = opts.signal
      ? AbortSignal.any([this.controller.signal, opts.signal])
      : this.controller.signal;
    // Every wait of the run (a host's spacing, a retry's backoff, a slot behind an
    // unanswered request) listens to this signal and stops listening when it ends:
    // a crawl of many hosts has many such waits at once, legitimately, so node's
    // leak warning (at 11 listeners) would cry wolf.
    setMaxListeners(0, this.signal);
    this.global = new PQueue({ concurrency: opts.concurrency });
    this.agent = new Agent({
      connections: opts.perHost,
      pipelining: 1,
      keepAliveTimeout: opts.keepAliveTimeout,
      headersTimeout: opts.headersTimeout,
      bodyTimeout: opts.bodyTimeout,
      connect: {
        timeout: opts.connectTimeout,
        lookup: guardedLookup(this.resolver, this.privateOk),
        ...(opts.ca !== undefined ? { ca: opts.ca } : {}),
      },
    });
  }

  /**
   * The pre-request SSRF check, memoised (successes only) per hostname for HOST_CHECK_TTL so a
   * long list of URLs on one site does not resolve its name before every
   * request. Safe to cache: every new connection re-checks in guardedLookup.
   */
  private checkAddress(hostname: string): Promise<void> {
    const now = performance.now();
    const hit = this.hostChecks.get(hostname);
    if (hit && hit.until > now) return hit.check;
    const check = checkHost(hostname, this.resolver, this.privateOk);
    this.hostChecks.set(hostname, { until: now + HOST_CHECK_TTL, check });
    // Failures are not cached (a DNS hiccup should not doom the host for a minute).
    check.catch(() => {
      if (this.hostChecks.get(hostname)?.check === check) this.hostChecks.delete(hostname);
    });
    return check;
  }

  private host(url: URL): HostState {
    let h = this.hosts.get(url.host);
    if (!h) {
      h = new HostState(this.opts.perHost, this.opts.delay);
      this.hosts.set(url.host, h);
    }
    return h;
  }

  /**
   * Run one HTTP request through the host's queue (per-host concurrency and
   * spacing) and the global queue.
   *
   * Spacing: a request to a host starts no sooner than `interval` after the
   * previous request to that host got its response headers (or failed). The
   * server handled that request before its headers reached us, so the gap the
   * server sees between two requests is at least `interval`, whatever the
   * connect/TLS time or network jitter; a slow server is also visited more
   * slowly. (So with a delay, a second per-host slot overlaps downloads, not
   * request starts; with delay 0 only the concurrency limits apply.) The start
   * slot is reserved before a global slot is taken, so a host's spacing does
   * not block other hosts.
   */
  private schedule<T>(url: URL, task: (onAnswered: () => void) => Promise<T>): Promise<T> {
    const host = this.host(url);
    const signal = this.signal;
    return host.queue.add(
      async () => {
        const now = performance.now();
        if (host.suspension && now < host.suspendedUntil) throw host.suspension;
        const slot = Math.max(now, host.nextSlot, host.pausedUntil);
        host.nextSlot = slot + host.interval;
        if (slot > now) await sleep(slot - now, undefined, { signal });
        return this.global.add(
          async () => {
            for (;;) {
              // With no spacing configured, only the concurrency limits apply.
              if (host.unanswered && host.interval > 0) {
                await settledOrAborted(host.unanswered, signal);
                continue;
              }
              if (host.suspension && performance.now() < host.suspendedUntil) throw host.suspension;
              const wait = Math.max(host.lastAnswer + host.interval, host.pausedUntil) - performance.now();
              if (wait <= 0) break;
              await sleep(Math.ceil(wait), undefined, { signal });
            }
            let release: () => void = () => {};
            const unanswered = new Promise<void>((resolve) => {
              release = resolve;
            });
            host.unanswered = unanswered;
            let answered = false;
            const markAnswered = (): void => {
              if (answered) return;
              answered = true;
              host.lastAnswer = performance.now();
              host.nextSlot = Math.max(host.nextSlot, host.lastAnswer + host.interval);
              if (host.unanswered === unanswered) host.unanswered = undefined;
              release();
            };
            this.opts.onRequestStart?.(url.href);
            try {
              return await task(markAnswered);
            } finally {
              markAnswered();
              this.opts.onRequestEnd?.(url.href);
            }
          },
          { signal },
        );
      },
      { signal },
    );
  }

  private errorContext(deadlineHit: boolean) {
    return {
      deadlineHit,
      aborted: this.signal.aborted,
      timeout: this.opts.timeout,
    };
  }

  /** One GET. Resolves for any HTTP status; throws FetchError on network, size and type failures. */
  private async requestOnce(url: URL, mode: "page" | "robots", onAnswered: () => void): Promise<HopResponse> {
    const o = this.opts;
    // One controller per request, fired by the run's signal or the overall deadline (plain timer and
    // listener, removed in `finally`, so nothing accumulates on the run's signal over a long run).
    const controller = new AbortController();
    let deadlineHit = false;
    const timer = setTimeout(() => {
      deadlineHit = true;
      controller.abort();
    }, o.timeout);
    const onRunAbort = (): void => controller.abort();
    this.signal.addEventListener("abort", onRunAbort, { once: true });
    if (this.signal.aborted) controller.abort();
    let status = 0;
    try {
      const res = await request(url, {
        dispatcher: this.agent,
        method: "GET",
        headers: {
          "user-agent": o.userAgent,
          accept: mode === "page" ? PAGE_ACCEPT : ROBOTS_ACCEPT,
          "accept-encoding": "gzip, deflate, br",
        },
        signal: controller.signal,
        headersTimeout: o.headersTimeout,
        bodyTimeout: o.bodyTimeout,
      });
      onAnswered();
      status = res.statusCode;
      const out: HopResponse = {
        status,
        contentType: header(res.headers, "content-type"),
        location: header(res.headers, "location"),
        retryAfter: header(res.headers, "retry-after"),
        body: undefined,
      };
      if (status < 200 || status >= 300) {
        await res.body.dump({ limit: DRAIN_LIMIT }).catch(() => {});
        return out;
      }
      if (mode === "page" && !isAcceptedType(out.contentType)) {
        discard(res.body);
        throw new FetchError("unsupported content type", mediaType(out.contentType), { status });
      }
      const limit = mode === "page" ? o.maxBytes : o.robotsMaxBytes;
      const declared = Number(header(res.headers, "content-length") ?? Number.NaN);
      if (mode === "page" && declared > limit) {
        discard(res.body);
        throw new FetchError("body too large", undefined, { status, message: `body exceeds ${limit} bytes` });
      }
      out.body = await readBody(
        res.body,
        header(res.headers, "content-encoding"),
        limit,
        mode === "robots",
        status,
      );
      return out;
    } catch (err) {
      const e = toFetchError(err, this.errorContext(deadlineHit));
      // A failure while reading the body still reports the status the headers carried.
      throw status && !e.status
        ? new FetchError(e.reason, undefined, { message: e.message, retryable: e.retryable, status })
        : e;
    } finally {
      clearTimeout(timer);
      this.signal.removeEventListener("abort", onRunAbort);
    }
  }

  /**
   * Apply what a response says about the whole host, while its queue slot is
   * still held (so the next request of the host already sees it): a
   * Retry-After (or any 429) pauses the host; a Retry-After beyond the cap
   * suspends it for the rest of that time. Returns the server's wait, if any.
   */
  private noteHostSignals(url: URL, res: HopResponse, backoff: number): number | undefined {
    if (!isRetryableStatus(res.status)) return undefined;
    const retryAfter = parseRetryAfter(res.retryAfter);
    if (retryAfter === undefined && res.status !== 429) return undefined;
    const host = this.host(url);
    const now = performance.now();
    const pause = Math.min(retryAfter ?? backoff, this.opts.maxRetryAfter);
    host.pausedUntil = Math.max(host.pausedUntil, now + pause);
    if (retryAfter !== undefined && retryAfter > this.opts.maxRetryAfter) {
      host.suspendedUntil = Math.max(host.suspendedUntil, now + retryAfter);
      host.suspension = new FetchError(
        "host suspended",
        `${url.host} asked for a ${Math.round(retryAfter / 1000)} s pause (Retry-After)`,
      );
    }
    return retryAfter;
  }

  /** Request with retries; every attempt goes back through the host queue. */
  private async requestWithRetries(url: URL, page: FetchedPage): Promise<HopResponse> {
    const o = this.opts;
    for (let attempt = 0; ; attempt++) {
      page.attempts++;
      const backoff = backoffDelay(attempt, o.retryBaseDelay, o.retryMaxDelay, o.random);
      let res: HopResponse | undefined;
      let retryAfter: number | undefined;
      let error: FetchError | undefined;
      try {
        res = await this.schedule(url, async (onAnswered) => {
          const r = await this.requestOnce(url, "page", onAnswered);
          retryAfter = this.noteHostSignals(url, r, backoff);
          return r;
        });
        if (!isRetryableStatus(res.status)) return res;
      } catch (err) {
        error = toFetchError(err, this.errorContext(false));
        if (!error.retryable) throw error;
      }
      if (res && retryAfter !== undefined && retryAfter > o.maxRetryAfter) {
        throw new FetchError(
          `HTTP ${res.status}`,
          `Retry-After ${Math.round(retryAfter / 1000)} s exceeds the cap`,
          {
            status: res.status,
          },
        );
      }
      if (attempt >= o.retries) {
        if (res) return res;
        throw error ?? new FetchError("error");
      }
      const wait = retryAfter ?? backoff;
      if (wait > 0) await sleep(wait, undefined, { signal: this.signal });
    }
  }

  private robotsFor(url: URL): Promise<RobotsPolicy> {
    let p = this.robots.get(url.origin);
    if (!p) {
      p = this.loadRobots(url);
      this.robots.set(url.origin, p);
    }
    return p;
  }

  /**
   * Fetch and parse robots.txt once per origin: 2xx → rules (Crawl-delay raises
   * the host interval), 4xx → allow all, 429/5xx/network error → disallow all
   * for this run. Redirects are followed like pages; a broken chain counts as 404.
   */
  private async loadRobots(pageUrl: URL): Promise<RobotsPolicy> {
    const o = this.opts;
    const robotsUrl = new URL("/robots.txt", pageUrl.origin);
    const allowAll: RobotsPolicy = { allows: () => true, refusal: new FetchError("robots disallowed") };
    const denyAll = (why: string): RobotsPolicy => ({
      allows: () => false,
      refusal: new FetchError(
        "robots unavailable",
        `${robotsUrl.href} ${why}; treating the site as disallowed`,
      ),
    });
    let current = robotsUrl;
    const visited = new Set([current.href]);
    for (let hops = 0; ; hops++) {
      let res: HopResponse;
      try {
        await this.checkAddress(current.hostname);
        const target = current;
        res = await this.schedule(target, (onAnswered) => this.requestOnce(target, "robots", onAnswered));
      } catch (err) {
        const e = toFetchError(err, this.errorContext(false));
        if (e.reason === "aborted") throw e;
        return denyAll(`failed (${e.message})`);
      }
      if (REDIRECT_STATUSES.has(res.status)) {
        const next = nextRedirect(current, res.location, visited, hops, o.maxRedirects);
        if (!next.ok) return allowAll;
        current = next.value;
        visited.add(current.href);
        continue;
      }
      if (res.status >= 200 && res.status < 300) {
        const text = decodeHtml(
          res.body ?? new Uint8Array(),
          res.contentType ?? "text/plain; charset=utf-8",
        ).text;
        const rules = robotsParser(robotsUrl.href, text);
        const delay = rules.getCrawlDelay(o.userAgent);
        if (typeof delay === "number" && delay > 0) {
          const host = this.host(pageUrl);
          host.interval = Math.max(host.interval, Math.min(delay * 1000, o.maxCrawlDelay));
        }
        return {
          allows: (url) => rules.isAllowed(url.href, o.userAgent) !== false,
          refusal: new FetchError("robots disallowed", undefined, { message: "disallowed by robots.txt" }),
        };
      }
      if (res.status === 429 || res.status >= 500) return denyAll(`returned HTTP ${res.status}`);
      return allowAll;
    }
  }

  /** Fetch one input URL. Never throws: failures become a page with `error`. */
  async fetchOne(input: string): Promise<FetchedPage> {
    const page: FetchedPage = { url: input, finalUrl: input, status: 0, fetchedAt: "", attempts: 0 };
    const fail = (e: FetchError): FetchedPage => ({
      ...page,
      status: e.status || page.status,
      fetchedAt: new Date().toISOString(),
      error: e.message,
      reason: e.reason,
    });
    const admitted = admitUrl(input);
    if (!admitted.ok) return fail(new FetchError(admitted.reason, admitted.detail));
    let current = admitted.value;
    const visited = new Set<string>();
    try {
      for (let hops = 0; ; hops++) {
        if (this.signal.aborted) throw new FetchError("aborted");
        visited.add(current.href);
        page.finalUrl = current.href;
        // Address check first: a blocked or unresolvable host fails as such, not as "robots unavailable".
        await this.checkAddress(current.hostname);
        if (this.opts.robots) {
          const robots = await this.robotsFor(current);
          if (!robots.allows(current)) throw robots.refusal;
        }
        const res = await this.requestWithRetries(current, page);
        page.status = res.status;
        if (REDIRECT_STATUSES.has(res.status)) {
          const next = nextRedirect(current, res.location, visited, hops, this.opts.maxRedirects);
          if (!next.ok) throw new FetchError(next.reason, next.detail, { status: res.status });
          current = next.value;
          continue;
        }
        if (res.status < 200 || res.status >= 300) {
          throw new FetchError(`HTTP ${res.status}`, undefined, { status: res.status });
        }
        const bytes = res.body ?? new Uint8Array();
        const decoded = decodeHtml(bytes, res.contentType);
        const ok: FetchedPage = { ...page, fetchedAt: new Date().toISOString() };
        if (res.contentType !== undefined) ok.contentType = res.contentType;
        ok.charset = decoded.charset;
        ok.html = decoded.text;
        ok.bytes = bytes.length;
        return ok;
      }
    } catch (err) {
      return fail(toFetchError(err, this.errorContext(false)));
    }
  }

  async close(): Promise<void> {
    if (this.controller.signal.aborted) await this.agent.destroy();
    else await this.agent.close();
  }
}

/**
 * Fetch every URL politely. Yields one FetchedPage per input URL, in
 * completion order; failures are items with `error`, never throws for a URL.
 * (It does rethrow an error thrown by the input iterable itself.) Breaking out
 * of the loop aborts the outstanding requests.
 */
export async function* fetchPages(
  urls: Iterable<string> | AsyncIterable<string>,
  options: FetchOptions = {},
): AsyncGenerator<FetchedPage, void, undefined> {
  const run = new FetchRun(resolveFetchOptions(options));
  const ready: FetchedPage[] = [];
  let pending = 0; // started and not yet yielded
  let inputDone = false;
  let inputError: { error: unknown } | undefined;
  let wakeConsumer: (() => void) | undefined;
  let wakeProducer: (() => void) | undefined;
  const notifyConsumer = (): void => {
    wakeConsumer?.();
    wakeConsumer = undefined;
  };

  // A lone string is one URL, not an iterable of characters.
  const input: Iterable<string> | AsyncIterable<string> = typeof urls === "string" ? [urls] : urls;
  const producer = (async () => {
    try {
      for await (const url of input) {
        while (pending >= run.opts.maxPending && !run.signal.aborted) {
          await new Promise<void>((resolve) => {
            wakeProducer = resolve;
          });
        }
        if (run.signal.aborted) break;
        pending++;
        void run.fetchOne(String(url)).then((page) => {
          ready.push(page);
          notifyConsumer();
        });
      }
    } catch (error) {
      inputError = { error };
    } finally {
      inputDone = true;
      notifyConsumer();
    }
  })();

  try {
    for (;;) {
      const page = ready.shift();
      if (page) {
        pending--;
        wakeProducer?.();
        wakeProducer = undefined;
        yield page;
        continue;
      }
      if (inputDone && pending === 0) break;
      await new Promise<void>((resolve) => {
        wakeConsumer = resolve;
      });
    }
    await producer;
    if (inputError) throw inputError.error;
  } finally {
    if (!inputDone || pending > 0) run.controller.abort();
    wakeProducer?.();
    await run.close();
  }
}
