/**
 * unrelated-headline — remove headlines of other stories appended at the end.
 *
 * Summary: trailing headline-shaped lines (after the last prose line) that
 *   share no content word with the article are removed. The first line is
 *   the title, never part of the run; the body starts under it, or on it
 *   when it is prose (a page without a headline: one paragraph will do).
 * Why it happens: a widget of "latest" or "trending" headlines sits under the
 *   article and is scraped without its heading.
 * Decoration: a source's name alone on the line under a headline that is
 *   headline-shaped as it stands ("Aldi recalls chocolate bar" over "CNN", as
 *   "trending" widgets print them) is read as that headline's: the run is
 *   read without it, and it goes with its headline (same confidence). A
 *   bullet before the headline ("• ", "- ", "* ", "· ", "– "), a
 *   date after it ("Nov 6, 2019", "6 November 2019", "2 hours ago") and a
 *   site's name after " - ", " | " or " : " ("… - HuffPost", "… | Reuters")
 *   are not the headline's words: its shape and its words are read without
 *   them. (A numbered line, "1) …", is a list item of the story.)
 * Fix and confidence: 0.85 with no shared content word (distinct, stemmed,
 *   ≥ 3 letters, function words, years, the groups of amounts such as
 *   "53,000" and data/footer.ts GENERIC_TOPIC_WORDS ("year", "best") ignored) and at least `minBodyWords` words of
 *   body; with one shared word (a chance overlap such as "dark" or "galaxy")
 *   0.8 when the line has five content words or more, or three or four and
 *   the body uses the shared one at most twice, else 0.75; kept when it has
 *   at most two and shares more than `maxOverlap` of them. Two shared words
 *   make it a teaser of the same story, unless they are chance words, not
 *   the topic: the line has six content words or more and the body uses each
 *   of the two at most twice, or four or five, the title has neither and the
 *   body uses each once (of five: twice) (then 0.8, or 0.75 under five words).
 *   The common words of wire copy (data/footer.ts COMMON_NEWS_WORDS: "U.S.",
 *   "United States", "police", "officials") are not a shared topic either, but
 *   a line that shares only such words is removed at 0.8 at most.
 * Lists of other stories: a trailing run of three lines or more, or one with
 *   bullets, is first read as a group, which must look like a list of other
 *   stories: at most `maxListLines` lines, each with four words or more and
 *   three content words or more, none numbered; not introduced by a line
 *   ending in ":" nor going on from a bulleted list of the story; not led by
 *   dates or numbers, or by "Label:" words, in most lines; not about one thing
 *   (no content word in three lines and half of them, no word in common for
 *   half of the pairs of lines); at most a quarter of its lines related to the
 *   story; and the body at least as long as the list. Then its unrelated lines
 *   go (each with its own overlap and confidence, and the list's in the
 *   message), and so does a line sharing one or two words, under a third of
 *   its own and not in the title, by chance, between lines that share none
 *   (0.75; not the list's first line, next to the body: that may be the
 *   story's last line naming its people). When the whole run fails, the lines
 *   after its last related or short line are tried. Else the run is read line
 *   by line as it stands (a bullet ends it), and a run of more than `maxLines`
 *   lines is a list (tour dates, groups, products) and kept, except its last
 *   two or three lines when they stand apart: its last paragraph, or
 *   one-line paragraphs under a paragraph of the list's lines (not led by
 *   dates or numbers, as the list's may be).
 * Options: `minBodyWords` (default 25), `maxOverlap` (default 0.2), `maxLines`
 *   (default 3), `maxListLines` (default 15).
 * Known false positives: a closing sub-heading or sign-off line with no word in
 *   common with the story; a credit line (left to chrome-line); a closing
 *   list of headline-shaped items of four words or more (book titles, places,
 *   bullets without periods) that the body never names, straight after its
 *   prose with no line ending in ":" to introduce it.
 * Example: seed 002 ends with "Verizon brings Nougat to Galaxy S6 edge+,
 *   Galaxy Note 5" and "YouTube Has A New Dark Mode: Here's How To Get It".
 */
import { COMMON_NEWS_WORDS, GENERIC_TOPIC_WORDS } from "../data/footer.js";
import type { Document, Line } from "../document/document.js";
import type { FindingDraft } from "../types.js";
import { isCaseless } from "../util/case.js";
import { MONTH_NAMES } from "../util/date.js";
import { isHeadlineLine, isProse, withoutListMark } from "../util/shape.js";
import {
  contentWords,
  forEachStemmedHash,
  hashWord,
  stem,
  stemmedWordHashes,
  wordCount,
} from "../util/text.js";
import { defineRule } from "./rule.js";

// Years, and the groups of a number written with thousands separators ("53,000" holds the
// word "000"): dates and amounts, not topics. (A model number, "737", can be the topic.)
const YEAR = /\b(?:1[89]|20)\d\d\b|(?<=\d,)\d{3}\b/g;

/** The word hashes of GENERIC_TOPIC_WORDS (stemmed as the body's words are). */
const GENERIC = new Set(GENERIC_TOPIC_WORDS.flatMap((w) => [...stemmedWordHashes(w)]));
/** The word hashes of COMMON_NEWS_WORDS: the wire's words. */
const WIRE = new Set(COMMON_NEWS_WORDS.flatMap((w) => [...stemmedWordHashes(w)]));

/** The word hashes of the years in a line (undefined: none). */
function yearHashes(text: string): Set<number> | undefined {
  let out: Set<number> | undefined;
  for (const m of text.matchAll(YEAR)) for (const h of stemmedWordHashes(m[0])) (out ??= new Set()).add(h);
  return out;
}

/** A bullet before a headline of a list (not a number: a numbered list is the story's). */
const BULLET = /^[*•·►▸‣–-]\s+/u;
const BULLET_START = new Set([..."*•·►▸‣–-"].map((c) => c.charCodeAt(0)));
/**
 * A date after a headline, after a space, a comma or a separator: "Nov 6, 2019",
 * "6 November 2019", "2019-11-06", "11/6/2019", "2 hours ago", "an hour ago",
 * "7h ago".
 */
const TRAILING_DATE = new RegExp(
  `(?:,?\\s+[-–—|·•]?\\s*)(?:(?:${MONTH_NAMES})\\.? \\d{1,2},? \\d{4}|\\d{1,2} (?:${MONTH_NAMES})\\.?,? \\d{4}|\\d{4}-\\d\\d-\\d\\d|\\d{1,2}/\\d{1,2}/\\d{2,4}|(?:an?|\\d{1,2}) (?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?) ago|\\d{1,2} ?(?:m|min|h|hr|d|w) ago)$`,
  "iu",
);
/**
 * A site's name after a headline, after " - ", " – ", " | " or " : ": one to four
 * capitalised words, "The" before them ("HuffPost", "BBC News", "The New York
 * Times"), or a domain ("news.com.au").
 */
const TRAILING_SITE =
  /\s[-–—|:]\s+(?:(?:The )?\p{Lu}[\p{L}\p{N}&.'’]*(?: (?:of |& )?\p{Lu}[\p{L}\p{N}&.'’]*){0,3}|[a-z0-9-]+(?:\.[a-z]{2,})+)$/u;
/** How much of a line's end the date and site patterns read (longer than any of their matches). */
const TAIL_CHARS = 48;
/** Lines that read as a dated or numbered list, or a box of facts: "June 10 – …", "2019: …", "When: …". */
const DATE_OR_NUMBER_START = new RegExp(`^(?:\\p{N}|(?:${MONTH_NAMES})\\b)`, "iu");
const LABEL_START = /^[\p{L}\p{N}'’&-]+:\s/u;

const LETTER = /\p{L}/u;

/** The line's last character is a letter or a digit ("| 32" lower-cases an ASCII letter). */
function endsOnLetterOrDigit(text: string): boolean {
  const c = text.charCodeAt(text.length - 1) | 32;
  if (c >= 128) return LETTER.test(text[text.length - 1]!);
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** The line without a match of an end-anchored pattern read on its tail (undefined: no match). */
function withoutTail(line: string, pattern: RegExp): string | undefined {
  const from = Math.max(0, line.length - TAIL_CHARS);
  const m = pattern.exec(from > 0 ? line.slice(from) : line);
  return m ? line.slice(0, from + m.index).trimEnd() : undefined;
}

/** The shape of a trailing headline (util/shape.ts). */
const SHAPE = { maxWords: 20 };

/** A trailing line read for its headline: the text without its decoration, and whether it had a bullet. */
interface Item {
  readonly line: Line;
  readonly core: string;
  readonly bullet: boolean;
  /** The line is headline-shaped as it stands (read line by line, a run stops at a bullet). */
  readonly plain: boolean;
}

/** The headline of a trailing line without its bullet, date and site, or undefined when it is no headline. */
function readItem(doc: Document, line: Line): Item | undefined {
  const text = line.text;
  const plain = isHeadlineLine(doc, text, SHAPE);
  const bulleted = BULLET_START.has(text.charCodeAt(0));
  // Without a bullet, only a date or a site after it can hide a headline: a line that does
  // not end on a letter or a digit (prose, "Related News:") is none (one test per document).
  if (!plain && !bulleted && !endsOnLetterOrDigit(text)) return undefined;
  const b = bulleted ? BULLET.exec(text) : null;
  let core = withoutDate(b ? text.slice(b[0].length) : text);
  if (hasSeparatorInTail(core)) {
    const site = withoutTail(core, TRAILING_SITE);
    // "Brexit - What Happens Next" is one headline, not "Brexit" on a site.
    if (site !== undefined && isHeadlineLine(doc, site, SHAPE)) core = withoutDate(site);
  }
  if (core !== text && !isHeadlineLine(doc, core, SHAPE)) core = text;
  if (core === text && !plain) return undefined;
  return { line, core, bullet: b !== null, plain };
}

/** The line without a date after it (a date ends on a digit or "ago"). */
function withoutDate(line: string): string {
  const last = line.charCodeAt(line.length - 1);
  if (!((last >= 48 && last <= 57) || line.endsWith("ago"))) return line;
  return withoutTail(line, TRAILING_DATE) ?? line;
}

/** " - ", " – ", " — ", " | " or " : " in the line's tail: where a site's name may follow. */
function hasSeparatorInTail(line: string): boolean {
  for (let i = Math.max(1, line.length - TAIL_CHARS); i < line.length - 2; i++) {
    const c = line.charCodeAt(i);
    if (
      (c === 45 || c === 0x2013 || c === 0x2014 || c === 124 || c === 58) &&
      line.charCodeAt(i - 1) === 32 &&
      line.charCodeAt(i + 1) === 32
    )
      return true;
  }
  return false;
}

/** The body's stemmed content words, as 30-bit hashes, with their counts. */
interface Body {
  readonly counts: Map<number, number>;
  words: number;
}

/** How a trailing line's content words meet the body's. */
interface Overlap {
  readonly ws: readonly number[];
  /** Shared words that may be the topic. */
  readonly common: readonly number[];
  /** Shared COMMON_NEWS_WORDS (not counted as shared). */
  readonly wire: readonly number[];
  /** The confidence of its removal, or undefined when it may be about the story. */
  readonly confidence: number | undefined;
}

function overlapOf(core: string, body: Body, titleWords: () => Set<number>, maxOverlap: number): Overlap {
  // Distinct words: "Galaxy S6 edge+, Galaxy Note 5" shares one word, not two.
  const ws = [...stemmedWordHashes(core)];
  // A year both mention ("… Of 2017") is the date, not the topic; "000" of "53,000" an amount.
  const years = yearHashes(core);
  const common: number[] = [];
  const wire: number[] = [];
  for (const w of ws) {
    if (!body.counts.has(w) || years?.has(w) || GENERIC.has(w)) continue;
    (WIRE.has(w) ? wire : common).push(w);
  }
  const shared = common.length;
  const overlap = shared / ws.length;
  // A teaser about the same story shares several topical words; an unrelated
  // headline shares one common word ("dark", "people") by chance, or two among
  // six or more that the body uses once or twice, not as its topic ("bring",
  // "note" in "Verizon brings Nougat to Galaxy S6 edge+, Galaxy Note 5"; a
  // related "Audi e-tron …" headline under an Audi review shares "audi", used 22 times).
  // Two words among four or five are chance too when the title has neither and the
  // body uses each once (among five: twice; "news" and "internet" of "Kardashian
  // Baby News Breaks The Internet" under a story on a film's takings).
  const rare = ws.length >= 5 ? 2 : 1;
  const chancePair =
    shared === 2 &&
    ws.length >= 4 &&
    common.every((w) => body.counts.get(w)! <= rare) &&
    (ws.length >= 6 || !common.some((w) => titleWords().has(w)));
  let confidence: number | undefined;
  if (ws.length === 0) confidence = undefined;
  else if ((shared >= 2 && !chancePair) || (shared === 1 && overlap > maxOverlap && ws.length <= 2))
    confidence = undefined;
  else {
    // One shared word among five or more is chance; among three or four too when the
    // body uses it at most twice, not as its topic ("best" of "The Best Budget
    // Laptops Of 2017" under a race won in a personal best time); else it may not be.
    const chanceWord = shared === 1 && ws.length >= 3 && body.counts.get(common[0]!)! <= 2;
    confidence = shared === 0 ? 0.85 : ws.length >= 5 || chanceWord ? 0.8 : 0.75;
    // "U.S." and "police" say little, but more than nothing.
    if (wire.length > 0) confidence = Math.min(confidence, 0.8);
  }
  return { ws, common, wire, confidence };
}

/** The words of `text` whose hashes are in `hashes` ("police"), for a message. */
function wordsOf(text: string, hashes: readonly number[]): string[] {
  const out = new Set<string>();
  for (const w of contentWords(text)) if (hashes.includes(hashWord(stem(w)))) out.add(w);
  return [...out];
}

function message(
  item: Item,
  o: Overlap,
  list?: { lines: number; shared: number; words: number },
  chance = false,
): string {
  let m = `Unexpected headline \`${item.line.text}\` unrelated to the article (${o.common.length} of ${o.ws.length} content words shared)`;
  if (chance) m += " by chance, next to headlines of other stories that share none";
  if (o.wire.length > 0)
    m += `, besides common words of the news (${wordsOf(item.core, o.wire)
      .map((w) => `"${w}"`)
      .join(", ")})`;
  if (list)
    m += `; one of ${list.lines} trailing headlines of other stories, which share ${list.shared} of their ${list.words} content words with the article`;
  return m;
}

export default defineRule({
  meta: {
    id: "unrelated-headline",
    kind: "unrelated",
    description: "Remove trailing headline-shaped lines that share no content word with the article",
    fixable: true,
    defaultOptions: { minBodyWords: 25, maxOverlap: 0.2, maxLines: 3, maxListLines: 15 },
  },
  check(doc, options): FindingDraft[] {
    const lines = doc.contentLines;
    // Each line is read once, for the source lines and for the run.
    const items = new Map<Line, Item | undefined>();
    const read = (line: Line): Item | undefined => {
      if (items.has(line)) return items.get(line);
      const item = readItem(doc, line);
      items.set(line, item);
      return item;
    };
    const sources = trailingSources(doc, lines, read);
    if (sources === undefined) return trailingHeadlines(doc, options, lines, read);
    const sourceLines = new Set(sources.values());
    // A widget's source lines ("CNN" under each headline) are read as the headlines'
    // decoration: the run is read without them, and each goes with its headline.
    const out = trailingHeadlines(
      doc,
      options,
      lines.filter((l) => !sourceLines.has(l)),
      read,
    );
    // (A finding's span is its headline line's content span.)
    const byContent = new Map([...sources.keys()].map((l) => [l.content, l] as const));
    for (const f of [...out]) {
      const headline = byContent.get(f.span);
      if (!headline) continue;
      const source = sources.get(headline)!;
      out.push({
        message: `Unexpected source line \`${source.text}\` under the headline of another story`,
        span: source.content,
        confidence: f.confidence,
        fix: { span: doc.lineRemovalSpan(source.index), text: "" },
        related: headline.content,
        actual: source.text,
      });
    }
    return out;
  },
});

/**
 * A news source's name alone on a line: one to four capitalised words ("CNN",
 * "Fox News", "The Guardian", "Politico.com"), a dot only between letters (not
 * "All…" cut short).
 */
const SOURCE_NAME =
  /^(?:The )?\p{Lu}[\p{L}&'’-]*(?:\.\p{L}+)*(?: (?:of |& )?\p{Lu}[\p{L}&'’-]*(?:\.\p{L}+)*){0,3}$/u;
/** The same in a caseless document: one to three words of letters (no address, no lone dash). */
const CASELESS_SOURCE_NAME = /^\p{Ll}[\p{Ll}&'’-]*(?: \p{Ll}[\p{Ll}&'’-]*){0,2}$/u;
const SOURCE_MAX_CHARS = 32;

/**
 * The source lines of the trailing run, by the headline line above each
 * ("Aldi recalls chocolate bar" over "CNN"), or undefined when there are
 * none: a short name right under a line that is headline-shaped as it stands
 * (no bullet), read backwards from the last line over headline-shaped lines.
 */
function trailingSources(
  doc: Document,
  lines: readonly Line[],
  read: (line: Line) => Item | undefined,
): Map<Line, Line> | undefined {
  let sources: Map<Line, Line> | undefined;
  let caseless: boolean | undefined;
  for (let j = lines.length - 1; j >= 2; j--) {
    const text = lines[j]!.text;
    if (text.length <= SOURCE_MAX_CHARS) {
      caseless ??= isCaseless(doc);
      // (Under a headline as it stands: a bulleted line is a list's item, not a widget's headline.)
      if ((caseless ? CASELESS_SOURCE_NAME : SOURCE_NAME).test(text) && read(lines[j - 1]!)?.plain) {
        (sources ??= new Map()).set(lines[j - 1]!, lines[j]!);
        j--;
        continue;
      }
    }
    if (read(lines[j]!) === undefined) break;
  }
  return sources;
}

/** The findings of the trailing run of `lines` (the document's content lines, a widget's source lines aside). */
function trailingHeadlines(
  doc: Document,
  options: Record<string, unknown>,
  lines: readonly Line[],
  read: (line: Line) => Item | undefined,
): FindingDraft[] {
  const out: FindingDraft[] = [];
  // The trailing run: headline-shaped lines, their decoration aside (most documents end
  // on another line: nothing else is read). (isHeadlineLine: in a caseless document a
  // headline has no capitals.)
  const lastItem = lines.length > 1 ? read(lines[lines.length - 1]!) : undefined;
  if (lastItem === undefined) return out;
  const items: Item[] = [lastItem];
  let first = lines.length - 1;
  while (first > 1) {
    const item = read(lines[first - 1]!);
    if (item === undefined) break;
    items.push(item);
    first--;
  }
  items.reverse();
  // The first line is the title when it is headline-shaped: then the body starts on the
  // second line; a page without a headline may be one paragraph of prose and the run.
  const bodyFrom = isProse(lines[0]!.text) && !isHeadlineLine(doc, lines[0]!.text) ? 1 : 2;
  const maxLines = options.maxLines as number;
  const maxOverlap = options.maxOverlap as number;
  const minBodyWords = options.minBodyWords as number;
  // The body ends where the trailing run starts (the run's other lines are not the article).
  const body: Body = { counts: new Map(), words: 0 };
  const count = (h: number) => {
    body.counts.set(h, (body.counts.get(h) ?? 0) + 1);
    body.words++;
  };
  const addBody = (from: number, to: number) => {
    for (let k = from; k < to; k++) forEachStemmedHash(lines[k]!.text, count);
  };
  addBody(0, first);
  let title: Set<number> | undefined;
  const titleWords = () => (title ??= stemmedWordHashes(lines[0]!.text));

  // A run of three lines or more, or one with bullets, is first read as a list of other
  // stories (three lines may hold one sharing words by chance between two that share
  // none). The first line (the title) is never a trailing headline; need a body before.
  if (
    first >= bodyFrom &&
    (items.length >= 3 || items.some((it) => it.bullet)) &&
    body.words >= minBodyWords
  ) {
    const overlaps = items.map((it) => overlapOf(it.core, body, titleWords, maxOverlap));
    const maxListLines = options.maxListLines as number;
    const list = { doc, lines, items, overlaps, first, body, titleWords, maxListLines };
    const listed = listOfOtherStories(list, 0);
    if (listed) return listed;
    // Else the lines after the last one that is not such a headline.
    let k = items.length;
    while (k > 0 && isListHeadline(items[k - 1]!, overlaps[k - 1]!)) k--;
    if (k > 0 && items.length - k >= 2) {
      const tail = listOfOtherStories(list, k);
      if (tail) return tail;
    }
  }

  // The run as it stands: headline-shaped lines after the last line that is not one (a bullet ends it).
  let start = items.length;
  while (start > 0 && items[start - 1]!.plain) start--;
  if (start === items.length || first + start < bodyFrom) return out;
  addBody(first, first + start);
  first += start;
  const run = items.slice(start);
  if (body.words < minBodyWords) return out;
  // Four or more trailing short lines are a list (tour dates, groups, products), not appended
  // headlines — unless its last two or three lines stand apart: a widget's headlines pasted
  // under a page that ends in short lines of its own, as a paragraph of their own or as
  // paragraphs of one line each under a paragraph of the list's lines.
  let from = 0;
  if (run.length > maxLines) {
    const blockOf = (k: number) => run[k]!.line.block;
    const lastBlock = blockOf(run.length - 1);
    let b = run.length;
    while (b > 0 && blockOf(b - 1) === lastBlock) b--;
    if (b === run.length - 1) {
      // One-line paragraphs at the end: those after the last paragraph of several lines.
      const alone = (k: number) =>
        (k === 0 || blockOf(k) !== blockOf(k - 1)) && (k === run.length - 1 || blockOf(k) !== blockOf(k + 1));
      while (b > 0 && alone(b - 1)) b--;
      // (Not when they go on in the list's form: dates or numbers first, "June 27 – Camden".)
      if (b === 0 || run.slice(b).some((it) => DATE_OR_NUMBER_START.test(it.core))) return out;
    }
    if (run.length - b < 2 || run.length - b > maxLines) return out;
    from = b;
  }
  for (let k = from; k < run.length; k++) {
    const item = run[k]!;
    // A numbered or bulleted line is a list item ("21) Monopoly – Travel"), not a headline.
    if (withoutListMark(item.line.text) !== item.line.text) continue;
    const o = overlapOf(item.core, body, titleWords, maxOverlap);
    if (o.confidence === undefined) continue;
    out.push(finding(doc, item, o.confidence, message(item, o)));
  }
  return out;
}

function finding(doc: Document, item: Item, confidence: number, msg: string): FindingDraft {
  const line = item.line;
  return {
    message: msg,
    span: line.content,
    confidence,
    fix: { span: doc.lineRemovalSpan(line.index), text: "" },
    actual: line.text,
  };
}

const NUMBERED = /^\d{1,2}[.)]\s+/;

/** A line a list of other stories may hold: an unrelated headline of four words or more, three of them content words, no number before it. */
function isListHeadline(item: Item, o: Overlap): boolean {
  return (
    o.confidence !== undefined &&
    o.ws.length >= 3 &&
    wordCount(item.core, 4) >= 4 &&
    !NUMBERED.test(item.line.text)
  );
}

/** The trailing run as listOfOtherStories reads it. */
interface TrailingRun {
  readonly doc: Document;
  readonly lines: readonly Line[];
  readonly items: readonly Item[];
  readonly overlaps: readonly Overlap[];
  /** The run's first line (index into lines). */
  readonly first: number;
  readonly body: Body;
  readonly titleWords: () => Set<number>;
  readonly maxListLines: number;
}

/**
 * A line of a list that shares words with the story by chance: one or two, under a
 * third of its content words, neither in the title, and the lines before and after
 * it in the list (the two before the list's last line) share none ("Gas prices
 * expected to rise ahead of holiday weekend" under a story on how lottery winners
 * spend their money, between two headlines of other stories). A line naming the
 * story's people shares more, or opens the list, next to the body.
 */
function byChance(run: TrailingRun, k: number, from: number): boolean {
  const o = run.overlaps[k]!;
  if (o.confidence !== undefined || o.common.length > 2 || o.common.length * 3 >= o.ws.length) return false;
  // The list's first line may be the story's own last line; its last line follows other stories.
  if (k === from) return false;
  const clear = (j: number) =>
    run.overlaps[j]!.confidence !== undefined && run.overlaps[j]!.common.length === 0;
  const last = k === run.items.length - 1;
  if (!(last ? k - 2 >= from && clear(k - 2) : clear(k + 1)) || !clear(k - 1)) return false;
  return !o.common.some((w) => run.titleWords().has(w));
}

/**
 * The findings for the trailing lines from `items[from]` on when they read as a list of
 * other stories (see the rule's summary), else undefined. `first`: the run's first line.
 */
function listOfOtherStories(run: TrailingRun, from: number): FindingDraft[] | undefined {
  const { doc, lines, items, overlaps, first, body, maxListLines } = run;
  const n = items.length - from;
  if (n > maxListLines) return undefined;
  // A list the story introduces ("Our picks:") or a bulleted list of its own that goes on.
  for (const k of from > 0 ? [first - 1, first + from - 1] : [first - 1]) {
    const prev = lines[k]!.text;
    if (prev.endsWith(":")) return undefined;
    if (k === first - 1 && items.some((it) => it.bullet) && withoutListMark(prev) !== prev) return undefined;
  }
  let related = 0;
  let dated = 0;
  let labelled = 0;
  let words = 0;
  let shared = 0;
  // In how many of the lines each word occurs (a list about one thing repeats its words).
  const lineCounts = new Map<number, number>();
  const wordSets: Set<number>[] = [];
  for (let k = from; k < items.length; k++) {
    const item = items[k]!;
    const o = overlaps[k]!;
    if (NUMBERED.test(item.line.text) || o.ws.length < 3 || wordCount(item.core, 4) < 4) return undefined;
    if (o.confidence === undefined && !byChance(run, k, from)) related++;
    if (DATE_OR_NUMBER_START.test(item.core)) dated++;
    if (LABEL_START.test(item.core)) labelled++;
    words += o.ws.length;
    shared += o.common.length;
    const set = new Set<number>();
    for (const w of o.ws) if (!GENERIC.has(w) && !WIRE.has(w)) set.add(w);
    for (const w of set) lineCounts.set(w, (lineCounts.get(w) ?? 0) + 1);
    wordSets.push(set);
  }
  if (related * 4 > n || dated * 2 > n || labelled * 2 > n || body.words < words) return undefined;
  let most = 0;
  for (const c of lineCounts.values()) most = Math.max(most, c);
  if (most >= 3 && most * 2 >= n) return undefined;
  if (n >= 2) {
    let pairs = 0;
    let sharing = 0;
    for (let a = 0; a < n; a++)
      for (let b = a + 1; b < n; b++) {
        pairs++;
        for (const w of wordSets[a]!)
          if (wordSets[b]!.has(w)) {
            sharing++;
            break;
          }
      }
    if (sharing * 2 >= pairs) return undefined;
  }
  const out: FindingDraft[] = [];
  const list = { lines: n, shared, words };
  for (let k = from; k < items.length; k++) {
    const o = overlaps[k]!;
    if (o.confidence !== undefined)
      out.push(finding(doc, items[k]!, o.confidence, message(items[k]!, o, list)));
    else if (byChance(run, k, from))
      out.push(finding(doc, items[k]!, 0.75, message(items[k]!, o, list, true)));
  }
  return out;
}
