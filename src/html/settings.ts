/**
 * Heuristic tables of the HTML extractor: which elements are never content,
 * which class/id words mark content or page chrome, which short lines are
 * chrome, and the thresholds of the block scorer. Logic lives in extract.ts
 * and content.ts; the vocabulary and numbers live here.
 *
 * Tuned on the 181 pages of the scrapinghub article-extraction-benchmark
 * (../shared/bench, 126 hosts, mostly English news and blogs); every number
 * notes what it is for. General rules only: no host names, no per-page lists.
 */

/** Elements whose whole subtree is never article text (scripts, widgets, embeds, form controls). */
export const DROP_TAGS: ReadonlySet<string> = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "math",
  "iframe",
  "object",
  "embed",
  "canvas",
  "audio",
  "video",
  "picture",
  "img",
  "map",
  "button",
  "select",
  "option",
  "input",
  "textarea",
  "label",
  "dialog",
  "head",
  "link",
  "meta",
  "title",
  // page chrome by HTML5 semantics
  "nav",
  "aside",
  // photo captions and credits: the benchmark's ground truth leaves them out, and so does a reader
  "figcaption",
]);

/**
 * Chrome by semantics, but some sites wrap the whole page (ASP.NET: one <form>) or the
 * article (a <header> around the text) in them: dropped only when they hold little
 * paragraph text (see CONDITIONAL_MAX_PARAGRAPH_CHARS).
 */
export const CONDITIONAL_DROP_TAGS: ReadonlySet<string> = new Set(["header", "footer", "form", "figure"]);

/** A conditional element holding more paragraph text than this is kept (a <form> around a whole page). */
export const CONDITIONAL_MAX_PARAGRAPH_CHARS = 400;

/**
 * ARIA landmark roles of page chrome (the role equivalents of <nav>, <aside>, <footer>, search boxes,
 * menus, dialogs): treated like HARD class words. role=banner (a <header>) is conditional like <header>.
 */
export const CHROME_ROLES: ReadonlySet<string> = new Set([
  "navigation",
  "complementary",
  "contentinfo",
  "search",
  "menu",
  "menubar",
  "toolbar",
  "dialog",
  "alertdialog",
  "tooltip",
]);
export const CONDITIONAL_ROLES: ReadonlySet<string> = new Set(["banner"]);
/** ARIA roles of the content: a candidate bonus like <article> and <main>. */
export const CONTENT_ROLES: ReadonlySet<string> = new Set(["main", "article"]);

/** Block-level elements: each starts a new text block. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  "address",
  "article",
  "blockquote",
  "body",
  "center",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "html",
  "legend",
  "li",
  "main",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "thead",
  "tfoot",
  "tr",
  "caption",
  "ul",
]);

export const HEADING_TAGS: ReadonlySet<string> = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

/** Inline elements that set a caption apart (a caption right after an image is often in italics). */
export const EMPHASIS_TAGS: ReadonlySet<string> = new Set(["em", "i", "small", "cite"]);

/** Table cells: joined into one block per row with CELL_SEPARATOR. */
export const CELL_TAGS: ReadonlySet<string> = new Set(["td", "th"]);
export const CELL_SEPARATOR = " | ";

/**
 * class/id words that mark the article container (matched as substrings of the
 * lower-cased class + id, like Readability's table).
 */
export const POSITIVE_CLASS =
  /article|content|story|(?:^|[-_ ])body|post|entry|main|text|prose|blog|permalink|hentry|page-?body|paragraph/;

/**
 * class/id words that mark page chrome around or inside an article, as substrings of
 * the lower-cased class + id ("relatedLinks", "social-share", "newsletter-signup").
 * HARD: related-story boxes, share bars, comments, promos, newsletters, sidebars,
 * breadcrumbs, bylines, captions, hover cards (a "rollover" people card inside a sentence on
 * thehill.com pours a list of headlines into the paragraph); an element matching it is dropped unless it holds
 * most of the page's prose (a page wrapper "layout-with-sidebar").
 */
export const HARD_NEGATIVE_CLASS =
  /related|share|sharing|social|comment|disqus|respond|(?:^|[-_ ])repl(?:y|ies)|discussion|guestbook|promo|newsletter|sidebar|breadcrumb|footer|masthead|(?:^|[-_ ])nav|menu|sponsor|recommend|more-?from|more-?(?:news|stories|posts|articles|videos)|other-?(?:news|stories)|popular|trending|subscri|cookie|consent|signup|sign-up|banner|outbrain|taboola|most-?read|most-?viewed|read-?more|readmore|see-?also|also-?read|next-?article|prev-?article|pagination|pager|rating|survey|(?:^|[-_ ])poll|ticker|tooltip|popover|hovercard|rollover|modal|popup|overlay|(?:^|[-_ ])skip|login|signin|(?:^|[-_ ])search|logo|affiliate|byline|dateline|timestamp|caption|credit|teaser|excerpt|author-?(?:bio|box|info|profile|description|details|card)|about-?(?:the-?)?author/;

/**
 * (Embedded tweets and Instagram posts are not here: the benchmark's ground truth keeps their text,
 * e.g. the Senate tweets quoted on a Nigerian news page; share buttons are caught by "share"/"social".)
 * SOFT: words that mark chrome only when the element holds little prose (headline and
 * standfirst boxes, media wrappers, author boxes, tag lists): "media" or "image" also
 * name wrappers around a whole article, so these never drop a prose-rich element.
 */
export const SOFT_NEGATIVE_CLASS =
  /author|published|pubdate|kicker|(?:^|[-_ ])dek(?:$|[-_ ])|standfirst|subtitle|strapline|summary|video|gallery|slideshow|carousel|photo|image|img|media|embed|follow|contact|copyright|disclaimer|legal|hidden|sr-?only|screen-?reader|tags?(?:$|[-_ ])|topics|toolbar|widget|account|brand|shop|partner|offer|coupon|paywall|print/;

/**
 * class/id words of a standfirst (dek, strapline, summary, lead paragraph): the benchmark's ground
 * truth leaves the standfirst out, e.g. `p.c-entry-summary.p-dek`, `div.post__title__excerpt`,
 * `div.b-article__lead`. Matched as whole words of the class, and only on an element with little
 * prose (STANDFIRST_MAX_PROSE_CHARS) that comes before the first paragraph of the body.
 */
export const STANDFIRST_CLASS =
  /(?:^|[^a-z])(?:dek|deck|standfirst|strapline|subtitle|excerpt|lead|lede|teaser)(?:$|[^a-z])/;
export const STANDFIRST_MAX_PROSE_CHARS = 400;

/** Short class/id words that only count as whole tokens (as substrings they hit "header", "read", "load"…);
 * all are SOFT. */
export const NEGATIVE_CLASS_TOKENS: ReadonlySet<string> = new Set([
  "ad",
  "ads",
  "advert",
  "adv",
  "advertisement",
  "advertising",
  "dfp",
  "gpt",
  "sticky",
  "meta",
  "info",
  "tools",
  "utility",
  "rail",
  "aux",
  "extra",
  "more",
  "links",
  "cta",
]);

/** A HARD-negative element holding more than this share of the page's prose is a wrapper, kept. */
export const HARD_NEGATIVE_MAX_PROSE_SHARE = 0.6;

/** A SOFT-negative element holding at least this many prose chars, or this share of the page's prose, is kept. */
export const SOFT_NEGATIVE_MAX_PROSE_CHARS = 300;
export const SOFT_NEGATIVE_MAX_PROSE_SHARE = 0.25;

/** A block is "prose" when it has at least this many chars and little link text (see PROSE_MAX_LINK_DENSITY). */
export const PROSE_MIN_CHARS = 80;
/** A Han or kana character counts this many times toward PROSE_MIN_CHARS and SHORT_BLOCK_CHARS (roughly the
 * ratio of characters per idea between English and Chinese/Japanese text). */
export const WIDE_CHAR_WEIGHT = 3;
export const PROSE_MAX_LINK_DENSITY = 0.3;

/**
 * class/id words that rescue an element that also matches NEGATIVE_CLASS when it
 * holds most of the text ("article-body has-sidebar", "post-content comments-open").
 */
export const STRONG_POSITIVE_CLASS =
  /article-?body|story-?body|post-?body|entry-?content|post-?content|article-?content|story-?content|articlebody|body-?text|article-?text/;

/** Scorer: a block with a larger share of its text inside links is navigation, not prose. */
export const LINK_DENSITY_MAX = 0.5;

/** Scorer: a prose block shorter than this (chars) earns nothing and a little penalty. */
export const SHORT_BLOCK_CHARS = 30;

/** Scorer: the penalty of a link-dominated block is capped, so one big link list inside an article cannot
 * split the article in two when the container is chosen. */
export const LINK_BLOCK_PENALTY_CAP = 150;

/** JSON-LD articleBody shorter than this is a teaser, not evidence of where the body is. */
export const MIN_JSONLD_BODY_CHARS = 250;

/** Default `maxInputChars`: pages above it are refused (the benchmark's largest page is 1.49 MB). */
export const DEFAULT_MAX_INPUT_CHARS = 10_000_000;

/**
 * Default `maxDepth`: deeper nesting is refused. htmlparser2 keeps its open elements in an array it
 * shifts and unshifts, so parsing costs O(depth) per tag and is quadratic in nesting depth: 50,000
 * nested divs parse in ~3 s on the dev machine, 100,000 in ~11 s; 20,000 in ~0.5 s. Real pages nest
 * a few dozen levels (a few hundred with unclosed tags).
 */
export const DEFAULT_MAX_DEPTH = 20_000;

/** Void elements (never closed) and elements closed implicitly (<p>, <li>, <td>…): the depth estimate
 * skips them so that a page of unclosed <p>s does not look deep. */
export const NO_DEPTH_TAGS: ReadonlySet<string> = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
  "p",
  "li",
  "dt",
  "dd",
  "tr",
  "td",
  "th",
  "option",
  "optgroup",
  "thead",
  "tbody",
  "tfoot",
  "rb",
  "rt",
  "rp",
]);

/** Scorer: a short prose block (under SHORT_BLOCK_CHARS) costs this much: crumbs, labels, counters. */
export const SHORT_BLOCK_PENALTY = 5;
/** Scorer: a prose block's weight is its unlinked chars minus this share of its linked chars. */
export const LINKED_CHARS_COST = 0.5;
/** Scorer: a block that does not end like a sentence weighs this share (headline teasers, labels). */
export const NO_SENTENCE_FACTOR = 0.5;
/** Scorer: a <p> weighs this much more than a <div> of text. */
export const P_TAG_BONUS = 1.2;
/** Scorer: a block found in the JSON-LD articleBody earns its length again (keys shorter than this are
 * too common to count). */
export const MIN_JSONLD_KEY_CHARS = 20;

/**
 * Candidate choice: a block's weight goes to its owner's parent, half to the grandparent, a quarter to
 * the great-grandparent (Readability's locality): the element with many prose children wins, not the
 * page wrapper that also holds twenty teaser paragraphs (a "More stories" grid on washingtonexaminer).
 */
export const CANDIDATE_LEVELS = 3;
/** Candidate choice: <article>, <main>, itemprop=articleBody. */
export const SEMANTIC_CANDIDATE_BONUS = 1.15;
/** Candidate choice: a POSITIVE_CLASS class/id. */
export const CLASS_CANDIDATE_BONUS = 1.1;

/**
 * Siblings of the candidate join it when their net block score is at least this share of their
 * unlinked text and (same share) of prose, or when they are one paragraph or a data table: a body split
 * by an ad slot, one wrapper per paragraph (NYT's storybodycompanioncolumn, hawaiinewsnow's cards).
 */
export const SIBLING_MIN_NET_SHARE = 0.5;

/** Output: a block with more linked chars than this share is dropped (see the two tails below). */
export const OUTPUT_LINK_DENSITY_MAX = 0.8;
/** Output: a link-heavy block stays when it has this many unlinked chars (a list item led by a linked
 * headline, then its own sentence); a <p> needs P_MIN_UNLINKED_CHARS ("The Swedish investigation had
 * been shelved in 2017 but was re-opened…" with two long links, BBC). */
export const MIN_UNLINKED_CHARS = 80;
export const P_MIN_UNLINKED_CHARS = 40;
/** Output: the box a "Related" heading opens is cut whole when it holds no more than this share of the
 * page's prose (teaser summaries are prose too; the article is not in the box). */
export const RELATED_BOX_MAX_PROSE_SHARE = 0.3;
/** Output: after a "Related" heading, blocks with more linked chars than this share are cut. */
export const CUT_LINK_DENSITY = 0.3;
/** Output: an embed box (a tweet in a "social-media-embed" div) is kept when this share of its text is
 * inside <blockquote>. */
export const EMBED_QUOTE_SHARE = 0.5;
/** Output: a block right after an image is a caption when at least this share is in <em>/<i>/<small>. */
export const CAPTION_EMPHASIS_SHARE = 0.9;
/** Alt texts shorter than this ("photo", "logo") say nothing about a caption. */
export const MIN_ALT_CHARS = 15;
