/**
 * Cross-document evidence for a story cluster, built once from the raw texts
 * of its documents: where each sentence first appears (exact and near-exact,
 * spinner variants folded), and spinner substitutions learned by aligning
 * near-identical sentences of different documents (DSpin's idea: what differs
 * between two copies that agree everywhere else is the spinner's doing).
 *
 * Linear in the cluster: sentences are bucketed by cheap letter signatures of
 * their first and last words, read from the raw text (spinner-folded words
 * skipped); only sentences sharing a bucket with another document's are
 * keyed and compared — never all pairs, and a sentence whose buckets hold
 * units of its own document only (a quotation beside its sentence, a
 * sentence repeated within its page: duplicate-sentence's work) is never
 * keyed at all.
 */
import { EXPANSIONS, INTERNATIONAL_SPINS } from "../data/spinner.js";
import { Document } from "../document/document.js";
import type { ClusterEvidence, ClusterSentence, SpinEvidence } from "../rules/rule.js";
import { bucketSignature, canonicalKey, withinEdits } from "../util/sentence-key.js";
import { compareKey, wordCount } from "../util/text.js";
import { type EditMap, mapSpan } from "./offsets.js";

const MIN_WORDS = 5;
const NEAR_MIN_WORDS = 10;
const MAX_EDITS = 2;
/** Most candidates compared per sentence (a bucket can be large in a big cluster). */
const MAX_CANDIDATES = 16;
/** Longest differing window (in words) taken as a substitution. */
const MAX_WINDOW = 4;
/** Shared sentences kept per document as evidence of a common story. */
const MAX_LINKS = 4;

export interface LearnedPair {
  /** The two differing phrases, lower case, sorted. */
  readonly a: string;
  readonly b: string;
  /** The canonical form when the pair is explained by the spinner table. */
  readonly canonical?: string;
  count: number;
  readonly example: string;
}

export interface ClusterIndex {
  readonly evidence: (docIndex: number, dedup: "report" | "drop") => ClusterEvidence;
  /** The Documents built for indexing, one per text (reused by the first cleaning pass). */
  readonly documents: readonly Document[];
  readonly pairs: readonly LearnedPair[];
  /**
   * Per document, up to MAX_LINKS sentences of earlier documents that it
   * repeats (exactly, after normalisation): shared wire copy, evidence that
   * the two documents tell one story.
   */
  readonly links: readonly (readonly ClusterSentence[])[];
}

/** spun phrase (lower case) → canonical, from the table. */
const KNOWN_SPINS = new Map<string, string>([
  ...EXPANSIONS.map((e) => [compareKey(e.spun.replace("[sz]", "s")), e.canonical.toLowerCase()] as const),
  ...EXPANSIONS.map((e) => [compareKey(e.spun.replace("[sz]", "z")), e.canonical.toLowerCase()] as const),
  ...INTERNATIONAL_SPINS.map((w) => [w, "international"] as const),
  ["usa", "us"],
]);

/** The canonical form explaining two aligned phrases, if the spinner table does. */
function explain(a: string, b: string): string | undefined {
  const ca = KNOWN_SPINS.get(a);
  const cb = KNOWN_SPINS.get(b);
  if (ca && cb && ca === cb) return ca; // two spins of one word ("worldwide" / "global")
  if (ca && ca === b) return b; // a spun, b canonical
  if (cb && cb === a) return a;
  return undefined;
}

/**
 * The units sharing one signature, in arrival order. They are keyed in that
 * order, all of them once a unit of another document joins (before that, all
 * of them too when a sentence among them owns a quotation whose match needs it):
 * `keyed` is how many of them, from the first, are.
 */
interface Bucket {
  readonly entries: Entry[];
  /** The document all its units belong to; -1 once two documents' do. */
  doc: number;
  keyed: number;
}

interface Entry {
  readonly doc: number;
  /** The aligned unit: a sentence or a quotation inside one. */
  readonly sentence: ClusterSentence;
  readonly head: number;
  readonly tail: number;
  /** The sentence entry holding a quotation (null for a sentence: it owns itself). */
  readonly owner: Entry | null;
  /** Comparison key and sentenceKey, computed once another unit shares a bucket. */
  raw: string | undefined;
  key: string | undefined;
  keyWords: string[] | undefined;
  tokens: string[] | undefined;
}

// A quotation of at least four words inside straight or curly double quotes.
const QUOTATION = /["“]([^"“”]{12,400})["”]/g;

/**
 * The index of a cluster's texts. `documents`, when given, are the Documents
 * of exactly these texts (built once by the caller).
 */
export function buildClusterIndex(texts: readonly string[], documents?: readonly Document[]): ClusterIndex {
  const first = new Map<string, ClusterSentence>();
  const byHead = new Map<number, Bucket>();
  const byTail = new Map<number, Bucket>();
  const near = new Map<string, ClusterSentence>();
  const spin = new Map<string, SpinEvidence[]>();
  const pairs = new Map<string, LearnedPair>();
  const links: ClusterSentence[][] = texts.map(() => []);
  const sentenceEntries: Entry[] = [];

  const addSpin = (raw: string, e: SpinEvidence) => {
    const list = spin.get(raw);
    if (list) {
      if (!list.some((x) => x.phrase === e.phrase)) list.push(e);
    } else spin.set(raw, [e]);
  };

  /** The comparison key of an entry, computed once (without filing it: see keyOf). */
  const rawOf = (e: Entry): string => (e.raw ??= compareKey(e.sentence.text));

  /**
   * The keys of an entry, computed on first need. A sentence keyed here is
   * filed as the first of its key unless an earlier one is. Units of equal
   * keys share both buckets, and a bucket's units are keyed in arrival order
   * (keyBucket): an earlier unit of the same key is keyed first.
   */
  const keyOf = (e: Entry, copyOf?: Entry): string => {
    if (e.key !== undefined) return e.key;
    // A byte-identical unit already keyed (wire copy in another page) lends its keys.
    e.raw ??= copyOf?.raw;
    e.key = copyOf?.key ?? canonicalKey(rawOf(e));
    if (copyOf) {
      e.keyWords = copyOf.keyWords;
      e.tokens = copyOf.tokens;
    }
    if (e.owner === null) {
      const earlier = first.get(e.key);
      if (earlier === undefined) first.set(e.key, e.sentence);
      else if (earlier.doc !== e.doc && links[e.doc]!.length < MAX_LINKS) links[e.doc]!.push(earlier);
    }
    return e.key;
  };

  // Words of a unit's key and of its raw comparison key, split once, on first use.
  const wordsOf = (e: Entry): string[] => (e.keyWords ??= keyOf(e).split(" "));
  const tokensOf = (e: Entry): string[] => {
    keyOf(e);
    return (e.tokens ??= e.raw!.split(" "));
  };

  /** Keys every unit of a bucket not keyed yet, in arrival order. */
  const keyBucket = (b: Bucket | undefined) => {
    if (b === undefined) return;
    const list = b.entries;
    for (; b.keyed < list.length; b.keyed++) keyOf(list[b.keyed]!);
  };

  /** An entry keyed, with every unit of its buckets, in arrival order (an owner sentence keyed late). */
  const keyedOf = (e: Entry): string => {
    if (e.key !== undefined) return e.key;
    keyBucket(byHead.get(e.head));
    keyBucket(byTail.get(e.tail));
    return keyOf(e);
  };

  /** Files an entry in the bucket of its signature (made when it is the first). */
  const file = (map: Map<number, Bucket>, b: Bucket | undefined, signature: number, e: Entry) => {
    if (b === undefined) map.set(signature, { entries: [e], doc: e.doc, keyed: e.key === undefined ? 0 : 1 });
    else {
      b.entries.push(e);
      if (b.doc !== e.doc) b.doc = -1;
      if (e.key !== undefined && b.keyed === b.entries.length - 1) b.keyed++;
    }
  };

  /** A unit of `list` with exactly this text, among the first MAX_CANDIDATES (a bucket can be large). */
  const sameText = (list: Entry[] | undefined, text: string): Entry | undefined => {
    if (list === undefined) return undefined;
    const n = Math.min(list.length, MAX_CANDIDATES);
    for (let k = 0; k < n; k++) if (list[k]!.sentence.text === text) return list[k];
    return undefined;
  };

  const align = (entry: Entry) => {
    const { doc, head, tail } = entry;
    const headBucket = byHead.get(head);
    const tailBucket = byTail.get(tail);
    if (
      (headBucket === undefined || headBucket.doc === doc) &&
      (tailBucket === undefined || tailBucket.doc === doc)
    ) {
      // No unit of another document in its buckets so far: no key needed (they are
      // keyed, all of the buckets, when one joins).
      file(byHead, headBucket, head, entry);
      file(byTail, tailBucket, tail, entry);
      return;
    }
    // Every unit already in the buckets is keyed before this one (first copies first).
    keyBucket(headBucket);
    keyBucket(tailBucket);
    const heads = headBucket?.entries;
    const tails = tailBucket?.entries;
    const key = keyOf(entry, sameText(heads, entry.sentence.text));
    const raw = entry.raw!;
    const owner = entry.owner === null ? key : keyedOf(entry.owner);
    // Entries of other documents sharing a bucket, each once, head bucket first.
    const candidates: Entry[] = [];
    for (const list of [heads, tails]) {
      if (list === undefined) continue;
      for (const c of list) {
        if (candidates.length === MAX_CANDIDATES) break;
        if (c.doc !== doc && !candidates.includes(c)) candidates.push(c);
      }
    }
    for (const c of candidates) {
      const cKey = c.key!;
      const cRaw = c.raw!;
      if (cKey !== key && owner === key && !near.has(key)) {
        const keyWords = wordsOf(entry);
        if (keyWords.length >= NEAR_MIN_WORDS && withinEdits(keyWords, wordsOf(c), MAX_EDITS)) {
          near.set(key, c.sentence);
        }
      }
      // Align the raw copies: what differs in one short window is a substitution.
      if (cRaw === raw) continue;
      const tokens = tokensOf(entry);
      const ct = tokensOf(c);
      let p = 0;
      while (p < tokens.length && p < ct.length && tokens[p] === ct[p]) p++;
      let q = 0;
      while (
        q < tokens.length - p &&
        q < ct.length - p &&
        tokens[tokens.length - 1 - q] === ct[ct.length - 1 - q]
      )
        q++;
      if (tokens.length - q - p > MAX_WINDOW || ct.length - q - p > MAX_WINDOW || p + q < MIN_WORDS - 1)
        continue;
      const mine = tokens.slice(p, tokens.length - q).join(" ");
      const theirs = ct.slice(p, ct.length - q).join(" ");
      // Substitutions only: an insertion ("he said") is not a spin.
      if (mine === "" || theirs === "") continue;
      const [a, b] = mine < theirs ? [mine, theirs] : [theirs, mine];
      const canonical = explain(mine, theirs);
      const pk = `${a}\u0000${b}`;
      const pair = pairs.get(pk);
      if (pair) pair.count++;
      else
        pairs.set(pk, { a, b, ...(canonical ? { canonical } : {}), count: 1, example: entry.sentence.text });
      if (canonical === undefined) continue;
      if (mine !== canonical) addSpin(owner, { phrase: mine, canonical, related: c.sentence });
      if (theirs !== canonical)
        addSpin(c.owner === null ? cKey : keyedOf(c.owner), {
          phrase: theirs,
          canonical,
          related: entry.sentence,
        });
    }
    file(byHead, headBucket, head, entry);
    file(byTail, tailBucket, tail, entry);
  };

  const unit = (doc: number, sentence: ClusterSentence, owner: Entry | null): Entry => ({
    doc,
    sentence,
    head: bucketSignature(sentence.text, false),
    tail: bucketSignature(sentence.text, true),
    owner,
    raw: undefined,
    key: undefined,
    keyWords: undefined,
    tokens: undefined,
  });

  const docs = documents ?? texts.map((t) => new Document(t));
  docs.forEach((d, doc) => {
    for (const s of d.sentences) {
      if (wordCount(s.text, MIN_WORDS) < MIN_WORDS) continue;
      const entry = unit(doc, { doc, span: s.span, text: s.text }, null);
      sentenceEntries.push(entry);
      align(entry);
      // Quotations travel between pages more faithfully than the sentences around them.
      if (!s.text.includes('"') && !s.text.includes("“")) continue;
      for (const m of s.text.matchAll(QUOTATION)) {
        if (wordCount(m[1]!, MIN_WORDS) < MIN_WORDS - 1) continue;
        const start = s.span.start + m.index + 1;
        const quote = unit(doc, { doc, span: { start, end: start + m[1]!.length }, text: m[1]! }, entry);
        // A quotation that is the whole sentence adds nothing (same words: same signatures first).
        if (quote.head === entry.head && quote.tail === entry.tail && compareKey(m[1]!) === rawOf(entry))
          continue;
        align(quote);
      }
    }
  });
  // Sentence text → key; null: no other unit of the cluster shared its buckets (it repeats nothing).
  const keys = new Map<string, string | null>();
  for (const e of sentenceEntries)
    if (e.key !== undefined || !keys.has(e.sentence.text)) keys.set(e.sentence.text, e.key ?? null);

  return {
    pairs: [...pairs.values()].sort((x, y) => y.count - x.count || x.a.localeCompare(y.a)),
    documents: docs,
    links,
    evidence: (docIndex, dedup) => ({ docIndex, dedup, first, near, spin, keys }),
  };
}

/**
 * The index of texts that layout repairs changed (engine.ts layoutRepaired),
 * its spans taken back to each document's input through that document's
 * edit map (undefined: the text is the input). Sentence texts and keys stay
 * those of the repaired texts, which are what the rules read.
 */
export function inInputOffsets(index: ClusterIndex, maps: readonly (EditMap | undefined)[]): ClusterIndex {
  if (maps.every((m) => m === undefined)) return index;
  const back = (s: ClusterSentence): ClusterSentence => {
    const map = maps[s.doc];
    return map === undefined ? s : { ...s, span: mapSpan([map], s.span) };
  };
  const remap = <K, V>(m: ReadonlyMap<K, V>, f: (v: V) => V) =>
    new Map([...m].map(([k, v]) => [k, f(v)] as const));
  // The maps every document's evidence shares.
  const sample = index.evidence(0, "report");
  const first = remap(sample.first, back);
  const near = remap(sample.near, back);
  const spin = remap(sample.spin, (list) => list.map((e) => ({ ...e, related: back(e.related) })));
  return {
    ...index,
    links: index.links.map((list) => list.map(back)),
    evidence: (docIndex, dedup) => ({ docIndex, dedup, first, near, spin, keys: sample.keys }),
  };
}
