/**
 * Fetcher options: one defaults object (all durations in milliseconds, sizes in
 * bytes), merged with the caller's options once, at the edge (fetchPages).
 */

/** One resolved address, as dns.lookup({ all: true }) returns it. */
export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Resolve a hostname to all its addresses (default: dns.promises.lookup with all: true). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export interface FetchOptions {
  /** Max simultaneous requests overall. */
  concurrency?: number;
  /** Max simultaneous requests to one host (host:port). */
  perHost?: number;
  /**
   * Min gap between the previous request to a host getting its response
   * headers (or failing) and the next request to that host starting, ms.
   */
  delay?: number;
  userAgent?: string;
  /** TCP/TLS connect timeout, ms. */
  connectTimeout?: number;
  /** Time allowed until the response headers arrive, ms. */
  headersTimeout?: number;
  /** Max idle gap between two body chunks, ms. */
  bodyTimeout?: number;
  /** Overall deadline for one HTTP request (connect + headers + body), ms. */
  timeout?: number;
  /** Max (decompressed) body size; larger bodies are aborted while streaming. */
  maxBytes?: number;
  maxRedirects?: number;
  /** Retries after a network error, 429 or a retryable 5xx. */
  retries?: number;
  /** Backoff base: attempt n waits a random time in [0, min(retryMaxDelay, base·2ⁿ)). */
  retryBaseDelay?: number;
  retryMaxDelay?: number;
  /** A longer Retry-After gives up (error) instead of waiting. */
  maxRetryAfter?: number;
  /** Cap on a robots.txt Crawl-delay, ms. */
  maxCrawlDelay?: number;
  /** Honour robots.txt (default true). */
  robots?: boolean;
  /** Allow loopback/private/link-local targets (tests, intranets). Default false. */
  allowPrivate?: boolean;
  /** Hostnames (exact, lower-case) allowed to resolve to private addresses even without allowPrivate. */
  allowPrivateHosts?: readonly string[];
  /** Max URLs in flight (started, not yet yielded) — bounds memory on huge inputs. */
  maxPending?: number;
  /** Idle keep-alive sockets are closed after this long, ms. */
  keepAliveTimeout?: number;
  /** Extra PEM CA certificates to trust (e.g. a corporate or test CA). */
  ca?: string | Buffer;
  /** DNS resolver used both for the SSRF check and for connecting. */
  lookup?: Resolver;
  /** Abort the whole run; in-flight URLs end with error "aborted". */
  signal?: AbortSignal;
  /** Random source for backoff jitter, [0, 1). */
  random?: () => number;
  /** Called when an HTTP request (page, retry, redirect hop or robots.txt) is sent. */
  onRequestStart?: (url: string) => void;
  /** Called when that request is finished (response read or failed). */
  onRequestEnd?: (url: string) => void;
}

export const FETCH_DEFAULTS = {
  /** 8 requests at once overall. */
  concurrency: 8,
  /** At most 2 requests at once to any one host. */
  perHost: 2,
  /** 400 ms from a host's last response headers to its next request (< 2.5 req/s); Crawl-delay can raise it. */
  delay: 400,
  userAgent: "newsclean/0.1 (+https://github.com/newsclean/newsclean)",
  connectTimeout: 10_000,
  headersTimeout: 20_000,
  bodyTimeout: 20_000,
  /** Overall deadline per HTTP request. */
  timeout: 30_000,
  /** 5 MiB. */
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  retries: 3,
  retryBaseDelay: 500,
  retryMaxDelay: 30_000,
  /** Retry-After longer than 2 minutes: give up rather than stall the run. */
  maxRetryAfter: 120_000,
  /** Crawl-delay is honoured up to 30 s per request. */
  maxCrawlDelay: 30_000,
  robots: true,
  /** robots.txt bodies are read up to 512 KiB (Google reads 500 KiB) and parsed as far as read. */
  robotsMaxBytes: 512 * 1024,
  allowPrivate: false,
  maxPending: 1000,
  keepAliveTimeout: 10_000,
} as const;

export interface ResolvedFetchOptions {
  readonly concurrency: number;
  readonly perHost: number;
  readonly delay: number;
  readonly userAgent: string;
  readonly connectTimeout: number;
  readonly headersTimeout: number;
  readonly bodyTimeout: number;
  readonly timeout: number;
  readonly maxBytes: number;
  readonly maxRedirects: number;
  readonly retries: number;
  readonly retryBaseDelay: number;
  readonly retryMaxDelay: number;
  readonly maxRetryAfter: number;
  readonly maxCrawlDelay: number;
  readonly robots: boolean;
  readonly robotsMaxBytes: number;
  readonly allowPrivate: boolean;
  readonly allowPrivateHosts: ReadonlySet<string>;
  readonly maxPending: number;
  readonly keepAliveTimeout: number;
  readonly ca: string | Buffer | undefined;
  readonly lookup: Resolver | undefined;
  readonly signal: AbortSignal | undefined;
  readonly random: () => number;
  readonly onRequestStart: ((url: string) => void) | undefined;
  readonly onRequestEnd: ((url: string) => void) | undefined;
}

function positive(name: string, value: number, min: number): number {
  if (!Number.isFinite(value) || value < min)
    throw new RangeError(`fetch option ${name} must be a number ≥ ${min}`);
  return value;
}

/** Merge with the defaults and validate. Throws RangeError on nonsense values. */
export function resolveFetchOptions(options: FetchOptions = {}): ResolvedFetchOptions {
  const d = FETCH_DEFAULTS;
  const timeout = positive("timeout", options.timeout ?? d.timeout, 1);
  return {
    concurrency: positive("concurrency", options.concurrency ?? d.concurrency, 1),
    perHost: positive("perHost", options.perHost ?? d.perHost, 1),
    delay: positive("delay", options.delay ?? d.delay, 0),
    userAgent: options.userAgent ?? d.userAgent,
    connectTimeout: Math.min(
      positive("connectTimeout", options.connectTimeout ?? d.connectTimeout, 1),
      timeout,
    ),
    headersTimeout: Math.min(
      positive("headersTimeout", options.headersTimeout ?? d.headersTimeout, 1),
      timeout,
    ),
    bodyTimeout: Math.min(positive("bodyTimeout", options.bodyTimeout ?? d.bodyTimeout, 1), timeout),
    timeout,
    maxBytes: positive("maxBytes", options.maxBytes ?? d.maxBytes, 1),
    maxRedirects: positive("maxRedirects", options.maxRedirects ?? d.maxRedirects, 0),
    retries: positive("retries", options.retries ?? d.retries, 0),
    retryBaseDelay: positive("retryBaseDelay", options.retryBaseDelay ?? d.retryBaseDelay, 0),
    retryMaxDelay: positive("retryMaxDelay", options.retryMaxDelay ?? d.retryMaxDelay, 0),
    maxRetryAfter: positive("maxRetryAfter", options.maxRetryAfter ?? d.maxRetryAfter, 0),
    maxCrawlDelay: positive("maxCrawlDelay", options.maxCrawlDelay ?? d.maxCrawlDelay, 0),
    robots: options.robots ?? d.robots,
    robotsMaxBytes: d.robotsMaxBytes,
    allowPrivate: options.allowPrivate ?? d.allowPrivate,
    allowPrivateHosts: new Set((options.allowPrivateHosts ?? []).map((h) => h.toLowerCase())),
    maxPending: positive("maxPending", options.maxPending ?? d.maxPending, 1),
    keepAliveTimeout: positive("keepAliveTimeout", options.keepAliveTimeout ?? d.keepAliveTimeout, 1),
    ca: options.ca,
    lookup: options.lookup,
    signal: options.signal,
    random: options.random ?? Math.random,
    onRequestStart: options.onRequestStart,
    onRequestEnd: options.onRequestEnd,
  };
}
