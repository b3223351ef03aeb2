/**
 * Site section labels seen above headlines ("World Media" in seed 004; menu
 * sections of news sites). A first line made only of these words is a section
 * label, not a headline.
 */
export const SECTION_WORDS = new Set(
  (
    "world media news politics business tech technology science health sport sports entertainment opinion " +
    "opinions us u.s. uk local national international europe asia africa americas middle east economy markets " +
    "breaking top stories home lifestyle life culture arts travel video videos photos latest finance money " +
    "education environment climate crime justice law legal weather nation region regional metro city state " +
    "government elections election security defense defence military world's global analysis features feature " +
    "commentary editorial editorials blogs blog columns column insight investigations fact check live updates " +
    "and & - – | / : showbiz celebrity celebrities music movies film tv television books food style fashion " +
    "auto autos cars real estate property careers jobs religion society social people obituaries australia " +
    "canada india china russia ukraine syria asia-pacific pacific latin america north south west east central " +
    // Section paths ("Politics > Congress", "Opinion | Columnists") and more desks.
    "> » › columnists columnist congress transport transportation exclusive special reports investigation " +
    "technology&science odd offbeat weird " +
    // Forbes' channels, set under the contributor's name (probe B).
    "energy policy leadership innovation"
  ).split(" "),
);

/** Is every word of `text` (any case) a section word? */
export function allSectionWords(text: string): boolean {
  return text
    .toLowerCase()
    .split(/\s+/)
    .every((w) => SECTION_WORDS.has(w));
}

/**
 * A section named by its label ("Section: World", "Category: Local News"): the
 * label makes the words after it a section, known words or not.
 */
export const LABELLED_SECTION =
  /^(?:Sections?|SECTIONS?|Categor(?:y|ies)|CATEGOR(?:Y|IES)|Desk|DESK)\s*:\s+(?=\S)/u;

/**
 * Labels a page puts before its headline ("UPDATE: Senate passes budget"),
 * upper-case or title-case, followed by a colon. Alone, "UPDATE: …" is
 * content; a labelled line that repeats the bare headline above or below it
 * is one more copy of the headline (FIELD-NOTES: repeated top lines are
 * "sometimes 'UPDATE:'").
 */
export const HEADLINE_LABEL =
  /^(?:UPDATE|UPDATED|BREAKING|BREAKING NEWS|JUST IN|DEVELOPING|EXCLUSIVE|WATCH|VIDEO|PHOTOS|LIVE|OPINION|ANALYSIS|Update|Updated|Breaking|Breaking News|Just In|Developing|Exclusive|Watch|Video|Photos|Live|Opinion|Analysis)\s*:\s+(?=\S)/u;

/** The nouns that close a newspaper's name (see MASTHEAD). */
const MASTHEAD_NOUNS =
  "Times|Post|Herald|Tribune|Journal|Gazette|Telegraph|Chronicle|Observer|Courier|Dispatch|Examiner|Inquirer|Enquirer|Sentinel|Bulletin|Register|Ledger|Argus|Mercury|Picayune|Globe|Post-Gazette|Post-Dispatch|Star-Tribune";
/** The last word of a newspaper's name, to test before the pattern (two-word nouns: their last word). */
const MASTHEAD_LAST_WORDS = new Set([...MASTHEAD_NOUNS.split("|"), "Press", "Dealer"]);

/**
 * A newspaper's name standing alone (its masthead): one to three capitalised
 * name words, then a paper's noun ("The Daily Times", "Los Angeles Times",
 * "The Boston Globe", "Springfield Gazette"). Not "The Times" alone, nor nouns
 * that head sections of articles too ("News", "Star", "Sun", "Review"). The
 * capitals are the signal: cased documents only.
 */
const MASTHEAD_PATTERN = new RegExp(
  `^(?:The )?(?!The\\b)\\p{Lu}[\\p{L}.'’&-]*(?: \\p{Lu}[\\p{L}.'’&-]*){0,2} (?:${MASTHEAD_NOUNS}|Free Press|Plain Dealer)$`,
  "u",
);

/** A newspaper's name alone on a line (MASTHEAD_PATTERN), its last word checked first. */
export function isMasthead(text: string): boolean {
  if (text.length > 60) return false;
  const last = text.slice(text.lastIndexOf(" ") + 1);
  return MASTHEAD_LAST_WORDS.has(last) && MASTHEAD_PATTERN.test(text);
}

/**
 * News sites whose name a page's <title> puts after the headline ("Headline |
 * Reuters", "Headline - BBC News") and that are not a newspaper's masthead
 * (isMasthead reads those): broadcasters, agencies and web outlets, as their
 * <title> templates spell them (the extraction benchmark's pages and the
 * outlets FIELD-NOTES counts).
 */
export const SITE_NAMES: ReadonlySet<string> = new Set([
  "BBC News",
  "BBC",
  "CNN",
  "CNN.com",
  "CNN Politics",
  "Reuters",
  "AP News",
  "Associated Press",
  "The Associated Press",
  "NPR",
  "Fox News",
  "CBS News",
  "NBC News",
  "ABC News",
  "Sky News",
  "Al Jazeera",
  "Al Jazeera English",
  "The Guardian",
  "The Independent",
  "Bloomberg",
  "Forbes",
  "HuffPost",
  "The Hill",
  "Politico",
  "POLITICO",
  "Axios",
  "Newsweek",
  "TIME",
  "Time",
  "USA TODAY",
  "The Economist",
  "Financial Times",
  "CNBC",
  "Business Insider",
  "The Verge",
  "Wired",
  "WIRED",
  "Vox",
  "Slate",
  "Mail Online",
  "Daily Mail Online",
  "The Atlantic",
  "RT",
  "Euronews",
  "Deutsche Welle",
  "DW",
  "France 24",
  "Xinhua",
  "ABC News (Australia)",
]);
