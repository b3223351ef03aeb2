/**
 * Pure fetch policies: URL admission, redirects, retry timing, content types.
 */

export type Decision<T> = { ok: true; value: T } | { ok: false; reason: string; detail: string };

/** Parse an input URL; only absolute http(s) URLs are fetched. */
export function admitUrl(input: string): Decision<URL> {
  const trimmed = input.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, reason: "invalid URL", detail: JSON.stringify(trimmed.slice(0, 200)) };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return { ok: false, reason: "unsupported scheme", detail: url.protocol.replace(/:$/, "") };
  }
  if (url.username || url.password) return { ok: false, reason: "invalid URL", detail: "credentials in URL" };
  url.hash = "";
  return { ok: true, value: url };
}

export const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

/**
 * Where a redirect may go. `visited` holds every URL already requested for
 * this input (fragment-less hrefs); `hops` is the number of redirects already
 * followed. Refuses https → http downgrades, loops and chains longer than
 * `maxRedirects`.
 */
export function nextRedirect(
  from: URL,
  location: string | undefined,
  visited: ReadonlySet<string>,
  hops: number,
  maxRedirects: number,
): Decision<URL> {
  if (!location) return { ok: false, reason: "bad redirect", detail: "no Location header" };
  let to: URL;
  try {
    to = new URL(location, from);
  } catch {
    return {
      ok: false,
      reason: "bad redirect",
      detail: `invalid Location ${JSON.stringify(location.slice(0, 200))}`,
    };
  }
  to.hash = "";
  if (to.protocol !== "http:" && to.protocol !== "https:") {
    return { ok: false, reason: "bad redirect", detail: `unsupported scheme ${to.protocol}` };
  }
  if (from.protocol === "https:" && to.protocol === "http:") {
    return { ok: false, reason: "insecure redirect", detail: `https → http refused (${to.href})` };
  }
  if (visited.has(to.href)) return { ok: false, reason: "redirect loop", detail: to.href };
  if (hops >= maxRedirects)
    return { ok: false, reason: "too many redirects", detail: `more than ${maxRedirects}` };
  return { ok: true, value: to };
}

/**
 * Retry-After as milliseconds from `now`: delta-seconds or an HTTP date.
 * Undefined when absent or unparseable; never negative.
 */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  if (!/^[a-z]{3},? /i.test(v)) return undefined; // HTTP dates start with a day name ("Wed, 21 Oct 2015 …")
  const when = Date.parse(v);
  if (Number.isNaN(when)) return undefined;
  return Math.max(0, when - now);
}

/** Exponential backoff with full jitter: uniform in [0, min(max, base·2^attempt)). */
export function backoffDelay(attempt: number, base: number, max: number, random: () => number): number {
  const ceiling = Math.min(max, base * 2 ** attempt);
  return Math.floor(random() * ceiling);
}

/** Statuses worth retrying: 429 and server errors other than "not implemented"-like ones. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599 && status !== 501 && status !== 505);
}

export const ACCEPTED_TYPES: ReadonlySet<string> = new Set([
  "text/html",
  "application/xhtml+xml",
  "text/plain",
]);

/** The bare lower-case media type of a Content-Type value ("" when absent). */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

/** HTML, XHTML and plain text are fetched; a missing Content-Type is accepted (sniffed as HTML). */
export function isAcceptedType(contentType: string | undefined): boolean {
  const t = mediaType(contentType);
  return t === "" || ACCEPTED_TYPES.has(t);
}
