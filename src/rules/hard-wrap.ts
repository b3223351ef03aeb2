/**
 * hard-wrap — join a paragraph that was hard-wrapped at a fixed width.
 *
 * Summary: a block of three lines or more in which every line but the last
 *   is as long as a greedy line-wrapper leaves it (the next line's first word
 *   would not have fitted: length + 2 + first word > the block's width — a
 *   space, and a second one after a sentence —, for a width of `minWidth` to
 *   `maxWidth` characters), most of those lines not
 *   ending like a sentence and some of the lines after them going on in lower
 *   case or with a number (half of two, one of three or more: a wrap cuts
 *   sentences; a list's items start anew; not all with a number: a headline
 *   opens on one too, "10 foods you …"), each line of three words or more
 *   and none bulleted or the same as the line above, is one paragraph: its
 *   line breaks become the spaces
 *   the wrapper broke at (after a hyphen too: a word split by hyphenation,
 *   as typesetting does, is not told from "low- and middle-income").
 * Why it happens: e-mail newsletters, plain-text exports, mailing-list
 *   archives and PDF text wrap paragraphs at 70–80 columns. Every line-based
 *   rule misreads such a page: a wrapped line starting "Copyright laws …"
 *   looks like a copyright line, and sentences are cut at every break.
 * Fix and confidence: 0.9, one finding per line break (so the spans that later
 *   passes find inside the paragraph map back to the input exactly). The rule
 *   is a layout repair (`meta.layout`): the engine runs it alone, first, so
 *   the other rules read the joined lines.
 *   Once such a block sets the page's width, the other paragraphs wrapped at
 *   that width are joined too: of two lines, or going on in capitals.
 * Options: `minWidth` (default 40), `maxWidth` (default 200), `minLines` (default 3).
 * Known false positives: a list whose items go on in lower case and happen to
 *   fill a greedy wrap's lengths. Lists of capitalised items ("Delivering the
 *   keynote …", "Hosting a live video …"), text without spaces (Japanese) and
 *   scripts without case are never joined (observed: four such lists in the
 *   extraction benchmark's ground truth).
 * Example: "The council met on Tuesday and voted to approve the\nbudget after a
 *   long debate about school funding and\nroad repairs." → one line.
 */
import type { Block, Document } from "../document/document.js";
import type { FindingDraft } from "../types.js";
import { parseDateLine } from "../util/date.js";
import { withoutListMark } from "../util/shape.js";
import { endsWithTerminal, wordCount } from "../util/text.js";
import { defineRule } from "./rule.js";

/** A continuation line: lower case, a number, a dash (a wrap cuts sentences; list items start anew). */
const GOES_ON = /^(?:["'“‘(]?[\p{Ll}\p{N}]|[—–] )/u;
/** A continuation opening on a number ("12 people …"): a headline can open so too ("10 foods you …"). */
const OPENS_ON_NUMBER = /^["'“‘(]?\p{N}/u;
const BULLET = /^[*•·►▸‣]\s/u;

/** Length of the first word of a line (up to the first space). */
function firstWordLength(text: string): number {
  const i = text.indexOf(" ");
  return i < 0 ? text.length : i;
}

/**
 * Is `block` wrapped at `width`: each line but the last no longer than it and
 * too full for the next line's first word, mostly unpunctuated, the lines
 * after them going on in lower case?
 */
function wrappedAt(doc: Document, block: Block, width: number, lowerCaseRequired = true): boolean {
  const n = block.lines.length;
  let unpunctuated = 0;
  let goesOn = 0;
  let byNumber = 0;
  for (let k = 0; k < n - 1; k++) {
    const line = doc.lines[block.lines[k]!]!.text;
    const next = doc.lines[block.lines[k + 1]!]!.text;
    // A greedy wrapper moved the next word down only because it did not fit (a
    // second space after a sentence counts: "year.  The" wraps as "year. " + "The").
    if (line.length > width || line.length + 2 + firstWordLength(next) <= width) return false;
    // Bulleted lines are list items; a line of one or two words is no wrapped prose, and
    // a line again under itself is a copy (a headline three times), not a wrap.
    if (BULLET.test(next) || BULLET.test(line) || wordCount(line, 3) < 3 || line === next) return false;
    const open = !endsWithTerminal(line);
    // A number or dash opening a line is a list item only after a finished line:
    // after an open one it goes on ("… at age\n12. She began …", "… the whole\n— the bikes …").
    if (!open && withoutListMark(next) !== next) return false;
    if (open) unpunctuated++;
    if (GOES_ON.test(next)) {
      goesOn++;
      if (OPENS_ON_NUMBER.test(next)) byNumber++;
    }
  }
  if (unpunctuated * 2 < n - 1 || !lowerCaseRequired) return unpunctuated * 2 >= n - 1;
  // A block whose only continuations open on a number is a list of headlines as well as
  // a wrap ("Celebrity chef opens new restaurant downtown\n10 foods you should never keep
  // in the fridge\n…", lines as long by chance): a wrap cuts a sentence before a lower-case
  // word somewhere too.
  if (goesOn === byNumber) return false;
  // Lines going on in lower case (or with a number): half of them in a short block, one in a longer one.
  return n - 1 <= 2 ? goesOn * 2 >= n - 1 : goesOn >= 1;
}

/**
 * The block as one line: each line break (with the white space around it)
 * becomes the space a wrapper breaks at — also after a hyphen ("low-\nand
 * middle-income" was "low- and"). One fix per break: spans found later inside
 * the paragraph map back to the input exactly.
 */
function join(doc: Document, block: Block, width: number, out: FindingDraft[]): void {
  const n = block.lines.length;
  for (let k = 0; k < n - 1; k++) {
    const span = {
      start: doc.lines[block.lines[k]!]!.content.end,
      end: doc.lines[block.lines[k + 1]!]!.content.start,
    };
    out.push({
      message: `Unexpected line break inside a paragraph hard-wrapped at ${width} characters (line ${k + 1} of ${n}), expected a space`,
      span,
      confidence: 0.9,
      fix: { span, text: " " },
    });
  }
}

/**
 * A line that reads whole as a date line ("published 9:23 p.m. et july 9, 2018 |
 * updated …") is no piece of a wrapped sentence: the block is lines of a page stacked,
 * as long by chance (in caseless text every line "goes on" in lower case). (Chrome
 * lines were tried too: a wrapped piece of prose opening on "via Twitter, …" reads as a
 * source credit.)
 */
function holdsStandaloneLine(doc: Document, block: Block): boolean {
  for (const i of block.lines) {
    const text = doc.lines[i]!.text;
    // (A wrap's last line of a word or two, "caption.", reads as anything.)
    if (wordCount(text, 3) < 3) continue;
    if (parseDateLine(text) !== undefined) return true;
  }
  return false;
}

export default defineRule({
  meta: {
    id: "hard-wrap",
    kind: "normalization",
    description:
      "Join paragraphs hard-wrapped at a fixed width into one line each (a layout repair: runs first)",
    fixable: true,
    layout: true,
    defaultOptions: { minWidth: 40, maxWidth: 200, minLines: 3 },
  },
  check(doc, options): FindingDraft[] {
    const out: FindingDraft[] = [];
    const minLines = options.minLines as number;
    const minWidth = options.minWidth as number;
    const maxWidth = options.maxWidth as number;
    // The page's wrap width, once a block of minLines lines or more proves it:
    // then the other paragraphs wrapped at that width are joined too, of two
    // lines, or going on in capitals (names, numbers at the line starts).
    let pageWidth = 0;
    const rest: Block[] = [];
    for (const block of doc.blocks) {
      const n = block.lines.length;
      if (n < 2) continue;
      let width = 0;
      for (let k = 0; k < n - 1; k++) width = Math.max(width, doc.lines[block.lines[k]!]!.text.length);
      if (
        n < minLines ||
        width < minWidth ||
        width > maxWidth ||
        !wrappedAt(doc, block, width) ||
        holdsStandaloneLine(doc, block)
      ) {
        rest.push(block);
        continue;
      }
      pageWidth = Math.max(pageWidth, width);
      join(doc, block, width, out);
    }
    if (pageWidth > 0)
      for (const block of rest)
        if (wrappedAt(doc, block, pageWidth, false) && !holdsStandaloneLine(doc, block))
          join(doc, block, pageWidth, out);
    if (out.length > 1) out.sort((x, y) => x.span.start - y.span.start);
    return out;
  },
});
