/**
 * Whole documents that are not articles. FIELD-NOTES ("Whole documents that
 * are not articles"): 5.4% of Multi-News documents are one of these
 * templates; an LLM ensemble flagged 93% of them as unrelated to their story.
 * Phrases are matched on the comparison key (lower case, punctuation and
 * tokenisation removed), so "u.s." / "@-@" releases match too.
 */
export interface JunkTemplate {
  readonly reason: string;
  /** Comparison-key phrases; any one marks the document as this template. */
  readonly phrases: readonly string[];
}

export const JUNK_TEMPLATES: readonly JunkTemplate[] = [
  {
    reason: "web-archive-notice",
    phrases: [
      "these crawls are part of an effort to archive pages as they are created",
      "starting in 1996 alexa internet has been donating their crawl data",
      "focused crawls are collections of frequently updated webcrawl data",
      "the wayback machine",
      "this page has been archived",
    ],
  },
  {
    reason: "twitter-widget",
    phrases: [
      "tweet with a location",
      "add a location to your tweets",
      "you can add location information to your tweets",
      "this timeline is where you ll spend most of your time",
    ],
  },
  {
    reason: "not-found",
    phrases: [
      "404 not found",
      "page not found",
      "the page you requested could not be found",
      "the page you are looking for",
      "sorry the page you were looking for",
      "this page does not exist",
      "we can t find the page",
      "we couldn t find that page",
    ],
  },
  {
    reason: "video-player",
    phrases: [
      "rating is available when the video has been rented",
      "this feature is not available right now",
      "this video is unavailable",
      "the media could not be loaded",
    ],
  },
  {
    reason: "cookie-or-javascript-notice",
    phrases: [
      "please enable javascript",
      "javascript is disabled in your browser",
      "you need to enable javascript",
      "we use cookies to",
      "this site uses cookies",
      "your browser does not support",
      "please enable cookies",
      "access denied",
      "are you a robot",
    ],
  },
];

/**
 * A document is junk when template phrases cover at least this share of its
 * words, or when it is shorter than JUNK_SHORT_WORDS and holds any template
 * phrase (a real article may quote one in passing).
 */
export const JUNK_MIN_COVERAGE = 0.3;
export const JUNK_SHORT_WORDS = 150;

/** Off-topic in a cluster: share of a document's content words found in the other documents. */
export const OFF_TOPIC_MAX_SHARED = 0.1;
export const OFF_TOPIC_MIN_WORDS = 20;
/** …and names (capitalised words inside sentences) shared with the other documents. */
export const OFF_TOPIC_MAX_SHARED_NAMES = 1;
export const OFF_TOPIC_MIN_DOCS = 3;
