/**
 * Decode the bytes of a saved HTML page when no HTTP header says how: a BOM
 * first, then `<meta charset>` / `<meta http-equiv="content-type">` in the
 * first bytes, then UTF-8 if the bytes are valid UTF-8, else windows-1252
 * (what browsers assume for legacy Western pages). HTTP responses are decoded
 * by src/html/encoding.ts; this is the small, local sniffer for files.
 */
import iconv from "iconv-lite";

/** How far into the page a charset declaration is looked for (the HTML spec prescans 1024 bytes; pages
 * with long inline scripts in <head> put it later, so look further). */
const SNIFF_BYTES = 8192;

/** `<meta charset="x">` or `content="text/html; charset=x"`, in the ASCII view of the first bytes. */
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i;

export interface DecodedHtml {
  readonly text: string;
  /** the charset used, lower case */
  readonly charset: string;
  /** where it came from */
  readonly source: "bom" | "meta" | "utf8-valid" | "fallback";
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function normalizeCharset(label: string): string {
  const l = label.trim().toLowerCase();
  // the HTML spec maps these labels to windows-1252
  if (l === "iso-8859-1" || l === "latin1" || l === "us-ascii" || l === "ascii") return "windows-1252";
  return l;
}

export function decodeHtmlBytes(bytes: Uint8Array): DecodedHtml {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return { text: buf.subarray(3).toString("utf8"), charset: "utf-8", source: "bom" };
  }
  if (buf[0] === 0xff && buf[1] === 0xfe) {
    return { text: iconv.decode(buf.subarray(2), "utf-16le"), charset: "utf-16le", source: "bom" };
  }
  if (buf[0] === 0xfe && buf[1] === 0xff) {
    return { text: iconv.decode(buf.subarray(2), "utf-16be"), charset: "utf-16be", source: "bom" };
  }
  const head = buf.subarray(0, SNIFF_BYTES).toString("latin1");
  const m = META_CHARSET.exec(head);
  const declared = m?.[1] ? normalizeCharset(m[1]) : undefined;
  // a page that declares a legacy charset but is valid UTF-8 was re-saved as UTF-8 (common with crawlers)
  if (declared && declared !== "utf-8" && declared !== "utf8" && iconv.encodingExists(declared)) {
    if (!isValidUtf8(buf)) return { text: iconv.decode(buf, declared), charset: declared, source: "meta" };
  }
  if (isValidUtf8(buf)) {
    return { text: buf.toString("utf8"), charset: "utf-8", source: declared ? "meta" : "utf8-valid" };
  }
  return { text: iconv.decode(buf, "windows-1252"), charset: "windows-1252", source: "fallback" };
}
