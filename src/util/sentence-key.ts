/**
 * Comparison keys for sentences: case, quotes, punctuation and tokenisation
 * ignored, spinner variants folded onto their canonical forms, so a spun copy
 * ("Russian Federation has vetoed …") keys like the original ("Russia has
 * vetoed …"). Shared by duplicate detection within and across documents.
 */
import { compareKey } from "./text.js";

// Spinner variants compare equal to their canonical forms.
const CANON: readonly [RegExp, string][] = [
  [/\brussian federation\b/g, "russia"],
  [/\bnorth atlantic treaty organi[sz]ation\b/g, "nato"],
  [/\bu s a\b|\busa\b|\bu s\b/g, "us"],
  [/\b(?:worldwide|global)\b/g, "international"],
];
/** Cheap pre-check (substring search) for the CANON patterns. */
function mayNeedCanon(k: string): boolean {
  return (
    k.includes("federation") ||
    k.includes("organi") ||
    k.includes("u s") ||
    k.includes("usa") ||
    k.includes("worldwide") ||
    k.includes("global")
  );
}

export function sentenceKey(text: string): string {
  return canonicalKey(compareKey(text));
}

/** sentenceKey from a comparison key already computed. */
export function canonicalKey(raw: string): string {
  if (!mayNeedCanon(raw)) return raw;
  let k = raw;
  for (const [re, to] of CANON) k = k.replace(re, to);
  return k;
}

/** Word-level edit distance ≤ max (abandoned as soon as it cannot be). */
export function withinEdits(a: readonly string[], b: readonly string[], max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return false;
    prev = cur;
  }
  return prev[b.length]! <= max;
}

const SIGNATURE_LETTERS = 12;
const NON_ASCII_LETTER = /[\p{L}\p{N}]/u;

/**
 * A hash of the first (or last) twelve letters and digits of a text, lower-cased:
 * a cheap bucket key (collisions only cost a comparison). 30 bits, so that it
 * stays a small integer in V8 (a Map keyed by it hashes no boxed numbers).
 */
export function signature(text: string, fromEnd: boolean): number {
  // FNV-1a in int32 arithmetic (a start value above 2^31 would make V8 carry a double).
  let h = 0x811c9dc5 | 0;
  let taken = 0;
  const n = text.length;
  for (let k = 0; k < n && taken < SIGNATURE_LETTERS; k++) {
    const i = fromEnd ? n - 1 - k : k;
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 122))) {
      // ASCII non-letters and General Punctuation (curly quotes, dashes, …) are skipped unasked.
      if (c < 128 || (c >= 0x2000 && c <= 0x206f) || !NON_ASCII_LETTER.test(text[i]!)) continue;
      c = text[i]!.toLowerCase().charCodeAt(0);
    }
    h = Math.imul(h ^ c, 0x01000193);
    taken++;
  }
  return h & 0x3fffffff;
}
