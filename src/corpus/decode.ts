/**
 * Turn the bytes of one document (a text file, an HTML file, the payload of
 * a WARC response) into a string, or explain why not. Runs in the workers.
 */
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from "node:zlib";
import iconv from "iconv-lite";
import { decodeDocumentBytes, decodeUtf8Strict, findNul, InputError } from "./bytes.js";

/** `<meta charset=…>` or `<meta http-equiv content="…charset=…">` in the first 2 KB. */
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

function isUtf8Name(cs: string): boolean {
  return cs === "utf-8" || cs === "utf8" || cs === "us-ascii" || cs === "ascii";
}

/** Decode with a declared charset; UTF-8 (the default) is checked strictly. */
export function decodeWithCharset(bytes: Uint8Array, charset: string | undefined): string {
  const cs = charset?.toLowerCase();
  if (!cs || isUtf8Name(cs)) return decodeUtf8Strict(bytes);
  if (!iconv.encodingExists(cs)) throw new InputError(`unknown charset ${JSON.stringify(charset)}`);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), cs);
}

/** The charset an HTML document declares for itself, if any. */
export function sniffHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 2048)).toString(
    "latin1",
  );
  return META_CHARSET.exec(head)?.[1]?.toLowerCase();
}

/** An HTML file: same checks as text, then the charset it declares. */
export function decodeHtmlBytes(bytes: Uint8Array, declared?: string): string {
  if (bytes.length === 0) throw new InputError("empty file", 1);
  const nul = findNul(bytes);
  if (nul >= 0) throw new InputError(`binary file (NUL byte at offset ${nul})`);
  const cs = declared ?? sniffHtmlCharset(bytes);
  const text = decodeWithCharset(bytes, cs);
  if (text.trim() === "") throw new InputError("empty document (whitespace only)");
  return text;
}

export { decodeDocumentBytes as decodeTextBytes };

/** Undo HTTP chunked transfer coding; returns the input when it is not well-formed chunks. */
export function dechunk(body: Uint8Array): Uint8Array {
  const b = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const parts: Buffer[] = [];
  let p = 0;
  for (;;) {
    const eol = b.indexOf("\r\n", p);
    if (eol < 0) return body;
    const size = Number.parseInt(b.toString("latin1", p, eol).split(";")[0]?.trim() ?? "", 16);
    if (!Number.isFinite(size) || size < 0) return body;
    if (size === 0) break;
    const start = eol + 2;
    if (start + size > b.length) return body;
    parts.push(b.subarray(start, start + size));
    p = start + size + 2;
  }
  return Buffer.concat(parts);
}

/** Undo an HTTP Content-Encoding (gzip, deflate, br). */
export function decodeContentEncoding(body: Uint8Array, encoding: string | undefined): Uint8Array {
  const enc = encoding?.trim().toLowerCase();
  if (!enc || enc === "identity") return body;
  try {
    if (enc === "gzip" || enc === "x-gzip") return gunzipSync(body);
    if (enc === "br") return brotliDecompressSync(body);
    if (enc === "deflate") {
      try {
        return inflateSync(body);
      } catch {
        return inflateRawSync(body);
      }
    }
  } catch (e) {
    throw new InputError(`cannot decode Content-Encoding ${enc}: ${(e as Error).message}`);
  }
  throw new InputError(`unsupported Content-Encoding ${JSON.stringify(encoding)}`);
}
