/** Small pure text helpers shared by rules. */

/** Is the UTF-16 unit at `c` a letter or digit? ASCII fast path, Unicode test otherwise. */
const NON_ASCII_WORD = /[\p{L}\p{N}]/u;
function isWordCode(text: string, i: number, c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return NON_ASCII_WORD.test(text[i]!);
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

/** Curly and other quotes → ASCII. */
export function straightQuotes(text: string): string {
  return text.replace(QUOTE_RE, (c) => QUOTES[c] ?? c);
}

/**
 * A comparison key: case, quote style, punctuation and spacing ignored
 * ("'all-time low'" and “all-time low” compare equal).
 */
export function compareKey(text: string): string {
  const lower = text.toLowerCase();
  let out = "";
  let pendingSpace = false;
  let runStart = -1;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (isWordCode(lower, i, c)) {
      if (runStart < 0) {
        if (pendingSpace && out.length > 0) out += " ";
        pendingSpace = false;
        runStart = i;
      }
    } else {
      if (runStart >= 0) {
        out += lower.slice(runStart, i);
        runStart = -1;
      }
      pendingSpace = true;
    }
  }
  if (runStart >= 0) out += lower.slice(runStart);
  return out;
}

/** Ends like a finished sentence: . ! ? … optionally followed by closing quotes/brackets (or `".`). */
export function endsWithTerminal(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isCloser(text.charCodeAt(i))) i--;
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

/** Lower-cased content words (length ≥ 3, not function words). */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordCode(text, i, text.charCodeAt(i))) {
      i++;
      continue;
    }
    // A word: letters/digits, joined by ' ’ . - & when a letter or digit follows (as wordCount reads it).
    const start = i;
    while (i < n && isWordCode(text, i, text.charCodeAt(i))) i++;
    while (i + 1 < n && isJoiner(text.charCodeAt(i)) && isWordCode(text, i + 1, text.charCodeAt(i + 1))) {
      i++;
      while (i < n && isWordCode(text, i, text.charCodeAt(i))) i++;
    }
    if (i - start < 3) continue;
    let l = text.slice(start, i).toLowerCase();
    const c2 = l.charCodeAt(l.length - 2);
    if (l.endsWith("s") && (c2 === 39 || c2 === 0x2019)) l = l.slice(0, -2);
    if (l.length >= 3 && !STOPWORDS.has(l)) out.push(l);
  }
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
