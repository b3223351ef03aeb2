/**
 * chrome-line — remove standalone lines of page chrome.
 *
 * Summary: whole lines matching a chrome family of data/chrome.ts:
 *   advertisement markers, share buttons and counters, photo credits and
 *   captions, newsletter prompts, "Follow us on …", tip lines, bare URLs and
 *   e-mail addresses, what social-media embeds leave (a bare "pic.twitter.com/…"
 *   line), separators, copyright lines, reporting credits,
 *   video-player and widget text, "SEE ALSO:" teasers, menus, breadcrumbs,
 *   tag lists, comment and cookie prompts, what embeds leave (the BBC's
 *   "Skip Twitter post", consent notices), an author's bio on the page's last
 *   three lines (family `bio`, cased pages); captions closing on their credit
 *   ("… on Monday. Photo: Jane Doe"), and beside a photo line the same
 *   caption without its credit (the image's alt text); under a lone caption
 *   label ("Image caption,", the BBC) the caption on the next line (0.85,
 *   at most 250 characters and 40 words, not the page's last line); a poll widget as a
 *   whole (its "Poll" heading, question, short answers and "Vote" button,
 *   0.85); on caseless pages, a tokenised release's line read with its
 *   punctuation joined back ("( reporting by … ; editing by … )").
 * Why it happens: text extraction keeps every text node of the page.
 * Fix and confidence: the family's confidence (0.9–0.95); lines longer than
 *   320 characters are never chrome.
 * Options: `families` — a list of family names to check (default: all).
 * Known false positives: a real one-line paragraph that happens to be exactly
 *   "Photo" or "Video"; prose such as "In related news, …" never matches
 *   because patterns are anchored to the whole line.
 * Example: "Story continues below advertisement", "(Reporting by Tom Miles;
 *   Editing by Alison Williams)", "___".
 */
import {
  BOTTOM_LINES,
  CASED_ONLY,
  CASELESS_AUTHOR_BIOS,
  CHROME_FAMILIES,
  CHROME_MAX_CHARS,
  CHROME_PHRASES,
  CHROME_SENTENCES,
  type ChromeFamily,
  type GuardedPattern,
  MASTHEAD_FAMILY,
  PHRASE_MAX_CHARS,
} from "../data/chrome.js";
import { HEADLINE_LABEL, isMasthead } from "../data/sections.js";
import type { Document, Line } from "../document/document.js";
import type { FindingDraft } from "../types.js";
import { isCaseless } from "../util/case.js";
import { parseDateLine } from "../util/date.js";
import { captureGroups, compileNow } from "../util/regex.js";
import { withoutMarks } from "../util/shape.js";
import { compareKey, detokenized, STOPWORDS, wordCount } from "../util/text.js";
import { isBylineLine } from "./byline.js";
import { defineRule } from "./rule.js";

/** A family ready to read lines: its plain patterns and its guarded ones (needle first). */
interface CompiledFamily {
  readonly family: ChromeFamily;
  readonly plain: readonly RegExp[];
  readonly guarded: readonly GuardedPattern[];
}

function compile(family: ChromeFamily): CompiledFamily {
  return {
    family,
    plain: family.patterns.filter((p): p is RegExp => p instanceof RegExp),
    guarded: family.patterns.filter((p): p is GuardedPattern => !(p instanceof RegExp)),
  };
}

/** Families read on every line; those of region "bottom" only on the page's last lines. */
const ANYWHERE = CHROME_FAMILIES.filter((f) => f.region !== "bottom");
const BOTTOM = CHROME_FAMILIES.filter((f) => f.region === "bottom");
const MASTHEAD = CHROME_FAMILIES.find((f) => f.family === MASTHEAD_FAMILY)!;

/** The family a table of written-out lines files its lines under (`table` names it in the error). */
function familyNamed(name: string, table: string): ChromeFamily {
  const family = CHROME_FAMILIES.find((f) => f.family === name);
  if (!family) throw new Error(`${table}: no family "${name}"`);
  return family;
}

/** Folded phrase (CHROME_PHRASES) → the family it belongs to. */
const PHRASES = new Map<string, ChromeFamily>();
for (const [name, phrases] of Object.entries(CHROME_PHRASES)) {
  const family = familyNamed(name, "CHROME_PHRASES");
  for (const p of phrases) PHRASES.set(compareKey(p), family);
}

/** Lower-cased line (CHROME_SENTENCES) → its family, and the lengths of those lines. */
const SENTENCES = new Map<string, ChromeFamily>();
const SENTENCE_LENGTHS = new Set<number>();
for (const [name, sentences] of Object.entries(CHROME_SENTENCES)) {
  const family = familyNamed(name, "CHROME_SENTENCES");
  for (const t of sentences) {
    SENTENCES.set(t.toLowerCase(), family);
    SENTENCE_LENGTHS.add(t.length);
  }
}

/** The family of a line of CHROME_PHRASES (folded) or CHROME_SENTENCES (as written), or undefined. */
function phraseFamily(text: string): ChromeFamily | undefined {
  const phrase = text.length <= PHRASE_MAX_CHARS ? PHRASES.get(compareKey(text)) : undefined;
  if (phrase !== undefined || !SENTENCE_LENGTHS.has(text.length)) return phrase;
  return SENTENCES.get(text.toLowerCase());
}

/**
 * A family as a caseless document (util/case.ts) reads it: every pattern
 * ignores case ("ap photo/evan vucci", "read more: council approves …"),
 * and those whose capitals are the signal (data/chrome.ts CASED_ONLY) are
 * left out: in capitals only, "MORE-THAN-EXPECTED TURNOUT …" would read as a
 * teaser label and "COPYRIGHT LAWS …" as a notice.
 */
function caseless(family: ChromeFamily): ChromeFamily {
  const fold = (re: RegExp) => (re.flags.includes("i") ? re : new RegExp(re.source, `${re.flags}i`));
  const kept = family.patterns.filter((p) => !CASED_ONLY.has(p instanceof RegExp ? p : p.re));
  return {
    ...family,
    patterns: kept.map((p) => (p instanceof RegExp ? fold(p) : { ...p, re: fold(p.re) })),
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/**
 * An alternation of literal words as a trie ("photo(?::|s:| by)|…"): the
 * engine tries each first character once, not every word at every position.
 */
function trieSource(words: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  let ends = false;
  for (const w of words) {
    if (w === "") {
      ends = true;
      continue;
    }
    const list = byFirst.get(w[0]!);
    if (list) list.push(w.slice(1));
    else byFirst.set(w[0]!, [w.slice(1)]);
  }
  const branches = [...byFirst].map(([c, rest]) => escapeRegExp(c) + trieSource(rest));
  if (branches.length === 0) return "";
  // A word that ends here makes the rest optional.
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join("|")})`;
  return ends ? `(?:${body})?` : body;
}

/**
 * One alternation of the plain patterns of several families that share a
 * flag set, in table order, each family's patterns followed by an empty
 * capture group: the alternation takes the first alternative that matches,
 * and the one group it sets names that family.
 */
interface MarkedAlternation {
  readonly re: RegExp;
  /** [group number, family position] per family of the alternation, in table order. */
  readonly marks: readonly (readonly [number, number])[];
}

/**
 * Families read as one: every family's plain patterns in one alternation per
 * flag set (most lines are prose, and a few tests reject them where one per
 * family would be run; one exec also names the family, so no pattern is
 * compiled twice), and the guarded patterns' needles in one case-insensitive
 * test. (One set of alternations per first character of the line was tried:
 * more instructions, not fewer — V8 already tests an anchored alternation's
 * first characters quickly, and every set is compiled apart. So was testing
 * the patterns that open on a mark ("[", "»", "#") only on lines opening on
 * one: no difference measured.)
 */
class FamilySet {
  readonly #families: readonly CompiledFamily[];
  /** Family name → position in #families. */
  readonly #position = new Map<string, number>();
  readonly #alternations: readonly MarkedAlternation[];
  /** Any guarded pattern's needle (null: no family has one). */
  readonly #needle: RegExp | null;
  #compiled = false;

  constructor(families: readonly ChromeFamily[]) {
    this.#families = families.map(compile);
    const byFlags = new Map<string, { sources: string[]; marks: [number, number][]; groups: number }>();
    this.#families.forEach((f, position) => {
      this.#position.set(f.family.family, position);
      const mine = new Map<string, string[]>();
      for (const p of f.plain) {
        const list = mine.get(p.flags);
        if (list) list.push(`(?:${p.source})`);
        else mine.set(p.flags, [`(?:${p.source})`]);
      }
      for (const [flags, sources] of mine) {
        let alt = byFlags.get(flags);
        if (!alt) byFlags.set(flags, (alt = { sources: [], marks: [], groups: 0 }));
        const body = sources.join("|");
        alt.groups += captureGroups(body) + 1;
        alt.sources.push(`(?:${body})()`);
        alt.marks.push([alt.groups, position]);
      }
    });
    this.#alternations = [...byFlags].map(([flags, alt]) => ({
      re: new RegExp(alt.sources.join("|"), flags),
      marks: alt.marks,
    }));
    // A needle that holds a shorter one ("reuters/" holds "/") adds nothing to the filter.
    const needles = [...new Set(this.#families.flatMap((f) => f.guarded.map((g) => g.needle.toLowerCase())))];
    const minimal = needles.filter((n) => !needles.some((m) => m !== n && n.includes(m)));
    this.#needle = minimal.length > 0 ? new RegExp(trieSource(minimal), "i") : null;
  }

  /** The position of the first family whose plain patterns match the whole line, or -1. */
  #plainMatch(text: string): number {
    if (!this.#compiled) {
      // Every chrome pattern opens on "^" (a test in rules.test.ts keeps it so).
      for (const a of this.#alternations) compileNow(a.re);
      this.#compiled = true;
    }
    let best = -1;
    for (const { re, marks } of this.#alternations) {
      const m = re.exec(text);
      if (m === null) continue;
      for (const [group, position] of marks) {
        if (m[group] === undefined) continue;
        if (best < 0 || position < best) best = position;
        break;
      }
    }
    return best;
  }

  /**
   * The first family (in table order) with a pattern matching the whole
   * line, or null; a short line of CHROME_PHRASES matches its family. With
   * `plain` false only the guarded patterns are tried.
   */
  find(text: string, plain = true): ChromeFamily | null {
    let best = -1;
    if (plain) {
      const phrase = phraseFamily(text);
      best = phrase === undefined ? -1 : (this.#position.get(phrase.family) ?? -1);
      const match = this.#plainMatch(text);
      if (match >= 0 && (best < 0 || match < best)) best = match;
    }
    // (The first family matched: no guarded pattern can come before it.)
    if (best !== 0 && this.#needle?.test(text)) {
      const lower = text.toLowerCase();
      const before = best < 0 ? this.#families.length : best;
      for (let p = 0; p < before; p++) {
        for (const g of this.#families[p]!.guarded)
          if (lower.includes(g.needle) && g.re.test(text)) return this.#families[p]!.family;
      }
    }
    return best < 0 ? null : this.#families[best]!.family;
  }

  /** Could a family match the line? (A superset of find: cheaper on the lines no family matches.) */
  may(text: string): boolean {
    return (
      phraseFamily(text) !== undefined || this.#plainMatch(text) >= 0 || this.#needle?.test(text) === true
    );
  }
}

const ALL_LINES = new FamilySet(ANYWHERE);
const CASELESS_LINES = new FamilySet(ANYWHERE.map(caseless));
const BOTTOM_LINES_SET = new FamilySet(BOTTOM);
/** Sets of the families an option names (rule option `families`), made on first need. */
const chosenSets = new Map<string, FamilySet>();

/** The set of families `wanted` names (all when empty), as a cased or a caseless page reads them. */
function familySet(wanted: readonly string[], region: "anywhere" | "bottom", folded: boolean): FamilySet {
  if (wanted.length === 0)
    return region === "bottom" ? BOTTOM_LINES_SET : folded ? CASELESS_LINES : ALL_LINES;
  const key = `${region} ${folded} ${wanted.join(" ")}`;
  let set = chosenSets.get(key);
  if (set === undefined) {
    const families = (region === "bottom" ? BOTTOM : ANYWHERE).filter((f) => wanted.includes(f.family));
    set = new FamilySet(folded && region !== "bottom" ? families.map(caseless) : families);
    chosenSets.set(key, set);
  }
  return set;
}

/** Could any family match the line? (A superset: no match here, none in familyOf.) */
export function mayBeChrome(text: string): boolean {
  return ALL_LINES.may(text);
}

/**
 * The first family (in table order) with a pattern matching the whole line, or
 * null; a short line of CHROME_PHRASES matches its family.
 */
export function familyOf(text: string): ChromeFamily | null {
  return ALL_LINES.find(text);
}

/**
 * The same caption again without its credit, on a line next to the photo line
 * `k` (the image's alt text): reported into `out`; returns the set of lines so
 * reported. A line already reported as chrome is never one.
 */
function captionCopies(
  doc: Document,
  lines: readonly Line[],
  k: number,
  confidence: number,
  out: FindingDraft[],
  copies: Set<number> | undefined,
): Set<number> | undefined {
  const line = lines[k]!;
  const key = compareKey(line.text);
  for (const j of [k - 1, k + 1]) {
    const other = lines[j];
    if (!other || copies?.has(j) || wordCount(other.text, 4) < 4) continue;
    if (out.some((f) => f.span === other.content)) continue;
    const otherKey = compareKey(other.text);
    if (otherKey.length >= key.length || !key.startsWith(`${otherKey} `)) continue;
    copies ??= new Set();
    copies.add(j);
    out.push({
      message: `Unexpected caption copy \`${other.text}\` beside the photo line`,
      span: other.content,
      confidence,
      fix: { span: doc.lineRemovalSpan(other.index), text: "" },
      related: line.content,
      actual: other.text,
    });
  }
  return copies;
}

/**
 * Reads a group of lines from line `k` on (a caption under its label, a poll
 * widget): reports them into `out` and returns the set of lines so reported,
 * `copies` unchanged when line `k` opens no group.
 */
type GroupReader = (
  doc: Document,
  lines: readonly Line[],
  k: number,
  out: FindingDraft[],
  copies: Set<number> | undefined,
) => Set<number> | undefined;

/** A caption's label alone on its line, the caption on the next: the BBC's "Image caption,". */
const CAPTION_LABEL = /^(?:image |photo |picture |video )?caption\s*[,:]?$/i;
/** Longest caption read under its label (characters, words). */
const CAPTION_MAX_CHARS = 250;
const CAPTION_MAX_WORDS = 40;
const CAPTION_CONFIDENCE = 0.85;

/**
 * The caption under a caption label (line `k`): the next line when it is short
 * enough to be one, reported into `out` with the label as evidence; returns
 * the set of lines so reported.
 */
const captionUnderLabel: GroupReader = (doc, lines, k, out, copies) => {
  const caption = lines[k + 1];
  if (!caption || copies?.has(k + 1) || k + 2 >= lines.length) return copies;
  if (
    caption.text.length > CAPTION_MAX_CHARS ||
    wordCount(caption.text, CAPTION_MAX_WORDS + 1) > CAPTION_MAX_WORDS
  )
    return copies;
  copies ??= new Set();
  copies.add(k + 1);
  out.push({
    message: `Unexpected caption \`${caption.text}\` under the label \`${lines[k]!.text}\``,
    span: caption.content,
    confidence: CAPTION_CONFIDENCE,
    fix: { span: doc.lineRemovalSpan(caption.index), text: "" },
    related: lines[k]!.content,
    actual: caption.text,
  });
  return copies;
};

/** A poll widget's heading alone on its line ("Poll", "Quick poll", "Today's poll:"). */
const POLL_HEADING = /^(?:(?:quick|reader|readers['’]?|today['’]s|our|daily|weekly)\s+)?poll\s*:?$/i;
/** The button or link under a poll's answers. */
const POLL_CLOSER = /^(?:vote|vote now|submit|view results|see results|show results|results)\s*[.!]?$/i;
/** Most answer lines read under a poll's question. */
const POLL_MAX_ANSWERS = 8;

/**
 * A poll widget: its heading (line `k`), a question, two answer lines or more
 * (short, unpunctuated: "Yes", "No", "Not sure") and the button under them
 * ("Vote"). Reported into `out` (lines of a group already reported are skipped); returns
 * the set of lines so reported, or `copies` unchanged when `k` opens no
 * widget. Without the heading, a question and its short answers may be an
 * interview's, and stay.
 */
const pollWidget: GroupReader = (doc, lines, k, out, copies) => {
  const question = lines[k + 1];
  if (!question || question.text.length > 200 || !question.text.endsWith("?")) return copies;
  let j = k + 2;
  while (j < lines.length && j - k - 2 < POLL_MAX_ANSWERS) {
    const t = lines[j]!.text;
    if (t.length > 60 || wordCount(t, 7) > 6 || /[.!?]$/.test(t) || POLL_CLOSER.test(t)) break;
    // A byline or a date under a question is a headline's ("Poll" as a label over it).
    if (isBylineLine(t, true) || parseDateLine(t) !== undefined) break;
    j++;
  }
  if (j - k - 2 < 2) return copies;
  if (j < lines.length && POLL_CLOSER.test(lines[j]!.text)) j++;
  const heading = lines[k]!;
  for (let i = k; i < j; i++) {
    const l = lines[i]!;
    // (The lines after `k` are not read yet: only a group reported before can hold one.)
    if (copies?.has(i)) continue;
    copies ??= new Set();
    copies.add(i);
    out.push({
      message: `Unexpected poll line \`${l.text}\``,
      span: l.content,
      confidence: POLL_CONFIDENCE,
      fix: { span: doc.lineRemovalSpan(l.index), text: "" },
      ...(i > k ? { related: heading.content } : {}),
      actual: l.text,
    });
  }
  return copies;
};
const POLL_CONFIDENCE = 0.85;

const BIO = CHROME_FAMILIES.find((f) => f.family === "bio")!;

/** An author's bio in a caseless page (CASELESS_AUTHOR_BIOS): the family, or null. */
function caselessBio(text: string, wanted: readonly string[]): ChromeFamily | null {
  if (wanted.length > 0 && !wanted.includes(BIO.family)) return null;
  const lower = text.toLowerCase();
  if (!lower.includes(" is a") && !lower.includes(" covers ") && !lower.includes(" is the author of "))
    return null;
  for (const re of CASELESS_AUTHOR_BIOS) {
    const m = re.exec(text);
    if (m && m[1]!.split(" ").every((w) => !STOPWORDS.has(w.toLowerCase()))) return BIO;
  }
  return null;
}

const CASELESS_HEADLINE_LABEL = new RegExp(HEADLINE_LABEL.source, "iu");

/**
 * Is line `k` the page's headline under a label of HEADLINE_LABEL: the first
 * line, or the second under a short line (a section label of three words at
 * most)?
 */
function isLabelledHeadline(lines: readonly Line[], k: number, folded: boolean): boolean {
  if (k > 1 || (k === 1 && wordCount(lines[0]!.text, 4) > 3)) return false;
  const text = lines[k]!.text;
  return (folded ? CASELESS_HEADLINE_LABEL : HEADLINE_LABEL).test(text) && !endsWithSentence(text);
}

/** Does the line end as a sentence does (a headline has no final period)? */
function endsWithSentence(text: string): boolean {
  return /[.!?]["'”’)]?$/.test(text) && !/\?["'”’]?$/.test(text);
}

export default defineRule({
  meta: {
    id: "chrome-line",
    kind: "chrome",
    description:
      "Remove standalone chrome lines: ads, share bars, captions, credits, newsletter and follow prompts…",
    fixable: true,
    defaultOptions: { families: [] as string[] },
  },
  check(doc, options): FindingDraft[] {
    const out: FindingDraft[] = [];
    const wanted = options.families as string[];
    const folded = isCaseless(doc);
    const families = familySet(wanted, "anywhere", folded);
    // (A caseless page reads its bios in their own form, caselessBio: the bottom patterns read capitals.)
    const bottom = familySet(wanted, "bottom", false);
    const lines = doc.contentLines;
    // Lines already reported as part of a group (a caption copy beside its photo line,
    // a poll widget's lines; rare: made on first need).
    let copies: Set<number> | undefined;
    for (let k = 0; k < lines.length; k++) {
      const line = lines[k]!;
      if (line.text.length > CHROME_MAX_CHARS || copies?.has(k)) continue;
      // A poll widget goes as a whole: heading, question, answers and button.
      if (
        line.text.length <= 20 &&
        (wanted.length === 0 || wanted.includes("embed")) &&
        POLL_HEADING.test(line.text)
      ) {
        copies = pollWidget(doc, lines, k, out, copies);
        if (copies?.has(k)) continue;
      }
      let fam = families.find(line.text);
      // A chrome line in list marks or emphasis: "• Share", "**Related:** …".
      if (!fam) {
        const core = withoutMarks(line.text);
        if (core !== undefined) fam = families.find(core);
      }
      // A line of a tokenised release ("( reporting by jane doe ; editing by john roe )"),
      // read with its punctuation joined back (caseless pages: releases are lower-cased).
      if (!fam && folded) {
        const joined = detokenized(line.text);
        if (joined !== undefined) fam = families.find(joined);
      }
      // A paper's name (cased pages) below the first line; on the first line it is the
      // page's label above the headline (section-line).
      if (!fam && k > 0 && !folded && isMasthead(line.text)) fam = MASTHEAD;
      // An author's bio, on the last lines only (guarded patterns: their needle first).
      if (!fam && k >= lines.length - BOTTOM_LINES)
        fam = folded ? caselessBio(line.text, wanted) : bottom.find(line.text, false);
      if (!fam) continue;
      // The page's first line under a headline label ("WATCH: Firefighters rescue dog …",
      // "EXCLUSIVE: …") is its headline, not a teaser for another story.
      if (fam.family === "teaser" && isLabelledHeadline(lines, k, folded)) continue;
      out.push({
        message: `Unexpected ${fam.family} line \`${line.text}\``,
        span: line.content,
        confidence: fam.confidence,
        fix: { span: doc.lineRemovalSpan(line.index), text: "" },
        actual: line.text,
      });
      if (fam.family === "photo") {
        copies = captionCopies(doc, lines, k, fam.confidence, out, copies);
        if (CAPTION_LABEL.test(line.text)) copies = captionUnderLabel(doc, lines, k, out, copies);
      }
    }
    return out;
  },
});
