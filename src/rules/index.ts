/** The rule registry, in the order rules run (order does not change results). */
import byline from "./byline.js";
import chromeLine from "./chrome-line.js";
import crossDuplicate from "./cross-duplicate.js";
import crossSpinner from "./cross-spinner.js";
import dateline from "./dateline.js";
import duplicateSentence from "./duplicate-sentence.js";
import footer from "./footer.js";
import garbledSentence from "./garbled-sentence.js";
import hardWrap from "./hard-wrap.js";
import htmlEntity from "./html-entity.js";
import markup from "./markup.js";
import missingSpace from "./missing-space.js";
import mojibake from "./mojibake.js";
import pullQuote from "./pull-quote.js";
import quotes from "./quotes.js";
import repeatedHeadline from "./repeated-headline.js";
import type { Rule } from "./rule.js";
import sectionLine from "./section-line.js";
import spinner from "./spinner.js";
import truncatedSentence from "./truncated-sentence.js";
import unrelatedHeadline from "./unrelated-headline.js";
import whitespace from "./whitespace.js";

export const RULES: readonly Rule[] = Object.freeze([
  hardWrap,
  whitespace,
  mojibake,
  htmlEntity,
  markup,
  quotes,
  missingSpace,
  repeatedHeadline,
  sectionLine,
  dateline,
  byline,
  chromeLine,
  footer,
  unrelatedHeadline,
  pullQuote,
  duplicateSentence,
  spinner,
  crossDuplicate,
  crossSpinner,
  truncatedSentence,
  garbledSentence,
]);
