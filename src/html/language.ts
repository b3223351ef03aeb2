/**
 * A cheap language guess for pages that do not declare one: count very common
 * function words of eight languages in the first words of the text. Returns a
 * code only with enough evidence (see MIN_HITS / MIN_MARGIN), else undefined.
 */

/** The most frequent short function words of each language, chosen to overlap little between them. */
const STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  en: [
    "the",
    "and",
    "of",
    "to",
    "is",
    "that",
    "with",
    "for",
    "was",
    "are",
    "this",
    "have",
    "from",
    "which",
    "it",
  ],
  de: [
    "der",
    "die",
    "und",
    "das",
    "ist",
    "nicht",
    "mit",
    "ein",
    "eine",
    "sich",
    "auf",
    "dem",
    "den",
    "auch",
    "wird",
  ],
  fr: [
    "le",
    "les",
    "et",
    "des",
    "est",
    "une",
    "dans",
    "pour",
    "qui",
    "que",
    "sur",
    "pas",
    "au",
    "du",
    "avec",
  ],
  es: ["el", "los", "las", "y", "del", "que", "en", "una", "por", "con", "para", "es", "se", "como", "su"],
  it: [
    "il",
    "che",
    "di",
    "della",
    "per",
    "non",
    "una",
    "sono",
    "gli",
    "con",
    "anche",
    "del",
    "alla",
    "come",
    "nel",
  ],
  pt: ["o", "os", "da", "do", "que", "em", "não", "uma", "para", "com", "dos", "das", "é", "ao", "mais"],
  nl: [
    "de",
    "het",
    "een",
    "en",
    "van",
    "dat",
    "niet",
    "zijn",
    "op",
    "voor",
    "met",
    "ook",
    "is",
    "aan",
    "wordt",
  ],
  ru: ["и", "в", "не", "на", "что", "с", "по", "это", "как", "он", "из", "за", "к", "для", "но"],
};

/** Words looked at: enough for a stable count, bounded cost on long pages. */
const MAX_WORDS = 2000;
/** The winner needs this many hits… */
const MIN_HITS = 5;
/** …and this many times the runner-up's. */
const MIN_MARGIN = 1.5;

const WORD = /[\p{L}]+/gu;

export function guessLanguage(text: string): string | undefined {
  const lookup = new Map<string, string[]>();
  for (const [lang, words] of Object.entries(STOPWORDS)) {
    for (const w of words) {
      const langs = lookup.get(w);
      if (langs) langs.push(lang);
      else lookup.set(w, [lang]);
    }
  }
  const counts = new Map<string, number>();
  let seen = 0;
  for (const m of text.slice(0, MAX_WORDS * 12).matchAll(WORD)) {
    if (++seen > MAX_WORDS) break;
    const langs = lookup.get(m[0].toLowerCase());
    if (!langs) continue;
    for (const l of langs) counts.set(l, (counts.get(l) ?? 0) + 1 / langs.length);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < MIN_HITS) return undefined;
  if (second && first[1] < second[1] * MIN_MARGIN) return undefined;
  return first[0];
}
