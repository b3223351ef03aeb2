/** Small pure text helpers shared by rules. */

/** Is the UTF-16 unit at `c` a letter or digit? ASCII fast path, Unicode test otherwise. */
const NON_ASCII_WORD = /[\p{L}\p{N}]/u;
export function isWordCode(text: string, i: number, c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return NON_ASCII_WORD.test(text[i]!);
}

/**
 * FNV-1a (30 bits: a small integer in V8) of text[start, end) lower-cased,
 * read forwards or backwards: the hash of a word as the scanners that build
 * it letter by letter compute it (bucketSignature, names of off-topic).
 */
export function lowerHash(text: string, start = 0, end = text.length, fromEnd = false): number {
  let h = 0x811c9dc5 | 0;
  for (let k = 0; k < end - start; k++) {
    const at = fromEnd ? end - 1 - k : start + k;
    let c = text.charCodeAt(at);
    if (c >= 65 && c <= 90) c += 32;
    else if (c >= 128) c = text[at]!.toLowerCase().charCodeAt(0);
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h & 0x3fffffff;
}

/**
 * Number of words (runs of letters/digits joined by ' ’ . - &), without
 * allocating. With `stopAbove`, counting stops at the first word past it (the
 * result is then stopAbove + 1): enough for "more than N words?" on a long paragraph.
 */
export function wordCount(text: string, stopAbove = Number.POSITIVE_INFINITY): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isWordCode(text, i, c)) {
      if (!inWord && ++n > stopAbove) return n;
      inWord = true;
    } else if (inWord && (c === 39 || c === 0x2019 || c === 46 || c === 45 || c === 38)) {
      // A joiner continues the word only when a letter or digit follows.
      const d = text.charCodeAt(i + 1);
      inWord = i + 1 < text.length && isWordCode(text, i + 1, d);
      if (inWord) i++;
    } else {
      inWord = false;
    }
  }
  return n;
}

const QUOTES: Record<string, string> = {
  "“": '"',
  "”": '"',
  "„": '"',
  "«": '"',
  "»": '"',
  "‘": "'",
  "’": "'",
  "`": "'",
  "´": "'",
};
const QUOTE_RE = /[“”„«»‘’`´]/g;

/** Curly and other quotes → ASCII, one unit for one (the length is kept). */
export function straightQuotes(text: string): string {
  return text.replace(QUOTE_RE, (c) => QUOTES[c] ?? c);
}

/**
 * Do `a` and `b` differ, and only in quote style? (straightQuotes keeps the
 * length: texts of other lengths never do, and are not folded.)
 */
export function differOnlyInQuotes(a: string, b: string): boolean {
  return a !== b && a.length === b.length && straightQuotes(a) === straightQuotes(b);
}

// Reused output buffers of compareKey: one byte per unit while every unit is
// below 256, two once one is not.
let keyBytes = Buffer.allocUnsafeSlow(1024);
let keyUnits = new Uint16Array(1024);

/**
 * A comparison key: case, quote style, punctuation and spacing ignored
 * ("'all-time low'" and “all-time low” compare equal): the lower-cased runs
 * of letters and digits, joined by single spaces. Built in a buffer and
 * decoded once, so the key is a flat string (cheap to hash and compare; a
 * key concatenated piece by piece is flattened again by every Map lookup).
 */
export function compareKey(text: string): string {
  const lower = text.toLowerCase();
  const n = lower.length;
  if (n >= keyUnits.length) {
    keyBytes = Buffer.allocUnsafeSlow(2 * n + 2);
    keyUnits = new Uint16Array(2 * n + 2);
  }
  const bytes = keyBytes;
  const units = keyUnits;
  let len = 0;
  let wide = false;
  let pendingSpace = false;
  for (let i = 0; i < n; i++) {
    const c = lower.charCodeAt(i);
    if (!isWordCode(lower, i, c)) {
      pendingSpace = true;
      continue;
    }
    if (pendingSpace && len > 0) {
      if (wide) units[len] = 32;
      else bytes[len] = 32;
      len++;
    }
    pendingSpace = false;
    if (c > 255 && !wide) {
      for (let k = 0; k < len; k++) units[k] = bytes[k]!;
      wide = true;
    }
    if (wide) units[len] = c;
    else bytes[len] = c;
    len++;
  }
  return wide ? fromUnits(units, len) : bytes.toString("latin1", 0, len);
}

/** The string of the first `len` UTF-16 units (in slices: apply() takes a bounded argument count). */
function fromUnits(units: Uint16Array, len: number): string {
  let out = "";
  for (let k = 0; k < len; k += 8192)
    out += String.fromCharCode.apply(null, units.subarray(k, Math.min(len, k + 8192)) as unknown as number[]);
  return out;
}

/** Spaces a tokeniser put around punctuation: "( ap", "doe ;", "press .", "third @-@ party". */
const TOKEN_SPACE = /[([“] | [)\]”,;:.!?]|\s@[-/,.]@\s/;

/**
 * A line of a tokenised release with its punctuation joined back: "( reporting
 * by jane doe ; editing by john roe )" → "(reporting by jane doe; editing by
 * john roe)", "third @-@ party" → "third-party"; undefined when the line has
 * no such spaces. For matching furniture only: the text itself is not changed.
 */
export function detokenized(text: string): string | undefined {
  if (!TOKEN_SPACE.test(text)) return undefined;
  return text
    .replace(/\s@([-/,.])@\s/g, "$1")
    .replace(/([([“]) /g, "$1")
    .replace(/ ([)\]”,;:.!?])/g, "$1");
}

/**
 * `word` in the case of the phrase `like` it replaces: in capitals after a
 * phrase in capitals ("GLOBAL" → "INTERNATIONAL"), capitalised after a
 * capital, else as given.
 */
export function inCaseOf(word: string, like: string): string {
  if (like.length > 1 && like === like.toUpperCase() && like !== like.toLowerCase())
    return word.toUpperCase();
  return /^\p{Lu}/u.test(like) ? word[0]!.toUpperCase() + word.slice(1) : word;
}

/**
 * Ends like a finished sentence: . ! ? … optionally followed by closing
 * quotes/brackets (or `".`), each of them after a space in a tokenised
 * release (`cool . ”`).
 */
export function endsWithTerminal(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isCloser(text.charCodeAt(i))) {
    i--;
    if (i > 0 && text.charCodeAt(i) === 32) i--;
  }
  if (i < 0) return false;
  const c = text.charCodeAt(i);
  if (c === 46 || c === 33 || c === 63 || c === 0x2026) return true; // . ! ? …
  return false;
}

// Closing quotes and brackets: " ' ” ’ » ) ]
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41 || c === 93;
}

/** Function words ignored when measuring topical overlap. */
export const STOPWORDS = new Set(
  (
    "a an the and or but if then than that this these those there here of to in on at by for from with without " +
    "about into over under after before between through during as is are was were be been being has have had do " +
    "does did will would can could should may might must shall not no nor so too very just also its it it's he she " +
    "they them their his her him we us our you your i me my who whom whose which what when where why how all any " +
    "both each few more most other some such only own same new says said say one two three four five up out off " +
    "again further once get gets got here's how's what's now get via per vs"
  ).split(" "),
);

/**
 * The end of the word that starts at `i`: letters/digits, joined by ' ’ . - &
 * when a letter or digit follows (as wordCount reads it).
 */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n && isWordCode(text, i, text.charCodeAt(i))) i++;
  while (i + 1 < n && isJoiner(text.charCodeAt(i)) && isWordCode(text, i + 1, text.charCodeAt(i + 1))) {
    i++;
    while (i < n && isWordCode(text, i, text.charCodeAt(i))) i++;
  }
  return i;
}

/** The first unit at or after `i` that is a letter or digit (text.length: none). */
function wordStart(text: string, i: number): number {
  while (i < text.length && !isWordCode(text, i, text.charCodeAt(i))) i++;
  return i;
}

/** Calls `fn` with the span of every word of at least three units, in order. */
function forEachWord(text: string, fn: (start: number, end: number) => void): void {
  const n = text.length;
  for (let i = wordStart(text, 0); i < n; i = wordStart(text, i)) {
    const start = i;
    i = wordEnd(text, i);
    if (i - start >= 3) fn(start, i);
  }
}

/** The word text[start, end) as a content word: lower-cased, without a final 's; undefined for a function word. */
function contentWord(text: string, start: number, end: number): string | undefined {
  let l = text.slice(start, end).toLowerCase();
  const c2 = l.charCodeAt(l.length - 2);
  if (l.endsWith("s") && (c2 === 39 || c2 === 0x2019)) l = l.slice(0, -2);
  return l.length >= 3 && !STOPWORDS.has(l) ? l : undefined;
}

/** Lower-cased content words (length ≥ 3, not function words). */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  forEachWord(text, (start, end) => {
    const w = contentWord(text, start, end);
    if (w !== undefined) out.push(w);
  });
  return out;
}

/**
 * A 30-bit hash of UTF-16 units (FNV-1a, then a final mix): a small integer,
 * which V8 keeps unboxed in a Set (a wider hash would be a heap number, twice
 * as slow). In a cluster of a few thousand distinct words two of them share a
 * hash with a probability of a few in a thousand, which merges their counts:
 * harmless for a topical-overlap ratio.
 */
function hashUnits(units: ArrayLike<number>, n: number): number {
  let h = 0x811c9dc5 | 0;
  for (let k = 0; k < n; k++) h = Math.imul(h ^ units[k]!, 0x01000193);
  return finishHash(h);
}

/** hashUnits of a string. */
export function hashWord(w: string): number {
  const units = new Uint16Array(w.length);
  for (let k = 0; k < w.length; k++) units[k] = w.charCodeAt(k);
  return hashUnits(units, w.length);
}

const STOPWORD_HASHES = new Map<number, string>([...STOPWORDS].map((w) => [hashWord(w), w]));

/** The longest function word: a longer word needs no lookup. */
const STOPWORD_MAX_UNITS = Math.max(...[...STOPWORDS].map((w) => w.length));

function isStopword(units: Uint16Array, n: number, h: number): boolean {
  if (n > STOPWORD_MAX_UNITS) return false;
  const w = STOPWORD_HASHES.get(h);
  if (w === undefined || w.length !== n) return false;
  for (let k = 0; k < n; k++) if (w.charCodeAt(k) !== units[k]) return false;
  return true;
}

let wordUnits = new Uint16Array(64);
// FNV-1a state after each unit of the word in wordUnits (prefix hashes: a stem is a prefix).
let wordStates = new Int32Array(65);

function unitsEndWith(u: Uint16Array, len: number, suffix: string): boolean {
  const m = suffix.length;
  if (len < m) return false;
  for (let k = 0; k < m; k++) if (u[len - m + k] !== suffix.charCodeAt(k)) return false;
  return true;
}

/** hashUnits' final mix, applied to an FNV-1a state. */
function finishHash(state: number): number {
  let h = state;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 2;
}

/**
 * Calls `fn(hashWord(stem(w)))` for every w of contentWords(text), in order,
 * without a string per word: ASCII words are lower-cased into a buffer and
 * hashed once, the stem's hash read off the prefix hashes; other words take
 * the string path.
 */
export function forEachStemmedHash(text: string, fn: (hash: number) => void): void {
  // One pass: each ASCII word is lower-cased into the buffer and hashed as it is
  // read (its span as forEachWord reads it); a word with another unit takes the
  // string path once it ends.
  const n = text.length;
  for (let i = wordStart(text, 0); i < n; i = wordStart(text, i)) {
    const start = i;
    let ascii = true;
    let len = 0;
    let h = 0x811c9dc5 | 0;
    let u = wordUnits;
    let st = wordStates;
    st[0] = h;
    // wordEnd's reading, fused: letters and digits, and a joiner (' ’ . - &) with a
    // letter or digit after it.
    while (i < n) {
      let c = text.charCodeAt(i);
      if (c >= 65 && c <= 90) c += 32;
      else if (!isWordCode(text, i, c)) {
        if (!isJoiner(c) || i + 1 >= n || !isWordCode(text, i + 1, text.charCodeAt(i + 1))) break;
      }
      if (c >= 128) ascii = false;
      if (ascii) {
        if (len + 2 > u.length) {
          growWordBuffers();
          u = wordUnits;
          st = wordStates;
        }
        u[len] = c;
        h = Math.imul(h ^ c, 0x01000193);
        st[++len] = h;
      }
      i++;
    }
    if (i - start < 3) continue;
    if (!ascii) {
      const w = contentWord(text, start, i);
      if (w !== undefined) fn(hashWord(stem(w)));
      continue;
    }
    if (len >= 2 && u[len - 1] === 115 && u[len - 2] === 39) len -= 2;
    if (len < 3 || isStopword(u, len, finishHash(st[len]!))) continue;
    // stem(), on the prefix hashes.
    if (len > 5 && unitsEndWith(u, len, "ies")) fn(finishHash(Math.imul(st[len - 3]! ^ 121, 0x01000193)));
    else if (len > 4 && unitsEndWith(u, len, "ing")) fn(finishHash(st[len - 3]!));
    else if (len > 4 && unitsEndWith(u, len, "ed")) fn(finishHash(st[len - 2]!));
    else if (len > 3 && u[len - 1] === 115 && u[len - 2] !== 115) fn(finishHash(st[len - 1]!));
    else fn(finishHash(st[len]!));
  }
}

/** Doubles the word buffers of forEachStemmedHash, keeping what they hold. */
function growWordBuffers(): void {
  const units = new Uint16Array(2 * wordUnits.length);
  units.set(wordUnits);
  const states = new Int32Array(2 * wordUnits.length + 1);
  states.set(wordStates);
  wordUnits = units;
  wordStates = states;
}

/** The set of hashWord(stem(w)) for every w of contentWords(text) (see forEachStemmedHash). */
export function stemmedWordHashes(text: string): Set<number> {
  const out = new Set<number>();
  forEachStemmedHash(text, (h) => out.add(h));
  return out;
}

function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 46 || c === 45 || c === 38;
}

/** A crude English stem, enough for topical overlap ("relations" ~ "relation"). */
export function stem(w: string): string {
  if (w.length > 5 && w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && w.endsWith("ing")) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith("ed")) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) return w.slice(0, -1);
  return w;
}

/** Function words that only English uses (no overlap with Romance or Germanic neighbours). */
const ENGLISH_MARKERS = new Set(
  "the and of to is that with was for this are have from by were which has been".split(" "),
);
/** Frequent function words of German, French, Spanish, Italian, Portuguese and Dutch that English lacks. */
const OTHER_MARKERS = new Set(
  (
    "und ist nicht eine das der sind wird auch mit les est une sont avec pour dans qui pas sur los las del una por " +
    "para como pero gli della sono nella questo che het een niet zijn wordt não uma com são mais está"
  ).split(" "),
);
/** How much of the text is sampled (the first words decide). */
const LANGUAGE_SAMPLE_CHARS = 2000;

/**
 * Is the text English? Only positive evidence of another language says no:
 * more than twice as many foreign function words as English ones (at least
 * three), or mostly non-Latin letters. Short texts and chrome-heavy pages stay
 * English, and removing a few lines cannot flip the answer. One pass over the
 * first characters, no regex.
 */
export function looksEnglish(text: string): boolean {
  const n = Math.min(text.length, LANGUAGE_SAMPLE_CHARS);
  let english = 0;
  let other = 0;
  let latin = 0;
  let nonLatin = 0;
  let start = -1;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    const upper = c >= 65 && c <= 90;
    if (upper || (c >= 97 && c <= 122)) {
      latin++;
      if (start < 0) start = i;
      continue;
    }
    if (c >= 0xc0 && c <= 0x24f) {
      // Accented Latin letter: part of a (foreign) word.
      latin++;
      if (start < 0) start = i;
      continue;
    }
    if (c >= 0x370 && c !== 0x2019 && c < 0x2000 && c !== 0xa0) nonLatin++;
    else if (c >= 0x3000) nonLatin++;
    if (start >= 0) {
      const len = i - start;
      if (len >= 2 && len <= 6) {
        const w = text.slice(start, i).toLowerCase();
        if (ENGLISH_MARKERS.has(w)) english++;
        else if (OTHER_MARKERS.has(w)) other++;
      }
      start = -1;
    }
  }
  if (nonLatin > latin && nonLatin >= 20) return false;
  return !(other >= 3 && other > 2 * english);
}
