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
 *   data/sections.ts isMasthead) is as sure a label as section words; so does
 *   a line of section words right under a longer headline, when the story
 *   starts under it ("Analysis", "EXCLUSIVE").
 * Why it happens: scrapers take the breadcrumb or section kicker with the
 *   headline block.
 * Fix and confidence: 0.9 when every word is a known section word
 *   (data/sections.ts); 0.8 when the next line is a repeated headline; else
 *   0.6 (reported only); 0.85 under the headline.
 * Options: `maxWords` (default 4).
 * Known false positives: a one- or two-word kicker that is real content
 *   ("Exclusive", "Analysis") is also removed — it is chrome for a corpus.
 * Example: seed 004 starts "World Media" above the headline.
 */
import { isMasthead, SECTION_WORDS } from "../data/sections.js";
import type { Document, Line } from "../document/document.js";
import type { FindingDraft } from "../types.js";
import { isCaseless } from "../util/case.js";
import { parseDateLine } from "../util/date.js";
import { isHeadlineLine } from "../util/shape.js";
import { compareKey, endsWithTerminal, wordCount } from "../util/text.js";
import { isBylineLine } from "./byline.js";
import { defineRule } from "./rule.js";

const LABEL_SHAPE = /^[\p{Lu}\p{N}][\p{L}\p{N}.&'’ \-–|/:>»›]*$/u;
/** The label in a caseless document (util/case.ts): "world media". */
const CASELESS_LABEL_SHAPE = /^[\p{Ll}\p{N}][\p{L}\p{N}.&'’ \-–|/:>»›]*$/u;

function allSectionWords(text: string): boolean {
  return text
    .toLowerCase()
    .split(/\s+/)
    .every((w) => SECTION_WORDS.has(w));
}

/** "Politics | The Times": a label, then the site's name (up to four capitalised words) after a bar or dash. */
const SITE_AFTER = /^(.+?)\s+[|–—-]\s+\p{Lu}[\p{L}.&'’]*(?:\s+\p{Lu}[\p{L}.&'’]*){0,3}$/u;
/** SITE_AFTER in a caseless document (util/case.ts): "politics | the times". */
const CASELESS_SITE_AFTER = new RegExp(SITE_AFTER.source, "iu");
const BAR = /\s[|–—-]\s/;
/** Longest line read as a label and a site's name (four words each). */
const SECTION_SITE_MAX_CHARS = 80;

/** The section label of a line: its section words when the site's name follows them. */
function sectionOf(text: string, doc: Document): string {
  if (text.length > SECTION_SITE_MAX_CHARS || !BAR.test(text)) return text;
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
    description: "Remove a site-section label line above or under the headline (kept in meta.section)",
    fixable: true,
    defaultOptions: { maxWords: 4 },
  },
  check(doc, options): FindingDraft[] {
    const [first, second, third] = doc.contentLines;
    if (!first || !second || !third) return [];
    const top: TopLines = { doc, first, second, third, maxWords: options.maxWords as number };
    const found = labelAbove(top) ?? labelUnder(top);
    return found ? [found] : [];
  },
});

/** The page's first three content lines, where a label and the headline stand. */
interface TopLines {
  readonly doc: Document;
  readonly first: Line;
  readonly second: Line;
  readonly third: Line;
  readonly maxWords: number;
}

/** A label above the headline ("World Media", then the headline). */
function labelAbove({ doc, first, second, third, maxWords }: TopLines): FindingDraft | undefined {
  const label = sectionOf(first.text, doc);
  const n = wordCount(label, maxWords);
  if (n === 0 || n > maxWords) return undefined;
  // Read only when the label starts in lower case: most documents have capitals.
  const caseless = !LABEL_SHAPE.test(first.text) && CASELESS_LABEL_SHAPE.test(first.text) && isCaseless(doc);
  if (!caseless && !LABEL_SHAPE.test(first.text)) return undefined;
  if (endsWithTerminal(first.text)) return undefined;
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
  // A paper's name is as sure a label as section words ("The Daily Times" above the headline).
  const allKnown = allSectionWords(label) || (!caseless && isMasthead(label));
  const repeated = doc.contentLines.slice(2, 6).some((l) => compareKey(l.text) === secondKey);
  // Above a byline or a dateline the first line is the headline ("Syria", then "Written by …").
  if (isBylineLine(second.text, true) || parseDateLine(second.text) !== undefined) return undefined;
  // A label of section words sits above a short headline when that one is repeated
  // ("Politics" above "Banksy" twice) or the story starts under it ("Europe" above
  // "Rats", then the byline, the dateline or the first paragraph); a headline of
  // section words only ("World Politics") is no headline for a label above it.
  const shortHeadline = allKnown && (repeated || (!allSectionWords(second.text) && opensStory(third.text)));
  if ((oneWord || lowerCase) && !shortHeadline) return undefined;
  // Else the headline is longer than the label.
  if (wordCount(second.text, n) <= n && !shortHeadline) return undefined;
  const confidence = allKnown ? 0.9 : repeated ? 0.8 : 0.6;
  return {
    message: `Unexpected section label \`${first.text}\` above the headline`,
    span: first.content,
    confidence,
    fix: { span: doc.lineRemovalSpan(first.index), text: "" },
    related: second.content,
    actual: first.text,
    meta: { section: label },
  };
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
