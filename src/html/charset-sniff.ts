/**
 * Decode the bytes of a saved HTML page when no HTTP header says how. The
 * charset logic is src/html/encoding.ts (BOM, `<meta charset>`, UTF-8
 * validity, windows-1252); this adds one rule for files: a page that declares
 * a legacy charset but is valid UTF-8 was re-saved as UTF-8 (common with
 * crawlers), so UTF-8 wins.
 */
import { decodeHtml } from "./encoding.js";

export interface DecodedHtml {
  readonly text: string;
  /** the charset used, lower case */
  readonly charset: string;
  /** where it came from */
  readonly source: "bom" | "meta" | "utf8-valid" | "fallback";
}

const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    STRICT_UTF8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function decodeHtmlBytes(bytes: Uint8Array): DecodedHtml {
  const d = decodeHtml(bytes);
  if (d.source === "bom") return { text: d.text, charset: d.charset, source: "bom" };
  if (d.source === "meta" && d.charset !== "utf-8" && isValidUtf8(bytes)) {
    return { text: decodeHtml(bytes, "text/html; charset=utf-8").text, charset: "utf-8", source: "meta" };
  }
  if (d.source === "meta") return { text: d.text, charset: d.charset, source: "meta" };
  return { text: d.text, charset: d.charset, source: d.charset === "utf-8" ? "utf8-valid" : "fallback" };
}
