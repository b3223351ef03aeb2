/**
 * repeated-headline — remove later copies of a line repeated at the top.
 *
 * Summary: a line among the first `topLines` content lines that repeats an
 *   earlier top line (exactly, or differing only in quote style, case or
 *   punctuation) is removed; the first copy stays and becomes the title.
 * Why it happens: scrapers collect the headline from the <title>, the og:title
 *   and the <h1>; captions are repeated as alt text (FIELD-NOTES: repeated top
 *   lines in 0.5–1.8% of real documents, up to 30 copies).
 * Fix and confidence: 1.0 for a byte-identical copy, 0.95 when only the quote
 *   style differs, 0.9 when case or punctuation differ, 0.9 for the copy that
 *   carries the site's name ("Headline | Reuters", "Headline : NPR",
 *   "Headline · Site" beside "Headline": the
 *   page's <title>), which goes even when it comes first, 0.9 for a copy
 *   under a label ("UPDATE: Headline" beside "Headline"), also in any order,
 *   and 0.9 for a copy in capitals (or with emoji or hashtags) before one in
 *   the headline's own case (the capitals go, even first). Spinner variants
 *   compare alike (util/sentence-key.ts); the window stretches over a run
 *   of identical copies that outlasts it; the headline again among the last
 *   three lines, after the story, goes too (0.9). The first line repeated
 *   right under itself goes whatever its shape (a standfirst, a caption, a
 *   line of code; prose of four words or more), and so does a top line that
 *   opens a paragraph repeated right under itself (under a label: "World
 *   Media" over the first line twice): the copy opening a paragraph of more
 *   lines stays (1.0 identical, 0.95 quote style). Of two copies
 *   that differ only in quote style, one whose quotes open the wrong way
 *   ("Is An ’Oxygen Bar’ …") goes beside one whose quotes do not; else the one
 *   in the page's own style stays (0.95), even when it comes second. The page
 *   title with the site's name as the first line goes above a bare copy of
 *   any shape (0.9). A lone first line of that form with no bare copy loses
 *   its site name (0.9) when the name is a newspaper's masthead or a news
 *   site of data/sections.ts SITE_NAMES and what is left is headline-shaped
 *   ("Headline - BBC News" → "Headline", "Headline | World news | The
 *   Guardian" → "Headline": up to two section segments go with the name;
 *   cased text only).
 * Options: `topLines` (default 8), `maxWords` (default 40).
 * Known false positives: none known; prose lines (ending like a sentence or
 *   longer than `maxWords`) are left to duplicate-sentence, except a
 *   headline-shaped question (duplicate-sentence never compares questions) and
 *   a sentence-shaped copy of an earlier headline ("Headline." under "Headline").
 * Example: seed 001 has "Trump declares US-Russia relations may be at
 *   'all-time low'" three times; two copies are removed.
 */
import { allSectionWords, HEADLINE_LABEL, isMasthead, SITE_NAMES } from "../data/sections.js";
import type { Document, Line } from "../document/document.js";
import type { FindingDraft } from "../types.js";
import { isCaseless } from "../util/case.js";
import { sentenceKey } from "../util/sentence-key.js";
import { isAllCaps, isHeadlineLine, isProse } from "../util/shape.js";
import { compareKey, differOnlyInQuotes, wordCount } from "../util/text.js";
import { defineRule } from "./rule.js";

// "Headline | Site", "Headline - Site", "Headline — Site", "Headline · Site": a
// capitalised name of at most four words after the last separator.
const SITE_SUFFIX = /^(.{8,}?)\s+[|\-–—·]\s+(\p{Lu}[\p{L}\p{N}.&' ]{0,40})$/u;
/** The same in caseless text (util/case.ts): "headline | daily news network". */
const CASELESS_SITE_SUFFIX = /^(.{8,}?)\s+[|\-–—·]\s+(\p{Ll}[\p{L}\p{N}.&' ]{0,40})$/u;
/**
 * "Headline : NPR": a colon spaced on both sides, as <title> templates join
 * them (a headline's own colon follows its word: "Brexit: what happens next"),
 * then a name of capitalised words ("Times of India"): French headlines space
 * their colons too, before words in lower case ("Coronavirus : les chiffres").
 * Cased documents only.
 */
const SITE_COLON_SUFFIX =
  /^(.{8,}?)\s+:\s+(\p{Lu}[\p{L}\p{N}.&']*(?: (?:\p{Lu}[\p{L}\p{N}.&']*|of|the|and|on)){0,3})$/u;
const CASELESS_LABEL = new RegExp(HEADLINE_LABEL.source, "iu");

/** A first line of at most this many words ending in an ellipsis is a cut headline. */
const CUT_TITLE_WORDS = 12;
/** A line cut with an ellipsis ("…" or "..."). (endsWith: a regex anchored at the end scans the line.) */
function endsWithEllipsis(text: string): boolean {
  return text.endsWith("…") || text.endsWith("...");
}
/** A copy cut with an ellipsis keeps at least this many words of the headline. */
const CUT_MIN_WORDS = 3;

/** The site's name before a headline copy: "BBC News | …", "CNN: …", "Reuters - …". */
const SITE_PREFIX = /^(\p{Lu}[\p{L}\p{N}.&' ]{0,40}?)(?::|\s+[|\-–—])\s+(.{8,})$/u;
const CASELESS_SITE_PREFIX = /^(\p{Ll}[\p{L}\p{N}.&' ]{0,40}?)(?::|\s+[|\-–—])\s+(.{8,})$/u;
/** A tag after a headline copy: "… (PHOTOS)", "… [VIDEO]", "… (UPDATED)". */
const TAG_SUFFIX = /^(.{8,}?)\s*[([]([\p{L}\p{N} ]{1,24})[)\]]$/u;
/** How many last lines of a page may hold a copy of its headline. */
const TRAILING_LINES = 3;
/** Emoji or a hashtag: what a headline copy shared on social media wears ("🔴 …", "… #news"). */
const ORNAMENT = /\p{Extended_Pictographic}|(?:^|\s)#[\p{L}\p{N}_]+/u;
/** Hashtags after a headline copy shared on social media: "… #news #breaking". */
const HASHTAG_SUFFIX = /^(.{8,}?)((?:\s+#[\p{L}\p{N}_]+){1,5})$/u;
/** What every decoration holds: a spaced separator, a colon (a label), a closing bracket, a hashtag. */
const DECORATION = /\s[|\-–—·]\s|:|[)\]]$|\s#[\p{L}\p{N}_]/u;
/** How many words a site's name (and section) around a headline copy may have. */
const SITE_MAX_WORDS = 4;

/**
 * The cores a headline copy leaves without its decorations, each with what
 * was taken away: the site's name (and section) after it, up to three
 * segments ("… | World | The Guardian"), a label or the site's name before it,
 * a tag after it.
 */
function decoratedCores(text: string, caseless: boolean): { core: string; what: string }[] {
  const out: { core: string; what: string }[] = [];
  let rest = text;
  for (let k = 0; k < 3; k++) {
    const m =
      SITE_SUFFIX.exec(rest) ??
      (caseless
        ? CASELESS_SITE_SUFFIX.exec(rest)
        : rest.includes(" : ")
          ? SITE_COLON_SUFFIX.exec(rest)
          : null);
    if (!m || wordCount(m[2]!, SITE_MAX_WORDS + 1) > SITE_MAX_WORDS) break;
    rest = m[1]!;
    out.push({ core: rest, what: `with the site name \`${m[2]!}\`` });
  }
  const label = (caseless ? CASELESS_LABEL : HEADLINE_LABEL).exec(text);
  if (label) out.push({ core: text.slice(label[0].length), what: `under the label \`${label[0].trim()}\`` });
  const prefix = SITE_PREFIX.exec(text) ?? (caseless ? CASELESS_SITE_PREFIX.exec(text) : null);
  if (prefix && wordCount(prefix[1]!, SITE_MAX_WORDS + 1) <= SITE_MAX_WORDS)
    out.push({ core: prefix[2]!, what: `with the site name \`${prefix[1]!.trim()}\`` });
  const tag = TAG_SUFFIX.exec(text);
  if (tag) out.push({ core: tag[1]!, what: `with the tag \`${tag[2]!}\`` });
  const hashtags = HASHTAG_SUFFIX.exec(text);
  if (hashtags) out.push({ core: hashtags[1]!, what: `with the hashtags \`${hashtags[2]!.trim()}\`` });
  return out;
}

/** The finding for `copy`, a line that repeats the headline line `kept`: the copy goes. */
function copyOf(doc: Document, copy: Line, kept: Line, message: string, confidence: number): FindingDraft {
  return {
    message,
    span: copy.content,
    confidence,
    fix: { span: doc.lineRemovalSpan(copy.index), text: "" },
    related: kept.content,
    actual: copy.text,
  };
}

/**
 * The copies of the top line `from` (default the first) that follow it straight
 * away (byte-identical, or differing only in quote style), up to the first other line.
 */
function openingCopies(top: readonly Line[], from = 0): Line[] {
  const copies: Line[] = [];
  const head = top[from];
  if (!head) return copies;
  for (let k = from + 1; k < top.length; k++) {
    const line = top[k]!;
    if (line.text !== head.text && !differOnlyInQuotes(head.text, line.text)) break;
    copies.push(line);
  }
  return copies;
}

/** Curly quotes and apostrophes. */
const CURLY = /[‘’“”]/;
const CURLY_G = /[‘’“”]/g;
const STRAIGHT_G = /["']/g;

/** Curly quote marks in `text`, minus straight ones. */
function curlyLead(text: string): number {
  return (text.match(CURLY_G)?.length ?? 0) - (text.match(STRAIGHT_G)?.length ?? 0);
}

/**
 * Does the page, its two headline copies aside, write curly quotes more than
 * straight ones? (No quote at all: no, the straight form.)
 */
function storyIsCurly(doc: Document, a: string, b: string): boolean {
  return curlyLead(doc.text) - curlyLead(a) - curlyLead(b) > 0;
}

/**
 * A closing curly mark opening a word ("’Oxygen Bar’", "”We got her!”"): a
 * quotation opened the wrong way. (Before a digit it is an elision: "’90s".)
 */
const WRONG_WAY_QUOTE = /(?:^|[\s([—–-])[’”](?=\p{L})/u;

/**
 * Of two copies of the headline that differ only in quote style, does the
 * first go? It does when only its quotes open the wrong way, or, when both or
 * neither do, when its style (curly or straight) is not the story's.
 */
function dropsFirst(doc: Document, first: string, second: string): boolean {
  const wrongFirst = WRONG_WAY_QUOTE.test(first);
  if (wrongFirst !== WRONG_WAY_QUOTE.test(second)) return wrongFirst;
  return CURLY.test(first) !== storyIsCurly(doc, first, second);
}

/** Fewest words of a prose first line whose copy right under it goes (a standfirst, not "We got her!"). */
const OPENER_MIN_WORDS = 4;

export default defineRule({
  meta: {
    id: "repeated-headline",
    kind: "headline",
    description: "Remove repeated copies of the headline (or any short line) at the top of the text",
    fixable: true,
    defaultOptions: { topLines: 8, maxWords: 40 },
  },
  check(doc, options): FindingDraft[] {
    const out: FindingDraft[] = [];
    const lines = doc.contentLines;
    // The window of top lines, stretched over a run of identical copies that outlasts it
    // (a few pages repeat a line 4 to 30 times: FIELD-NOTES).
    let n = Math.min(lines.length, options.topLines as number);
    while (n > 0 && n < lines.length && lines[n]!.text === lines[n - 1]!.text) n++;
    const top = lines.slice(0, n);
    const seen = new Map<string, (typeof top)[number]>();
    // First copies, in order (for the site-name check below).
    const titled: (typeof top)[number][] = [];
    for (const line of top) {
      // Prose repeats (a lede copied lower down) are duplicate-sentence's business; a
      // question headline ("Remember New Jersey's quest for a slogan?") ends like prose
      // but is headline-shaped, and duplicate-sentence leaves questions alone.
      if (line.text.length > 400) continue;
      // A prose-shaped line is only a copy of an earlier headline ("Headline." under
      // "Headline"), never a first copy: it must be about as long as one already seen.
      // A short first line cut with an ellipsis is a headline the site shortened
      // ("Só quem se Ama..."), not prose; a sentence or an exclamation repeated stays
      // duplicate-sentence's business.
      const cut =
        line === top[0] &&
        endsWithEllipsis(line.text) &&
        wordCount(line.text, CUT_TITLE_WORDS) <= CUT_TITLE_WORDS;
      const prose = isProse(line.text) && !cut && !isHeadlineLine(doc, line.text);
      if (prose && !titled.some((h) => Math.abs(h.text.length - line.text.length) <= 3)) continue;
      if (wordCount(line.text, options.maxWords as number) > (options.maxWords as number)) continue;
      // Spinner variants key alike: a spun copy ("… by worldwide task force") is a copy.
      const key = sentenceKey(line.text);
      if (key === "") continue;
      const first = seen.get(key);
      if (prose && !first) continue;
      if (!first) {
        seen.set(key, line);
        titled.push(line);
        continue;
      }
      // A copy in capitals gives way to a later copy in the headline's own case
      // ("SENATE PASSES BUDGET" above "Senate passes budget"), which then is the title;
      // so does a copy with emoji or hashtags ("🔴 Senate passes budget #news").
      const caps = isAllCaps(first.text) && !isAllCaps(line.text);
      if (caps || (ORNAMENT.test(first.text) && !ORNAMENT.test(line.text))) {
        out.push(
          copyOf(
            doc,
            first,
            line,
            `Unexpected repeated headline \`${first.text}\` ${caps ? "in capitals" : "with emoji or hashtags"}, expected one copy`,
            0.9,
          ),
        );
        seen.set(key, line);
        titled[titled.indexOf(first)] = line;
        continue;
      }
      const quoteStyled = differOnlyInQuotes(first.text, line.text);
      // Of two copies in different quote styles, a copy whose quotes open the wrong way
      // ("Is An ’Oxygen Bar’ …": a botched smart-quote conversion) goes beside one whose
      // quotes do not; else the one in the story's own style stays (a <title> in
      // straight quotes above an <h1> in curly ones, or the reverse).
      if (quoteStyled && dropsFirst(doc, first.text, line.text)) {
        out.push(
          copyOf(doc, first, line, `Unexpected repeated headline \`${first.text}\`, expected one copy`, 0.95),
        );
        seen.set(key, line);
        titled[titled.indexOf(first)] = line;
        continue;
      }
      const confidence = first.text === line.text ? 1 : quoteStyled ? 0.95 : 0.9;
      out.push(
        copyOf(
          doc,
          line,
          first,
          `Unexpected repeated headline \`${line.text}\`, expected one copy`,
          confidence,
        ),
      );
    }
    // Decorated copies of a bare headline, removed in any order: the <title> form with
    // the site's name after or before it ("… | Reuters", "… | World | The Guardian",
    // "BBC News | …", "CNN: …"), a label ("UPDATE: …") or a tag ("… (PHOTOS)").
    // (A decorated copy needs another headline line to be its bare core.)
    const caseless = titled.length > 1 && isCaseless(doc);
    for (const line of titled.length > 1 ? titled : []) {
      if (!DECORATION.test(line.text)) continue;
      for (const { core, what } of decoratedCores(line.text, caseless)) {
        const bare = seen.get(sentenceKey(core));
        if (!bare || bare === line) continue;
        out.push(
          copyOf(
            doc,
            line,
            bare,
            `Unexpected repeated headline \`${line.text}\` ${what}, expected one copy`,
            0.9,
          ),
        );
        break;
      }
    }
    // The <title> form as the first line, right above a bare copy of any shape (a
    // headline closing on a period or an ellipsis, one in a script without case).
    const [t0, t1] = top;
    if (t0 && t1 && DECORATION.test(t0.text) && !out.some((f) => f.span === t0.content)) {
      const bareKey = sentenceKey(t1.text);
      const hit =
        bareKey === ""
          ? undefined
          : decoratedCores(t0.text, isCaseless(doc)).find(({ core }) => sentenceKey(core) === bareKey);
      if (hit)
        out.push(
          copyOf(
            doc,
            t0,
            t1,
            `Unexpected repeated headline \`${t0.text}\` ${hit.what}, expected one copy`,
            0.9,
          ),
        );
    }
    // The first line repeated right under itself, whatever its shape (a standfirst, a
    // caption, a question, a line of code): a page does not open on a line twice, nor
    // does a line of its top repeat right under itself where a paragraph opens on it
    // (under a label: "World Media" over the first line twice). (Not a short exclamation
    // or sentence: "Help!" twice may be the writer's.) The copy that opens a paragraph of
    // more lines stays (the others were put above the paragraph).
    for (let i = 0; i < top.length; ) {
      const head = top[i]!;
      const copies = [head, ...openingCopies(top, i)];
      i += copies.length;
      if (copies.length < 2) continue;
      if (isProse(head.text) && wordCount(head.text, OPENER_MIN_WORDS) < OPENER_MIN_WORDS) continue;
      if (head !== top[0] && doc.blocks[head.block]!.lines[0] !== head.index) continue;
      // (Copies the loop above read as a headline's are its findings already.)
      if (copies.some((l) => out.some((f) => f.span === l.content))) continue;
      // (Else the first copy whose quotes do not open the wrong way: see dropsFirst.)
      const kept =
        copies.find((l) => doc.blocks[l.block]!.lines.length > 1) ??
        copies.find((l) => !WRONG_WAY_QUOTE.test(l.text)) ??
        head;
      for (const copy of copies) {
        if (copy === kept) continue;
        const confidence = copy.text === kept.text ? 1 : 0.95;
        out.push(
          copyOf(
            doc,
            copy,
            kept,
            `Unexpected repeated top line \`${copy.text}\`, expected one copy`,
            confidence,
          ),
        );
      }
    }
    // A sentence-shaped copy above the headline ("Headline." over "Headline"; below it,
    // the loop above found it).
    for (const line of top) {
      // About as long as a later headline (the key is computed only then).
      const near = titled.some(
        (h) => h.index > line.index && Math.abs(h.text.length - line.text.length) <= 3,
      );
      if (!near || titled.includes(line) || !isProse(line.text)) continue;
      const bare = seen.get(sentenceKey(line.text));
      // (Not above a copy that goes itself: one of them stays.)
      if (
        !bare ||
        bare.index < line.index ||
        out.some((f) => f.span === line.content || f.span === bare.content)
      )
        continue;
      out.push(
        copyOf(doc, line, bare, `Unexpected repeated headline \`${line.text}\`, expected one copy`, 0.9),
      );
    }
    // A copy cut with an ellipsis ("Nancy Pelosi again elected Speaker as 116th U.S.…",
    // a <title> or teaser shortened by the site) of a headline in full, above or below
    // it, whatever its shape (cut mid-sentence, it may read as prose).
    for (const line of top) {
      if (!endsWithEllipsis(line.text) || line.text.length > 400) continue;
      const cutKey = compareKey(line.text);
      if (wordCount(cutKey, CUT_MIN_WORDS) < CUT_MIN_WORDS) continue;
      const full = titled.find(
        (h) =>
          h !== line &&
          !endsWithEllipsis(h.text) &&
          // (Not a copy that goes itself: "Só quem se Ama... | Site" above its bare copy.)
          !out.some((f) => f.span === h.content) &&
          compareKey(h.text).startsWith(cutKey) &&
          isHeadlineLine(doc, h.text),
      );
      if (!full || out.some((f) => f.span === line.content)) continue;
      out.push(
        copyOf(
          doc,
          line,
          full,
          `Unexpected cut copy \`${line.text}\` of the headline, expected one copy`,
          0.9,
        ),
      );
    }
    // The headline again at the foot of the page, after the story (a link to itself in a
    // "more" widget, a breadcrumb's last step): one of the last TRAILING_LINES lines.
    const headline = titled[0];
    let headlineKey: string | undefined;
    for (let k = Math.max(n, lines.length - TRAILING_LINES); headline && k < lines.length; k++) {
      const line = lines[k]!;
      // A copy is about as long as the headline (spins and quote styles aside): most
      // last lines are not, and cost no key.
      if (Math.abs(line.text.length - headline.text.length) > headline.text.length / 2) continue;
      if (isProse(line.text)) continue;
      headlineKey ??= isHeadlineLine(doc, headline.text) ? sentenceKey(headline.text) : "";
      if (headlineKey === "" || sentenceKey(line.text) !== headlineKey) continue;
      out.push(
        copyOf(
          doc,
          line,
          headline,
          `Unexpected repeated headline \`${line.text}\` at the foot of the page, expected one copy`,
          0.9,
        ),
      );
    }
    const suffix = lines[0] && !isCaseless(doc) ? siteSuffix(doc, lines[0], out) : undefined;
    if (suffix) out.push(suffix);
    return out;
  },
});

/** The separator and site name after a lone headline: " | Reuters", " - The Springfield Herald". */
const LONE_SITE_SUFFIX = /^(.{8,}?)\s+[|\-–—]\s+(\p{Lu}[\p{L}\p{N}.&'’() ]{0,40})$/u;
/** A section before the site name: " | World news". */
const SECTION_SEGMENT = /^(.{8,}?)\s+[|\-–—]\s+([\p{L} &]{2,30})$/u;
/** Fewest words left of a headline whose site name goes. */
const SUFFIX_MIN_WORDS = 3;

/**
 * The first line as a page's <title> leaves it with no bare copy to compare
 * with: a headline, a separator and the site's name — a newspaper's masthead
 * ("… | The Springfield Herald") or a news site of SITE_NAMES ("… - BBC
 * News"). The name goes (0.9), the headline stays as the title. Not when a
 * finding already removes the line, not in caseless text (the capitals are
 * the signal), not when what is left is not headline-shaped.
 */
function siteSuffix(doc: Document, line: Line, out: readonly FindingDraft[]): FindingDraft | undefined {
  if (out.some((f) => f.span.start <= line.content.start && f.span.end >= line.content.end)) return undefined;
  const m = LONE_SITE_SUFFIX.exec(line.text);
  if (!m) return undefined;
  const site = m[2]!;
  if (!SITE_NAMES.has(site) && !isMasthead(site)) return undefined;
  let head = m[1]!;
  // Sections between the headline and the site go with it: "… | World news | The Guardian".
  for (let k = 0; k < 2; k++) {
    const section = SECTION_SEGMENT.exec(head);
    if (!section || !allSectionWords(section[2]!)) break;
    head = section[1]!;
  }
  if (wordCount(head, SUFFIX_MIN_WORDS) < SUFFIX_MIN_WORDS || !isHeadlineLine(doc, head)) return undefined;
  const start = line.content.start + head.length;
  const span = { start, end: line.content.end };
  return {
    message: `Unexpected site name \`${site}\` after the headline, expected the headline alone`,
    span,
    confidence: 0.9,
    fix: { span, text: "" },
    actual: line.text.slice(head.length),
    expected: "",
  };
}
