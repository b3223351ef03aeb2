/**
 * Caseless text: a document written in one case only — all lower case, as
 * preprocessed releases of news corpora ship it ("u.s. president donald trump
 * said …"), or all capitals, as old wire copy and some feeds do. Rules that
 * read capitals (a headline's case, "Russian Federation Council", "USA
 * Today", "SEE ALSO:") switch to their caseless vocabulary on such a document.
 */

/** Fewer letters of the other case than one per this many: caseless. Cased news has ~1 capital per 30. */
const PER_OTHER_CASE = 200;
/** A caseless verdict needs this many letters (a short line says nothing). */
const MIN_LETTERS = 50;
const TOKEN = "NEWLINE_CHAR";
// Cased letters beyond ASCII (Cyrillic, Greek, accented Latin) count too: a
// Russian page's case must not hang on the English lines pasted under it.
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

/** Letters of each case enough, at a cased rate, for a verdict before the end of the text. */
const EARLY_LETTERS = 6;
/** The longest first line taken for a headline, whose case does not count. */
const TITLE_CHARS = 300;

/**
 * Is `text` in one case only? Cased letters are counted (ASCII, and beyond),
 * Multi-News' `NEWLINE_CHAR` token aside. Cased text stops the scan early: once the
 * minority case outnumbers 1/200 of the whole text, no remainder can make it
 * caseless; and six letters of each case at a cased rate (a headline, a
 * sentence or two) call it cased too — a caseless page does not open so.
 */
export function isCaselessText(text: string): boolean {
  // The body decides: a headline of its own case above a caseless body ("Trump
  // Says …" over "u.s. president …") is not counted — a first line of up to
  // TITLE_CHARS characters is skipped, unless too little text follows it.
  const firstBreak = text.indexOf("\n");
  if (firstBreak >= 0 && firstBreak < TITLE_CHARS) {
    const body = caselessFrom(text, firstBreak + 1);
    if (body !== undefined) return body;
  }
  return caselessFrom(text, 0) === true;
}

/** The verdict on text[from…]; undefined when it holds fewer than MIN_LETTERS letters. */
function caselessFrom(text: string, from: number): boolean | undefined {
  let upper = 0;
  let lower = 0;
  const stopAt = (text.length - from) / PER_OTHER_CASE;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) lower++;
    else if (c >= 65 && c <= 90) {
      if (c === 78 && text.startsWith(TOKEN, i)) {
        i += TOKEN.length - 1;
        continue;
      }
      upper++;
    } else if (c < 0xc0 || (c >= 0x2000 && c <= 0x2bff)) continue;
    // (Above: ASCII, and the punctuation, symbol and arrow blocks — curly quotes, dashes.)
    else if (LOWER.test(text[i]!)) lower++;
    else if (UPPER.test(text[i]!)) upper++;
    else continue;
    const few = Math.min(upper, lower);
    if (few > stopAt || (few >= EARLY_LETTERS && few * PER_OTHER_CASE > upper + lower - few)) return false;
  }
  const few = Math.min(upper, lower);
  if (upper + lower - few < MIN_LETTERS) return undefined;
  return few * PER_OTHER_CASE <= upper + lower - few;
}

/** isCaselessText of a document, computed once. */
export function isCaseless(doc: { readonly text: string; memo<T>(key: string, fn: () => T): T }): boolean {
  return doc.memo("caseless", () => isCaselessText(doc.text));
}
