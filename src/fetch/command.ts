/**
 * `newsclean fetch URLS.txt|- [options]`: fetch, clean, write JSONL.
 * Exit code 0 when every URL succeeded, 1 when some failed, 2 on a usage error.
 */

import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { access } from "node:fs/promises";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { parseArgs } from "node:util";
import { recordProcessor } from "../pipeline.js";
import { fetchPages } from "./fetcher.js";
import { cleanPage } from "./index.js";
import { FETCH_DEFAULTS, type FetchOptions } from "./options.js";

export const FETCH_USAGE = `Usage: newsclean fetch URLS.txt|- [options]

Fetch each URL (one per line; blank lines and # comments skipped), clean it,
and write one JSONL record per URL: {url, finalUrl, status, fetchedAt, error?,
title, text, meta, findings}.

Options:
  --out FILE.jsonl      write records here instead of stdout
  --concurrency N       requests at once overall (default ${FETCH_DEFAULTS.concurrency})
  --per-host N          requests at once per host (default ${FETCH_DEFAULTS.perHost})
  --delay DURATION      min gap from a host's last response to its next request (default ${FETCH_DEFAULTS.delay}ms)
  --user-agent S        User-Agent header (default "${FETCH_DEFAULTS.userAgent}")
  --timeout DURATION    overall deadline per request (default ${FETCH_DEFAULTS.timeout / 1000}s)
  --max-bytes SIZE      max body size (default 5MB)
  --retries N           retries on network errors, 429 and 5xx (default ${FETCH_DEFAULTS.retries})
  --max-redirects N     (default ${FETCH_DEFAULTS.maxRedirects})
  --allow-private       allow loopback/private/link-local addresses
  --no-robots           ignore robots.txt
  --quiet               no per-URL failure lines on stderr (the summary is still printed)
  -h, --help            show this help

Durations take ms or s (400ms, 1.5s); sizes take B, KB, MB (1KB = 1024 bytes).
Exit code: 0 all fetched, 1 some failed, 2 usage error.`;

export interface CommandIO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

class UsageError extends Error {}

/** "400ms", "1.5s", "0" → milliseconds. */
export function parseDuration(flag: string, value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s)?$/i.exec(value.trim());
  if (!m || (m[2] === undefined && Number(m[1]) !== 0)) {
    throw new UsageError(`--${flag}: expected a duration like 400ms or 30s, got ${JSON.stringify(value)}`);
  }
  const n = Number(m[1]);
  return Math.round((m[2] ?? "ms").toLowerCase() === "s" ? n * 1000 : n);
}

/** "5MB", "512KB", "1000" → bytes (binary multiples). */
export function parseSize(flag: string, value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|kib|k|mb|mib|m|gb|gib|g)?$/i.exec(value.trim());
  if (!m) throw new UsageError(`--${flag}: expected a size like 512KB or 5MB, got ${JSON.stringify(value)}`);
  const unit = (m[2] ?? "b").toLowerCase()[0];
  const factor = unit === "k" ? 1024 : unit === "m" ? 1024 ** 2 : unit === "g" ? 1024 ** 3 : 1;
  const bytes = Math.floor(Number(m[1]) * factor);
  if (bytes < 1) throw new UsageError(`--${flag}: must be at least 1 byte`);
  return bytes;
}

function parseCount(flag: string, value: string, min: number): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < min) {
    throw new UsageError(`--${flag}: expected a whole number ≥ ${min}, got ${JSON.stringify(value)}`);
  }
  return Number(value);
}

interface ParsedCommand {
  input: string;
  out: string | undefined;
  quiet: boolean;
  options: FetchOptions;
}

const ARG_OPTIONS = {
  out: { type: "string" },
  "per-host": { type: "string" },
  delay: { type: "string" },
  concurrency: { type: "string" },
  "user-agent": { type: "string" },
  timeout: { type: "string" },
  "max-bytes": { type: "string" },
  retries: { type: "string" },
  "max-redirects": { type: "string" },
  "allow-private": { type: "boolean" },
  "no-robots": { type: "boolean" },
  quiet: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

function parseCommand(argv: string[]): ParsedCommand | "help" {
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; allowPositionals: true; options: typeof ARG_OPTIONS }>
  >;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: ARG_OPTIONS });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const { values: v, positionals } = parsed;
  if (v.help) return "help";
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0
        ? "missing the URL list (a file, or - for stdin)"
        : "expected exactly one URL list",
    );
  }
  const options: FetchOptions = {};
  if (v["per-host"] !== undefined) options.perHost = parseCount("per-host", v["per-host"], 1);
  if (v.concurrency !== undefined) options.concurrency = parseCount("concurrency", v.concurrency, 1);
  if (v.delay !== undefined) options.delay = parseDuration("delay", v.delay);
  if (v.timeout !== undefined) {
    options.timeout = parseDuration("timeout", v.timeout);
    if (options.timeout < 1) throw new UsageError("--timeout: must be more than 0");
  }
  if (v["user-agent"] !== undefined) {
    if (v["user-agent"].trim() === "" || /[\r\n]/.test(v["user-agent"])) {
      throw new UsageError("--user-agent: must be a non-empty single line");
    }
    options.userAgent = v["user-agent"];
  }
  if (v["max-bytes"] !== undefined) options.maxBytes = parseSize("max-bytes", v["max-bytes"]);
  if (v.retries !== undefined) options.retries = parseCount("retries", v.retries, 0);
  if (v["max-redirects"] !== undefined)
    options.maxRedirects = parseCount("max-redirects", v["max-redirects"], 0);
  if (v["allow-private"]) options.allowPrivate = true;
  if (v["no-robots"]) options.robots = false;
  return { input: positionals[0] ?? "-", out: v.out, quiet: v.quiet ?? false, options };
}

/** Non-empty, non-comment lines of a stream, trimmed. */
async function* urlLines(stream: Readable): AsyncGenerator<string> {
  const rl = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of rl) {
    const url = line.trim();
    if (url !== "" && !url.startsWith("#")) yield url;
  }
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 ** 2).toFixed(1)} MB`;
}

async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, "drain");
}

export async function fetchCommand(argv: string[], io: CommandIO = process): Promise<number> {
  let cmd: ParsedCommand | "help";
  try {
    cmd = parseCommand(argv);
    if (cmd !== "help" && cmd.input !== "-") {
      const input = cmd.input;
      await access(input).catch((err: NodeJS.ErrnoException) => {
        throw new UsageError(`cannot read ${input}: ${err.code ?? err.message}`);
      });
    }
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr.write(`newsclean fetch: ${err.message}\n\n${FETCH_USAGE}\n`);
    return 2;
  }
  if (cmd === "help") {
    io.stdout.write(`${FETCH_USAGE}\n`);
    return 0;
  }

  const started = performance.now();
  const source = cmd.input === "-" ? io.stdin : createReadStream(cmd.input);
  const out = cmd.out ? createWriteStream(cmd.out) : io.stdout;
  const clean = recordProcessor({});
  let total = 0;
  let ok = 0;
  let bytes = 0;
  const failures = new Map<string, number>();
  try {
    for await (const page of fetchPages(urlLines(source), cmd.options)) {
      total++;
      bytes += page.bytes ?? 0;
      const record = cleanPage(page, clean);
      await write(out, `${JSON.stringify(record)}\n`);
      if (record.error === undefined) ok++;
      else {
        const reason = page.reason ?? (page.error === undefined ? "clean failed" : "error");
        failures.set(reason, (failures.get(reason) ?? 0) + 1);
        if (!cmd.quiet) io.stderr.write(`  failed ${page.url}: ${record.error}\n`);
      }
    }
  } finally {
    if (cmd.out) {
      out.end();
      await once(out, "finish").catch(() => {});
    }
  }
  const failed = total - ok;
  const reasons = [...failures.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([r, n]) => `${r}: ${n}`)
    .join(", ");
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  io.stderr.write(
    `newsclean fetch: ${total} URL${total === 1 ? "" : "s"}, ${ok} ok, ${failed} failed` +
      `${reasons ? ` (${reasons})` : ""}, ${formatBytes(bytes)}, ${seconds} s\n`,
  );
  return failed === 0 ? 0 : 1;
}
