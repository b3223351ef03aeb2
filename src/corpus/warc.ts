/**
 * A streaming WARC reader (WARC/1.0 and 1.1, plain or gzip, the stream is
 * already decompressed here). Written for recovery rather than speed of
 * hand: a record whose Content-Length does not match its framing becomes an
 * error item and the reader re-synchronises on the next `WARC/1.` header
 * line, so one bad record never loses the rest of the file.
 */

export interface WarcRecord {
  /** 1-based line of the `WARC/1.x` version line in the (decompressed) stream. */
  line: number;
  headers: Map<string, string>;
  content: Buffer;
}

export type WarcItem = { record: WarcRecord } | { error: string; line: number; id?: string };

const CRLF2 = Buffer.from("\r\n\r\n");
const LF2 = Buffer.from("\n\n");
const VERSION_LINE = /^WARC\/\d+\.\d+$/;
const RESYNC = Buffer.from("\nWARC/1.");
/** Header blocks longer than this are not WARC headers: the framing is lost. */
const MAX_HEADER_BYTES = 1 << 20;

function countNewlines(b: Buffer, from: number, to: number): number {
  let n = 0;
  let i = b.indexOf(10, from);
  while (i >= 0 && i < to) {
    n++;
    i = b.indexOf(10, i + 1);
  }
  return n;
}

/** Buffered cursor over an async byte source. */
class Cursor {
  buf: Buffer = Buffer.alloc(0);
  pos = 0;
  line = 1;
  done = false;
  private readonly it: AsyncIterator<Buffer>;
  constructor(source: AsyncIterable<Buffer>) {
    this.it = source[Symbol.asyncIterator]();
  }
  get available(): number {
    return this.buf.length - this.pos;
  }
  /** Pull one more chunk; false at end of stream. Stream errors propagate. */
  async more(): Promise<boolean> {
    if (this.done) return false;
    const r = await this.it.next();
    if (r.done) {
      this.done = true;
      return false;
    }
    const rest = this.buf.subarray(this.pos);
    this.buf = rest.length ? Buffer.concat([rest, r.value]) : r.value;
    this.pos = 0;
    return true;
  }
  async ensure(n: number): Promise<boolean> {
    while (this.available < n) if (!(await this.more())) return false;
    return true;
  }
  /** Advance, keeping the line count. */
  skip(n: number): void {
    this.line += countNewlines(this.buf, this.pos, this.pos + n);
    this.pos += n;
  }
}

function parseHeaderBlock(text: string): { version: string; headers: Map<string, string> } {
  const lines = text.split(/\r?\n/);
  const version = (lines.shift() ?? "").trim();
  const headers = new Map<string, string>();
  let last = "";
  for (const l of lines) {
    if (l === "") continue;
    if ((l.startsWith(" ") || l.startsWith("\t")) && last) {
      headers.set(last, `${headers.get(last) ?? ""} ${l.trim()}`);
      continue;
    }
    const c = l.indexOf(":");
    if (c <= 0) continue;
    last = l.slice(0, c).trim().toLowerCase();
    headers.set(last, l.slice(c + 1).trim());
  }
  return { version, headers };
}

/** Skip to the next `WARC/1.` line start after the current position; false at EOF. */
async function resync(cur: Cursor): Promise<boolean> {
  for (;;) {
    const at = cur.buf.indexOf(RESYNC, cur.pos);
    if (at >= 0) {
      cur.skip(at + 1 - cur.pos);
      return true;
    }
    // Keep the last few bytes in case the marker straddles chunks.
    const keep = Math.min(cur.available, RESYNC.length - 1);
    cur.skip(cur.available - keep);
    if (!(await cur.more())) {
      cur.skip(cur.available);
      return false;
    }
  }
}

/** Yield WARC records (or per-record errors) from a decompressed byte stream. */
export async function* readWarc(source: AsyncIterable<Buffer>): AsyncGenerator<WarcItem> {
  const cur = new Cursor(source);
  try {
    for (;;) {
      // Skip blank lines between records.
      for (;;) {
        if (!(await cur.ensure(1))) return;
        const c = cur.buf[cur.pos];
        if (c === 13 || c === 10) cur.skip(1);
        else break;
      }
      const startLine = cur.line;
      // Read the header block.
      let end = -1;
      let sepLen = 4;
      for (;;) {
        end = cur.buf.indexOf(CRLF2, cur.pos);
        const lf = cur.buf.indexOf(LF2, cur.pos);
        if (lf >= 0 && (end < 0 || lf < end)) {
          end = lf;
          sepLen = 2;
        } else sepLen = 4;
        if (end >= 0 || cur.available > MAX_HEADER_BYTES) break;
        if (!(await cur.more())) break;
      }
      if (end < 0) {
        yield { error: "truncated WARC header (no blank line after the headers)", line: startLine };
        return;
      }
      const { version, headers } = parseHeaderBlock(cur.buf.toString("latin1", cur.pos, end));
      const id = headers.get("warc-record-id");
      if (!VERSION_LINE.test(version)) {
        yield {
          error: `not a WARC record header (starts with ${JSON.stringify(version.slice(0, 40))})`,
          line: startLine,
        };
        if (!(await resync(cur))) return;
        continue;
      }
      const lenText = headers.get("content-length");
      const len = lenText !== undefined && /^\d+$/.test(lenText) ? Number(lenText) : Number.NaN;
      cur.skip(end + sepLen - cur.pos);
      if (!Number.isFinite(len)) {
        yield {
          error: `bad Content-Length ${JSON.stringify(lenText ?? "(missing)")}`,
          line: startLine,
          ...(id ? { id } : {}),
        };
        if (!(await resync(cur))) return;
        continue;
      }
      if (!(await cur.ensure(len))) {
        yield {
          error: `bad Content-Length ${len}: only ${cur.available} bytes left in the file`,
          line: startLine,
          ...(id ? { id } : {}),
        };
        return;
      }
      const content = Buffer.from(cur.buf.subarray(cur.pos, cur.pos + len));
      // Check the framing: up to two CRLF, then the next record or the end.
      await cur.ensure(len + 4 + 8);
      let p = cur.pos + len;
      let nl = 0;
      while (p < cur.buf.length && nl < 4 && (cur.buf[p] === 13 || cur.buf[p] === 10)) {
        p++;
        nl++;
      }
      const atEnd = p >= cur.buf.length && cur.done;
      const nextOk =
        atEnd ||
        cur.buf.toString("latin1", p, p + 6) === "WARC/1" ||
        cur.buf.toString("latin1", p, p + 6) === "WARC/0";
      if (!nextOk) {
        yield {
          error: `bad Content-Length ${len}: the record does not end where its length says`,
          line: startLine,
          ...(id ? { id } : {}),
        };
        // The cursor still sits at the content start: look for the next record from there.
        if (!(await resync(cur))) return;
        continue;
      }
      cur.skip(p - cur.pos);
      yield { record: { line: startLine, headers, content } };
    }
  } catch (e) {
    const err = e as Error;
    const msg = /unexpected end of file/i.test(err.message)
      ? "truncated gzip (unexpected end of file)"
      : err.message;
    yield { error: msg, line: cur.line };
  }
}

export interface HttpPayload {
  status: number;
  headers: Map<string, string>;
  body: Buffer;
}

/** Split an HTTP response block (status line, headers, body); null when it is not one. */
export function parseHttpResponse(content: Buffer): HttpPayload | null {
  let end = content.indexOf(CRLF2);
  let sep = 4;
  const lf = content.indexOf(LF2);
  if (lf >= 0 && (end < 0 || lf < end)) {
    end = lf;
    sep = 2;
  }
  if (end < 0) return null;
  const head = content.toString("latin1", 0, end);
  const { version, headers } = parseHeaderBlock(head);
  const m = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(version);
  if (!m) return null;
  return { status: Number(m[1]), headers, body: content.subarray(end + sep) };
}

/** Whether a Content-Type names an HTML document. */
export function isHtmlContentType(ct: string | undefined): boolean {
  if (!ct) return false;
  const t = ct.split(";")[0]?.trim().toLowerCase() ?? "";
  return t === "text/html" || t === "application/xhtml+xml";
}

/** The charset parameter of a Content-Type, lower-cased. */
export function charsetOf(ct: string | undefined): string | undefined {
  const m = ct ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(ct) : null;
  return m?.[1]?.toLowerCase();
}
