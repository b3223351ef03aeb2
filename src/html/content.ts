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
  CREDIT_LABEL,
  CREDIT_LINE,
  DISCLAIMER_LINE,
  CONDITIONAL_DROP_TAGS,
  CONDITIONAL_MAX_PARAGRAPH_CHARS,
  HARD_NEGATIVE_CLASS,
  HARD_NEGATIVE_MAX_PROSE_SHARE,
  HEADING_TAGS,
  LINK_BLOCK_PENALTY_CAP,
  LINK_DENSITY_MAX,
  MAX_LABEL_CHARS,
  MAX_ALT_CAPTION_CHARS,
  MAX_CAPTION_CHARS,
  MAX_DISCLAIMER_CHARS,
  MAX_PROMPT_CHARS,
  MAX_STAMP_CHARS,
  NEGATIVE_CLASS_TOKENS,
  POSITIVE_CLASS,
  PROMPT_LINE,
  PROSE_MAX_LINK_DENSITY,
  PROSE_MIN_CHARS,
  RELATED_HEADING,
  SHORT_BLOCK_CHARS,
  SOFT_NEGATIVE_CLASS,
  STAMP_LINE,
  STANDFIRST_CLASS,
  STANDFIRST_MAX_PROSE_CHARS,
  SUMMARY_HEADING,
  TAIL_LINE,
  URL_SHARE_MAX,
  URL_TOKEN,
  SOFT_NEGATIVE_MAX_PROSE_CHARS,
  SOFT_NEGATIVE_MAX_PROSE_SHARE,
  STRONG_POSITIVE_CLASS,
} from "./settings.js";

/** Splits a class/id string into words for NEGATIVE_CLASS_TOKENS ("ad-slot" → ad, slot). */
const CLASS_TOKEN_SPLIT = /[^a-z0-9]+/;
/** A line that is only a byline: "By Jane Doe", "By Jane Doe and John Roe, Reuters", "By Louis Jacobson on
 * Monday, November 18th, 2019 at 11:04 a.m.". */
const BYLINE_LINE = /^(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor)\s+\p{Lu}[^!?]{0,100}$/u;
/** …but not a sentence: "By Tuesday, officials said the fire was contained." ends in a word and a period. */
const SENTENCE_FINAL_WORD = /\p{Ll}{3,}\.$/u;
/** A line that is only a date or a "Published/Updated …" stamp. */
const DATE_LINE =
  /^(?:(?:published|updated|posted|last updated|first published)\b.{0,60}|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,? .{0,40}\d{4}.{0,20}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}.{0,30}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}.{0,30}|\d{4}-\d{2}-\d{2}.{0,20})$/i;
/** A sibling of the top candidate joins it when its net block score is at least this share of its prose. */
const SIBLING_MIN_NET_SHARE = 0.5;
/** A link-heavy <p> stays when it has this many chars outside links. */
const P_MIN_UNLINKED_CHARS = 40;
/** Sentence-like prose: some end punctuation. */
const SENTENCE_END = /[.!?…"”»)。！？」』]\s*$|[.!?。！？]\s/;

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

/** Is the block an image's alt text, or does it start with one (caption = alt + credit)? */
function repeatsAlt(key: string, alts: ReadonlySet<string>): boolean {
  if (alts.has(key)) return true;
  for (const alt of alts) if (key.startsWith(`${alt} `)) return true;
  return false;
}

/** Share of a text's chars inside URLs, when it holds two or more. */
function urlShare(text: string): number {
  if (!text.includes("http") && !text.includes("www.")) return 0;
  let n = 0;
  let count = 0;
  for (const m of text.matchAll(URL_TOKEN)) {
    n += m[0].length;
    count++;
  }
  // one link in a short line is a tweet or a source line ("⬇️⬇️⬇️ https://t.co/…"), not a dump
  return count >= 2 ? n / text.length : 0;
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
  // text in table rows (a standings table next to the article's intro)
  const rows = new Float64Array(n);
  // text inside <blockquote> and all text, to spot embeds (a tweet in a "social-media-embed" box)
  const quoted = new Float64Array(n);
  const all = new Float64Array(n);
  for (const b of blocks) {
    if (isProse(b)) prose[b.owner]! += b.text.length - b.linkChars;
    all[b.owner]! += b.text.length;
    if (b.tag === "tr" && b.linkChars <= b.text.length * PROSE_MAX_LINK_DENSITY) rows[b.owner]! += b.text.length;
    if (b.quoted) quoted[b.owner]! += b.text.length;
  }
  for (let i = n - 1; i > 0; i--) {
    prose[parent[i]!]! += prose[i]!;
    all[parent[i]!]! += all[i]!;
    quoted[parent[i]!]! += quoted[i]!;
    rows[parent[i]!]! += rows[i]!;
  }
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
    // an embedded post (twitter-tweet, instagram-media) is a blockquote inside a "social"/"embed" box:
    // the benchmark's ground truth keeps its text, so class words do not drop it
    if (all[i]! > 0 && quoted[i]! >= all[i]! * 0.5) continue;
    const tier = negativeTier(classId[i]!);
    if (tier === "hard" && prose[i]! <= totalProse * HARD_NEGATIVE_MAX_PROSE_SHARE) dropped[i] = 1;
    else if (
      tier === "soft" &&
      // a <p> is a paragraph whatever its class ("speakable-summary", "sourced-paragraph media")
      nodes[i]!.name !== "p" &&
      !POSITIVE_CLASS.test(classId[i]!) &&
      prose[i]! < SOFT_NEGATIVE_MAX_PROSE_CHARS &&
      prose[i]! < totalProse * SOFT_NEGATIVE_MAX_PROSE_SHARE
    )
      dropped[i] = 1;
  }

  // standfirst boxes (see STANDFIRST_CLASS), inherited by descendants
  const standfirst = new Uint8Array(n);
  for (let i = 1; i < n; i++) {
    const p = parent[i]!;
    standfirst[i] =
      (p >= 0 && standfirst[p]) ||
      (prose[i]! < STANDFIRST_MAX_PROSE_CHARS && STANDFIRST_CLASS.test(classId[i]!))
        ? 1
        : 0;
  }

  // 3. block weights and the best container
  const body = options.jsonLdBody ? ` ${normKey(options.jsonLdBody)} ` : "";
  const score = new Float64Array(n);
  const weights = new Float64Array(blocks.length);
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (dropped[b.owner]) continue;
    const len = b.text.length;
    const linkShare = len > 0 ? b.linkChars / len : 0;
    let w: number;
    if (HEADING_TAGS.has(b.tag)) w = 0;
    else if (linkShare > LINK_DENSITY_MAX) w = -Math.min(len, LINK_BLOCK_PENALTY_CAP);
    else if (len < SHORT_BLOCK_CHARS) w = -5;
    else {
      w = len - b.linkChars - 0.5 * b.linkChars;
      if (!SENTENCE_END.test(b.text)) w *= 0.5;
      if (b.tag === "p") w *= 1.2;
    }
    // JSON-LD articleBody is evidence for, never against: it is often a truncated teaser
    if (body && len >= SHORT_BLOCK_CHARS) {
      const key = normKey(b.text);
      if (key.length >= 20 && body.includes(` ${key} `)) w = Math.max(w, 0) + len;
    }
    score[b.owner]! += w;
    weights[k] = w;
  }
  for (let i = n - 1; i > 0; i--) score[parent[i]!]! += score[i]!;

  // the top candidate: like Readability, a block's weight goes to its owner's parent, half to the
  // grandparent, a quarter above; so the element with many prose children wins, not the page wrapper
  // that also holds twenty teaser paragraphs (washingtonexaminer-style "more stories" grids).
  const local = new Float64Array(n);
  const articles = new Uint16Array(n);
  for (let i = n - 1; i > 0; i--) {
    if (nodes[i]!.name === "article") articles[i]! += 1;
    articles[parent[i]!] = Math.min(65535, articles[parent[i]!]! + articles[i]!);
  }
  const chars = new Float64Array(n);
  const links = new Float64Array(n);
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (dropped[b.owner]) continue;
    chars[b.owner]! += b.text.length;
    links[b.owner]! += b.linkChars;
    const w = weights[k]!;
    if (w <= 0) continue;
    let a = parent[b.owner]!;
    if (a < 0) a = b.owner;
    let share = 1;
    for (let level = 0; level < 3 && a >= 0; level++) {
      local[a]! += w * share;
      share /= 2;
      a = parent[a]!;
    }
  }
  // firstBlock[i]: the first block owned by element i or a later one (blocks are in document order)
  const firstBlock = new Int32Array(n + 1).fill(blocks.length);
  for (let k = blocks.length - 1; k >= 0; k--) firstBlock[blocks[k]!.owner] = k;
  for (let i = n - 1; i >= 0; i--) firstBlock[i] = Math.min(firstBlock[i]!, firstBlock[i + 1]!);
  for (let i = n - 1; i > 0; i--) {
    chars[parent[i]!]! += chars[i]!;
    links[parent[i]!]! += links[i]!;
  }
  let best = 0;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    if (dropped[i]) continue;
    let s = local[i]!;
    if (s <= 0) continue;
    const el = nodes[i]!;
    if (el.name === "article" || el.name === "main" || el.attribs.itemprop === "articleBody") s *= 1.15;
    else if (POSITIVE_CLASS.test(classId[i]!)) s *= 1.1;
    s *= 1 - links[i]! / Math.max(1, chars[i]!);
    if (s > bestScore) {
      bestScore = s;
      best = i;
    }
  }

  // the article may go on in the candidate's siblings (a body split by an ad slot, one wrapper per
  // paragraph): a sibling joins when its blocks, net of penalties, are mostly prose, or when it is a
  // short link-free sentence ("He declined to comment.")
  const siblingJoins = (i: number): boolean => {
    // a grid of story cards ("More news": one <article> per teaser) is not the article going on
    if (articles[i]! >= 2) return false;
    const net = chars[i]! - links[i]!;
    if (net <= 0) return false;
    // mostly long paragraphs: a grid of one-line teasers ("Renault's latest seven-seater MPV…") is not
    if (score[i]! > 0 && score[i]! >= net * SIBLING_MIN_NET_SHARE) {
      if (prose[i]! >= net * SIBLING_MIN_NET_SHARE) return true;
      // one paragraph of its own ("Final standings after 36 races:") rather than a grid of teasers
      const first = firstBlock[i]!;
      const second = first + 1;
      if (first < blocks.length && (second >= blocks.length || blocks[second]!.owner > end[i]!)) return true;
    }
    // a data table, link-poor
    if (rows[i]! >= net * SIBLING_MIN_NET_SHARE && links[i]! <= chars[i]! * PROSE_MAX_LINK_DENSITY) return true;
    if (links[i]! > 0 || chars[i]! >= PROSE_MIN_CHARS) return false;
    for (let k = firstBlock[i]!; k < blocks.length && blocks[k]!.owner <= end[i]!; k++) {
      const b = blocks[k]!;
      if (!dropped[b.owner] && !SENTENCE_END.test(b.text)) return false;
    }
    return true;
  };
  // climb through wrappers that hold nothing else, then look at the siblings at that level
  let cand = best;
  while (cand > 0) {
    const p = parent[cand]!;
    let alone = true;
    for (let i = p + 1; i <= end[p]!; i = end[i]! + 1) {
      if (i !== cand && !dropped[i] && chars[i]! > 0) {
        alone = false;
        break;
      }
    }
    if (!alone) break;
    cand = p;
  }
  const ranges: [number, number][] = [];
  const top = parent[cand]!;
  if (cand > 0 && top >= 0) {
    for (let i = top + 1; i <= end[top]!; i = end[i]! + 1) {
      if (i === cand || (!dropped[i] && siblingJoins(i))) ranges.push([i, end[i]!]);
    }
  } else ranges.push([cand, end[cand]!]);
  const chosen = new Uint8Array(n);
  for (const [a, z] of ranges) chosen.fill(1, a, z + 1);
  const inside = (o: number): boolean => chosen[o] === 1;

  // 4. the container's blocks, filtered
  const out: string[] = [];
  const titleKey = options.title ? normKey(options.title) : "";
  let seenProse = false;
  let cutting = false;
  let inSummary = false;
  let creditLabelBefore = false;
  const altKeys = new Set(lin.imageAlts.map(normKey).filter((k) => k.length >= 15));
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (dropped[b.owner] || !inside(b.owner)) continue;
    const text = b.text;
    const len = text.length;
    const isHeading = HEADING_TAGS.has(b.tag);
    if (len <= MAX_LABEL_CHARS) {
      if (RELATED_HEADING.test(text)) {
        cutting = true;
        continue;
      }
      if (CHROME_LINE.test(text)) continue;
      if (!seenProse && ((BYLINE_LINE.test(text) && !SENTENCE_FINAL_WORD.test(text)) || DATE_LINE.test(text))) continue;
    }
    if (len <= MAX_LABEL_CHARS && SUMMARY_HEADING.test(text)) {
      inSummary = true;
      continue;
    }
    if (inSummary) {
      if (b.tag === "li") continue;
      inSummary = false;
    }
    // captions and credits
    if (creditLabelBefore) {
      creditLabelBefore = false;
      if (len <= MAX_CAPTION_CHARS) continue;
    }
    if (len <= MAX_LABEL_CHARS && CREDIT_LABEL.test(text)) {
      creditLabelBefore = true;
      continue;
    }
    if (len <= MAX_CAPTION_CHARS && CREDIT_LINE.test(text)) continue;
    if (
      !isHeading &&
      b.afterImage &&
      len <= MAX_CAPTION_CHARS &&
      b.emphChars >= len * 0.9 &&
      !SENTENCE_END.test(text)
    )
      continue;
    if (len <= MAX_ALT_CAPTION_CHARS && altKeys.size > 0 && repeatsAlt(normKey(text), altKeys)) continue;
    if (len <= MAX_PROMPT_CHARS && (PROMPT_LINE.test(text) || (seenProse && TAIL_LINE.test(text)))) continue;
    if (urlShare(text) > URL_SHARE_MAX) continue;
    if (len <= MAX_STAMP_CHARS && STAMP_LINE.test(text)) continue;
    if (len <= MAX_DISCLAIMER_CHARS && DISCLAIMER_LINE.test(text)) continue;
    if (cutting) {
      // the link list under a "Related" heading: stop at the next real paragraph or heading
      if (b.linkChars > len * 0.3 || (len < PROSE_MIN_CHARS && !isHeading)) continue;
      cutting = false;
    }
    // link lists; a list item led by a linked headline and followed by its own sentence stays
    // (a <p> keeps a shorter tail: "The investigation had been shelved in 2017 but was re-opened…" with
    // two long links is a paragraph of the story)
    const minTail = b.tag === "p" ? P_MIN_UNLINKED_CHARS : PROSE_MIN_CHARS;
    if (b.linkChars > len * LINK_DENSITY_MAX && (b.linkChars > len * 0.8 || len - b.linkChars < minTail)) continue;
    if (!seenProse && standfirst[b.owner]) continue;
    if (!seenProse && (b.tag === "h1" || (titleKey && normKey(text) === titleKey))) continue;
    if (isProse(b)) seenProse = true;
    out.push(text);
  }
  return { blocks: out, container: best };
}
