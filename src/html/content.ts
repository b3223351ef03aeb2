/**
 * Main-content detection on linearized blocks. Every pass is O(elements + blocks); per-element
 * sums are built bottom-up over the pre-order element table (a child's index is above its
 * parent's), and "inside" is a range test, so nothing recurses.
 *
 * 1. Stats: per element, the prose (long, link-poor blocks), all text, linked text, text inside
 *    <blockquote> and table rows, and the number of <article> elements under it.
 * 2. Chrome: drop <header>/<footer>/<form>/<figure> holding little prose; class/id words: HARD
 *    (share, related, comments…) unless the element holds most of the page's prose (a wrapper),
 *    SOFT (media, author, hidden…) when it holds little prose; boxes that are mostly a
 *    <blockquote> (embedded posts) are kept.
 * 3. Weights: prose earns its unlinked length, link lists and crumbs cost a little, a block found
 *    in the JSON-LD articleBody earns more. Candidate: the element whose near descendants carry the
 *    most weight (Readability's locality), nudged by <article>/<main> and class words, scaled by its
 *    link density; then climb through wrappers that hold nothing else and join the siblings that
 *    continue the article.
 * 4. Output: the chosen blocks minus link lists, whole-line chrome (lines.ts), captions, the
 *    headline, bylines, standfirst and date lines before the first paragraph, and "Related"
 *    headings with the link blocks after them.
 */
import type { Block, Linearized } from "./blocks.js";
import {
  BYLINE_LINE,
  CHROME_LINE,
  CREDIT_LABEL,
  CREDIT_LINE,
  DATE_LINE,
  DISCLAIMER_LINE,
  MAX_ALT_CAPTION_CHARS,
  MAX_CAPTION_CHARS,
  MAX_DISCLAIMER_CHARS,
  MAX_LABEL_CHARS,
  MAX_PROMPT_CHARS,
  MAX_STAMP_CHARS,
  MAX_TAIL_CHARS,
  PROMPT_LINE,
  RELATED_HEADING,
  SENTENCE_END,
  SENTENCE_FINAL_WORD,
  STAMP_LINE,
  SUMMARY_HEADING,
  TAIL_LINE,
  URL_SHARE_MAX,
  URL_TOKEN,
} from "./lines.js";
import {
  CANDIDATE_LEVELS,
  CAPTION_EMPHASIS_SHARE,
  CHROME_ROLES,
  CLASS_CANDIDATE_BONUS,
  CONDITIONAL_DROP_TAGS,
  CONDITIONAL_MAX_PARAGRAPH_CHARS,
  CONDITIONAL_ROLES,
  CONTENT_ROLES,
  CUT_LINK_DENSITY,
  EMBED_QUOTE_SHARE,
  HARD_NEGATIVE_CLASS,
  HARD_NEGATIVE_MAX_PROSE_SHARE,
  HEADING_TAGS,
  LINK_BLOCK_PENALTY_CAP,
  LINK_DENSITY_MAX,
  LINKED_CHARS_COST,
  MIN_ALT_CHARS,
  MIN_JSONLD_KEY_CHARS,
  MIN_UNLINKED_CHARS,
  NEGATIVE_CLASS_TOKENS,
  NO_SENTENCE_FACTOR,
  OUTPUT_LINK_DENSITY_MAX,
  P_MIN_UNLINKED_CHARS,
  P_TAG_BONUS,
  POSITIVE_CLASS,
  PROSE_MAX_LINK_DENSITY,
  PROSE_MIN_CHARS,
  RELATED_BOX_MAX_PROSE_SHARE,
  SEMANTIC_CANDIDATE_BONUS,
  SHORT_BLOCK_CHARS,
  SHORT_BLOCK_PENALTY,
  SIBLING_MIN_NET_SHARE,
  SOFT_NEGATIVE_CLASS,
  SOFT_NEGATIVE_MAX_PROSE_CHARS,
  SOFT_NEGATIVE_MAX_PROSE_SHARE,
  STANDFIRST_CLASS,
  STANDFIRST_MAX_PROSE_CHARS,
  STRONG_POSITIVE_CLASS,
  WIDE_CHAR_WEIGHT,
} from "./settings.js";

/** Splits a class/id string into words for NEGATIVE_CLASS_TOKENS ("ad-slot" → ad, slot). */
const CLASS_TOKEN_SPLIT = /[^a-z0-9]+/;
/** Han and kana (and CJK punctuation): the "wide" scripts of proseLength(). Hangul is not: Korean
 * separates words with spaces, and its density is close to English (entermedia.co.kr headline). */
const WIDE_CHAR = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/g;
const WIDE_CHAR_TEST = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/;
/** Items of a list under a "Related" heading. */
const LIST_ITEM_TAGS: ReadonlySet<string> = new Set(["li", "dt", "dd"]);
/** Letters and digits only, for containment tests between texts. */
const NON_WORD_RUN = /[^\p{L}\p{N}]+/gu;

export interface ContentOptions {
  /** JSON-LD articleBody, when the page carries one long enough to be evidence */
  readonly jsonLdBody?: string;
  /** the page title, to drop the headline from the text */
  readonly title?: string;
}

export interface ContentResult {
  readonly blocks: string[];
  /** index of the top candidate in the element table (-1: no elements) */
  readonly container: number;
}

/** Per-element sums over the subtree (Float64Array indexed like the element table). */
interface Stats {
  /** unlinked chars of prose blocks */
  readonly prose: Float64Array;
  /** all chars, and linked chars, of blocks not dropped (filled after the chrome pass) */
  readonly chars: Float64Array;
  readonly links: Float64Array;
  /** chars inside <blockquote>, and of all blocks (before the chrome pass) */
  readonly quoted: Float64Array;
  readonly all: Float64Array;
  /** chars of link-poor table rows */
  readonly rows: Float64Array;
  /** <article> elements in the subtree */
  readonly articles: Uint16Array;
  /** the first block owned by this element or a later one (blocks are in document order) */
  readonly firstBlock: Int32Array;
}

type Tier = "hard" | "soft" | null;

function negativeTier(classId: string): Tier {
  if (classId.length <= 1) return null;
  if (STRONG_POSITIVE_CLASS.test(classId)) return null;
  if (HARD_NEGATIVE_CLASS.test(classId)) return "hard";
  if (SOFT_NEGATIVE_CLASS.test(classId)) return "soft";
  for (const tok of classId.split(CLASS_TOKEN_SPLIT)) if (NEGATIVE_CLASS_TOKENS.has(tok)) return "soft";
  return null;
}

/** Is an inline element with this lower-cased `class id` chrome (HARD tier) to skip while linearizing? */
export function isChromeInline(classId: string): boolean {
  return negativeTier(classId) === "hard";
}

/** Normalize for containment tests: lower case, letters and digits only, single spaces. */
export function normKey(text: string): string {
  return text.toLowerCase().replace(NON_WORD_RUN, " ").trim();
}

/** Is the text the headline? (Length first: normalizing a 20 MB block to compare it is not free.) */
export function sameAsTitle(text: string, titleKey: string): boolean {
  return text.length <= titleKey.length * 2 + 20 && normKey(text) === titleKey;
}

/**
 * A block's length for the prose thresholds: CJK characters count WIDE_CHAR_WEIGHT times, since a
 * Chinese, Japanese or Korean sentence says in 30 characters what an English one says in 90.
 */
function proseLength(text: string): number {
  if (!WIDE_CHAR_TEST.test(text)) return text.length;
  let wide = 0;
  for (const _ of text.matchAll(WIDE_CHAR)) wide++;
  return text.length + (WIDE_CHAR_WEIGHT - 1) * wide;
}

function isProse(b: Block): boolean {
  return proseLength(b.text) >= PROSE_MIN_CHARS && b.linkChars <= b.text.length * PROSE_MAX_LINK_DENSITY;
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

function sumUp(values: Float64Array, parent: readonly number[]): void {
  for (let i = values.length - 1; i > 0; i--) values[parent[i]!]! += values[i]!;
}

/** 1. Subtree sums that do not depend on the chrome decision. */
function baseStats(lin: Linearized): Stats {
  const { nodes, parent } = lin.elements;
  const n = nodes.length;
  const prose = new Float64Array(n);
  const quoted = new Float64Array(n);
  const all = new Float64Array(n);
  const rows = new Float64Array(n);
  for (const b of lin.blocks) {
    const len = b.text.length;
    if (isProse(b)) prose[b.owner]! += len - b.linkChars;
    all[b.owner]! += len;
    if (b.tag === "tr" && b.linkChars <= len * PROSE_MAX_LINK_DENSITY) rows[b.owner]! += len;
    if (b.quoted) quoted[b.owner]! += len;
  }
  for (const v of [prose, quoted, all, rows]) sumUp(v, parent);
  const articles = new Uint16Array(n);
  for (let i = n - 1; i > 0; i--) {
    if (nodes[i]!.name === "article") articles[i]! += 1;
    articles[parent[i]!] = Math.min(65535, articles[parent[i]!]! + articles[i]!);
  }
  const firstBlock = new Int32Array(n + 1).fill(lin.blocks.length);
  for (let k = lin.blocks.length - 1; k >= 0; k--) firstBlock[lin.blocks[k]!.owner] = k;
  for (let i = n - 1; i >= 0; i--) firstBlock[i] = Math.min(firstBlock[i]!, firstBlock[i + 1]!);
  return {
    prose,
    quoted,
    all,
    rows,
    articles,
    firstBlock,
    chars: new Float64Array(n),
    links: new Float64Array(n),
  };
}

/** 2. Elements that are chrome (pre-order, so a parent is decided before its children). */
function markChrome(lin: Linearized, st: Stats): Uint8Array {
  const { nodes, parent, classId } = lin.elements;
  const n = nodes.length;
  const totalProse = st.prose[0] ?? 0;
  const dropped = new Uint8Array(n);
  for (let i = 1; i < n; i++) {
    if (dropped[parent[i]!]) {
      dropped[i] = 1;
      continue;
    }
    const prose = st.prose[i]!;
    const name = nodes[i]!.name;
    const role = nodes[i]!.attribs.role;
    const conditional =
      CONDITIONAL_DROP_TAGS.has(name) || (role !== undefined && CONDITIONAL_ROLES.has(role));
    // an embedded post (twitter-tweet, instagram-media) is a <blockquote> inside a "social"/"embed" box or a
    // <figure>: the benchmark's ground truth keeps its text (a Nigerian Senate tweet, reactions on nj.com)
    if (st.all[i]! > 0 && st.quoted[i]! >= st.all[i]! * EMBED_QUOTE_SHARE) continue;
    // a <figure> around a data table is content
    if (name === "figure" && st.rows[i]! > 0) continue;
    if (conditional && prose < CONDITIONAL_MAX_PARAGRAPH_CHARS) {
      dropped[i] = 1;
      continue;
    }
    const tier = role !== undefined && CHROME_ROLES.has(role) ? "hard" : negativeTier(classId[i]!);
    if (tier === "hard") {
      if (prose <= totalProse * HARD_NEGATIVE_MAX_PROSE_SHARE) dropped[i] = 1;
    } else if (
      tier === "soft" &&
      // a <p> is a paragraph whatever its class ("speakable-summary" on techcrunch)
      name !== "p" &&
      // "el__leafmedia--sourced-paragraph" (CNN) is content first
      !POSITIVE_CLASS.test(classId[i]!) &&
      prose < SOFT_NEGATIVE_MAX_PROSE_CHARS &&
      prose < totalProse * SOFT_NEGATIVE_MAX_PROSE_SHARE
    ) {
      dropped[i] = 1;
    }
  }
  return dropped;
}

/** Standfirst boxes (STANDFIRST_CLASS with little prose), inherited by descendants. */
function markStandfirst(lin: Linearized, st: Stats): Uint8Array {
  const { parent, classId } = lin.elements;
  const out = new Uint8Array(classId.length);
  for (let i = 1; i < classId.length; i++) {
    const inherited = out[parent[i]!] === 1;
    const own = st.prose[i]! < STANDFIRST_MAX_PROSE_CHARS && STANDFIRST_CLASS.test(classId[i]!);
    out[i] = inherited || own ? 1 : 0;
  }
  return out;
}

/** 3a. The weight of each block (0 for dropped ones). */
function weighBlocks(lin: Linearized, dropped: Uint8Array, jsonLdBody: string | undefined): Float64Array {
  const body = jsonLdBody ? ` ${normKey(jsonLdBody)} ` : "";
  const weights = new Float64Array(lin.blocks.length);
  for (let k = 0; k < lin.blocks.length; k++) {
    const b = lin.blocks[k]!;
    if (dropped[b.owner]) continue;
    const len = b.text.length;
    let w: number;
    if (HEADING_TAGS.has(b.tag)) w = 0;
    else if (b.linkChars > len * LINK_DENSITY_MAX) w = -Math.min(len, LINK_BLOCK_PENALTY_CAP);
    else if (len < SHORT_BLOCK_CHARS && proseLength(b.text) < SHORT_BLOCK_CHARS) w = -SHORT_BLOCK_PENALTY;
    else {
      w = len - b.linkChars - LINKED_CHARS_COST * b.linkChars;
      if (!SENTENCE_END.test(b.text)) w *= NO_SENTENCE_FACTOR;
      if (b.tag === "p") w *= P_TAG_BONUS;
    }
    // JSON-LD articleBody is evidence for, never against: it is often a truncated teaser (livescience)
    if (body && len >= SHORT_BLOCK_CHARS) {
      const key = normKey(b.text);
      if (key.length >= MIN_JSONLD_KEY_CHARS && body.includes(` ${key} `)) w = Math.max(w, 0) + len;
    }
    weights[k] = w;
  }
  return weights;
}

/** 3b. The top candidate: most weight in its near descendants, scaled by class and link density. */
function topCandidate(lin: Linearized, st: Stats, dropped: Uint8Array, weights: Float64Array): number {
  const { nodes, parent, classId } = lin.elements;
  const n = nodes.length;
  const local = new Float64Array(n);
  for (let k = 0; k < lin.blocks.length; k++) {
    const b = lin.blocks[k]!;
    if (dropped[b.owner]) continue;
    st.chars[b.owner]! += b.text.length;
    st.links[b.owner]! += b.linkChars;
    const w = weights[k]!;
    if (w <= 0) continue;
    let a = b.owner > 0 ? parent[b.owner]! : 0;
    let share = 1;
    for (let level = 0; level < CANDIDATE_LEVELS && a >= 0; level++) {
      local[a]! += w * share;
      share /= 2;
      a = parent[a]!;
    }
  }
  sumUp(st.chars, parent);
  sumUp(st.links, parent);
  let best = 0;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    if (dropped[i] || local[i]! <= 0) continue;
    let s = local[i]!;
    const el = nodes[i]!;
    const role = el.attribs.role;
    if (
      el.name === "article" ||
      el.name === "main" ||
      el.attribs.itemprop === "articleBody" ||
      (role !== undefined && CONTENT_ROLES.has(role))
    ) {
      s *= SEMANTIC_CANDIDATE_BONUS;
    } else if (POSITIVE_CLASS.test(classId[i]!)) s *= CLASS_CANDIDATE_BONUS;
    s *= 1 - st.links[i]! / Math.max(1, st.chars[i]!);
    if (s > bestScore) {
      bestScore = s;
      best = i;
    }
  }
  return best;
}

/**
 * 3c. Does sibling `i` of the candidate continue the article? Mostly long paragraphs, or one paragraph
 * of its own ("Final standings after 36 races:"), or a link-poor data table, or a short link-free
 * sentence ("He declined to comment."); never a grid of story cards (two or more <article>) or of
 * one-line teasers ("Renault's latest seven-seater MPV…").
 */
function siblingJoins(
  i: number,
  lin: Linearized,
  st: Stats,
  dropped: Uint8Array,
  score: Float64Array,
): boolean {
  const { end } = lin.elements;
  const blocks = lin.blocks;
  if (st.articles[i]! >= 2) return false;
  const chars = st.chars[i]!;
  const links = st.links[i]!;
  const net = chars - links;
  if (net <= 0) return false;
  if (score[i]! > 0 && score[i]! >= net * SIBLING_MIN_NET_SHARE) {
    if (st.prose[i]! >= net * SIBLING_MIN_NET_SHARE) return true;
    const first = st.firstBlock[i]!;
    const second = first + 1;
    if (first < blocks.length && (second >= blocks.length || blocks[second]!.owner > end[i]!)) return true;
  }
  if (st.rows[i]! >= net * SIBLING_MIN_NET_SHARE && links <= chars * PROSE_MAX_LINK_DENSITY) return true;
  if (links > 0 || chars >= PROSE_MIN_CHARS) return false;
  for (let k = st.firstBlock[i]!; k < blocks.length && blocks[k]!.owner <= end[i]!; k++) {
    const b = blocks[k]!;
    if (!dropped[b.owner] && !SENTENCE_END.test(b.text)) return false;
  }
  return true;
}

/** 3d. The chosen elements: the candidate (after climbing through lone wrappers) and joining siblings. */
function chooseElements(
  lin: Linearized,
  st: Stats,
  dropped: Uint8Array,
  weights: Float64Array,
  best: number,
): Uint8Array {
  const { parent, end } = lin.elements;
  const n = parent.length;
  const score = new Float64Array(n);
  for (let k = 0; k < lin.blocks.length; k++) score[lin.blocks[k]!.owner]! += weights[k]!;
  sumUp(score, parent);
  let cand = best;
  while (cand > 0) {
    const p = parent[cand]!;
    let alone = true;
    for (let i = p + 1; i <= end[p]!; i = end[i]! + 1) {
      if (i !== cand && !dropped[i] && st.chars[i]! > 0) {
        alone = false;
        break;
      }
    }
    if (!alone) break;
    cand = p;
  }
  const chosen = new Uint8Array(n);
  const top = parent[cand]!;
  if (cand > 0 && top >= 0) {
    for (let i = top + 1; i <= end[top]!; i = end[i]! + 1) {
      if (i === cand || (!dropped[i] && siblingJoins(i, lin, st, dropped, score)))
        chosen.fill(1, i, end[i]! + 1);
    }
  } else chosen.fill(1, cand, end[cand]! + 1);
  return chosen;
}

/**
 * An <article> inside another <article> is a comment or a related post (HTML's own definition), or the
 * next post of a blog whose markup never closes its <article>s: unchoose it, unless the top candidate
 * is inside it.
 */
function dropNestedArticles(lin: Linearized, best: number, chosen: Uint8Array): void {
  const { nodes, parent, end } = lin.elements;
  const inArticle = new Uint8Array(nodes.length);
  for (let i = 1; i < nodes.length; i++) {
    const p = parent[i]!;
    const isArticle = nodes[i]!.name === "article";
    if (isArticle && inArticle[p] && !(best >= i && best <= end[i]!)) {
      chosen.fill(0, i, end[i]! + 1);
      i = end[i]!; // skip the subtree: every index inside it is already unchosen
      continue;
    }
    inArticle[i] = inArticle[p] || (isArticle ? 1 : 0);
  }
}

/**
 * The element that a "Related" heading (block `k`) opens: climb from the heading's owner while the
 * heading is the first block of the parent, the parent holds no more than RELATED_BOX_MAX_PROSE_SHARE
 * of the page's prose, and the parent does not hold the top candidate ("<div class=x><h3>More from
 * us</h3><ul>…</ul></div>" → the div).
 */
function boxOpenedBy(lin: Linearized, st: Stats, k: number, best: number): number {
  const { parent, end } = lin.elements;
  let e = lin.blocks[k]!.owner;
  const limit = (st.prose[0] ?? 0) * RELATED_BOX_MAX_PROSE_SHARE;
  for (;;) {
    const p = parent[e]!;
    if (p <= 0 || st.firstBlock[p] !== k || (best >= p && best <= end[p]!) || st.prose[p]! > limit) return e;
    e = p;
  }
}

/** 4. The chosen blocks, minus chrome lines, captions, link lists and the material above the body. */
function outputBlocks(
  lin: Linearized,
  keep: (owner: number) => boolean,
  standfirst: Uint8Array,
  relatedBox: (k: number) => number,
  title: string | undefined,
): string[] {
  const { end } = lin.elements;
  const out: string[] = [];
  let boxStart = -1; // the "Related" box being skipped: elements boxStart..boxEnd
  let boxEnd = -1;
  const titleKey = title ? normKey(title) : "";
  const altKeys = new Set(lin.imageAlts.map(normKey).filter((k) => k.length >= MIN_ALT_CHARS));
  let seenProse = false;
  let cutting = false; // inside the link list under a "Related" heading
  let inSummary = false; // inside the bullets under "Key Points"
  let creditLabelBefore = false; // the previous block was "Photo:"
  for (let k = 0; k < lin.blocks.length; k++) {
    const b = lin.blocks[k]!;
    if (!keep(b.owner)) continue;
    if (b.owner >= boxStart && b.owner <= boxEnd) continue;
    const text = b.text;
    const len = text.length;
    const isHeading = HEADING_TAGS.has(b.tag);
    if (len <= MAX_LABEL_CHARS) {
      if (RELATED_HEADING.test(text)) {
        // cut the box the heading opens (DOM level), then the link blocks after it (line level)
        boxStart = relatedBox(k);
        boxEnd = end[boxStart]!;
        cutting = true;
        continue;
      }
      if (SUMMARY_HEADING.test(text)) {
        inSummary = true;
        continue;
      }
      if (CHROME_LINE.test(text)) continue;
      if (
        !seenProse &&
        ((BYLINE_LINE.test(text) && !SENTENCE_FINAL_WORD.test(text)) || DATE_LINE.test(text))
      ) {
        continue;
      }
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
    const emphasized = b.emphChars >= len * CAPTION_EMPHASIS_SHARE;
    if (!isHeading && b.afterImage && emphasized && len <= MAX_CAPTION_CHARS && !SENTENCE_END.test(text))
      continue;
    if (len <= MAX_ALT_CAPTION_CHARS && altKeys.size > 0 && repeatsAlt(normKey(text), altKeys)) continue;
    // prompts, tail lines, stamps, URL dumps
    if (len <= MAX_PROMPT_CHARS && PROMPT_LINE.test(text)) continue;
    if (len <= MAX_TAIL_CHARS && seenProse && TAIL_LINE.test(text)) continue;
    if (len <= MAX_STAMP_CHARS && STAMP_LINE.test(text)) continue;
    if (len <= MAX_DISCLAIMER_CHARS && DISCLAIMER_LINE.test(text)) continue;
    if (urlShare(text) > URL_SHARE_MAX) continue;
    if (cutting) {
      // stop at the next real paragraph or heading
      // (a short unlinked line that is not a list item is the article going on: "He declined to comment.")
      if (b.linkChars > len * CUT_LINK_DENSITY || (len < PROSE_MIN_CHARS && LIST_ITEM_TAGS.has(b.tag)))
        continue;
      cutting = false;
    }
    // link lists
    const minUnlinked = b.tag === "p" ? P_MIN_UNLINKED_CHARS : MIN_UNLINKED_CHARS;
    const unlinked = len - b.linkChars;
    if (
      b.linkChars > len * LINK_DENSITY_MAX &&
      (b.linkChars > len * OUTPUT_LINK_DENSITY_MAX || unlinked < minUnlinked)
    ) {
      continue;
    }
    // above the body: standfirst, headline
    if (!seenProse && standfirst[b.owner]) continue;
    if (!seenProse && (b.tag === "h1" || (titleKey && sameAsTitle(text, titleKey)))) continue;
    if (isProse(b)) seenProse = true;
    out.push(text);
  }
  return out;
}

export function selectContent(lin: Linearized, options: ContentOptions = {}): ContentResult {
  if (lin.elements.nodes.length === 0) return { blocks: [], container: -1 };
  const st = baseStats(lin);
  const dropped = markChrome(lin, st);
  const weights = weighBlocks(lin, dropped, options.jsonLdBody);
  const best = topCandidate(lin, st, dropped, weights);
  const chosen = chooseElements(lin, st, dropped, weights, best);
  dropNestedArticles(lin, best, chosen);
  const standfirst = markStandfirst(lin, st);
  const keep = (owner: number): boolean => chosen[owner] === 1 && dropped[owner] === 0;
  const relatedBox = (k: number): number => boxOpenedBy(lin, st, k, best);
  return { blocks: outputBlocks(lin, keep, standfirst, relatedBox, options.title), container: best };
}
