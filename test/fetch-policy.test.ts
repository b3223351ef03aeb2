import type { LookupAddress } from "node:dns";
import { describe, expect, it } from "vitest";
import { FetchError } from "../src/fetch/errors.js";
import { resolveFetchOptions } from "../src/fetch/options.js";
import {
  admitUrl,
  backoffDelay,
  isAcceptedType,
  isRetryableStatus,
  nextRedirect,
  parseRetryAfter,
} from "../src/fetch/policy.js";
import { blockedAddressReason, checkHost, guardedLookup } from "../src/fetch/ssrf.js";

describe("redirect policy", () => {
  const from = new URL("https://news.example/a");
  const none = new Set<string>([from.href]);

  it("resolves relative Locations and drops fragments", () => {
    expect(nextRedirect(from, "/b?x=1#top", none, 0, 5)).toEqual({
      ok: true,
      value: new URL("https://news.example/b?x=1"),
    });
    expect(nextRedirect(from, "https://other.example/c", none, 4, 5)).toMatchObject({ ok: true });
  });

  it("refuses an https → http downgrade, but allows http → https and http → http", () => {
    expect(nextRedirect(from, "http://news.example/a", none, 0, 5)).toEqual({
      ok: false,
      reason: "insecure redirect",
      detail: "https → http refused (http://news.example/a)",
    });
    expect(nextRedirect(new URL("http://x.example/"), "https://x.example/", none, 0, 5)).toMatchObject({
      ok: true,
    });
    expect(nextRedirect(new URL("http://x.example/"), "http://y.example/", none, 0, 5)).toMatchObject({
      ok: true,
    });
  });

  it("detects loops (including a self-redirect) before the hop limit", () => {
    expect(nextRedirect(from, "/a", none, 0, 5)).toMatchObject({ ok: false, reason: "redirect loop" });
    expect(nextRedirect(from, "/a#again", none, 0, 5)).toMatchObject({ ok: false, reason: "redirect loop" });
  });

  it("enforces the hop limit", () => {
    expect(nextRedirect(from, "/z", none, 5, 5)).toEqual({
      ok: false,
      reason: "too many redirects",
      detail: "more than 5",
    });
    expect(nextRedirect(from, "/z", none, 0, 0)).toMatchObject({ reason: "too many redirects" });
  });

  it("rejects missing, unparseable and non-http Locations", () => {
    expect(nextRedirect(from, undefined, none, 0, 5)).toMatchObject({ reason: "bad redirect" });
    expect(nextRedirect(from, "http://[::1", none, 0, 5)).toMatchObject({ reason: "bad redirect" });
    expect(nextRedirect(from, "file:///etc/passwd", none, 0, 5)).toMatchObject({ reason: "bad redirect" });
    expect(nextRedirect(from, "javascript:alert(1)", none, 0, 5)).toMatchObject({ reason: "bad redirect" });
  });
});

describe("URL admission", () => {
  it("admits absolute http(s) URLs only", () => {
    expect(admitUrl(" https://news.example/a#frag ")).toEqual({
      ok: true,
      value: new URL("https://news.example/a"),
    });
    expect(admitUrl("news.example/a")).toMatchObject({ ok: false, reason: "invalid URL" });
    expect(admitUrl("mailto:x@y.z")).toMatchObject({
      ok: false,
      reason: "unsupported scheme",
      detail: "mailto",
    });
    expect(admitUrl("http://user:pw@news.example/")).toMatchObject({
      ok: false,
      detail: "credentials in URL",
    });
  });
});

describe("retry timing", () => {
  it("parses Retry-After seconds and HTTP dates", () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(parseRetryAfter("120", now)).toBe(120_000);
    expect(parseRetryAfter("0", now)).toBe(0);
    expect(parseRetryAfter("Thu, 01 Jan 2026 00:00:30 GMT", now)).toBe(30_000);
    expect(parseRetryAfter("Wed, 31 Dec 2025 23:00:00 GMT", now)).toBe(0); // in the past
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter("-5", now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });

  it("backs off exponentially with full jitter, capped", () => {
    expect(backoffDelay(0, 500, 30_000, () => 0.999)).toBe(499);
    expect(backoffDelay(3, 500, 30_000, () => 0.5)).toBe(2000);
    expect(backoffDelay(20, 500, 30_000, () => 0.999)).toBe(29_970);
    expect(backoffDelay(3, 500, 30_000, () => 0)).toBe(0);
  });

  it("retries 429 and 5xx except 501/505", () => {
    for (const s of [429, 500, 502, 503, 504, 599]) expect(isRetryableStatus(s)).toBe(true);
    for (const s of [200, 301, 400, 403, 404, 410, 501, 505]) expect(isRetryableStatus(s)).toBe(false);
  });
});

describe("content types", () => {
  it("accepts HTML, XHTML, plain text and a missing type only", () => {
    for (const t of [
      "text/html",
      "TEXT/HTML; charset=UTF-8",
      "application/xhtml+xml",
      "text/plain",
      undefined,
    ]) {
      expect(isAcceptedType(t)).toBe(true);
    }
    for (const t of [
      "image/png",
      "application/json",
      "application/pdf",
      "text/css",
      "application/octet-stream",
    ]) {
      expect(isAcceptedType(t)).toBe(false);
    }
  });
});

describe("SSRF address classification", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["10.0.0.1", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["169.254.169.254", "link-local"],
    ["100.64.0.1", "carrier-grade NAT"],
    ["100.127.255.255", "carrier-grade NAT"],
    ["0.0.0.0", "this network"],
    ["224.0.0.251", "multicast"],
    ["255.255.255.255", "reserved"],
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["fc00::1", "unique local"],
    ["fd12:3456::1", "unique local"],
    ["fe80::1", "link-local"],
    ["ff02::1", "multicast"],
    ["::ffff:127.0.0.1", "IPv4-mapped loopback"],
    ["::ffff:7f00:1", "IPv4-mapped loopback"],
    ["::ffff:169.254.169.254", "IPv4-mapped link-local"],
    ["[::ffff:10.1.2.3]", "IPv4-mapped private"],
    ["64:ff9b::a9fe:a9fe", "NAT64 link-local"],
    ["2002:c0a8:0101::1", "6to4 private"],
    ["fe80::1%eth0", "link-local"],
    ["not-an-ip", "invalid address"],
  ])("%s is blocked (%s)", (ip, why) => {
    expect(blockedAddressReason(ip)).toBe(why);
  });

  it.each([
    "93.184.216.34",
    "8.8.8.8",
    "172.32.0.1",
    "100.128.0.1",
    "192.169.0.1",
    "2606:4700::1111",
    "::ffff:8.8.8.8",
  ])("%s is public", (ip) => {
    expect(blockedAddressReason(ip)).toBeUndefined();
  });
});

describe("SSRF host check and pinned lookup (fake DNS, no traffic)", () => {
  const fakeDns =
    (table: Record<string, string[]>) =>
    async (host: string): Promise<Array<{ address: string; family: number }>> => {
      const list = table[host];
      if (!list) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND" });
      return list.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
    };
  const never = () => false;

  it("refuses names resolving to 10.0.0.1 or 169.254.169.254, and any blocked address among several", async () => {
    const dns = fakeDns({
      "intranet.test": ["10.0.0.1"],
      "metadata.test": ["169.254.169.254"],
      "dual.test": ["93.184.216.34", "fd00::5"],
      "public.test": ["93.184.216.34", "2606:4700::1111"],
    });
    await expect(checkHost("intranet.test", dns, never)).rejects.toMatchObject({
      reason: "blocked address",
      message: expect.stringContaining("intranet.test resolves to 10.0.0.1 (private)"),
    });
    await expect(checkHost("metadata.test", dns, never)).rejects.toThrow(/169\.254\.169\.254 \(link-local\)/);
    await expect(checkHost("dual.test", dns, never)).rejects.toThrow(/fd00::5 \(unique local\)/);
    await expect(checkHost("public.test", dns, never)).resolves.toBeUndefined();
    await expect(checkHost("[::1]", dns, never)).rejects.toThrow(/::1 \(loopback\)/);
    await expect(checkHost("nowhere.test", dns, never)).rejects.toMatchObject({ reason: "dns not found" });
    await expect(checkHost("intranet.test", dns, () => true)).resolves.toBeUndefined();
  });

  function lookupOnce(
    lookup: ReturnType<typeof guardedLookup>,
    host: string,
    all: boolean,
  ): Promise<{ err: Error | null; address: string | LookupAddress[]; family: number | undefined }> {
    return new Promise((resolve) =>
      lookup(host, { all }, (err, address, family) => resolve({ err, address, family })),
    );
  }

  it("the connect-time lookup re-checks, so a rebinding answer is refused", async () => {
    // First answer public (passes checkHost), second answer loopback (what a rebinding DNS would do).
    let calls = 0;
    const rebinding = async () => [{ address: ++calls === 1 ? "93.184.216.34" : "127.0.0.1", family: 4 }];
    await checkHost("rebind.test", rebinding, never);
    const { err } = await lookupOnce(guardedLookup(rebinding, never), "rebind.test", true);
    expect(err).toBeInstanceOf(FetchError);
    expect(err?.message).toMatch(/rebind\.test resolves to 127\.0\.0\.1 \(loopback\)/);
  });

  it("hands the socket exactly the checked addresses, in both lookup shapes", async () => {
    const dns = fakeDns({ "pub.test": ["93.184.216.34", "2606:4700::1111"] });
    const lookup = guardedLookup(dns, never);
    expect(await lookupOnce(lookup, "pub.test", true)).toEqual({
      err: null,
      address: [
        { address: "93.184.216.34", family: 4 },
        { address: "2606:4700::1111", family: 6 },
      ],
      family: undefined,
    });
    expect(await lookupOnce(lookup, "pub.test", false)).toEqual({
      err: null,
      address: "93.184.216.34",
      family: 4,
    });
    const { err } = await lookupOnce(lookup, "missing.test", true);
    expect((err as NodeJS.ErrnoException | null)?.code).toBe("ENOTFOUND");
  });
});

describe("options", () => {
  it("merges defaults once and clamps the phase timeouts to the overall deadline", () => {
    const o = resolveFetchOptions({ timeout: 5000 });
    expect(o).toMatchObject({
      concurrency: 8,
      perHost: 2,
      delay: 400,
      maxBytes: 5 * 1024 * 1024,
      retries: 3,
    });
    expect(o.headersTimeout).toBe(5000);
    expect(o.bodyTimeout).toBe(5000);
    expect(o.connectTimeout).toBe(5000);
    expect(o.userAgent).toBe("newsclean/0.1 (+https://github.com/newsclean/newsclean)");
    expect(() => resolveFetchOptions({ perHost: 0 })).toThrow(RangeError);
    expect(() => resolveFetchOptions({ delay: Number.NaN })).toThrow(RangeError);
  });
});
