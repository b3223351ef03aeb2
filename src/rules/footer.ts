/**
 * footer — remove "Related news" style headings and the link lines under them.
 *
 * Summary: a standalone heading line from data/footer.ts ("Related News:",
 *   "Read more", "More from Reuters", "You may also like") is removed, and so
 *   is each following line that looks like a link teaser (headline-shaped,
 *   not prose; under a heading that no prose follows, also a short line in
 *   lower case), up to the first prose line; under a topic-tag heading
 *   ("Related Topics", "Tags") short tag lines of one to four words too. At
 *   the top of the page, one headline (or copies of it) between the heading
 *   and the story is the article's headline and stays. Inside the article
 *   (the story's prose follows: not a copyright line, a bio or a sign-off),
 *   the box ends at the story's own lines: a numbered list under unnumbered
 *   links, a table row, or a subheading (capitals, or three words or fewer)
 *   right above a paragraph.
 * Why it happens: the "related stories" box under an article is scraped with it.
 * Fix and confidence: heading 0.95 in the last third of the text or when link
 *   lines follow, else 0.85; link lines 0.9.
 * Options: none.
 * Known false positives: "In related news, …" is prose and never matches (the
 *   heading must be the whole line).
 * Example: seed 000 ends with "Related News:"; seed 001 with "Related news".
 */
import {
  FOOTER_HEADINGS,
  FOOTER_MAX_LINK_LINES,
  FOOTER_TAG_HEADINGS,
  FOOTER_TAG_LINE,
} from "../data/footer.js";
import type { FindingDraft } from "../types.js";
import { isAllCaps, isHeadlineLine, isProse, withoutListMark, withoutMarks } from "../util/shape.js";
import { compareKey, wordCount } from "../util/text.js";
import { isBylineLine } from "./byline.js";
import { familyOf } from "./chrome-line.js";
import { defineRule } from "./rule.js";

/** A link line set in lower case ("mayor unveils park plan"). */
const LOWER_LINK = /^[\p{Ll}\p{N}][^\n]*$/u;
const LOWER_LINK_MAX_WORDS = 15;

/** A numbered list item ("8) …", "12. …"). */
const NUMBERED = /^\d{1,3}[.)]\s/;
/** A row of a table: cells between two bars or more ("20 | Chris Buescher | 729 | 0"). */
const TABLE_ROW = /\|[^|]*\|/;

/** Prose of the story: not a chrome line ("Copyright 2019 … All rights reserved.", a bio) nor a sign-off. */
function isStoryProse(text: string): boolean {
  return isProse(text) && familyOf(text) === null && !isBylineLine(text);
}

/** Index of the last line whose text passes `test`, or -1. */
function lastIndex(lines: readonly { readonly text: string }[], test: (text: string) => boolean): number {
  for (let j = lines.length - 1; j >= 0; j--) if (test(lines[j]!.text)) return j;
  return -1;
}

/** The headings in one case-insensitive alternation: one test per line. */
const ANY_HEADING = new RegExp(FOOTER_HEADINGS.map((re) => `(?:${re.source})`).join("|"), "iu");

/** A footer heading, also in list marks or emphasis: "» Read more", "**Related Articles**". */
function isHeading(text: string): boolean {
  if (ANY_HEADING.test(text)) return true;
  const core = withoutMarks(text);
  return core !== undefined && ANY_HEADING.test(core);
}

export default defineRule({
  meta: {
    id: "footer",
    kind: "footer",
    description:
      'Remove footer headings ("Related News:", "Read more", "More from …") and the link lines under them',
    fixable: true,
    defaultOptions: {},
  },
  check(doc): FindingDraft[] {
    const out: FindingDraft[] = [];
    const lines = doc.contentLines;
    // Lines before the first prose line: the top of the page, where the headline is
    // (found when a heading is: most documents have none).
    let firstProse = -1;
    // The last prose line, and the last line of the story's prose (read on first need,
    // once per page: a heading has prose after it when its index is lower).
    let lastProse: number | undefined;
    let lastStory: number | undefined;
    for (let k = 0; k < lines.length; k++) {
      const line = lines[k]!;
      if (line.text.length > 80) continue;
      if (!isHeading(line.text)) continue;
      if (firstProse < 0) {
        firstProse = 0;
        while (firstProse < lines.length && !isProse(lines[firstProse]!.text)) firstProse++;
      }
      const links: number[] = [];
      const tags = FOOTER_TAG_HEADINGS.test(line.text);
      for (let j = k + 1; j < lines.length && links.length < FOOTER_MAX_LINK_LINES; j++) {
        const t = withoutListMark(lines[j]!.text);
        if (tags && t.length <= 40 && FOOTER_TAG_LINE.test(t)) {
          links.push(j);
          continue;
        }
        // Under a heading that no prose follows (the page's last block), a short
        // unpunctuated line opening in lower case is a link too (sites that set their
        // headlines in lower case).
        if (isProse(t)) break;
        // Another footer heading opens its own block ("Related Topics" under "Most Read"'s
        // links): its lines are read under it, tags as tags.
        if (t.length <= 80 && isHeading(lines[j]!.text)) break;
        const lowerLink =
          LOWER_LINK.test(t) &&
          wordCount(t, LOWER_LINK_MAX_WORDS + 1) <= LOWER_LINK_MAX_WORDS &&
          (lastProse ??= lastIndex(lines, isProse)) <= k;
        if (!lowerLink && !isHeadlineLine(doc, t, { maxWords: 25 })) break;
        // Inside the article (the story's prose follows the box), the story's own lines
        // end the box: a numbered list under unnumbered links, a table row, or a
        // subheading (in capitals, or of three words or fewer) right above a paragraph.
        if ((lastStory ??= lastIndex(lines, isStoryProse)) > k) {
          const numbered = t !== lines[j]!.text && NUMBERED.test(lines[j]!.text);
          if (numbered && links.length > 0 && !NUMBERED.test(lines[links[0]!]!.text)) break;
          if (TABLE_ROW.test(t)) break;
          const next = lines[j + 1];
          if (links.length > 0 && next && isProse(next.text) && (isAllCaps(t) || wordCount(t, 4) <= 3)) break;
        }
        // At the top, a widget's links stay in their paragraph: the next one is the page's own.
        if (k < firstProse && links.length > 0 && lines[j]!.block !== lines[links[links.length - 1]!]!.block)
          break;
        links.push(j);
      }
      // A heading at the top ("Top Stories" as a section label) over one headline (or
      // copies of it) and then the story: that line is the article's headline, not a link.
      if (
        k < firstProse &&
        links.length > 0 &&
        links[links.length - 1]! + 1 === firstProse &&
        new Set(links.map((j) => compareKey(lines[j]!.text))).size === 1
      )
        links.length = 0;
      const late = k >= (lines.length * 2) / 3;
      out.push({
        message: `Unexpected footer heading \`${line.text}\``,
        span: line.content,
        confidence: late || links.length > 0 ? 0.95 : 0.85,
        fix: { span: doc.lineRemovalSpan(line.index), text: "" },
        actual: line.text,
      });
      for (const j of links) {
        const l = lines[j]!;
        out.push({
          message: `Unexpected link line \`${l.text}\` under footer heading \`${line.text}\``,
          span: l.content,
          confidence: 0.9,
          fix: { span: doc.lineRemovalSpan(l.index), text: "" },
          related: line.content,
          actual: l.text,
        });
      }
      k += links.length;
    }
    return out;
  },
});
