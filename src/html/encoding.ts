/**
 * Charset decoding for fetched HTML and a conservative mojibake repairer.
 *
 * decodeHtml picks the charset the way a browser would (WHATWG "encoding
 * sniffing", simplified): BOM, then the HTTP Content-Type header, then a
 * <meta> prescan of the first bytes, then a cheap detection (valid UTF-8, else
 * windows-1252). Legacy charsets are decoded with iconv-lite because Node's
 * TextDecoder (small-icu builds) mishandles windows-1252 0x80–0x9F.
 */
import iconv from "iconv-lite";

export type CharsetSource = "header" | "bom" | "meta" | "detected" | "default";

export interface DecodedHtml {
  text: string;
  /** Canonical WHATWG encoding name ("utf-8", "windows-1252", "shift_jis"…). */
  charset: string;
  source: CharsetSource;
}

/** How many leading bytes the <meta charset> prescan looks at. */
const META_PRESCAN_BYTES = 4096;

/**
 * Encoding labels (lower-case) → canonical WHATWG name. Covers the labels seen
 * in practice; see https://encoding.spec.whatwg.org/#names-and-labels.
 * Note the spec's quirks: latin1/iso-8859-1/ascii mean windows-1252, gb2312
 * and gbk decode as gb18030, tis-620 is windows-874.
 */
const LABELS: Readonly<Record<string, string>> = buildLabels({
  "utf-8": ["utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8"],
  "windows-1252": [
    "windows-1252",
    "cp1252",
    "x-cp1252",
    "latin1",
    "l1",
    "iso-8859-1",
    "iso8859-1",
    "iso88591",
    "iso_8859-1",
    "iso_8859-1:1987",
    "iso-ir-100",
    "ibm819",
    "cp819",
    "csisolatin1",
    "ascii",
    "us-ascii",
    "ansi_x3.4-1968",
  ],
  "iso-8859-2": ["iso-8859-2", "iso8859-2", "iso88592", "iso_8859-2", "latin2", "l2", "csisolatin2"],
  "iso-8859-4": ["iso-8859-4", "iso8859-4", "latin4", "l4"],
  "iso-8859-5": ["iso-8859-5", "iso8859-5", "iso88595", "cyrillic", "csisolatincyrillic"],
  "iso-8859-6": ["iso-8859-6", "iso8859-6", "arabic", "csisolatinarabic"],
  "iso-8859-7": ["iso-8859-7", "iso8859-7", "greek", "greek8", "csisolatingreek"],
  "iso-8859-8": ["iso-8859-8", "iso8859-8", "hebrew", "visual", "csisolatinhebrew"],
  "iso-8859-8-i": ["iso-8859-8-i", "logical", "csiso88598i"],
  "iso-8859-13": ["iso-8859-13", "iso8859-13"],
  "iso-8859-15": ["iso-8859-15", "iso8859-15", "iso885915", "iso_8859-15", "latin9", "l9"],
  "windows-874": ["windows-874", "dos-874", "tis-620", "iso-8859-11", "iso8859-11"],
  "windows-1250": ["windows-1250", "cp1250", "x-cp1250"],
  "windows-1251": ["windows-1251", "cp1251", "x-cp1251"],
  "windows-1253": ["windows-1253", "cp1253", "x-cp1253"],
  "windows-1254": ["windows-1254", "cp1254", "x-cp1254", "iso-8859-9", "iso8859-9", "latin5", "l5"],
  "windows-1255": ["windows-1255", "cp1255", "x-cp1255"],
  "windows-1256": ["windows-1256", "cp1256", "x-cp1256"],
  "windows-1257": ["windows-1257", "cp1257", "x-cp1257"],
  "windows-1258": ["windows-1258", "cp1258", "x-cp1258"],
  "koi8-r": ["koi8-r", "koi8_r", "koi8", "koi", "cskoi8r"],
  "koi8-u": ["koi8-u", "koi8-ru"],
  ibm866: ["ibm866", "866", "cp866", "csibm866"],
  macintosh: ["macintosh", "mac", "x-mac-roman", "csmacintosh"],
  gb18030: ["gb18030", "gbk", "gb2312", "gb_2312", "gb_2312-80", "chinese", "csgb2312", "x-gbk", "cp936"],
  big5: ["big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"],
  "euc-jp": ["euc-jp", "x-euc-jp", "cseucpkdfmtjapanese"],
  shift_jis: ["shift_jis", "shift-jis", "sjis", "ms_kanji", "ms932", "windows-31j", "x-sjis", "csshiftjis"],
  "euc-kr": ["euc-kr", "ks_c_5601-1987", "korean", "windows-949", "cp949", "csksc56011987"],
  "utf-16le": ["utf-16le", "utf-16", "unicode", "ucs-2", "csunicode"],
  "utf-16be": ["utf-16be", "unicodefffe"],
});

/** Canonical name → iconv-lite codec name, where they differ. */
const ICONV_NAMES: Readonly<Record<string, string>> = {
  "iso-8859-8-i": "iso-8859-8",
  "euc-kr": "cp949",
};

function buildLabels(groups: Record<string, string[]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, labels] of Object.entries(groups)) for (const l of labels) out[l] = name;
  return out;
}

/**
 * Canonical WHATWG name for an encoding label, or undefined when the label is
 * unknown or iconv-lite cannot decode it (callers then fall through to the
 * next source).
 */
export function normalizeCharset(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const key = label
    .trim()
    .replace(/^["']|["']$/g, "")
    .toLowerCase();
  const name = LABELS[key];
  if (name === undefined) return undefined;
  return iconv.encodingExists(ICONV_NAMES[name] ?? name) ? name : undefined;
}

/** The raw `charset=` parameter of a Content-Type value. */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  if (!contentType) return undefined;
  const m = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType);
  return m?.[2];
}

function sniffBom(bytes: Uint8Array): { charset: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: "utf-8", length: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: "utf-16be", length: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: "utf-16le", length: 2 };
  return undefined;
}

/**
 * The charset declared by a <meta charset> or <meta http-equiv=Content-Type>
 * in the first bytes (comments skipped), else by an XML declaration
 * (`<?xml … encoding="…"?>`, for XHTML). Per the HTML spec a UTF-16 label here
 * means UTF-8 (the bytes are ASCII-compatible if we could read the tag).
 */
export function sniffMetaCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, META_PRESCAN_BYTES))
    .toString("latin1")
    .replace(/<!--[\s\S]*?(?:-->|$)/g, "");
  const metaRe = /<meta\b([^>]*)>?/gi;
  for (let m = metaRe.exec(head); m !== null; m = metaRe.exec(head)) {
    const attrs = m[1] ?? "";
    let label: string | undefined;
    const direct = /\bcharset\s*=\s*["']?\s*([^"'\s;/>]+)/i.exec(attrs);
    if (direct && !/\bcontent\s*=\s*["'][^"']*charset/i.test(attrs)) label = direct[1];
    else if (/\bhttp-equiv\s*=\s*["']?content-type/i.test(attrs)) {
      const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs);
      const value = content?.[1] ?? content?.[2] ?? content?.[3] ?? "";
      label = /charset\s*=\s*["']?([^"'\s;]+)/i.exec(value)?.[1];
    }
    const name = normalizeCharset(label);
    if (name) return name.startsWith("utf-16") ? "utf-8" : name;
  }
  // XHTML served as XML declares its encoding in the XML declaration instead.
  const xml = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  const name = normalizeCharset(xml?.[1]);
  if (name) return name.startsWith("utf-16") ? "utf-8" : name;
  return undefined;
}

/** True when the bytes are well-formed UTF-8. */
function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function isAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return false;
  return true;
}

function decodeWith(bytes: Uint8Array, charset: string): string {
  if (charset === "utf-8") return new TextDecoder("utf-8").decode(bytes); // strips a BOM, U+FFFD for errors
  return iconv.decode(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    ICONV_NAMES[charset] ?? charset,
  );
}

/**
 * Decode an HTML (or plain-text) body. Order: BOM (it is unambiguous, so it
 * wins over the header as in the WHATWG spec), Content-Type charset, <meta>
 * prescan, detection (valid non-ASCII UTF-8 → utf-8, otherwise windows-1252),
 * and "default" utf-8 for pure ASCII / empty input. Unknown labels are skipped.
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string): DecodedHtml {
  const bom = sniffBom(bytes);
  if (bom)
    return { text: decodeWith(bytes.subarray(bom.length), bom.charset), charset: bom.charset, source: "bom" };
  const header = normalizeCharset(charsetFromContentType(contentType));
  if (header) return { text: decodeWith(bytes, header), charset: header, source: "header" };
  const meta = sniffMetaCharset(bytes);
  if (meta) return { text: decodeWith(bytes, meta), charset: meta, source: "meta" };
  if (isAscii(bytes)) return { text: decodeWith(bytes, "utf-8"), charset: "utf-8", source: "default" };
  const detected = isValidUtf8(bytes) ? "utf-8" : "windows-1252";
  return { text: decodeWith(bytes, detected), charset: detected, source: "detected" };
}

// Mojibake repair lives in the kernel (a reported fix: rule `mojibake`).
export { type MojibakeRepair, repairMojibake } from "../util/mojibake.js";
