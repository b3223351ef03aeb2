/**
 * Byte-level checks shared by every reader: binary detection, strict UTF-8
 * decoding with the position of the first bad byte, line/column display.
 * Pure helpers, no I/O.
 */

/** How far into a file we look for a NUL byte before calling it binary (same window as git). */
export const BINARY_SNIFF_BYTES = 8192;

/** An input problem that concerns one item; `line` is 1-based when known. */
export class InputError extends Error {
  readonly line: number | undefined;
  constructor(message: string, line?: number) {
    super(message);
    this.name = "InputError";
    this.line = line;
  }
}

/** Offset of the first NUL byte in the sniff window, or -1. */
export function findNul(bytes: Uint8Array, limit = BINARY_SNIFF_BYTES): number {
  const n = Math.min(bytes.length, limit);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return i;
  return -1;
}

/**
 * Offset of the first byte that breaks UTF-8 (overlongs, surrogates and
 * code points above U+10FFFF included), or -1 when the bytes are valid.
 */
export function findInvalidUtf8(b: Uint8Array): number {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i] as number;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i;
    if (i + need >= n) return i;
    const b1 = b[i + 1];
    if (b1 === undefined || b1 < lo || b1 > hi) return i;
    for (let k = 2; k <= need; k++) {
      const bk = b[i + k];
      if (bk === undefined || bk < 0x80 || bk > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** 1-based line number of a byte offset. */
export function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  const end = Math.min(offset, bytes.length);
  for (let i = 0; i < end; i++) if (bytes[i] === 10) line++;
  return line;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Decode bytes as UTF-8, refusing invalid sequences; a leading BOM is dropped.
 * Throws InputError naming the line and the bad byte.
 */
export function decodeUtf8Strict(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    const at = findInvalidUtf8(bytes);
    const pos = Math.max(at, 0);
    const byte = bytes[pos] ?? 0;
    throw new InputError(
      `invalid UTF-8 (byte 0x${byte.toString(16).padStart(2, "0")} at offset ${pos})`,
      lineOfByte(bytes, pos),
    );
  }
}

/** Checks for a whole document file: empty, binary, then strict UTF-8. */
export function decodeDocumentBytes(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError("empty file", 1);
  const nul = findNul(bytes);
  if (nul >= 0) throw new InputError(`binary file (NUL byte at offset ${nul})`, lineOfByte(bytes, nul));
  const text = decodeUtf8Strict(bytes);
  if (text.trim() === "") throw new InputError("empty file (whitespace only)", 1);
  return text;
}

/** Display position (1-based line and UTF-16 column) of an offset in a text. */
export function lineColAt(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.max(0, Math.min(offset, text.length));
  let i = text.indexOf("\n");
  while (i >= 0 && i < end) {
    line++;
    lineStart = i + 1;
    i = text.indexOf("\n", lineStart);
  }
  return { line, col: end - lineStart + 1 };
}
