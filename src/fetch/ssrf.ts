/**
 * SSRF guard: refuse hosts that resolve to loopback, private, link-local,
 * CGNAT, multicast or reserved addresses (IPv4, IPv6 and IPv4 embedded in
 * IPv6). The same check runs inside the socket's DNS lookup, so the address
 * that was checked is the address that is connected to (no DNS rebinding).
 */
import type { LookupAddress, LookupOptions } from "node:dns";
import { promises as dnsPromises } from "node:dns";
import { isIP } from "node:net";
import { FetchError } from "./errors.js";
import type { ResolvedAddress, Resolver } from "./options.js";

/** [first address as 32-bit int, prefix length, label] */
const V4_BLOCKS: ReadonlyArray<readonly [string, number, string]> = [
  ["0.0.0.0", 8, "this network"],
  ["10.0.0.0", 8, "private"],
  ["100.64.0.0", 10, "carrier-grade NAT"],
  ["127.0.0.0", 8, "loopback"],
  ["169.254.0.0", 16, "link-local"],
  ["172.16.0.0", 12, "private"],
  ["192.0.0.0", 24, "IETF protocol assignments"],
  ["192.168.0.0", 16, "private"],
  ["198.18.0.0", 15, "benchmarking"],
  ["224.0.0.0", 4, "multicast"],
  ["240.0.0.0", 4, "reserved"],
];

function v4ToInt(ip: string): number | undefined {
  const parts = ip.split(".");
  if (parts.length !== 4) return undefined;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return undefined;
    const v = Number(p);
    if (v > 255) return undefined;
    n = n * 256 + v;
  }
  return n;
}

function v4Blocked(n: number): string | undefined {
  for (const [base, prefix, label] of V4_BLOCKS) {
    const b = v4ToInt(base) ?? 0;
    const size = 2 ** (32 - prefix);
    if (n >= b && n < b + size) return label;
  }
  return undefined;
}

/** Parse an IPv6 literal into 8 16-bit groups (handles "::" and a dotted IPv4 tail). */
function parseV6(ip: string): number[] | undefined {
  let s = ip.replace(/^\[|\]$/g, "");
  const zone = s.indexOf("%");
  if (zone >= 0) s = s.slice(0, zone);
  let tail: number[] = [];
  const lastColon = s.lastIndexOf(":");
  if (s.slice(lastColon + 1).includes(".")) {
    const n = v4ToInt(s.slice(lastColon + 1));
    if (n === undefined) return undefined;
    tail = [Math.floor(n / 65536), n % 65536];
    s = `${s.slice(0, lastColon + 1)}0:0`;
  }
  const halves = s.split("::");
  if (halves.length > 2) return undefined;
  const parse = (h: string): number[] => (h === "" ? [] : h.split(":").map((g) => Number.parseInt(g, 16)));
  const head = parse(halves[0] ?? "");
  const rest = halves.length === 2 ? parse(halves[1] ?? "") : [];
  const fill = 8 - head.length - rest.length;
  if (fill < 0 || (halves.length === 1 && fill !== 0)) return undefined;
  const groups = [...head, ...new Array<number>(halves.length === 2 ? fill : 0).fill(0), ...rest];
  if (tail.length) groups.splice(6, 2, ...tail);
  if (groups.length !== 8 || groups.some((g) => !Number.isInteger(g) || g < 0 || g > 0xffff))
    return undefined;
  return groups;
}

function v6Blocked(g: number[]): string | undefined {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  const embedded = g6 * 65536 + g7;
  const zeroPrefix = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
  if (zeroPrefix && g5 === 0 && g6 === 0 && (g7 === 0 || g7 === 1)) return g7 ? "loopback" : "unspecified";
  // ::ffff:a.b.c.d (IPv4-mapped), ::a.b.c.d (IPv4-compatible), ::ffff:0:a.b.c.d (translated)
  if (zeroPrefix && (g5 === 0xffff || g5 === 0))
    return v4Blocked(embedded) && `IPv4-mapped ${v4Blocked(embedded)}`;
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0xffff && g5 === 0) {
    return v4Blocked(embedded) && `IPv4-translated ${v4Blocked(embedded)}`;
  }
  // 64:ff9b::/96 NAT64 and 2002::/16 6to4 carry an IPv4 address too.
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) {
    return v4Blocked(embedded) && `NAT64 ${v4Blocked(embedded)}`;
  }
  if (g0 === 0x2002) {
    const six = g1 * 65536 + g2;
    return v4Blocked(six) && `6to4 ${v4Blocked(six)}`;
  }
  if ((g0 & 0xfe00) === 0xfc00) return "unique local";
  if ((g0 & 0xffc0) === 0xfe80) return "link-local";
  if ((g0 & 0xffc0) === 0xfec0) return "site-local";
  if ((g0 & 0xff00) === 0xff00) return "multicast";
  return undefined;
}

/**
 * Why an IP address must not be fetched ("private", "loopback"…), or
 * undefined when it is a public address. Unparseable input counts as blocked.
 */
export function blockedAddressReason(ip: string): string | undefined {
  const bare = ip.replace(/^\[|\]$/g, "");
  const kind = isIP(bare.split("%")[0] ?? "");
  if (kind === 4) {
    const n = v4ToInt(bare);
    return n === undefined ? "invalid address" : v4Blocked(n);
  }
  if (kind === 6) {
    const g = parseV6(bare);
    return g ? v6Blocked(g) : "invalid address";
  }
  return "invalid address";
}

export const defaultResolver: Resolver = async (hostname) =>
  dnsPromises.lookup(hostname, { all: true, verbatim: true });

function assertAllowed(hostname: string, addresses: readonly ResolvedAddress[]): void {
  for (const a of addresses) {
    const why = blockedAddressReason(a.address);
    if (why) {
      const via = a.address === hostname ? a.address : `${hostname} resolves to ${a.address}`;
      throw new FetchError("blocked address", `${via} (${why}); use allowPrivate to permit`);
    }
  }
}

/** Whether private addresses are acceptable for this hostname. */
export type PrivatePolicy = (hostname: string) => boolean;

/**
 * Resolve and check a URL's hostname before a request (every redirect hop).
 * IP literals are checked without DNS.
 */
export async function checkHost(
  hostname: string,
  resolver: Resolver,
  allowPrivate: PrivatePolicy,
): Promise<void> {
  const bare = hostname.replace(/^\[|\]$/g, "");
  if (allowPrivate(bare)) return;
  if (isIP(bare)) return assertAllowed(bare, [{ address: bare, family: isIP(bare) }]);
  let addresses: ResolvedAddress[];
  try {
    addresses = await resolver(bare);
  } catch (err) {
    const code = (err as { code?: string }).code ?? "";
    throw new FetchError(
      code === "EAI_AGAIN" ? "dns error" : "dns not found",
      `${bare}: ${err instanceof Error ? err.message : String(err)}`,
      { retryable: code === "EAI_AGAIN" },
    );
  }
  if (addresses.length === 0) throw new FetchError("dns not found", `${bare}: no addresses`);
  assertAllowed(bare, addresses);
}

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for net.connect/tls.connect (undici's `connect.lookup`): resolves
 * with `resolver`, refuses blocked addresses, and hands exactly the checked
 * addresses to the socket.
 */
export function guardedLookup(resolver: Resolver, allowPrivate: PrivatePolicy) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    resolver(hostname).then(
      (found) => {
        const family = options.family === 4 || options.family === 6 ? options.family : 0;
        const list = family ? found.filter((a) => a.family === family) : found;
        try {
          if (!allowPrivate(hostname)) assertAllowed(hostname, list);
        } catch (err) {
          callback(err as NodeJS.ErrnoException, "", 0);
          return;
        }
        const first = list[0];
        if (!first) {
          const err: NodeJS.ErrnoException = new Error(`getaddrinfo ENOTFOUND ${hostname}`);
          err.code = "ENOTFOUND";
          callback(err, "", 0);
          return;
        }
        if (options.all)
          callback(
            null,
            list.map((a) => ({ address: a.address, family: a.family })),
          );
        else callback(null, first.address, first.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, "", 0),
    );
  };
}
