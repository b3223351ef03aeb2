/**
 * Finds spinner tells in a text: the matching logic shared by the spinner rule
 * (which fixes them) and the document spin score (which counts them).
 */
import {
  AN_SCAR_CONFIDENCE,
  EXPANSIONS,
  HYPHEN_SCAR,
  HYPHEN_SCAR_CASELESS,
  HYPHEN_SCAR_CONFIDENCE,
  INTERNATIONAL_AFTER_NAME,
  INTERNATIONAL_AFTER_NAME_CONFIDENCE,
  INTERNATIONAL_COLLOCATIONS,
  QUOTE_PERIOD_SCAR,
  QUOTE_PERIOD_SCAR_CASELESS,
  QUOTE_PERIOD_SCAR_CONFIDENCE,
  SPIN_TELL_WEIGHTS,
  US_NOUNS_CASELESS,
  USA_CONFIDENCE,
  USA_GUARD_AFTER,
  USA_GUARD_BEFORE,
  USA_HYPHEN_SPUN,
  USA_QUOTED_BEFORE,
  USA_SENTENCE_LOST_AFTER,
  USA_SPUN_AFTER,
  USA_SPUN_BEFORE,
  WORLDWIDE_NAME,
  WORLDWIDE_NAME_CONFIDENCE,
  WORLDWIDE_NAME_GUARD,
} from "../data/spinner.js";
import type { Span } from "../types.js";
import { isCaseless, isCaselessText } from "./case.js";
import { isHeadlineShaped } from "./shape.js";
import { inCaseOf } from "./text.js";

export type SpinTellType = keyof typeof SPIN_TELL_WEIGHTS;

export interface SpinCandidate {
  readonly type: SpinTellType;
  readonly id: string;
  readonly span: Span;
  readonly actual: string;
  readonly expected: string;
  /** The text that replaces `span`. */
  readonly replacement: string;
  readonly confidence: number;
  /** A legitimate frame matched: report nothing, count nothing. */
  readonly guarded: boolean;
  /** Evidence (e.g. the first "U.S." that sets the house style). */
  readonly related?: Span;
}

const CONTEXT = 40;

interface CompiledExpansion {
  readonly id: string;
  readonly re: RegExp;
  /** A literal that every match contains (cheap pre-check). */
  /** Literals of which every match contains one (cheap pre-check). */
  readonly probes: readonly string[];
  readonly canonical: string;
  readonly confidence: number;
  readonly before: RegExp;
  readonly after: RegExp;
  /** Nouns after the match that lift the "the" guard (Expansion.modifierAfter). */
  readonly modifier: RegExp;
  readonly modifierConfidence: number;
}

const COMPILED_EXPANSIONS: readonly CompiledExpansion[] = EXPANSIONS.map((e) => ({
  id: e.id,
  re: new RegExp(`\\b${e.spun}\\b`, "gu"),
  probes: [e.probe],
  canonical: e.canonical,
  confidence: e.confidence,
  before: new RegExp(e.guardBefore, "u"),
  after: new RegExp(e.guardAfter, "u"),
  modifier: new RegExp(e.modifierAfter, "iu"),
  modifierConfidence: e.modifierConfidence,
}));
const CASELESS_EXPANSIONS: readonly CompiledExpansion[] = EXPANSIONS.map((e) => ({
  id: e.id,
  re: new RegExp(`\\b${e.caseless.spun}\\b`, "giu"),
  probes: [e.probe.toLowerCase(), e.probe.toUpperCase()],
  canonical: e.caseless.canonical,
  confidence: e.confidence,
  before: new RegExp(e.guardBefore, "u"),
  after: new RegExp(e.caseless.guardAfter, "iu"),
  modifier: new RegExp(e.modifierAfter, "iu"),
  modifierConfidence: e.modifierConfidence,
}));

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c > 127;
}
function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}
const AN_BEFORE = /\ban\s+$/i;
/**
 * Cheap pre-check for "worldwide"/"global" (lower, Capitalised or in capitals):
 * native substring searches, faster than one case-insensitive regex scan.
 */
function hasInternationalSpin(text: string): boolean {
  return (
    text.includes("lobal") || text.includes("orldwide") || text.includes("LOBAL") || text.includes("ORLDWIDE")
  );
}
const COLLOCATION_TESTS = INTERNATIONAL_COLLOCATIONS.map((c) => ({
  re: new RegExp(`^(?:${c.follows})`, "iu"),
  c,
}));
const WORLDWIDE_NAME_RE = new RegExp(WORLDWIDE_NAME, "u");
const AFTER_NAME_RE = new RegExp(INTERNATIONAL_AFTER_NAME, "u");
const WORLDWIDE_NAME_GUARD_RE = new RegExp(WORLDWIDE_NAME_GUARD, "u");
// Spelled out case by case: a case-insensitive scan of every text is slower.
const AN_SCAR_RE = /\b(an|An|AN)\s+(worldwide|global|Worldwide|Global|WORLDWIDE|GLOBAL)\b/gu;
const USA_NOMINAL_BEFORE = /\bthe\s+$/iu;
const LETTER = /^\p{L}/u;
const SPACE = /\s/;

/**
 * The spellings one profile of the vocabulary reads: cased text (capitals
 * mark names, "USA Today") or caseless text (util/case.ts), where the names
 * are spelled out and the United States is "u.s." or, after "the", "us".
 */
interface Profile {
  readonly expansions: readonly CompiledExpansion[];
  readonly usaProbes: readonly string[];
  /**
   * A line in capitals guards its "USA" (a headline: "USA BEATS CANADA") — in
   * cased text; in a caseless page every line may be in capitals.
   */
  readonly capsLineGuard: boolean;
  readonly usa: RegExp;
  readonly usaBefore: RegExp;
  readonly usaQuoted: RegExp;
  readonly usaHyphenSpun: RegExp;
  readonly usaAfter: RegExp;
  readonly usaSpunAfter: RegExp;
  readonly usaSpunBefore: RegExp;
  /** "in the USA The decision": needs the capital of the next sentence (none in caseless text). */
  readonly usaSentenceLost: RegExp | undefined;
  readonly dotted: RegExp;
  readonly plain: RegExp;
  readonly dottedStyle: "U.S." | "u.s.";
  readonly plainStyle: "US" | "us";
  readonly hyphenScar: RegExp;
  readonly quoteScar: RegExp;
  /** The quote scar's pre-check: is code unit `c` after `".` the start of a sentence? */
  readonly quoteScarNext: (c: number) => boolean;
  /** Headline lines follow their own style (cased text only: no headline shape without capitals). */
  readonly skipHeadlines: boolean;
}

const CASED: Profile = {
  expansions: COMPILED_EXPANSIONS,
  usaProbes: ["USA"],
  capsLineGuard: true,
  // "USA" but not "USA.gov": a period after it only when it ends the sentence
  // ("built in the USA." — the spinner's "USA" for a sentence-final "U.S.").
  usa: /\bUSA\b(?!\.[^\s"”'’)\]])/gu,
  usaBefore: new RegExp(USA_GUARD_BEFORE, "u"),
  usaQuoted: new RegExp(USA_QUOTED_BEFORE, "u"),
  usaHyphenSpun: new RegExp(USA_HYPHEN_SPUN, "u"),
  usaAfter: new RegExp(USA_GUARD_AFTER, "u"),
  usaSpunAfter: new RegExp(USA_SPUN_AFTER, "u"),
  usaSpunBefore: new RegExp(USA_SPUN_BEFORE, "u"),
  usaSentenceLost: new RegExp(USA_SENTENCE_LOST_AFTER, "u"),
  dotted: /\bU\.S\.(?!A\b)/gu,
  // "US$5 million" is the currency's symbol, written by newsrooms of either style.
  plain: /\bUS\b(?![A-Z$])/gu,
  dottedStyle: "U.S.",
  plainStyle: "US",
  hyphenScar: new RegExp(HYPHEN_SCAR, "gu"),
  quoteScar: new RegExp(QUOTE_PERIOD_SCAR, "gmu"),
  quoteScarNext: (c) => (c >= 65 && c <= 90) || c >= 128,
  skipHeadlines: true,
};

const CASELESS: Profile = {
  expansions: CASELESS_EXPANSIONS,
  usaProbes: ["usa", "USA"],
  capsLineGuard: false,
  usa: /\busa\b(?!\.[^\s"”'’)\]])/giu,
  // The guards are names: "team usa", "usa today" read the same without capitals.
  usaBefore: new RegExp(USA_GUARD_BEFORE, "iu"),
  usaQuoted: new RegExp(USA_QUOTED_BEFORE, "u"),
  usaHyphenSpun: new RegExp(USA_HYPHEN_SPUN, "iu"),
  usaAfter: new RegExp(USA_GUARD_AFTER, "iu"),
  usaSpunAfter: new RegExp(USA_SPUN_AFTER, "iu"),
  usaSpunBefore: new RegExp(USA_SPUN_BEFORE, "u"),
  usaSentenceLost: undefined,
  dotted: /\bu\.s\.(?!a\b)/giu,
  // "us" is the pronoun too: only "the us", "us-led" and "us officials" are the country.
  plain: new RegExp(
    String.raw`(?<=\bthe\s)us\b(?![.'’])|\bus(?=-\p{L}|\s+(?:${US_NOUNS_CASELESS})\b)`,
    "giu",
  ),
  dottedStyle: "u.s.",
  plainStyle: "us",
  hyphenScar: new RegExp(HYPHEN_SCAR_CASELESS, "giu"),
  quoteScar: new RegExp(QUOTE_PERIOD_SCAR_CASELESS, "gimu"),
  quoteScarNext: (c) => ((c | 32) >= 97 && (c | 32) <= 122) || c >= 128,
  skipHeadlines: false,
};

/**
 * Cheap pre-check for the hyphen scar: a space, a hyphen, a letter (the
 * scar's literal core). Hyphens are found natively; spaces are too frequent
 * for a substring search on " -" to be fast.
 */
function hasSpaceHyphenLetter(text: string): boolean {
  for (let i = text.indexOf("-", 1); i >= 0; i = text.indexOf("-", i + 1)) {
    if (text.charCodeAt(i - 1) !== 32 || i + 1 >= text.length) continue;
    const c = text.charCodeAt(i + 1);
    if ((c | 32) >= 97 && (c | 32) <= 122) return true;
    if (c >= 128 && LETTER.test(text.slice(i + 1, i + 3))) return true;
  }
  return false;
}

/**
 * Cheap pre-check for the quote scar: a period right after `"` or `“` that
 * stands at the start or after white space, followed by what may start a
 * sentence in the profile (a superset of its quote-scar matches).
 */
function hasQuotePeriod(text: string, profile: Profile): boolean {
  for (let i = text.indexOf(".", 1); i >= 0; i = text.indexOf(".", i + 1)) {
    const q = text.charCodeAt(i - 1);
    if (q !== 34 && q !== 0x201c) continue;
    if (i >= 2 && !SPACE.test(text[i - 2]!)) continue;
    if (profile.quoteScarNext(text.charCodeAt(i + 1))) return true;
  }
  return false;
}
const ALL_CAPS_LINE = /^[^\p{Ll}]*$/u;

function before(text: string, i: number): string {
  return text.slice(Math.max(0, i - CONTEXT), i);
}
function after(text: string, i: number): string {
  return text.slice(i, i + CONTEXT);
}
interface Spellings {
  dotted: number;
  plain: number;
  firstDotted?: Span;
  firstPlain?: Span;
}

/** "U.S." and "US" (in the profile's spelling) in text[from, to), except on lines `skip` rejects. */
function spellings(
  text: string,
  from: number,
  to: number,
  profile: Profile,
  skip?: (at: number) => boolean,
): Spellings {
  const out: Spellings = { dotted: 0, plain: 0 };
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  for (const m of part.matchAll(profile.dotted)) {
    if (skip?.(from + m.index)) continue;
    out.dotted++;
    out.firstDotted ??= { start: from + m.index, end: from + m.index + 4 };
  }
  for (const m of part.matchAll(profile.plain)) {
    if (skip?.(from + m.index)) continue;
    out.plain++;
    out.firstPlain ??= { start: from + m.index, end: from + m.index + 2 };
  }
  return out;
}

interface Style {
  readonly style: string;
  readonly evidence?: Span;
}

/** The majority spelling and its first use; undefined on a tie. */
function majority(s: Spellings, profile: Profile): Style | undefined {
  if (s.plain > s.dotted)
    return s.firstPlain
      ? { style: profile.plainStyle, evidence: s.firstPlain }
      : { style: profile.plainStyle };
  if (s.dotted > s.plain)
    return s.firstDotted
      ? { style: profile.dottedStyle, evidence: s.firstDotted }
      : { style: profile.dottedStyle };
  return undefined;
}

/**
 * The document's own spelling of the United States: "U.S." or "US" (majority;
 * ties → "U.S."), counted in the body: headlines follow their own style (AP
 * writes "US" in headlines, "U.S." in text) and a page may repeat its headline
 * three times. Headline-shaped lines count only when the body has neither.
 * Caseless text spells them "u.s." and "us".
 */
export function houseStyle(text: string, profile: Profile = CASED): Style & { consistent: boolean } {
  const body = profile.skipHeadlines
    ? spellings(text, 0, text.length, profile, (at) => isHeadlineShaped(lineAround(text, at).trim()))
    : spellings(text, 0, text.length, profile);
  const counted = body.dotted + body.plain > 0 ? body : spellings(text, 0, text.length, profile);
  // One spelling, used twice or more, and never the other: the newsroom's settled style.
  const consistent =
    (counted.dotted >= 2 && counted.plain === 0) || (counted.plain >= 2 && counted.dotted === 0);
  const style =
    majority(counted, profile) ??
    (counted.firstDotted
      ? { style: profile.dottedStyle, evidence: counted.firstDotted }
      : { style: profile.dottedStyle });
  return { ...style, consistent };
}

/**
 * The spelling of the United States in the paragraph (line) around `at`, when
 * it has a majority there: stitched pages mix paragraphs of different
 * sources, each in its own style (seed 000: "the US president … ongoing US
 * investigations … America's USA presidential election").
 */
function paragraphStyle(text: string, at: number, profile: Profile): Style | undefined {
  const { start, end } = lineBounds(text, at);
  return majority(spellings(text, start, end, profile), profile);
}

const OPENING_QUOTES = "\"“'‘«";
const CLOSING_QUOTES = "\"”'’»";

/** The match is quoted on its own: `"Russian Federation"` (the name itself is the subject). */
function quotedTerm(text: string, start: number, end: number): boolean {
  return start > 0 && OPENING_QUOTES.includes(text[start - 1]!) && CLOSING_QUOTES.includes(text[end] ?? "");
}

/** The line of text that holds position i. */
function lineBounds(text: string, i: number): Span {
  const e = text.indexOf("\n", i);
  return { start: text.lastIndexOf("\n", i) + 1, end: e < 0 ? text.length : e };
}

function lineAround(text: string, i: number): string {
  const { start, end } = lineBounds(text, i);
  return text.slice(start, end);
}

/** All spinner tells in `text`, guarded ones included (flagged). */
export function findSpinCandidates(text: string, caseless = isCaselessText(text)): SpinCandidate[] {
  const out: SpinCandidate[] = [];
  const profile = caseless ? CASELESS : CASED;
  for (const e of profile.expansions) {
    for (const m of e.probes.some((p) => text.includes(p)) ? text.matchAll(e.re) : []) {
      const start = m.index;
      const end = start + m[0].length;
      const rest = after(text, end);
      // "the North Atlantic Treaty Organisation summit": the article belongs to the noun.
      const article = e.before.test(before(text, start));
      const lifted = article && e.modifier.test(rest);
      const guarded = (article && !lifted) || e.after.test(rest) || quotedTerm(text, start, end);
      out.push({
        type: "expansion",
        id: e.id,
        span: { start, end },
        actual: m[0],
        // A caseless page keeps its one case: "RUSSIAN FEDERATION" → "RUSSIA".
        expected: caseless ? inCaseOf(e.canonical, m[0]) : e.canonical,
        replacement: caseless ? inCaseOf(e.canonical, m[0]) : e.canonical,
        confidence: lifted ? e.modifierConfidence : e.confidence,
        guarded,
      });
    }
  }
  const international = hasInternationalSpin(text);
  for (const m of international ? text.matchAll(AN_SCAR_RE) : []) {
    const word = m[2]!;
    out.push({
      type: "anScar",
      id: "an-international",
      span: { start: m.index, end: m.index + m[0].length },
      actual: m[0],
      expected: `${m[1]} ${inCaseOf("international", word)}`,
      replacement: `${m[1]} ${inCaseOf("international", word)}`,
      confidence: AN_SCAR_CONFIDENCE,
      guarded: false,
    });
  }
  if (international) {
    const lower = text.toLowerCase();
    for (const word of ["worldwide", "global"] as const) {
      for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length)) {
        const end = at + word.length;
        if (at > 0 && isWordChar(lower.charCodeAt(at - 1))) continue;
        if (end < lower.length && isWordChar(lower.charCodeAt(end))) continue;
        // What follows a collocation's adjective is a word after a space.
        const spaced = end < lower.length && isSpace(lower.charCodeAt(end));
        // Unspaced, only a name's capitalised last word can be spun ("Amnesty Worldwide.").
        if (!spaced && (caseless || !isUpper(text.charCodeAt(at)))) continue;
        // "an worldwide X" is the article scar, handled above.
        if (AN_BEFORE.test(lower.slice(Math.max(0, at - 4), at))) continue;
        let restStart = end;
        while (restStart < lower.length && isSpace(lower.charCodeAt(restStart))) restStart++;
        const rest = text.slice(restStart, restStart + CONTEXT);
        const hit = spaced ? COLLOCATION_TESTS.find((t) => t.re.test(rest)) : undefined;
        const actual = text.slice(at, end);
        // "the Worldwide Committee of …": a spun name (cased pages, "Worldwide" only).
        const named =
          spaced &&
          !hit &&
          !caseless &&
          actual === "Worldwide" &&
          WORLDWIDE_NAME_RE.test(rest) &&
          !WORLDWIDE_NAME_GUARD_RE.test(rest);
        // "Amnesty Worldwide": a name that ends in "International" (cased pages).
        const afterName =
          !hit &&
          !named &&
          !caseless &&
          (actual === "Worldwide" || actual === "Global") &&
          AFTER_NAME_RE.test(text.slice(Math.max(0, at - 16), at));
        if (!hit && !named && !afterName) continue;
        out.push({
          type: "collocation",
          id: "international-collocation",
          span: { start: at, end },
          actual,
          expected: inCaseOf("international", actual),
          replacement: inCaseOf("international", actual),
          confidence: hit
            ? hit.c[word]
            : named
              ? WORLDWIDE_NAME_CONFIDENCE
              : INTERNATIONAL_AFTER_NAME_CONFIDENCE,
          guarded: false,
        });
      }
    }
  }
  let docStyle: ReturnType<typeof houseStyle> | undefined;
  for (const m of profile.usaProbes.some((p) => text.includes(p)) ? text.matchAll(profile.usa) : []) {
    const start = m.index;
    const style = paragraphStyle(text, start, profile) ?? (docStyle ??= houseStyle(text, profile));
    const b = before(text, start);
    const a = after(text, start + 3);
    const guarded =
      profile.usaBefore.test(b) ||
      (profile.usaQuoted.test(b) && !profile.usaHyphenSpun.test(a)) ||
      profile.usaAfter.test(a) ||
      (profile.capsLineGuard && ALL_CAPS_LINE.test(lineAround(text, start)));
    const lostEnd = !guarded && profile.usaSentenceLost !== undefined && profile.usaSentenceLost.test(a);
    const spun = lostEnd || profile.usaSpunAfter.test(a) || profile.usaSpunBefore.test(b);
    // "in the USA" in a page that otherwise always writes "U.S." (or "US"): a newsroom
    // with a settled style does not switch for the noun; the spinner does.
    const settled =
      !spun && !guarded && USA_NOMINAL_BEFORE.test(b) && (docStyle ??= houseStyle(text, profile)).consistent;
    // "in the USA." → "in the U.S." (the abbreviation's period ends the sentence), not "U.S..".
    const period = style.style === profile.dottedStyle && text.charCodeAt(start + 3) === 46;
    const end = period ? start + 4 : start + 3;
    const spelled = lostEnd && style.style === profile.plainStyle ? `${style.style}.` : style.style;
    // A caseless page keeps its one case: "USA MISSILE STRIKES" → "U.S. MISSILE STRIKES".
    const replacement = caseless ? inCaseOf(spelled, m[0]) : spelled;
    const cand: SpinCandidate = {
      type: "usa",
      id: "usa-house-style",
      span: { start, end },
      actual: text.slice(start, end),
      expected: replacement,
      replacement,
      confidence: spun
        ? USA_CONFIDENCE.spunContext
        : settled
          ? USA_CONFIDENCE.nominalInSettledStyle
          : USA_CONFIDENCE.otherwise,
      guarded,
      ...(style.evidence ? { related: style.evidence } : {}),
    };
    out.push(cand);
  }
  for (const m of hasSpaceHyphenLetter(text) ? text.matchAll(profile.hyphenScar) : []) {
    out.push({
      type: "hyphenScar",
      id: "space-before-hyphen",
      span: { start: m.index, end: m.index + m[0].length },
      actual: m[0],
      expected: "-",
      replacement: "-",
      confidence: HYPHEN_SCAR_CONFIDENCE,
      guarded: false,
    });
  }
  for (const m of hasQuotePeriod(text, profile) ? text.matchAll(profile.quoteScar) : []) {
    out.push({
      type: "quoteScar",
      id: "period-after-opening-quote",
      span: { start: m.index, end: m.index + 1 },
      actual: ".",
      expected: "",
      replacement: "",
      confidence: QUOTE_PERIOD_SCAR_CONFIDENCE,
      guarded: false,
    });
  }
  out.sort((x, y) => x.span.start - y.span.start);
  return out;
}

/**
 * Document spin score in [0, 1): 1 − exp(−w/2), where w is the weighted count
 * of unguarded tells. One tell → 0.39, two → 0.63, four → 0.86. Real news
 * almost never has two (FIELD-NOTES: 1 of 156,289 documents has two
 * article-less "Russian Federation"); the seeds have 5 to 12.
 */
export function spinScoreOf(candidates: readonly SpinCandidate[]): number {
  let w = 0;
  for (const c of candidates) {
    if (c.guarded) continue;
    // Weak "USA" uses (no spun context) and weak collocations count half.
    const weight = SPIN_TELL_WEIGHTS[c.type] * (c.confidence < 0.75 ? 0.5 : 1);
    w += weight;
  }
  return 1 - Math.exp(-w / 2);
}

/** The candidates of a document, computed once per Document (shared by the engine and the rule). */
export function spinCandidatesOf(doc: {
  readonly text: string;
  memo<T>(key: string, fn: () => T): T;
}): SpinCandidate[] {
  return doc.memo("spin-candidates", () => findSpinCandidates(doc.text, isCaseless(doc)));
}
