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
 * breadcrumbs, bylines, captions; an element matching it is dropped unless it holds
 * most of the page's prose (a page wrapper "layout-with-sidebar").
 */
export const HARD_NEGATIVE_CLASS =
  /related|share|sharing|social|comment|disqus|respond|(?:^|[-_ ])repl(?:y|ies)|discussion|guestbook|promo|newsletter|sidebar|breadcrumb|footer|masthead|(?:^|[-_ ])nav|menu|sponsor|recommend|more-?from|more-?(?:news|stories|posts|articles|videos)|other-?(?:news|stories)|popular|trending|subscri|cookie|consent|signup|sign-up|banner|outbrain|taboola|most-?read|most-?viewed|read-?more|readmore|see-?also|also-?read|next-?article|prev-?article|pagination|pager|rating|survey|(?:^|[-_ ])poll|ticker|tooltip|modal|popup|overlay|(?:^|[-_ ])skip|login|signin|(?:^|[-_ ])search|logo|affiliate|byline|dateline|timestamp|caption|credit|teaser|author-?(?:bio|box|info|profile|description|details|card)|about-?(?:the-?)?author/;

/**
 * (Embedded tweets and Instagram posts are not here: the benchmark's ground truth keeps their text,
 * e.g. the Senate tweets quoted on a Nigerian news page; share buttons are caught by "share"/"social".)
 * SOFT: words that mark chrome only when the element holds little prose (headline and
 * standfirst boxes, media wrappers, author boxes, tag lists): "media" or "image" also
 * name wrappers around a whole article, so these never drop a prose-rich element.
 */
export const SOFT_NEGATIVE_CLASS =
  /author|published|pubdate|kicker|(?:^|[-_ ])dek(?:$|[-_ ])|standfirst|subtitle|strapline|summary|video|gallery|slideshow|carousel|photo|image|img|media|embed|follow|excerpt|contact|copyright|disclaimer|legal|hidden|sr-?only|screen-?reader|tags?(?:$|[-_ ])|topics|toolbar|widget|account|brand|shop|partner|offer|coupon|paywall|print/;

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
export const PROSE_MAX_LINK_DENSITY = 0.3;

/**
 * class/id words that rescue an element that also matches NEGATIVE_CLASS when it
 * holds most of the text ("article-body has-sidebar", "post-content comments-open").
 */
export const STRONG_POSITIVE_CLASS =
  /article-?body|story-?body|post-?body|entry-?content|post-?content|article-?content|story-?content|articlebody|body-?text|article-?text/;

/** Build an anchored, case-insensitive whole-line regex from alternatives (each a regex source). */
function wholeLine(alternatives: readonly string[], tail = "\\W*"): RegExp {
  return new RegExp(`^(?:${alternatives.join("|")})${tail}$`, "iu");
}

/**
 * Lines that are chrome whatever element they sit in, matched as whole short blocks (never as
 * phrases inside prose). FIELD-NOTES "Page chrome": advertisement markers ("Story continues below
 * advertisement", "Advertisement Continue reading the main story", "ADVERTISEMENT", "Story
 * Continued Below"), share buttons and prompts, widget placeholders.
 */
export const CHROME_LINE = wholeLine([
  // advertisement markers
  "advertisement|advertisements|advert|adverts|ad|ads|sponsored|sponsored content|anzeige|publicidade|publicidad|pubblicità|реклама",
  "story continues below(?: advertisement)?|story continued below|continue reading(?: the main story)?",
  "advertisement continue reading the main story|skip advertisement",
  // share buttons and prompts
  "share|share this|share this (?:article|story|post)|tweet|email|print|like this story\\W+share it with a friend",
  "comments?|\\d+ comments?|tell us what you think(?:\\.\\.\\.)?|leave a (?:comment|reply)|join the (?:conversation|discussion)",
  // widget placeholders and controls
  "listen to this article|click to enlarge|image|photo|video|loading|close|menu|search|subscribe|sign up|log in",
  "this slideshow requires javascript|javascript is (?:disabled|required).*|read more|more|next|previous|back to top|top",
  // reading-time labels ("Tempo de leitura: 1 minuto", "5 min read")
  "(?:reading time|tempo de leitura|tiempo de lectura|lesezeit|temps de lecture)\\W+.{0,20}|\\d+ min(?:ute)?s? read",
  // unrendered WordPress shortcodes: "[button link=...]Send us YOUR kit review[/button]"
  "\\[\\w+[^\\]]*\\].*\\[/\\w+\\]",
]);

/**
 * Newsletter and subscription prompts (FIELD-NOTES: newsletter prompts in 16 of 570 raw documents),
 * tested on blocks up to MAX_PROMPT_CHARS: "Get the latest updates right in your inbox. Subscribe to
 * NJ.com's newsletters.", "Sign up for The Water Coolest today to get the free daily newsletter".
 */
export const PROMPT_LINE =
  /\b(?:sign up|subscribe|get (?:it|them|the \w+) (?:delivered|in your inbox))\b.*\b(?:newsletters?|inbox|e-?mail|letterbox|delivered)\b|\b(?:newsletters?|inbox)\b.*\b(?:sign up|subscribe)\b/i;

/**
 * Lines that close an article without being part of it, tested after the first paragraph on blocks
 * up to MAX_PROMPT_CHARS, anchored at the start (never a phrase inside prose). FIELD-NOTES: "Follow
 * us on …", tip lines (18 lines in 16 documents). Seen in the benchmark: "Follow The New York Times
 * Opinion section on Facebook…", "Email Tariq Malik at … or follow him @tariqjmalik", "Have a tip?
 * Amy Kuperinsky may be reached at…", "Join our Space Forums…", wire credits "(Reporting by Greg
 * Roumeliotis…; editing by…)", "Associated Press writers … contributed to this report.", affiliate
 * disclosures "AppleInsider has affiliate partnerships…", "Microsoft may earn an Affiliate Commission…".
 */
export const TAIL_LINE =
  /^(?:follow (?:us|him|her|me|them|@|the \w+ .{0,40} on)|e-?mail \w+(?: \w+)? at \S+@|have a (?:news )?tip\b|join our\b|if you (?:enjoyed|liked) this\b|\(?(?:additional )?(?:reporting|writing|editing) by\b|[^.!?]{0,160}\bcontributed (?:to )?this (?:report|story|article)\W*$|[^.!?]{0,80}\b(?:may earn an? (?:affiliate )?commission|has affiliate partnerships|affiliate links?)\b)/i;

/** Longest block tested against PROMPT_LINE and TAIL_LINE: a prompt is one or two sentences. */
export const MAX_PROMPT_CHARS = 250;

/**
 * Headings of link blocks appended to an article: the heading and the link list after it are
 * cut. English (FIELD-NOTES: "Related:", "RELATED:", "More from MarketWatch", "Read More") and the
 * same labels in the benchmark's other languages (pt, es, de, fr, it, ru). Only short blocks.
 */
export const RELATED_HEADING = wholeLine(
  [
    "related(?: articles?| stories| content| coverage| news| posts?| links| topics| reading| videos?)?",
    "more from\\b.*|more on\\b.*|more (?:\\S+ ){0,3}(?:stories|news|articles|posts|videos|coverage)|more in .*|also on .*",
    "recommended(?: for you| articles?| stories| reading)?|what to read next|read next|read also|also read.*",
    "read more.*|see also|further reading|you may also like|you might also like|you may (?:also )?be interested in(?:\\.\\.\\.)?",
    "most (?:read|popular|viewed|shared).*|trending.*|popular.*|top stories|latest news|editors'? picks?",
    "don't miss|recent posts|related posts",
    // pt
    "leia (?:também|mais)|veja (?:também|mais)|saiba mais|not[ií]cias relacionadas|posts relacionados|artigos relacionados|mais lidas",
    // es
    "lee también|leer más|te puede interesar|noticias relacionadas|artículos relacionados|lo más leído",
    // de
    "lesen sie auch|mehr zum thema|das könnte sie auch interessieren|meistgelesen",
    // fr
    "à lire aussi|lire aussi|sur le même sujet|les plus lus",
    // it
    "leggi anche|potrebbe interessarti|articoli correlati|i più letti",
    // ru
    "читайте также|смотрите также|похожие (?:статьи|записи|новости)|самые популярные.*|популярное|по теме",
  ],
  "[\\s:.…]*",
);

/**
 * Labels of a summary box above the article ("Key Points" and its bullets on CNBC-style pages,
 * "Highlights", "Story highlights"): a standfirst in list form, which the benchmark's ground truth
 * leaves out. The label and the list items right after it are dropped.
 */
export const SUMMARY_HEADING = wholeLine(
  ["key points|highlights|story highlights|in brief|at a glance|tl;?dr|what you need to know|the big picture"],
  "\\s*:?",
);

/**
 * Publication stamps, anywhere in the body: "The Associated Press / Published Monday, November 18,
 * 2019 8:22AM EST", "First Published on Nov 20, 2019 01:38 pm", "Updated: June 22, 2017 1:24 pm"
 * (FIELD-NOTES: dated lines "Posted Tuesday, November 21, 2017 5:27 pm", "Published on Aug 11, 2016").
 */
export const STAMP_LINE =
  /^(?:[^.!?]{0,50}[/|]\s*)?(?:first |last )?(?:published|updated|posted|modified|publicado|atualizado|actualizado|veröffentlicht|aktualisiert|publié|mis à jour|pubblicato|aggiornato|опубликовано)\b(?: on| at| em| el| am| le| il)?\W{0,3}.{0,60}(?:\d{4}|\d{1,2}:\d{2}).{0,24}$/i;

/** Site disclaimers appended to the body ("Disclaimer: The views and investment tips expressed…"). */
export const DISCLAIMER_LINE = /^disclaimer\s*:/i;

/**
 * Longest block tested against STAMP_LINE. (Copyright lines are kept: the benchmark's ground truth
 * keeps wire-copy notices such as "© 2019 Associated Press. All Rights Reserved. This material may
 * not be published…" on 2 pages and drops one on 1; the cleaning kernel's chrome rules judge them.)
 */
export const MAX_STAMP_CHARS = 160;
/** Longest block tested against DISCLAIMER_LINE. */
export const MAX_DISCLAIMER_CHARS = 600;

/**
 * Photo captions outside <figcaption> (the ground truth leaves captions out): a short block right
 * after an image that does not end like a sentence ("<p><img></p><p><em>Parabolic Lightcloud by amigo
 * & amigo</em></p>"), or a block that repeats an image's alt text (FIELD-NOTES: "a photo caption repeated
 * as caption and alt text").
 */
export const MAX_CAPTION_CHARS = 150;
export const MAX_ALT_CAPTION_CHARS = 300;

/**
 * Photo credit lines and labels: "Photo: личный архив…", "Фото:", "Image copyright AFP", "Photo by
 * John Roe/Getty Images" (FIELD-NOTES: photo captions and credits, 29 lines in 26 documents).
 */
export const CREDIT_LINE =
  /^(?:photos?|photograph|image|picture|credit|foto|fotos|фото|imagem|bild|crédito|crédit)(?: (?:by|credit|courtesy|copyright|source))?\s*(?::|©|$)|^(?:photo|image|foto) (?:by|courtesy|copyright)\b|^image caption\b/i;
/** A credit label alone ("Фото:") takes the short block after it along. */
export const CREDIT_LABEL = /^(?:photos?|photograph|image|picture|credit|foto|fotos|фото|imagem|bild)\s*:$/i;

/** Longest block (chars) tested against RELATED_HEADING / CHROME_LINE: real headings are short. */
export const MAX_LABEL_CHARS = 80;

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

/** A URL or a file path with an extension, for the URL-share test (image metadata dumped as text). */
export const URL_TOKEN = /\bhttps?:\/\/\S+|\bwww\.\S+/g;
/** A block whose text is more than this share of URLs is a metadata dump ("http://…/x.jpg 540 960 jdadmin http://…"). */
export const URL_SHARE_MAX = 0.5;
