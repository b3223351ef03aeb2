/**
 * byline — move a standalone byline into `meta.byline`.
 *
 * Summary: a short line "By Jane Doe", "By JANE DOE, Associated Press",
 *   "/ Updated By Jane Doe", "Written by …", "Author: …", optionally with a
 *   date, is removed; so is, among the top lines, a line of names and an
 *   agency or newsroom title ("Jane Doe, Associated Press", "John Smith, Staff
 *   Writer", "Jane Doe Senior Reporter", "Jane Doe, Special to The Times"),
 *   names and a handle ("Jane Doe @janedoe"), names and the outlet below the
 *   first line ("Jane Doe | The Hill"), in a cased page below the first line
 *   and above the story, names without "By": people of two or three
 *   capitalised words joined by "and" ("Maria Reyes and Mark Kowalski"), a
 *   person and the city filed from ("Kevin Moreau in Washington"), a person
 *   and a newsroom title of rank and beat words ("Chris Patel Senior
 *   political correspondent"), a person alone over the title ("Jane Moreau"
 *   / "Political Editor": both lines go) — no word of the names a function
 *   word, a section word or a day or month; names and a date ("Jane Doe |
 *   Oct 14, 2017", in a cased page also "Jane Doe Oct 14, 2017"), an
 *   outlet's credit ("From CNN's Anna Kim") or, below the first line, a
 *   correspondent's ("From Jane Doe in Brussels"; two words of
 *   names or more in these two); anywhere, an
 *   agency alone ("By The Associated Press", "Reuters Staff", "Staff Reports");
 *   on the last line only, a sign-off "— Jane Doe". Among the top lines below
 *   the first (probe17): a credit line of parts between bars or dots, one a
 *   date or a "By" credit ("TNN | Updated: Nov 5, 2017, 08:53 IST", "Hindustan
 *   Times, New Delhi | By Jane Doe", "Jane Doe · CBC News · Posted: …"); an
 *   agency alone or before a date ("Press Trust of India", "Reuters July 24,
 *   2018, 6:32 PM"); "BY JANE DOE ON 4/21/19 AT 8:24 AM EST"; Forbes' "Jane
 *   Doe Forbes Staff" and its contributors' disclaimer; a person's name alone
 *   directly under the headline (past labels above it and credits between,
 *   in a lower-cased release read in their lower-cased forms; a one-word
 *   first line with credits or dates under it is the headline, not a
 *   kicker) when the next line is a date, a credit, a reading time ("2 min
 *   read") or the site's address — also in a lower-cased release; not over
 *   prose (a kicker, a deck, a quote's speaker). The names (without a title
 *   or agency closing them: "By Jane Doe, Reuters" → "Jane Doe") go to
 *   `meta.byline` (and a date to `meta.date`, also one after a label in the
 *   tail: "By Jane Doe, CNN Updated 10:32 AM ET, Sat April 15, 2017").
 * Why it happens: the author block sits between headline and body on most
 *   news pages (FIELD-NOTES: byline-only lines in 14 of 570 raw documents).
 * Fix and confidence: 0.9 in the first `topLines` / last `bottomLines` content
 *   lines, 0.8 elsewhere.
 * Options: `topLines` (default 6), `bottomLines` (default 3), `maxWords` (default 14).
 * Known false positives: a kicker under the headline shaped like names
 *   without "By" ("Tom Brady in Hot Water", "Donald Trump and Vladimir
 *   Putin") is taken for a byline.
 *   A one-line sentence fragment "By far the largest …"
 *   is not a byline: names must be capitalised words and the line must not
 *   end like a sentence. A kicker under the headline shaped like a
 *   correspondent's credit ("From Hong Kong in Crisis") is taken for one.
 * Example: "By Tom Miles and Stephanie Nebehay" → meta.byline.
 */
import { AGENCIES, CONTRIBUTOR_DISCLAIMER, CONTRIBUTOR_LABEL, NOT_PERSON_WORDS } from "../data/credits.js";
import { allSectionWords, LABELLED_SECTION, SECTION_WORDS } from "../data/sections.js";
import type { Document, Line } from "../document/document.js";
import type { FindingDraft, FindingMeta } from "../types.js";
import { isCaseless } from "../util/case.js";
import { MONTH_NAMES, parseDateLine } from "../util/date.js";
import { isProse } from "../util/shape.js";
import { endsWithTerminal, STOPWORDS, wordCount } from "../util/text.js";
import { defineRule } from "./rule.js";

/** Particles of names ("de", "van", "bin"), lower case inside a name. */
const PARTICLES = ["de", "da", "del", "der", "van", "von", "la", "le", "bin", "al", "el", "ibn"];
// A name: capitalised words, initials, particles, hyphens, apostrophes.
// The next word of a name (NAME_NEXT); in a caseless document, where any word reads as a
// name, one that does not stop before "special to", "on", "in", "for", "at", "the" or "with"
// would take in "… special to the times" or "jane doe on saturday, april 15".
const NAME_NEXT = "(?:\\s+(?:";
const CASELESS_NAME_NEXT = "(?:\\s+(?!(?:special to|on|in|for|at|the|with)\\b)(?:";
const NAME = `(?:\\p{Lu}[\\p{L}'’.\\-]*|\\p{Lu}\\.)${NAME_NEXT}\\p{Lu}[\\p{L}'’.\\-]*|\\p{Lu}\\.|${PARTICLES.join("|")}))*`;
const NAMES = `${NAME}(?:\\s*(?:,|and|&)\\s*${NAME})*`;
/** A newspaper's credit for a contributor: "Jane Doe, Special to The Times". */
const SPECIAL_TO = "(?:[Ss]pecial|SPECIAL) (?:to|TO)\\b";
const BYLINE = new RegExp(
  `^(?:[/|•·]\\s*)?(?:(?:[Uu]pdated|[Pp]osted|[Pp]ublished|UPDATED|POSTED)\\s+)?(?:[Bb]y|BY|(?:[Ww]ritten|[Ss]tory|[Ww]ords|[Tt]ext|[Rr]eported) [Bb]y|[Aa]uthors?|AUTHORS?|[Rr]eporter)\\s*:?\\s+(${NAMES})(?:\\s*(?:[,|•·–—-]|\\bfor\\b|\\bin\\b|\\bon\\b|\\b${SPECIAL_TO})\\s*(.{1,80}))?$`,
  "u",
);
/**
 * Names and a newsroom title or agency, without "By" ("Jane Doe, Associated
 * Press", "John Smith | Staff Writer"): a byline only among the top lines.
 */
const CREDIT =
  "(?:The )?(?:Associated Press|AP|Reuters|AFP|Agence France-Presse|Bloomberg(?: News)?|CNN|BBC News|NBC News|CBS News|ABC News|Fox News|USA TODAY|USA Today|(?:Senior |Chief |Political |Special )?(?:Staff Writer|Staff Reporter|Correspondent|Reporter|Contributor|Editor)s?)";
/** A word in title case or in lower case: "Political" or "political" ("Senior political correspondent"). */
const eitherCase = (words: string) =>
  words
    .split("|")
    .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join("|");
/**
 * A newsroom title: a role, after up to three words of rank or beat, in title
 * case or in sentence case ("Senior Reporter", "Senior political
 * correspondent", "Chief Political Correspondent", "Washington bureau chief").
 */
const DESK_RANK = eitherCase(
  "senior|chief|deputy|associate|assistant|executive|managing|staff|contributing|special|foreign|political|" +
    "investigative|diplomatic|economics|economic|business|health|science|technology|tech|legal|security|" +
    "defence|defense|education|environment|environmental|climate|crime|home affairs|sports|sport|" +
    "entertainment|arts|culture|media|energy|transport|global|international|national|local|community|" +
    "social affairs|data|features|news|washington|white house|europe|asia|africa|middle east|bureau",
);
const DESK_ROLE = eitherCase(
  "writer|reporter|correspondent|editor|contributor|columnist|commentator|analyst|producer|journalist|chief",
);
/** A two-word newsroom title, which needs no comma after the names: "Jane Doe Senior Reporter". */
const DESK_TITLE =
  "(?:Senior|Chief|Political|Special|Staff|Contributing|Foreign|Investigative|Washington|White House) (?:Writer|Reporter|Correspondent|Editor|Contributor)s?";
const NAME_CREDIT = new RegExp(
  `^(${NAMES})(?:\\s*[,|–—-]\\s*(${CREDIT})|\\s*,?\\s+(${SPECIAL_TO}\\s+\\p{Lu}.{0,60})|\\s+(${DESK_TITLE})|\\s*[,|–—-]?\\s*\\(?@\\w{2,30}\\)?)$`,
  "u",
);
/** "By The Associated Press", "Reuters Staff": the agency is the byline. */
const AGENCY_BYLINE = new RegExp(
  `^(?:(?:[Bb]y|BY)\\s+(${CREDIT})|(${CREDIT})\\s+(?:[Ss]taff|STAFF|[Ww]ire [Rr]eports?)|(?:[Ff]rom\\s+)?((?:[Ss]taff|STAFF|[Ww]ire|WIRE)\\s+(?:[Rr]eports?|REPORTS?)))$`,
  "u",
);
/** "— Jane Doe" alone on the last line: a sign-off, a byline only there (above, it attributes a quote). */
const SIGN_OFF = new RegExp(`^(?:[—–]|--)\\s*(${NAMES})$`, "u");
/** "From CNN's Anna Kim" (live pages credit each post so): a byline only among the top lines. */
const OUTLET_BYLINE = new RegExp(
  `^From (?:${CREDIT}|\\p{Lu}[\\p{L}&.]*(?:\\s+\\p{Lu}[\\p{L}&.]*){0,2})['’]s\\s+(${NAMES})$`,
  "u",
);
/** "Jane Doe | Oct 14, 2017", "Jane Doe / 14 October 2017": names and a date, among the top lines. */
const NAME_DATE = new RegExp(`^(${NAMES})\\s*[|/•·–—-]\\s*(.{6,80})$`, "u");
/**
 * "Jane Doe | The Hill": two or three words of names, a bar, and the outlet
 * (up to four capitalised words) — a byline only among the top lines below
 * the first (the first is the headline, which may carry its site so).
 */
const NAME_OUTLET = new RegExp(
  `^(${NAME})\\s+\\|\\s+(?:The\\s+)?\\p{Lu}[\\p{L}.&'’-]*(?:\\s+\\p{Lu}[\\p{L}.&'’-]*){0,3}$`,
  "u",
);
/** A newsroom title or agency closing the names ("Jane Doe and John Roe, Reuters"): not a name. */
const TRAILING_CREDIT = new RegExp(
  `(?:\\s*,\\s*|\\s+)(?:${CREDIT}|(?:(?:${DESK_RANK}) ){1,3}(?:${DESK_ROLE})s?)$`,
  "u",
);

/**
 * "From Jane Doe in Brussels" (a correspondent's credit): a byline only among
 * the top lines below the first, with two or more words of names.
 */
const CORRESPONDENT = new RegExp(
  `^From\\s+(${NAMES})\\s+in\\s+(\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){0,2})$`,
  "u",
);
/**
 * One person's name as a byline prints it without "By": two or three
 * capitalised words ("Maria Reyes", "Mary Ann Lopez", "Kevin McCarthy",
 * "Sean O'Neil"), a particle between them ("Ursula von der Leyen").
 */
const NAME_WORD = "(?:\\p{Lu}[\\p{Ll}'’]+(?:-?\\p{Lu}[\\p{Ll}'’]+)*|\\p{Lu}\\.)";
const PERSON = `${NAME_WORD}(?: (?:(?:${PARTICLES.join("|")}) ){0,2}${NAME_WORD}){1,2}`;
/**
 * Names without "By" under the headline (cased documents, among the top
 * lines, above the story): two people or more joined by "and" ("Maria Reyes
 * and Mark Kowalski", "Jane Doe, John Roe and Alex Smith"), people and the
 * city they file from ("Kevin Moreau in Washington").
 */
const PEOPLE = new RegExp(
  `^(${PERSON}(?:(?:, ${PERSON})*,? (?:and|&) ${PERSON})?)(?: in (\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,2}))?$`,
  "u",
);
/**
 * A person and a newsroom title of rank or beat words, a comma between or not
 * ("Chris Patel Senior political correspondent"; the name as short as it
 * goes: "Senior" is the title's).
 */
const PERSON_TITLE = new RegExp(`^(${PERSON}?),? (?:(?:${DESK_RANK}) ){1,3}(?:${DESK_ROLE})s?$`, "u");
/** A person's name alone on a line ("Jane Moreau"), a byline when a newsroom title is the next line. */
const PERSON_LINE = new RegExp(`^${PERSON}$`, "u");
/** A newsroom title alone on a line ("Political Editor", "Senior political correspondent", "Reporter"). */
const DESK_TITLE_LINE = new RegExp(`^(?:(?:${DESK_RANK}) ){0,3}(?:${DESK_ROLE})s?$`, "u");
/** The longest line read as names without "By" (three people of three words and a city). */
const PEOPLE_MAX_CHARS = 100;

/**
 * Names without "By" on one line (cased documents): people joined by "and"
 * or filing from a city (PEOPLE), a person and a newsroom title
 * (PERSON_TITLE). The names.
 */
function namesOnLine(text: string): string | undefined {
  const c = text.charCodeAt(0);
  // A capital letter opens the line (the first test: most lines fail it, or the length).
  if (text.length > PEOPLE_MAX_CHARS || c < 65 || c > 90 || !text.includes(" ")) return undefined;
  const people = PEOPLE.exec(text);
  let names: string | undefined;
  if (people) {
    const city = people[2];
    if (city !== undefined ? cityWords(city) : / (?:and|&) /.test(people[1]!)) names = people[1]!;
  } else names = PERSON_TITLE.exec(text)?.[1];
  return names !== undefined && nameWords(names) ? names : undefined;
}

/**
 * Names without "By" under the headline, above the story: on one line
 * (namesOnLine), or a person alone with the newsroom title on the next line
 * ("Jane Moreau" / "Political Editor"). The names, and how many lines they take.
 */
function namesWithoutBy(lines: readonly Line[], k: number): { names: string; lines: number } | undefined {
  const text = lines[k]!.text;
  const names = namesOnLine(text);
  const next = lines[k + 1]?.text;
  const contributor = names === undefined ? PERSON_CONTRIBUTOR.exec(text)?.[1] : undefined;
  const found =
    names !== undefined
      ? { names, lines: 1 }
      : contributor !== undefined && nameWords(contributor)
        ? // Forbes' disclaimer under the name goes with it.
          { names: contributor, lines: next !== undefined && CONTRIBUTOR_DISCLAIMER.test(next) ? 2 : 1 }
        : next !== undefined &&
            text.length <= PEOPLE_MAX_CHARS &&
            PERSON_LINE.test(text) &&
            nameWords(text) &&
            !text.split(" ").some((w) => NOT_PERSON_WORDS.has(w.toLowerCase()))
          ? DESK_TITLE_LINE.test(next)
            ? { names: text, lines: 2 }
            : underHeadline(lines, k)
              ? personAlone(text, next, lines[k + 2]?.text)
              : undefined
          : undefined;
  if (!found) return undefined;
  // Above the story only: under a paragraph, such a line is a subheading or a caption.
  for (let j = 0; j < k; j++) if (isProse(lines[j]!.text)) return undefined;
  return found;
}

/**
 * Directly under the headline, or under a copy of it, past other credits and
 * dates between ("Blackberry" / "By Nicole Patel, Foreign Correspondent" /
 * "Sarah Delgado"). The headline is the first line, or the first under
 * labels (a crumb "News > UK", section words, a kicker in capitals or of one
 * word: "Courts" over "Nelson Mandela" — a one-word first line may be the
 * headline, but the name under it may be one too).
 */
function underHeadline(lines: readonly Line[], k: number, caseless = false): boolean {
  let h = k - 1;
  while (h > 0 && isCreditOrDate(lines[h]!.text, caseless)) h--;
  // Labels may stack ("Home > Sport" / "EXCLUSIVE" / the headline).
  let head = 0;
  while (head < 3 && head < k && isLabelLine(lines[head]!.text, head === 0)) head++;
  if (h === head || (h === head + 1 && lines[h]!.text.toLowerCase() === lines[head]!.text.toLowerCase()))
    return true;
  // A one-word first line with credits or dates under it is the headline ("Malala" /
  // "AFP | Updated: …" / "Kate Banerjee"): a kicker stands right above its headline.
  return h === 0 && h < k - 1 && !lines[0]!.text.includes(" ");
}
/**
 * A date, a reading time or a credit line, an agency's alone among them ("Agence France-Presse");
 * in a caseless page, in their lower-cased forms ("by jane doe on 6/22/17 …",
 * "jane doe | politico").
 */
function isCreditOrDate(text: string, caseless = false): boolean {
  if (parseDateLine(text) !== undefined || READING_TIME_LINE.test(text)) return true;
  if (caseless)
    return (
      CASELESS.byline.test(text) ||
      CASELESS.agency.test(text) ||
      CASELESS.nameCredit.test(text) ||
      nameOutlet(CASELESS.nameOutlet, text) !== null ||
      topCredit(text, true) !== undefined
    );
  return isBylineLine(text, true) || AGENCY_BYLINE.test(text) || topCredit(text, false) !== undefined;
}
/** A reading time alone on its line, as it stands under the author's name ("2 min read"). */
const READING_TIME_LINE = /^(?:about )?\d{1,3}[ -]?(?:min|mins|minute|minutes) read$/i;
/** A crumb, a line of section words, a kicker in capitals or (the first line) of one word. */
function isLabelLine(text: string, first: boolean): boolean {
  if ((first && !text.includes(" ")) || /\s[/>»›|]\s|^[»›]/u.test(text) || !/\p{Ll}/u.test(text)) return true;
  // A labelled section ("Section: World", "Category: Local News").
  if (LABELLED_SECTION.test(text)) return true;
  return allSectionWords(text);
}

/** A person's name in a lower-cased release: two or three lower-case words ("chris reyes"). */
const LOWER_PERSON_LINE = /^\p{Ll}[\p{Ll}'’-]+(?: \p{Ll}[\p{Ll}'’-]+){1,2}$/u;

/**
 * A person's name alone under the headline in a lower-cased release ("chris
 * reyes" over "sunday 17 sep 2017 4:00 pm"): as personAlone, the next line a
 * date, a credit or the site's address, and no word a function, section,
 * calendar or kicker word ("supreme court", "middle east").
 */
function caselessPersonAlone(
  lines: readonly Line[],
  k: number,
): { names: string; lines: number } | undefined {
  const text = lines[k]!.text;
  const next = lines[k + 1]?.text;
  if (next === undefined || text.length > 40 || !LOWER_PERSON_LINE.test(text) || !nameWords(text))
    return undefined;
  if (text.split(" ").some((w) => NOT_PERSON_WORDS.has(w) || NAME_PARTICLES.has(w))) return undefined;
  if (!underHeadline(lines, k, true)) return undefined;
  if (SITE_LINE.test(next)) return { names: text, lines: 2 };
  const dated = (t: string | undefined) =>
    t !== undefined && (parseDateLine(t, () => true) !== undefined || topCredit(t, true) !== undefined);
  // Medium's follow button between the name and the date.
  return dated(next) || READING_TIME_LINE.test(next) || (next === "follow" && dated(lines[k + 2]?.text))
    ? { names: text, lines: 1 }
    : undefined;
}

/** A site's address alone on a line ("news.com.au"). */
const SITE_LINE = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/;

/**
 * A person's name alone under the headline ("Sarah Delgado"): a byline when
 * the next line is a date, another credit, or the site's address ("Ben
 * Kowalski" / "news.com.au": both lines go). Not over prose: a name there may
 * be a kicker or a deck ("Maria Reyes" over the story; a name over a quote is
 * its speaker).
 */
function personAlone(
  text: string,
  next: string,
  after: string | undefined,
): { names: string; lines: number } | undefined {
  if (SITE_LINE.test(next)) return { names: text, lines: 2 };
  // Medium's follow button between the name and the date ("Sarah Delgado" / "Follow" / "Jun 14, 2019 · 10 min read").
  if (next === "Follow" && after !== undefined)
    return isCreditOrDate(after) ? { names: text, lines: 1 } : undefined;
  return isCreditOrDate(next) ? { names: text, lines: 1 } : undefined;
}

/** Words of names: none a function word, a section word or a day or month ("Trump and Putin Meet in Helsinki"). */
function nameWords(names: string): boolean {
  for (const w of names.toLowerCase().split(/[\s,&]+/)) {
    if (w === "" || NAME_PARTICLES.has(w)) continue;
    if (STOPWORDS.has(w) || SECTION_WORDS.has(w) || CALENDAR_WORDS.has(w)) return false;
  }
  return true;
}
/** Words of a city: none a determiner or a day or month ("in The Spotlight", "in May"; "New York" is one). */
function cityWords(city: string): boolean {
  for (const w of city.toLowerCase().split(/\s+/)) if (NOT_CITY.has(w) || CALENDAR_WORDS.has(w)) return false;
  return true;
}
const NOT_CITY = new Set("the a an this that these those his her their its our my your".split(" "));
const CALENDAR_WORDS = new Set(
  "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december".split(
    " ",
  ),
);

/**
 * The same forms in a caseless document (util/case.ts): matched ignoring case,
 * where any word reads as a name, so the names must not hold a function word
 * ("by the time we left", "author: who knows").
 */
const caseless = (re: RegExp) => new RegExp(re.source.replaceAll(NAME_NEXT, CASELESS_NAME_NEXT), "iu");
const CASELESS = {
  byline: caseless(BYLINE),
  nameCredit: caseless(NAME_CREDIT),
  agency: caseless(AGENCY_BYLINE),
  signOff: caseless(SIGN_OFF),
  outlet: caseless(OUTLET_BYLINE),
  correspondent: caseless(CORRESPONDENT),
  nameDate: caseless(NAME_DATE),
  nameOutlet: caseless(NAME_OUTLET),
};
const CASED = {
  byline: BYLINE,
  nameCredit: NAME_CREDIT,
  agency: AGENCY_BYLINE,
  signOff: SIGN_OFF,
  outlet: OUTLET_BYLINE,
  correspondent: CORRESPONDENT,
  nameDate: NAME_DATE,
  nameOutlet: NAME_OUTLET,
};
const NAME_PARTICLES = new Set(["and", ...PARTICLES]);

/** Caseless names: words that are not function words (particles and "and" aside). */
function caselessNames(names: string): boolean {
  for (const w of names.toLowerCase().split(/[\s,&]+/)) {
    if (w !== "" && !NAME_PARTICLES.has(w) && STOPWORDS.has(w)) return false;
  }
  return true;
}

/** A date label inside a byline's tail: "CNN Updated 10:32 AM ET, Sat April 15, 2017". */
const TAIL_DATE_LABEL = /\b(?:[Uu]pdated|[Pp]osted|[Pp]ublished|UPDATED|POSTED|PUBLISHED)\b/;

/** The date of a byline's tail: all of it, or what follows a date label in it (CNN's "Jane Doe, CNN Updated …"). */
function tailDate(tail: string): ReturnType<typeof parseDateLine> {
  const whole = parseDateLine(tail);
  if (whole !== undefined) return whole;
  const label = TAIL_DATE_LABEL.exec(tail);
  return label && label.index > 0 ? parseDateLine(tail.slice(label.index)) : undefined;
}

/**
 * "Jane Doe Apr 15, 2017": two or three capitalised words of names and, with no
 * separator, a date that opens on its month's name (cased pages: the capitals
 * end the names).
 */
const CAPITALISED_MONTH = MONTH_NAMES.split("|")
  .map((m) => `[${m[0]!.toUpperCase()}${m[0]}]${m.slice(1)}`)
  .join("|");
const NAME_THEN_DATE = new RegExp(
  `^(\\p{Lu}[\\p{L}'’.\\-]+(?:\\s+\\p{Lu}[\\p{L}'’.\\-]+){1,2}?)\\s+((?:${CAPITALISED_MONTH})\\b.{4,60})$`,
  "u",
);

/** NAME_DATE's match when its names hold two words or more and the rest is a date (or NAME_THEN_DATE's, in a cased page). */
function nameDate(re: RegExp, text: string, cased = false): RegExpExecArray | null {
  const m = re.exec(text) ?? (cased ? NAME_THEN_DATE.exec(text) : null);
  return m && /\S\s+\S/.test(m[1]!) && parseDateLine(m[2]!) !== undefined ? m : null;
}

/** CORRESPONDENT's match when its names hold two words or more ("From Paris in spring" is no byline). */
function correspondent(re: RegExp, text: string): RegExpExecArray | null {
  const m = re.exec(text);
  return m && /\S\s+\S/.test(m[1]!) ? m : null;
}

/** NAME_OUTLET's match when its names are two or three words, none a section word ("World News | The Times"). */
function nameOutlet(re: RegExp, text: string): RegExpExecArray | null {
  const m = re.exec(text);
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  return words.length >= 2 && words.length <= 3 && !words.some((w) => SECTION_WORDS.has(w.toLowerCase()))
    ? m
    : null;
}

/** An agency alone ("Press Trust of India", "Tribune News Service"): a byline below the first line, among the top lines. */
const AGENCY = `(?:${AGENCIES.join("|")})`;
const AGENCY_ALONE = new RegExp(`^${AGENCY}$`, "u");
/** An agency and a date ("Reuters July 24, 2018, 6:32 PM", "Bloomberg•May 17, 2017"). */
const AGENCY_DATE = new RegExp(`^${AGENCY}\\s*(?:[•·|–—-]\\s*|\\s)(.{6,80})$`, "u");
/** Newsweek's "BY DAVID MCALLISTER ON 4/21/19 AT 8:24 AM EST": names, a date of a two-digit year, a time. */
const BY_ON_SHORT_DATE = new RegExp(
  `^(?:[Bb]y|BY)\\s+(${NAMES}?)\\s+(?:on|ON)\\s+(\\d{1,2})/(\\d{1,2})/(\\d{2})((?:\\s+(?:at|AT))?\\s+\\d{1,2}:\\d{2}\\s*(?:[AaPp]\\.?[Mm]\\.?)?(?:\\s+[A-Z]{2,4})?)?$`,
  "u",
);
/** Forbes' "Claire McAllister Forbes Staff", "Ravi Donnelly Contributor" (cased pages). */
const PERSON_CONTRIBUTOR = new RegExp(`^(${PERSON}?) ${CONTRIBUTOR_LABEL}$`, "u");
/** The same in a caseless page: two or three words, none a function word ("ravi donnelly contributor"). */
const CASELESS_PERSON_CONTRIBUTOR = new RegExp(
  `^(\\p{L}[\\p{L}'’-]+(?: \\p{L}[\\p{L}'’-]+){1,2}) ${CONTRIBUTOR_LABEL}$`,
  "iu",
);
/** What parts a credit line: a bar, a middle dot, a bullet. */
const CREDIT_SEPARATOR = /\s*[|·•]\s*/u;
/** A part of a credit line that is a label (a section, an outlet, a city, a desk): capitalised words. */
const CASED_LABEL = /^\p{Lu}[\p{L}.'’&-]*(?:,? (?:of|and|&|\p{Lu}[\p{L}.'’&-]*)){0,4}$/u;
const CASELESS_LABEL = /^\p{L}[\p{L}.'’&-]*(?:,? [\p{L}.'’&-]+){0,4}$/u;
// ("New Delhi": "new" is a function word of STOPWORDS.)
const LABEL_CONNECTORS = new Set(["of", "and", "&", "new"]);

/**
 * A credit line of parts between bars or dots, one a date or a "By" credit
 * and the others labels or agencies: Times of India's "TNN | Updated: Nov 5,
 * 2017, 08:53 IST", NDTV's "World News | NDTV News Desk | Updated: June 16,
 * 2017 13:15 IST", Hindustan Times' "Hindustan Times, New Delhi | By Anjali
 * Pritchard", CBC's "Ravi Delgado · CBC News · Posted: Jun 25, 2018 11:23 AM
 * ET | Last Updated: June 25, 2018". The person's name (a "By" part, or in a
 * cased page a person first before another label) and the first date.
 */
function creditLine(text: string, caseless: boolean): { names?: string; date?: string } | undefined {
  const parts = text.split(CREDIT_SEPARATOR);
  if (parts.length < 2 || parts.length > 5) return undefined;
  let names: string | undefined;
  let date: string | undefined;
  let credit = false;
  let labels = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part === "") return undefined;
    const parsed = /\d/.test(part) ? parseDateLine(part, () => caseless) : undefined;
    if (parsed) {
      date ??= parsed.iso;
      credit = true;
      continue;
    }
    const by = (caseless ? CASELESS.byline : BYLINE).exec(part);
    if (by && by[2] === undefined) {
      const n = by[1]!.trim();
      if (NOT_NAMES.test(n) || (caseless && !caselessNames(n))) return undefined;
      names ??= n;
      credit = true;
      continue;
    }
    if ((caseless ? CASELESS_AGENCY_ALONE : AGENCY_ALONE).test(part)) continue;
    if (part.length > 40 || !(caseless ? CASELESS_LABEL : CASED_LABEL).test(part)) return undefined;
    // ("The Telegraph•October 11, 2018": "The" may open an outlet's name in a cased page.)
    const words = part.toLowerCase().split(/[\s,]+/);
    for (let j = 0; j < words.length; j++)
      if (
        STOPWORDS.has(words[j]!) &&
        !LABEL_CONNECTORS.has(words[j]!) &&
        (caseless || j > 0 || words[j] !== "the")
      )
        return undefined;
    // A person first, before an outlet ("Ravi Delgado · CBC News · …"), in a cased page.
    if (i === 0 && !caseless && parts.length >= 3 && PERSON_LINE.test(part) && nameWords(part))
      names ??= part;
    labels++;
  }
  if (!credit || (date === undefined && labels === 0)) return undefined;
  return { ...(names !== undefined ? { names } : {}), ...(date !== undefined ? { date } : {}) };
}
const CASELESS_AGENCY_ALONE = new RegExp(AGENCY_ALONE.source, "iu");
const CASELESS_AGENCY_DATE = new RegExp(AGENCY_DATE.source, "iu");
const CASELESS_BY_ON_SHORT_DATE = new RegExp(BY_ON_SHORT_DATE.source, "iu");

/**
 * The top-of-page credit forms with a date or an agency, among the top lines
 * below the first: a credit line (creditLine), an agency alone or before a
 * date, Newsweek's "BY … ON 4/21/19 AT 8:24 AM EST". The names (a person's
 * only) and the date.
 */
function topCredit(text: string, caseless: boolean): { names?: string; date?: string } | undefined {
  if (text.length > 140) return undefined;
  if ((caseless ? CASELESS_AGENCY_ALONE : AGENCY_ALONE).test(text)) return {};
  if (caseless) {
    const c = CASELESS_PERSON_CONTRIBUTOR.exec(text)?.[1];
    if (c !== undefined && caselessNames(c) && nameWords(c)) return { names: c };
  }
  const ad = (caseless ? CASELESS_AGENCY_DATE : AGENCY_DATE).exec(text);
  if (ad) {
    const parsed = parseDateLine(ad[1]!, () => caseless);
    if (parsed) return { date: parsed.iso };
  }
  const bo = (caseless ? CASELESS_BY_ON_SHORT_DATE : BY_ON_SHORT_DATE).exec(text);
  if (bo) {
    const parsed = parseDateLine(`${bo[2]}/${bo[3]}/20${bo[4]}${bo[5] ?? ""}`.replace(/\b(?:at|AT)\b/, ""));
    const n = bo[1]!.trim();
    if (parsed && !NOT_NAMES.test(n) && (!caseless || caselessNames(n)))
      return { names: n, date: parsed.iso };
  }
  if (text.includes("|") || text.includes("·") || text.includes("•")) return creditLine(text, caseless);
  return undefined;
}

const NOT_NAMES =
  /^(?:far|then|now|the|a|an|contrast|comparison|law|design|default|chance|accident|way|all|most|some)\b/i;

/**
 * A "By …" line (any position's form); with `underHeadline`, also the forms
 * read only among the top lines below the first ("Jane Doe, Associated
 * Press", "Jane Doe @janedoe", "Jane Doe | The Hill", names and a date).
 */
export function isBylineLine(text: string, underHeadline = false): boolean {
  if (BYLINE.test(text)) return true;
  if (!underHeadline) return false;
  return (
    NAME_CREDIT.test(text) ||
    OUTLET_BYLINE.test(text) ||
    correspondent(CORRESPONDENT, text) !== null ||
    nameOutlet(NAME_OUTLET, text) !== null ||
    nameDate(NAME_DATE, text) !== null ||
    namesOnLine(text) !== undefined
  );
}

/** The finding for a byline line: removed, its names expected in meta.byline (and `meta`, when given, set). */
function bylineFinding(
  doc: Document,
  line: Line,
  names: string,
  confidence: number,
  meta?: FindingMeta,
): FindingDraft {
  return {
    message: `Unexpected byline \`${line.text}\` in the text, expected it in meta.byline`,
    span: line.content,
    confidence,
    fix: { span: doc.lineRemovalSpan(line.index), text: "" },
    actual: line.text,
    expected: names,
    ...(meta !== undefined ? { meta } : {}),
  };
}

export default defineRule({
  meta: {
    id: "byline",
    kind: "metadata",
    description: 'Remove standalone byline lines ("By Jane Doe") and keep the names in meta.byline',
    fixable: true,
    defaultOptions: { topLines: 6, bottomLines: 3, maxWords: 14 },
  },
  check(doc, options): FindingDraft[] {
    const out: FindingDraft[] = [];
    const lines = doc.contentLines;
    const caseless = isCaseless(doc);
    const forms = caseless ? CASELESS : CASED;
    for (let k = 0; k < lines.length; k++) {
      const line = lines[k]!;
      if (line.text.length > 160) continue;
      const top = k < (options.topLines as number);
      // A credit line of several parts may run longer ("Ravi Delgado · CBC News · Posted: … | Last Updated: …").
      const long = wordCount(line.text, options.maxWords as number) > (options.maxWords as number);
      if (long && !(top && k > 0 && topCredit(line.text, caseless))) continue;
      const agency = forms.agency.exec(line.text);
      const m =
        agency ??
        forms.byline.exec(line.text) ??
        (top ? (forms.nameCredit.exec(line.text) ?? forms.outlet.exec(line.text)) : null) ??
        (top && k > 0 ? correspondent(forms.correspondent, line.text) : null) ??
        (top && k > 0 ? nameOutlet(forms.nameOutlet, line.text) : null) ??
        (top ? nameDate(forms.nameDate, line.text, !caseless) : null) ??
        (k === lines.length - 1 && k > 0 ? forms.signOff.exec(line.text) : null);
      const named = m === null ? "" : (agency ? (agency[1] ?? agency[2] ?? agency[3])! : m[1]!).trim();
      const names = agency ? named : named.replace(TRAILING_CREDIT, "") || named;
      // Names that are none ("The Telegraph•October 11, 2018", caseless "new delhi | updated: …"): the line may be a credit line.
      const notNames =
        m !== null && !agency && (NOT_NAMES.test(names) || (caseless && !caselessNames(names)));
      if ((!m || notNames) && top && k > 0) {
        const credit = topCredit(line.text, caseless);
        const disclaimer = credit === undefined && CONTRIBUTOR_DISCLAIMER.test(line.text);
        if (credit || disclaimer) {
          const meta = {
            ...(credit?.names !== undefined ? { byline: credit.names } : {}),
            ...(credit?.date !== undefined ? { date: credit.date } : {}),
          };
          out.push(
            bylineFinding(
              doc,
              line,
              credit?.names ?? "",
              0.9,
              credit?.names !== undefined || credit?.date !== undefined ? meta : undefined,
            ),
          );
          continue;
        }
      }
      if (!m) {
        const found =
          top && k > 0 ? (caseless ? caselessPersonAlone(lines, k) : namesWithoutBy(lines, k)) : undefined;
        if (!found) continue;
        for (let j = 0; j < found.lines; j++) {
          // (The newsroom title under the name is no name.)
          const meta = j === 0 ? { byline: found.names } : undefined;
          out.push(bylineFinding(doc, lines[k + j]!, found.names, 0.9, meta));
        }
        k += found.lines - 1;
        continue;
      }
      if (notNames) continue;
      // "By Tuesday, the deal…" — the byline's tail must not read like a sentence.
      if (endsWithTerminal(line.text) && !/\b(?:[A-Z]\.|Jr\.|Sr\.)$/.test(line.text)) continue;
      const edge = top || k >= lines.length - (options.bottomLines as number);
      const date = !agency && m[2] ? tailDate(m[2]) : undefined;
      const meta = date ? { byline: names, date: date.iso } : { byline: names };
      out.push(bylineFinding(doc, line, names, edge ? 0.9 : 0.8, meta));
    }
    return out;
  },
});
