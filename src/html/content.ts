/**
 * Main-content detection on linearized blocks.
 *
 * Strategy (in passes, each O(elements + blocks)):
 * 1. prose per element: the chars of long, link-poor blocks under it, summed bottom-up;
 * 2. drop elements that are chrome: <header>/<footer>/<form>/<figure> holding little prose,
 *    HARD-negative class/id (share, related, comments…) unless the element is a page wrapper
 *    holding most of the prose, SOFT-negative class/id (media, summary, author…) when it holds
 *    little prose;
 * 3. weigh each remaining block (prose earns its length, link lists and crumbs cost a little,
 *    blocks found in the JSON-LD articleBody earn more), sum bottom-up and take the element with
 *    the best score, class/id and <article>/<main> nudging it: the article container;
 * 4. keep the container's blocks, minus link-dominated blocks, chrome lines, the headline, the
 *    byline/date lines before the first paragraph, and "Related"/"Read more" headings with the
 *    link blocks after them.
 */
import type { Block, Linearized } from "./blocks.js";
import {
  CHROME_LINE,
  CONDITIONAL_DROP_TAGS,
  CONDITIONAL_MAX_PARAGRAPH_CHARS,
  HARD_NEGATIVE_CLASS,
  HARD_NEGATIVE_MAX_PROSE_SHARE,
  HEADING_TAGS,
  LINK_BLOCK_PENALTY_CAP,
  LINK_DENSITY_MAX,
  MAX_LABEL_CHARS,
  NEGATIVE_CLASS_TOKENS,
  POSITIVE_CLASS,
  PROSE_MAX_LINK_DENSITY,
  PROSE_MIN_CHARS,
  RELATED_HEADING,
  SHORT_BLOCK_CHARS,
  SOFT_NEGATIVE_CLASS,
  SOFT_NEGATIVE_MAX_PROSE_CHARS,
  SOFT_NEGATIVE_MAX_PROSE_SHARE,
  STRONG_POSITIVE_CLASS,
} from "./settings.js";

/** Splits a class/id string into words for NEGATIVE_CLASS_TOKENS ("ad-slot" → ad, slot). */
const CLASS_TOKEN_SPLIT = /[^a-z0-9]+/;
/** A line that is only a byline: "By Jane Doe", "By Jane Doe and John Roe, Reuters". */
const BYLINE_LINE = /^(?:by|von|par|por|di|door)\s+\S[^.!?]{0,80}$/i;
/** A line that is only a date or a "Published/Updated …" stamp. */
const DATE_LINE =
  /^(?:(?:published|updated|posted|last updated|first published)\b.{0,60}|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,? .{0,40}\d{4}.{0,20}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}.{0,30}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}.{0,30}|\d{4}-\d{2}-\d{2}.{0,20})$/i;
/** Sentence-like prose: some end punctuation. */
const SENTENCE_END = /[.!?…"”»)]\s*$|[.!?]\s/;

export interface ContentOptions {
  /** JSON-LD articleBody, when the page carries one long enough to be evidence */
  readonly jsonLdBody?: string;
  /** the page title, to drop the headline from the text */
  readonly title?: string;
}

export interface ContentResult {
  readonly blocks: string[];
  /** index of the chosen container in the element table (-1: none) */
  readonly container: number;
}

function negativeTier(classId: string): "hard" | "soft" | null {
  if (classId.length <= 1) return null;
  if (STRONG_POSITIVE_CLASS.test(classId)) return null;
  if (HARD_NEGATIVE_CLASS.test(classId)) return "hard";
  if (SOFT_NEGATIVE_CLASS.test(classId)) return "soft";
  for (const tok of classId.split(CLASS_TOKEN_SPLIT)) if (NEGATIVE_CLASS_TOKENS.has(tok)) return "soft";
  return null;
}

/** Is an inline element (span, a, em…) chrome to be skipped while linearizing? */
export function isChromeInline(classId: string): boolean {
  return negativeTier(classId) !== null;
}

/** Normalize for containment tests: lower case, letters and digits only, single spaces. */
const NON_WORD_RUN = /[^\p{L}\p{N}]+/gu;
export function normKey(text: string): string {
  return text.toLowerCase().replace(NON_WORD_RUN, " ").trim();
}

function isProse(b: Block): boolean {
  return b.text.length >= PROSE_MIN_CHARS && b.linkChars <= b.text.length * PROSE_MAX_LINK_DENSITY;
}

export function selectContent(lin: Linearized, options: ContentOptions = {}): ContentResult {
  const { nodes, parent, end, classId } = lin.elements;
  const blocks = lin.blocks;
  const n = nodes.length;
  if (n === 0) return { blocks: [], container: -1 };

  // 1. prose chars per element, bottom-up
  const prose = new Float64Array(n);
  for (const b of blocks) if (isProse(b)) prose[b.owner]! += b.text.length - b.linkChars;
  for (let i = n - 1; i > 0; i--) prose[parent[i]!]! += prose[i]!;
  const totalProse = prose[0]!;

  // 2. dropped elements (pre-order, so a parent is decided before its children)
  const dropped = new Uint8Array(n);
  for (let i = 1; i < n; i++) {
    const p = parent[i]!;
    if (p >= 0 && dropped[p]) {
      dropped[i] = 1;
      continue;
    }
    const name = nodes[i]!.name;
    if (CONDITIONAL_DROP_TAGS.has(name) && prose[i]! < CONDITIONAL_MAX_PARAGRAPH_CHARS) {
      dropped[i] = 1;
      continue;
    }
    const tier = negativeTier(classId[i]!);
    if (tier === "hard" && prose[i]! <= totalProse * HARD_NEGATIVE_MAX_PROSE_SHARE) dropped[i] = 1;
    else if (
      tier === "soft" &&
      prose[i]! < SOFT_NEGATIVE_MAX_PROSE_CHARS &&
      prose[i]! < totalProse * SOFT_NEGATIVE_MAX_PROSE_SHARE
    )
      dropped[i] = 1;
  }

  // 3. block weights and the best container
  const body = options.jsonLdBody ? ` ${normKey(options.jsonLdBody)} ` : "";
  const score = new Float64Array(n);
  const weights = new Float64Array(blocks.length);
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (dropped[b.owner]) continue;
    const len = b.text.length;
    let w: number;
    if (body) {
      const key = normKey(b.text);
      if (key.length >= 10 && body.includes(` ${key} `)) w = len * 2;
      else if (b.linkChars > len * LINK_DENSITY_MAX) w = -Math.min(len, LINK_BLOCK_PENALTY_CAP);
      else w = len >= PROSE_MIN_CHARS ? -len * 0.5 : -5;
    } else if (HEADING_TAGS.has(b.tag)) w = 0;
    else if (b.linkChars > len * LINK_DENSITY_MAX) w = -Math.min(len, LINK_BLOCK_PENALTY_CAP);
    else if (len < SHORT_BLOCK_CHARS) w = -5;
    else {
      w = len - 2 * b.linkChars;
      if (!SENTENCE_END.test(b.text)) w *= 0.5;
      if (b.tag === "p") w *= 1.2;
    }
    weights[k] = w;
    score[b.owner]! += w;
  }
  for (let i = n - 1; i > 0; i--) score[parent[i]!]! += score[i]!;
  let best = 0;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    if (dropped[i]) continue;
    let s = score[i]!;
    if (s <= 0) continue;
    const el = nodes[i]!;
    if (el.name === "article" || el.name === "main" || el.attribs.itemprop === "articleBody") s *= 1.15;
    else if (POSITIVE_CLASS.test(classId[i]!)) s *= 1.1;
    if (s >= bestScore) {
      bestScore = s;
      best = i;
    }
  }

  // 4. the container's blocks, filtered
  const out: string[] = [];
  const titleKey = options.title ? normKey(options.title) : "";
  let seenProse = false;
  let cutting = false;
  const last = end[best]!;
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (b.owner < best || b.owner > last || dropped[b.owner]) continue;
    const text = b.text;
    const len = text.length;
    const isHeading = HEADING_TAGS.has(b.tag);
    if (len <= MAX_LABEL_CHARS) {
      if (RELATED_HEADING.test(text)) {
        cutting = true;
        continue;
      }
      if (CHROME_LINE.test(text)) continue;
      if (!seenProse && (BYLINE_LINE.test(text) || DATE_LINE.test(text))) continue;
    }
    if (cutting) {
      // the link list under a "Related" heading: stop at the next real paragraph or heading
      if (b.linkChars > len * 0.3 || (len < PROSE_MIN_CHARS && !isHeading)) continue;
      cutting = false;
    }
    if (b.linkChars > len * LINK_DENSITY_MAX) continue;
    if (!seenProse && (b.tag === "h1" || (titleKey && normKey(text) === titleKey))) continue;
    if (isProse(b)) seenProse = true;
    out.push(text);
  }
  return { blocks: out, container: best };
}
