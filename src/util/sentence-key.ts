/**
 * Comparison keys for sentences: case, quotes, punctuation and tokenisation
 * ignored, spinner variants folded onto their canonical forms, so a spun copy
 * ("Russian Federation has vetoed …") keys like the original ("Russia has
 * vetoed …"). Shared by duplicate detection within and across documents.
 */
import { compareKey, isWordCode, lowerHash } from "./text.js";

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
 * Within one document (duplicate-sentence); bucketSignature below also folds
 * spinner words, for the cluster index, at three times the cost (tried in
 * duplicate-sentence: +3.5% kernel instructions, no output changed).
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

/**
 * Words that spinner folding (CANON above) removes or rewrites, and the
 * one-letter pieces of "U.S.A.": a bucket signature skips them, so a spun
 * copy buckets with its original wherever the spin stands.
 */
const FOLDED_WORDS =
  "russia russian federation nato north atlantic treaty organisation organization usa us u s a worldwide global international".split(
    " ",
  );

// Folded words by hash, per reading direction (a rare other word of equal hash is skipped too:
// harmless, every text skips it alike).
const FOLDED_FORWARD = new Set(FOLDED_WORDS.map((w) => lowerHash(w)));
const FOLDED_BACKWARD = new Set(FOLDED_WORDS.map((w) => lowerHash(w, 0, w.length, true)));
const LONGEST_FOLDED = Math.max(...FOLDED_WORDS.map((w) => w.length));

/**
 * A bucket key for cross-document matching, read from the raw text: a hash
 * of the first (or last) twelve letters and digits of its words, lower-cased,
 * skipping FOLDED_WORDS. Texts with equal sentenceKey have equal bucket
 * signatures (the words of a text are the words of its comparison key), so a
 * sentence alone in its buckets repeats no other: it needs no key at all.
 */
export function bucketSignature(text: string, fromEnd: boolean): number {
  const folded = fromEnd ? FOLDED_BACKWARD : FOLDED_FORWARD;
  let h = 0x811c9dc5 | 0;
  let taken = 0;
  const n = text.length;
  let k = 0;
  while (k < n && taken < SIGNATURE_LETTERS) {
    let i = fromEnd ? n - 1 - k : k;
    if (!isWordCode(text, i, text.charCodeAt(i))) {
      k++;
      continue;
    }
    // One word, in reading direction, fed to the signature as it is read; its
    // own hash (lowerHash, computed along) then decides whether it was a folded
    // word, to be taken back.
    const k0 = k;
    const h0 = h;
    const taken0 = taken;
    let w = 0x811c9dc5 | 0;
    while (k < n) {
      i = fromEnd ? n - 1 - k : k;
      let c = text.charCodeAt(i);
      if (c < 128) {
        if (c >= 65 && c <= 90) c += 32;
        else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) break;
      } else if (isWordCode(text, i, c)) c = text[i]!.toLowerCase().charCodeAt(0);
      else break;
      w = Math.imul(w ^ c, 0x01000193);
      if (taken < SIGNATURE_LETTERS) {
        h = Math.imul(h ^ c, 0x01000193);
        taken++;
      }
      k++;
    }
    if (k - k0 <= LONGEST_FOLDED && folded.has(w & 0x3fffffff)) {
      h = h0;
      taken = taken0;
    }
  }
  return h & 0x3fffffff;
}
