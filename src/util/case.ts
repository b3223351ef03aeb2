/**
 * Caseless text: a document written all in lower case, as preprocessed
 * releases of news corpora ship it ("u.s. president donald trump said …").
 * Rules that read capitals (a headline's case, "Russian Federation Council",
 * "USA Today") switch to their caseless vocabulary on such a document.
 */

/** Fewer capitals than one per this many lower-case letters: caseless. Cased news has ~1 per 30. */
const LOWER_PER_CAPITAL = 200;
/** A caseless verdict needs this many lower-case letters (a short line says nothing). */
const MIN_LETTERS = 50;
const TOKEN = "NEWLINE_CHAR";

/** Capitals enough, at a cased rate, for a verdict before the end of the text. */
const EARLY_CAPITALS = 6;

/**
 * Is `text` lower-cased? ASCII letters are counted, Multi-News' `NEWLINE_CHAR`
 * token aside. Cased text stops the scan early: once the capitals seen
 * outnumber 1/200 of the whole text, no remainder can make it caseless; and
 * six capitals at a cased rate (a headline, a sentence or two) call it cased
 * too — a caseless page does not open so.
 */
export function isCaselessText(text: string): boolean {
  let upper = 0;
  let lower = 0;
  const stopAt = text.length / LOWER_PER_CAPITAL;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) lower++;
    else if (c >= 65 && c <= 90) {
      if (c === 78 && text.startsWith(TOKEN, i)) {
        i += TOKEN.length - 1;
        continue;
      }
      if (++upper > stopAt || (upper >= EARLY_CAPITALS && upper * LOWER_PER_CAPITAL > lower)) return false;
    }
  }
  return lower >= MIN_LETTERS && upper * LOWER_PER_CAPITAL <= lower;
}

/** isCaselessText of a document, computed once. */
export function isCaseless(doc: { readonly text: string; memo<T>(key: string, fn: () => T): T }): boolean {
  return doc.memo("caseless", () => isCaselessText(doc.text));
}
