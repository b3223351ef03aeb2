/**
 * Footer headings: standalone lines that open a block of links to other
 * stories. Seeds 000 ("Related News:") and 001 ("Related news"); FIELD-NOTES:
 * "Read More", "RELATED:", "More from MarketWatch" (20 lines / 20 docs, at the
 * bottom). Matched against a whole trimmed line, case-insensitively.
 */
/**
 * Headings of a topic-tag box (the BBC's "Related Topics", WordPress' "Filed
 * Under"): the lines under them are short tags ("Transport", "City council").
 */
const TAG_HEADINGS =
  "related topics|related tags|topics|tags|more on these topics|more on|filed under|categories|" +
  // The FT's and the Guardian's tag boxes.
  "follow the topics in this article|topics in this article|explore more on these topics";

export const FOOTER_HEADINGS: readonly RegExp[] = [
  /^related(?: news| articles?| stories| story| content| coverage| links?| posts?| reading| videos?| topics| tags)?\s*[:.]?$/i,
  /^(?:read|see) (?:more|next|also)(?: (?:news|stories|articles|on this|about this|from [\p{L}\p{N}'’ .&-]{1,40}))?\s*[:.]?$/iu,
  /^more (?:from|on|at|in|stories from|news from|coverage from) [\p{L}\p{N}'’ .&-]{1,40}\s*:?$/iu,
  /^more (?:news|stories|headlines|articles|top stories|coverage|videos)\s*:?$/i,
  /^you (?:may|might|will) (?:also )?(?:like|enjoy|be interested in)\s*[:.]?$/i,
  /^(?:recommended|recommended for you|recommended stories|recommended reading|suggested (?:articles|stories|reading)|editor'?s'? picks|popular|most popular|most read|most viewed|most shared|most emailed|most commented|latest videos|trending|trending now|trending stories|top stories|latest news|latest stories|don'?t miss|also on [\p{L} .]{1,30}|also in [\p{L} .]{1,30}|(?:popular|trending|most popular|most read) (?:on|in|at) [\p{L} .]{1,30}|further reading|see also|also read|around the web|from around the web|from the web|elsewhere on the web|sponsored stories|promoted stories|we recommend|what to read next|up next|next up|popular stories|in case you missed it|must read|must reads|from our partners|content from our partners|partner content|more on this story|more on this topic|other news|other stories|sources|what (?:others|other readers|people|readers|everyone) (?:are|is) (?:reading|watching)(?: now| right now)?|what we['’]re reading|people also read|readers also (?:read|liked)|others also read|you might have missed|more to (?:explore|read)|read this next|popular now|more (?:stories )?like this)\s*[:.]?$/iu,
  new RegExp(`^(?:${TAG_HEADINGS})\\s*[:.]?$`, "i"),
];

/** A tag-box heading (TAG_HEADINGS): its lines are tags, not headline-shaped. */
export const FOOTER_TAG_HEADINGS = new RegExp(`^(?:${TAG_HEADINGS})\\s*:?$`, "i");

/** A topic tag under such a heading: one to four words, no sentence punctuation. */
export const FOOTER_TAG_LINE = /^[\p{L}\p{N}][\p{L}\p{N}'’&.-]*(?: [\p{L}\p{N}'’&.-]+){0,3}$/u;

/** How many lines after a footer heading may be link lines. */
export const FOOTER_MAX_LINK_LINES = 25;

/**
 * Words that say nothing of a topic: a trailing headline and the story may
 * both use them by chance ("Best Smart Speakers To Buy This Year" under a
 * story that mentions "this year" and "the best"). unrelated-headline does
 * not count them as shared, as it does not count years.
 */
export const GENERIC_TOPIC_WORDS: readonly string[] = [
  "year",
  "day",
  "week",
  "month",
  "time",
  "best",
  "new",
  "first",
  "last",
  "people",
  "thing",
  "way",
  "today",
  // Ordinals and "local": a sports story's "third period", "local time" under
  // "Local bakery wins national bread award for third year" (the benchmark's
  // Readability extractions with one headline appended).
  "second",
  "third",
  "fourth",
  "fifth",
  "local",
];

/**
 * Words of wire copy that a story and any other story's headline share without
 * sharing a topic: the country ("US", "United States"), its government and
 * officials, the police, "world", "man", "report", amounts in millions.
 * unrelated-headline does not count them as a shared topic, but removes a
 * line that shares only such words at 0.8 at most. (Stemmed as the body's
 * words are: "states" is "state", "united" "unit".) Observed on probe16's
 * trailing headlines: a "… U.S. President …" or "Police: Man arrested …"
 * headline under a U.S. or police story was kept as a teaser.
 */
export const COMMON_NEWS_WORDS: readonly string[] = [
  "u.s",
  "united",
  "states",
  "american",
  "national",
  "international",
  "world",
  "country",
  "government",
  "officials",
  "police",
  "man",
  "woman",
  "report",
  "million",
  "billion",
  "percent",
];
