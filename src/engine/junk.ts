/**
 * Documents that are not articles: page templates (web-archive notices, the
 * Twitter location widget, 404 pages, video-player text, cookie/JavaScript
 * notices), documents left empty by cleaning, and — in a cluster — documents
 * with no topical overlap with the rest of their story.
 */
import {
  GENERIC_NAMES,
  JUNK_MIN_COVERAGE,
  JUNK_SHORT_WORDS,
  JUNK_TEMPLATES,
  OFF_TOPIC_MAX_SHARED,
  OFF_TOPIC_MAX_SHARED_NAMES,
  OFF_TOPIC_MIN_DOCS,
  OFF_TOPIC_MIN_WORDS,
} from "../data/junk.js";
import { compareKey, forEachStemmedHash, lowerHash, wordCount } from "../util/text.js";

/** How much of a document is searched for template phrases. */
const TEMPLATE_SCAN_CHARS = 6000;

export interface JunkVerdict {
  readonly reason: string;
  readonly confidence: number;
  /** What triggered it: the template phrase, or the overlap measured. */
  readonly evidence: string;
}

/** Template junk: judged on the comparison key, so lower-cased and tokenised text matches too. */
// Every template phrase contains one of these (one case-insensitive scan decides whether to look closer).
export const TEMPLATE_TRIGGERS =
  /crawl|wayback|archived|tweet|404|not found|could not be|looking for|does not exist|find th|rented|not available|unavailable|javascript|cookies|browser|access denied|robot|no longer available|link you followed|t available|has expired|are a human|unusual traffic|security check|ad blocker|whitelist|engaged on the issue|continue reading|free articles|subscriber|timeline is where|sign in to|log in to|log into|autoplay|went wrong|verify access|password|have an account|t be found|nothing was found|forbidden|server error|internal error|service unavailable|is out of date|subscribe to read|maximum number of articles|video has been removed|bad gateway|gateway time|temporarily unable|t be reached|refused to connect|flagged as|interruption|your location|has been denied|playback id|reach this page|phone number|forgot account|new account|renew now|already renewed|been notified|been removed|t exist|suspend/i;

/** The template phrases split into words once. */
const TEMPLATE_PHRASES = JUNK_TEMPLATES.map((t) => ({
  ...t,
  phrases: t.phrases.map((phrase) => ({ phrase, words: phrase.split(" ") })),
}));
/** The first words of the template phrases. */
const PHRASE_FIRST_WORDS = new Set(TEMPLATE_PHRASES.flatMap((t) => t.phrases.map((p) => p.words[0]!)));

/** Does `words` hold the words of `phrase` from index `at` on? */
function wordsAt(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  if (at + phrase.length > words.length) return false;
  for (let k = 1; k < phrase.length; k++) if (words[at + k] !== phrase[k]) return false;
  return true;
}

export function templateJunk(input: string): JunkVerdict | undefined {
  if (
    !TEMPLATE_TRIGGERS.test(input.length > TEMPLATE_SCAN_CHARS ? input.slice(0, TEMPLATE_SCAN_CHARS) : input)
  ) {
    return undefined;
  }
  // Multi-News' paragraph token is no word: a phrase may run over a paragraph break,
  // and the token counts for no word of the page.
  const text = input.includes("NEWLINE_CHAR") ? input.replace(/\s*NEWLINE_CHAR\s*/g, "\n") : input;
  // Templates are short pages: only the head of a long document can hold enough
  // template text to matter (coverage is still measured against the whole).
  const key = compareKey(text.length > TEMPLATE_SCAN_CHARS ? text.slice(0, TEMPLATE_SCAN_CHARS) : text);
  // Where each phrase's first word stands among the key's words: a phrase is looked
  // up there, not searched for through the whole key once per phrase.
  const keyWords = key === "" ? [] : key.split(" ");
  const starts = new Map<string, number[]>();
  keyWords.forEach((w, i) => {
    if (!PHRASE_FIRST_WORDS.has(w)) return;
    const list = starts.get(w);
    if (list) list.push(i);
    else starts.set(w, [i]);
  });
  const words = wordCount(text);
  let best: { reason: string; phrase: string; covered: number; shortPages: boolean } | undefined;
  for (const t of TEMPLATE_PHRASES) {
    let covered = 0;
    let hit: string | undefined;
    for (const { phrase, words: pw } of t.phrases) {
      // Occurrences that share no word, left to right.
      let next = 0;
      for (const at of starts.get(pw[0]!) ?? []) {
        if (at < next || !wordsAt(keyWords, at, pw)) continue;
        covered += pw.length;
        hit ??= phrase;
        next = at + pw.length;
      }
    }
    if (hit && (!best || covered > best.covered))
      best = { reason: t.reason, phrase: hit, covered, shortPages: t.shortPages !== false };
  }
  if (!best) return undefined;
  const coverage = words === 0 ? 1 : best.covered / words;
  if (coverage >= JUNK_MIN_COVERAGE) return { reason: best.reason, confidence: 0.97, evidence: best.phrase };
  if (words < JUNK_SHORT_WORDS && best.shortPages)
    return { reason: best.reason, confidence: 0.9, evidence: best.phrase };
  return undefined;
}

/** How much of each document is read to judge its topic (the head of a story names it). */
const TOPIC_SCAN_CHARS = 4000;

/** A name's start and letters (see forEachName); the text before it is checked in code. */
const NAME = /\b[A-Z][a-z]{2,}/g;

/**
 * Calls `fn(start, end)` for every name of `text`: a capital letter starting a
 * word and two or more lower-case letters after it (what /\b[A-Z][a-z]{2,}/g
 * matches), inside a sentence (not after . ! ? or at a line start, looking
 * back over spaces and closing quotes). With `from`/`to`, only names starting
 * in [from, to) are reported, their letters read up to `to` (looking back
 * before `from` still reads `text`): cut at spaces, the pieces of a text
 * report exactly the names of the whole. (The regex finds the next capital
 * natively: twice as fast as a scan of every unit in code, measured.)
 */
export function forEachName(
  text: string,
  fn: (start: number, end: number) => void,
  from = 0,
  to = text.length,
): void {
  NAME.lastIndex = from;
  for (let m = NAME.exec(text); m !== null && m.index < to; m = NAME.exec(text)) {
    const p = m.index;
    const e = Math.min(p + m[0].length, to);
    if (e - p < 3) break;
    let i = p - 1;
    while (i >= 0) {
      const b = text.charCodeAt(i);
      if (b !== 32 && b !== 34 && b !== 0x201d && b !== 0x2019) break;
      i--;
    }
    const b = i < 0 ? 10 : text.charCodeAt(i);
    if (b !== 10 && b !== 46 && b !== 33 && b !== 63) fn(p, e);
  }
}

const GENERIC_NAME_HASHES = new Set(GENERIC_NAMES.map((w) => lowerHash(w)));

/**
 * Names shared between the documents of a cluster, counted as they are read:
 * per document its distinct names and how many of them another document holds.
 * Documents may be read in any order, piece by piece.
 */
class SharedNames {
  /** name hash → the one document holding it, or -1 once two do. */
  readonly #holder = new Map<number, number>();
  readonly #own: Set<number>[];
  /** Per document, how many of its names another document holds. */
  readonly shared: number[];

  constructor(docs: number) {
    this.#own = Array.from({ length: docs }, () => new Set<number>());
    this.shared = new Array<number>(docs).fill(0);
  }

  add(doc: number, h: number): void {
    const own = this.#own[doc]!;
    if (own.has(h)) return;
    own.add(h);
    const holder = this.#holder.get(h);
    if (holder === undefined) this.#holder.set(h, doc);
    else if (holder === -1) this.shared[doc]!++;
    else {
      this.#holder.set(h, -1);
      this.shared[holder]!++;
      this.shared[doc]!++;
    }
  }

  /** Adds the names of text[from, to) (see forEachName) but GENERIC_NAMES, as hashes of their lower-cased letters. */
  read(doc: number, text: string, from: number, to: number): void {
    forEachName(
      text,
      (start, end) => {
        const h = lowerHash(text, start, end);
        if (!GENERIC_NAME_HASHES.has(h)) this.add(doc, h);
      },
      from,
      to,
    );
  }
}

/** How much of a document is read between two checks of whether reading on can change a verdict. */
const TOPIC_PIECE_CHARS = 500;

/** The end of the piece of `text` starting at `from`: about TOPIC_PIECE_CHARS on, at a space. */
function pieceEnd(text: string, from: number): number {
  if (from + TOPIC_PIECE_CHARS >= text.length) return text.length;
  const to = text.indexOf(" ", from + TOPIC_PIECE_CHARS);
  return to < 0 ? text.length : to;
}

/**
 * Calls `fn` on pieces of `text` of about TOPIC_PIECE_CHARS, cut at spaces (no
 * word is cut: words hold no space), calling `after` after each, until `done`.
 */
function forEachPiece(
  text: string,
  fn: (piece: string) => void,
  done: () => boolean,
  after: () => void,
): void {
  let from = 0;
  while (from < text.length && !done()) {
    const to = pieceEnd(text, from);
    fn(text.slice(from, to));
    after();
    from = to;
  }
}

/**
 * Off-topic documents of a cluster: a document whose content words are almost
 * absent from all other documents. Needs at least OFF_TOPIC_MIN_DOCS
 * documents; returns one verdict per document (undefined = on topic).
 */
export function offTopic(texts: readonly string[]): (JunkVerdict | undefined)[] {
  if (texts.length < OFF_TOPIC_MIN_DOCS) return texts.map(() => undefined);
  const heads = texts.map((t) => (t.length > TOPIC_SCAN_CHARS ? t.slice(0, TOPIC_SCAN_CHARS) : t));
  // A story's documents share names (people, places): a document sharing more than
  // OFF_TOPIC_MAX_SHARED_NAMES of them is on topic. Names are cheap; when every
  // document shares enough, no word needs hashing.
  // The heads are read a piece of each in turn: most clusters share enough names in
  // their first lines, and reading on cannot unshare a name (same verdicts as reading all).
  const names = new SharedNames(heads.length);
  const read = heads.map(() => 0);
  const isNamed = (i: number) => names.shared[i]! > OFF_TOPIC_MAX_SHARED_NAMES;
  for (let left = true; left && !heads.every((_, i) => isNamed(i)); ) {
    left = false;
    heads.forEach((head, doc) => {
      const from = read[doc]!;
      if (from >= head.length) return;
      const to = pieceEnd(head, from);
      names.read(doc, head, from, to);
      read[doc] = to;
      left ||= to < head.length;
    });
  }
  const named = heads.map((_, i) => isNamed(i));
  if (named.every(Boolean)) return texts.map(() => undefined);
  // Stemmed content words (as hashes) of the head of each document. (Leaving the
  // generic name words out here too found 6 more of 96 off-topic probes but made
  // 4 more real documents off-topic: they stay.) Only the documents still to judge
  // are hashed whole; the others are read until every judged document shares
  // enough (most clusters: a few hundred characters).
  const own: (Set<number> | undefined)[] = [];
  let open: number[] = [];
  heads.forEach((head, i) => {
    if (named[i]) return;
    const set = new Set<number>();
    forEachStemmedHash(head, (h) => set.add(h));
    if (set.size < OFF_TOPIC_MIN_WORDS) return;
    own[i] = set;
    open.push(i);
  });
  if (open.length === 0) return texts.map(() => undefined);
  const judged = open;
  // Per judged document, its words found in another document.
  const found = new Map<number, Set<number>>(judged.map((i) => [i, new Set<number>()]));
  const settle = () => {
    open = open.filter((i) => found.get(i)!.size <= OFF_TOPIC_MAX_SHARED * own[i]!.size);
  };
  heads.forEach((head, j) => {
    if (open.length === 0) return;
    const add = (h: number) => {
      for (const i of open) if (i !== j && own[i]!.has(h)) found.get(i)!.add(h);
    };
    const mine = own[j];
    if (mine) for (const h of mine) add(h);
    else
      forEachPiece(
        head,
        (piece) => forEachStemmedHash(piece, add),
        () => open.length === 0,
        settle,
      );
    settle();
  });
  return texts.map((_, i) => {
    if (!open.includes(i)) return undefined;
    const size = own[i]!.size;
    const shared = found.get(i)!.size;
    const ratio = shared / size;
    if (ratio > OFF_TOPIC_MAX_SHARED) return undefined;
    // 0.12 shared → 0.8 … 0 shared → 0.98.
    const confidence = Math.round((0.98 - (ratio / OFF_TOPIC_MAX_SHARED) * 0.18) * 1000) / 1000;
    return {
      reason: "off-topic",
      confidence,
      evidence: `${shared} of ${size} content words shared with the cluster`,
    };
  });
}
