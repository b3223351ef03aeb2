/**
 * section-line — remove a site-section label above (or under) the headline.
 *
 * Summary: a first line of at most `maxWords` words, without sentence
 *   punctuation, followed by a longer headline-shaped line (or, when the label
 *   is all section words, by a short one, one word included — OneStopEnglish
 *   titles such as "Banksy", or one set in lower case —, repeated or with the
 *   story under it), is the site's section label ("World Media") and goes
 *   into `meta.section` (without the site's name after it: "Politics | The
 *   Times" → "Politics"); a newspaper's name ("The Daily Times",
 *   data/sections.ts isMasthead) or a labelled section ("Section: World") is
 *   as sure a label as section words, and a final period is an abbreviation's
 *   ("U.S."); two such labels stacked above the headline ("World" / "Europe",
 *   a paper's name over its section) both go; above a title of section words
 *   only ("Syria", "Music") a label goes when it is a path or a desk joined by
 *   a sign ("World / Europe", "US & World") or the story's first paragraph
 *   names the title and not the label; so does a line of section words right
 *   under a longer headline, when the story starts under it ("Analysis",
 *   "EXCLUSIVE"); and a label of known words as the first line of a page
 *   without a headline, above the story's first paragraph, a line of four
 *   words or more that is none (a caption, a standfirst) or a chrome line —
 *   not one word of a topic or a place ("Syria" over the story is its title),
 *   and above a byline or a date line only a news desk's name ("World
 *   Media").
 * Why it happens: scrapers take the breadcrumb or section kicker with the
 *   headline block.
 * Fix and confidence: 0.9 when every word is a known section word
 *   (data/sections.ts); 0.8 when the next line is a repeated headline; else
 *   0.6 (reported only); 0.85 under the headline; above the story 0.85,
 *   above another line 0.8.
 * Options: `maxWords` (default 4).
 * Known false positives: a one- or two-word kicker that is real content
 *   ("Exclusive", "Analysis") is also removed — it is chrome for a corpus.
 * Example: seed 004 starts "World Media" above the headline.
 */
import { allSectionWords, isMasthead, LABELLED_SECTION, SITE_NAMES } from "../data/sections.js";
import type { Document, Line } from "../document/document.js";
import type { FindingDraft } from "../types.js";
import { isCaseless } from "../util/case.js";
import { parseDateLine } from "../util/date.js";
import { isHeadlineLine } from "../util/shape.js";
import { compareKey, endsWithTerminal, wordCount } from "../util/text.js";
import { isBylineLine } from "./byline.js";
import { familyOf } from "./chrome-line.js";
import { defineRule } from "./rule.js";

const LABEL_SHAPE = /^[\p{Lu}\p{N}][\p{L}\p{N}.&'’ \-–|/:>»›]*$/u;
/** The label in a caseless document (util/case.ts): "world media". */
const CASELESS_LABEL_SHAPE = /^[\p{Ll}\p{N}][\p{L}\p{N}.&'’ \-–|/:>»›]*$/u;

/** "Politics | The Times": a label, then the site's name (up to four capitalised words) after a bar or dash. */
const SITE_AFTER = /^(.+?)\s+[|–—-]\s+\p{Lu}[\p{L}.&'’]*(?:\s+\p{Lu}[\p{L}.&'’]*){0,3}$/u;
/** SITE_AFTER in a caseless document (util/case.ts): "politics | the times". */
const CASELESS_SITE_AFTER = new RegExp(SITE_AFTER.source, "iu");
const BAR = /\s[|–—-]\s/;
/** Longest line read as a label and a site's name (four words each), or as a labelled section. */
const SECTION_SITE_MAX_CHARS = 80;

/** The section label of a line: its section words when the site's name follows them. */
function sectionOf(text: string, doc: Document): string {
  if (text.length > SECTION_SITE_MAX_CHARS) return text;
  // (Its first letter is tested before the pattern: most lines open on another.)
  const c = text.charCodeAt(0);
  const labelled = c === 83 || c === 67 || c === 68 ? LABELLED_SECTION.exec(text) : null; // S, C, D
  if (labelled) return text.slice(labelled[0].length);
  if (!BAR.test(text)) return text;
  const m = SITE_AFTER.exec(text) ?? (isCaseless(doc) ? CASELESS_SITE_AFTER.exec(text) : null);
  return m && allSectionWords(m[1]!) ? m[1]! : text;
}

/** Where a story starts under its headline: a byline, a dateline or a paragraph of prose. */
function opensStory(text: string): boolean {
  if (isBylineLine(text, true) || parseDateLine(text) !== undefined) return true;
  return endsWithTerminal(text) && wordCount(text, STORY_MIN_WORDS) >= STORY_MIN_WORDS;
}
const STORY_MIN_WORDS = 8;
/** A headline set in lower case: a short line opening on a lower-case letter. */
const LOWER_HEADLINE = /^\p{Ll}/u;
const LOWER_HEADLINE_MAX_WORDS = 12;

export default defineRule({
  meta: {
    id: "section-line",
    kind: "chrome",
    description:
      "Remove a site-section label line above or under the headline, or above the story of a page without one (kept in meta.section)",
    fixable: true,
    defaultOptions: { maxWords: 4 },
  },
  check(doc, options): FindingDraft[] {
    const [first, second, third, fourth] = doc.contentLines;
    if (!first || !second) return [];
    const maxWords = options.maxWords as number;
    if (!third) return labelOverStory(doc, first, second, maxWords);
    const top: TopLines = { doc, first, second, third, maxWords };
    const found = labelAbove(top) ?? labelUnder(top);
    if (found) return [found];
    // Two labels stacked above the headline ("World" / "Europe", a masthead over its
    // section): the second is a label of known words above the headline, the first one too.
    if (!fourth || first.text.length > STACKED_MAX_CHARS || second.text.length > STACKED_MAX_CHARS)
      return labelOverStory(doc, first, second, maxWords);
    const above = labelShape(doc, first, maxWords);
    if (!above || !isKnownLabel(first, above)) return [];
    const below = labelAbove({ doc, first: second, second: third, third: fourth, maxWords });
    return below?.confidence === KNOWN
      ? [labelFinding(doc, first, second, above.label, KNOWN), below]
      : labelOverStory(doc, first, second, maxWords);
  },
});

/**
 * A label of known words as the first line of a page that has no headline
 * under it (extractors such as Readability leave the title out): "World
 * Media", then the first paragraph, a caption, a standfirst or a chrome line.
 * Observed: the seed's "World Media" put above the benchmark's Readability
 * extractions.
 */
function labelOverStory(doc: Document, first: Line, second: Line, maxWords: number): FindingDraft[] {
  if (first.text.length > STACKED_MAX_CHARS) return [];
  const shape = labelShape(doc, first, maxWords);
  if (!shape || !isKnownLabel(first, shape)) return [];
  // One word of a topic or a place over the story is its title ("Syria", "Music": kept
  // from a repeated headline too); a desk's name is a label ("Politics").
  const words = shape.label.toLowerCase().split(/\s+/);
  if (words.length === 1 && !ONE_WORD_DESKS.has(words[0]!)) return [];
  // Above a byline or a dateline only a label that names itself one ("World Media",
  // "US News"): "World Politics" there is the headline.
  const dated = isBylineLine(second.text, true) || parseDateLine(second.text) !== undefined;
  if (dated)
    return words.length > 1 && words.some((w) => NEWS_DESKS.has(w))
      ? [labelFinding(doc, first, second, shape.label, OVER_STORY, "story")]
      : [];
  // Under the label: the story's first paragraph, a line of four words or more (a
  // caption, a standfirst; or a sentence without spaces), or a line of the page's chrome
  // ("Skip to content", "Sign In": the label is the page's header too). A shorter line
  // may be the title (Politics over "Meteorite").
  const story = opensStory(second.text);
  const long = wordCount(second.text, 4) >= 4 || isUnspacedSentence(second.text);
  if (!story && !long && familyOf(second.text) === null) return [];
  return [labelFinding(doc, first, second, shape.label, story ? OVER_STORY : OVER_OTHER, "story")];
}

/** Words that make a label a news desk's name: "World Media", "US News". */
const NEWS_DESKS = new Set(["news", "media"]);
/** Section words that name a desk, never a story's topic: alone over a story they are its label. */
const ONE_WORD_DESKS = new Set(
  "news world politics business opinion opinions sport sports entertainment lifestyle local national metro breaking latest home showbiz analysis commentary editorial editorials features obituaries".split(
    " ",
  ),
);
/** A line of a script written without spaces (Japanese, Chinese), as long as a sentence. */
function isUnspacedSentence(text: string): boolean {
  return text.length >= 20 && !text.includes(" ");
}
/** The confidence of a label of known words above the story (no headline between). */
const OVER_STORY = 0.85;
/** …and above another line that is no headline (a caption, a standfirst, a chrome line). */
const OVER_OTHER = 0.8;

/** The longest line read as one of two stacked labels (four section words, a labelled section, a paper's name). */
const STACKED_MAX_CHARS = 60;

/** The confidence of a label of known words (section words, a paper's name, a labelled section). */
const KNOWN = 0.9;

/** A first line read as a label: its section, and whether the page is caseless. */
interface LabelShape {
  readonly label: string;
  readonly caseless: boolean;
}

/**
 * Does `line` have a label's shape (a few capitalised words without sentence
 * punctuation: "World Media", "U.S.", "Section: World", "World / Europe")?
 */
function labelShape(doc: Document, line: Line, maxWords: number): LabelShape | undefined {
  const label = sectionOf(line.text, doc);
  const n = wordCount(label, maxWords);
  if (n === 0 || n > maxWords) return undefined;
  // Read only when the label starts in lower case: most documents have capitals.
  const caseless = !LABEL_SHAPE.test(line.text) && CASELESS_LABEL_SHAPE.test(line.text) && isCaseless(doc);
  if (!caseless && !LABEL_SHAPE.test(line.text)) return undefined;
  // A final period is an abbreviation's when the label is section words ("U.S.").
  if (endsWithTerminal(line.text) && !(line.text.endsWith(".") && allSectionWords(label))) return undefined;
  return { label, caseless };
}

/**
 * Are the label's words known: section words, a paper's name ("The Daily
 * Times" above the headline), a news site's name (SITE_NAMES: "Bloomberg") or
 * a labelled section ("Section: World")?
 */
function isKnownLabel(line: Line, { label, caseless }: LabelShape): boolean {
  return (
    allSectionWords(label) ||
    label !== line.text ||
    (!caseless && (isMasthead(label) || SITE_NAMES.has(label)))
  );
}

/** The finding for the label `line` above the headline `headline` (or above the story, on a page without one). */
function labelFinding(
  doc: Document,
  line: Line,
  headline: Line,
  label: string,
  confidence: number,
  above: "headline" | "story" = "headline",
): FindingDraft {
  return {
    message: `Unexpected section label \`${line.text}\` above the ${above}`,
    span: line.content,
    confidence,
    fix: { span: doc.lineRemovalSpan(line.index), text: "" },
    related: headline.content,
    actual: line.text,
    meta: { section: label },
  };
}

/** The page's first three content lines, where a label and the headline stand. */
interface TopLines {
  readonly doc: Document;
  readonly first: Line;
  readonly second: Line;
  readonly third: Line;
  readonly maxWords: number;
}

/** A label above the headline ("World Media", then the headline). */
/** Chrome families of a page's controls (data/chrome.ts): buttons, counters, players, menus. */
const CONTROL_FAMILIES = new Set([
  "advertisement",
  "share",
  "newsletter",
  "follow",
  "embed",
  "video",
  "navigation",
]);

function labelAbove({ doc, first, second, third, maxWords }: TopLines): FindingDraft | undefined {
  const shape = labelShape(doc, first, maxWords);
  if (!shape) return undefined;
  const { label } = shape;
  const n = wordCount(label, maxWords);
  // A one-word headline ("Banksy", "shark") is headline-shaped only by being repeated
  // under a label of section words (checked below); any other must look like one.
  const oneWord =
    wordCount(second.text, 1) === 1 && second.text.length <= 40 && !endsWithTerminal(second.text);
  // (isHeadlineLine: in a caseless document a headline has no capitals.) A headline set
  // in lower case ("are you a bad boyfriend") is one only under a label of section
  // words with the story under it (checked below).
  const lowerCase =
    !oneWord &&
    LOWER_HEADLINE.test(second.text) &&
    wordCount(second.text, LOWER_HEADLINE_MAX_WORDS + 1) <= LOWER_HEADLINE_MAX_WORDS &&
    !endsWithTerminal(second.text) &&
    !isCaseless(doc);
  if (!oneWord && !lowerCase && !isHeadlineLine(doc, second.text)) return undefined;
  const secondKey = compareKey(second.text);
  // A label that reads as the headline is one of its copies ("Syria" three times).
  if (compareKey(first.text) === secondKey) return undefined;
  const allKnown = isKnownLabel(first, shape);
  const repeated = doc.contentLines.slice(2, 6).some((l) => compareKey(l.text) === secondKey);
  // Above a byline or a dateline the first line is the headline ("Syria", then "Written by …").
  if (isBylineLine(second.text, true) || parseDateLine(second.text) !== undefined) return undefined;
  // Above a control of the page ("Syria", then "Add to list" or "1.6k shares") too: that
  // line is its tool bar, not a headline. (Not a credit or a notice: "Copyright" alone
  // may be the title under a label.)
  const chrome = familyOf(second.text);
  if (chrome !== null && CONTROL_FAMILIES.has(chrome.family)) return undefined;
  // A label of section words sits above a short headline when that one is repeated
  // ("Politics" above "Banksy" twice) or the story starts under it ("Europe" above
  // "Rats", then the byline, the dateline or the first paragraph); a headline of
  // section words only ("World Politics", "Music") is no headline for a label above
  // it, unless the label is a path or a desk joined by a sign ("World / Europe", "US &
  // World": no title is printed so) or the story names the headline and not the label
  // ("Music", then "Music subscription services …").
  const shortHeadline =
    allKnown &&
    (repeated ||
      (opensStory(third.text) &&
        (!allSectionWords(second.text) ||
          JOINED_LABEL.test(first.text) ||
          namedByStory(label, second.text, third.text))));
  if ((oneWord || lowerCase) && !shortHeadline) return undefined;
  // Else the headline is longer than the label.
  if (wordCount(second.text, n) <= n && !shortHeadline) return undefined;
  return labelFinding(doc, first, second, label, allKnown ? KNOWN : repeated ? 0.8 : 0.6);
}

/** A label of words joined by a path's or a desk's sign: "World / Europe", "Politics > Congress", "US & World". */
const JOINED_LABEL = /\s[/>›»|&]\s/u;

/** Does `text` hold `word` as a whole word (between characters that are no letters or digits)? */
function holdsWord(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const before = i === 0 ? "" : text[i - 1]!;
    const after = text[i + word.length] ?? "";
    if (!LETTER.test(before) && !LETTER.test(after)) return true;
  }
  return false;
}
const LETTER = /[\p{L}\p{N}]/u;

/**
 * Does the story's first paragraph name the headline ("Syria", "Music": every
 * word, in any case) and not the label above it (none of its capitalised
 * words, as printed: "Europe", "World")?
 */
function namedByStory(label: string, headline: string, story: string): boolean {
  const lower = story.toLowerCase();
  for (const w of headline.toLowerCase().split(/\s+/))
    if (LETTER.test(w) && !holdsWord(lower, w)) return false;
  for (const w of label.split(/\s+/)) if (/^\p{Lu}/u.test(w) && holdsWord(story, w)) return false;
  return true;
}

/**
 * A label under the headline ("Analysis", "EXCLUSIVE" between the headline and
 * the story): section words only, the story starting right under it.
 */
function labelUnder({ doc, first, second, third, maxWords }: TopLines): FindingDraft | undefined {
  const label = sectionOf(second.text, doc);
  const n = wordCount(label, maxWords);
  if (n === 0 || n > maxWords || endsWithTerminal(second.text)) return undefined;
  const shaped = LABEL_SHAPE.test(second.text) || (CASELESS_LABEL_SHAPE.test(second.text) && isCaseless(doc));
  if (!shaped || !allSectionWords(label)) return undefined;
  // The headline above is longer and no label itself ("U.S. News" over "Music" is a label
  // over a title).
  if (!isHeadlineLine(doc, first.text) || wordCount(first.text, n + 1) <= n || allSectionWords(first.text))
    return undefined;
  if (compareKey(first.text) === compareKey(second.text) || !opensStory(third.text)) return undefined;
  return {
    message: `Unexpected section label \`${second.text}\` under the headline`,
    span: second.content,
    confidence: 0.85,
    fix: { span: doc.lineRemovalSpan(second.index), text: "" },
    related: first.content,
    actual: second.text,
    meta: { section: label },
  };
}
