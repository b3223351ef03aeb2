/**
 * Recognises a line that is only a date (with "Posted"/"Updated" labels, a
 * weekday, a time and a time zone) and parses it to ISO 8601. Shapes from
 * FIELD-NOTES: "Posted Tuesday, November 21, 2017 5:27 pm", "Published on Aug
 * 11, 2016", "Updated: June 22, 2017 1:24 pm"; seed 003: "Posted April 15, 2017".
 */

import { STOPWORDS } from "./text.js";

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
/** The month names, short and long, as a regex alternation (no group): "jan", "january", "sept", … */
export const MONTH_NAMES =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const MONTH = `(${MONTH_NAMES})\\.?`;
// A comma may stand apart, as tokenised releases write it ("april 15 , 2017").
const WEEKDAY = "(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?(?:\\s?,)?";

// "April 15, 2017", "Tuesday, November 21, 2017", "Apr. 15 2017"
const MONTH_DAY_YEAR = new RegExp(
  `(?:${WEEKDAY}\\s+)?${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s?,)?\\s+(\\d{4})`,
  "i",
);
// "15 April 2017", "Tue, 14 Feb 2017"
const DAY_MONTH_YEAR = new RegExp(
  `(?:${WEEKDAY}\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:\\s?,)?\\s+(\\d{4})`,
  "i",
);
// "2017-04-15", "2017-04-15T10:00:00Z"
// (Lower-cased in a caseless release: "2019-10-06t09:13:00z", probe17 top/iso-numeric.)
const ISO_DATE =
  /(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?)?/;
// "2017/04/15" (year first, with slashes)
const YMD_SLASH = /(\d{4})\/(\d{1,2})\/(\d{1,2})/;
// "04/15/2017" (US order) or "15.04.2017"
const NUMERIC_DATE = /(\d{1,2})([/.])(\d{1,2})\2(\d{4})/;
// "5:27 pm", "10:05 a.m. ET", "17:27 GMT", "at 3 PM"
// "10.32" too (the Guardian's "Last modified on Fri 5 Jan 2018 10.32 EST").
/** The time zones a news page writes after a time (regex source, one alternation). */
export const TIME_ZONES =
  "ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|UTC|BST|CET|CEST|IST|AEST|AEDT|JST";
const TIME = new RegExp(
  `(?:\\bat\\s+)?(\\d{1,2})(?:[:.](\\d{2}))?(?::\\d{2})?\\s*(a\\.?m\\.?|p\\.?m\\.?)?(?=\\s|$|[,|])\\s*(${TIME_ZONES})?`,
  "i",
);
// What may surround a date on a date line.
const LABELS =
  /\b(?:posted|published|updated|last updated|and last updated|and updated|first published|last modified|modified|date|publication|originally published|created|on|at|updated on|published on|posted on)\b|[:|,•·/–—\-()[\]]|\b(?:ET|EST|EDT|GMT|UTC|BST)\b/gi;

export interface ParsedDate {
  /** ISO 8601: "2017-04-15" or "2017-11-21T17:27" (plus "Z" for GMT/UTC). */
  readonly iso: string;
  /** The label before the date, lower-cased ("posted", "updated"…), or "". */
  readonly label: string;
  /** The author after a labelled date ("Posted on April 15th, 2017 by admin"), if any. */
  readonly byline?: string;
}

const RELATIVE_AGE =
  /\b(?:an?|\d{1,3})\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b/i;

// "… by admin", "… by Jane Doe" closing a labelled date line (WordPress' default form).
const TRAILING_AUTHOR = /\bby\s+((?!(?:the|a|an)\b)[\p{L}][\p{L}.'’-]*(?:\s+[\p{L}][\p{L}.'’-]*){0,2})\s*$/iu;

const CAPITALISED_NAMES = /^\p{Lu}\S*(?:\s+\p{Lu}\S*)*$/u;

// Two to four capitalised names closing a date line after a bar or a bullet ("… | Jane Doe").
const NAMES_AFTER_BAR = /[|•·–—]\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s*$/u;
const CASELESS_NAMES_AFTER_BAR = /[|•·–—]\s*\p{L}[\p{L}.'’-]*(?:\s+\p{L}[\p{L}.'’-]*){1,3}\s*$/u;

// A reading time beside the date: "3 min read", "5 minutes".
const READING_TIME = /\b\d{1,3}\s*(?:min|mins|minute|minutes)(?:\s+read)?\b/i;

/** No word of `text` is a function word (what tells names in a caseless page). */
function noFunctionWord(text: string): boolean {
  return !text.split(/[\s|•·–—]+/).some((w) => STOPWORDS.has(w.toLowerCase()));
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function valid(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

interface Hit {
  readonly y: number;
  readonly m: number;
  readonly d: number;
  readonly index: number;
  readonly length: number;
  readonly time?: string;
}

function findDate(s: string): Hit | undefined {
  let m = MONTH_DAY_YEAR.exec(s);
  if (m)
    return {
      y: +m[3]!,
      m: MONTHS[m[1]!.slice(0, 3).toLowerCase()]!,
      d: +m[2]!,
      index: m.index,
      length: m[0].length,
    };
  m = DAY_MONTH_YEAR.exec(s);
  if (m)
    return {
      y: +m[3]!,
      m: MONTHS[m[2]!.slice(0, 3).toLowerCase()]!,
      d: +m[1]!,
      index: m.index,
      length: m[0].length,
    };
  m = ISO_DATE.exec(s);
  if (m) {
    const time = m[4] ? `T${m[4]}:${m[5]}${m[6] ? (m[6] === "z" ? "Z" : m[6]) : ""}` : undefined;
    return {
      y: +m[1]!,
      m: +m[2]!,
      d: +m[3]!,
      index: m.index,
      length: m[0].length,
      ...(time ? { time } : {}),
    };
  }
  m = YMD_SLASH.exec(s);
  if (m) return { y: +m[1]!, m: +m[2]!, d: +m[3]!, index: m.index, length: m[0].length };
  m = NUMERIC_DATE.exec(s);
  if (m) {
    // "/" → US month/day, unless the first number cannot be a month ("15/04/2017", British
    // order); "." → European day.month, unless the second cannot be one ("04.15.2017").
    const a = +m[1]!;
    const b = +m[3]!;
    const usOrder = m[2] === "/" ? !(a > 12 && b <= 12) : b > 12 && a <= 12;
    const [mo, d] = usOrder ? [a, b] : [b, a];
    return { y: +m[4]!, m: mo, d, index: m.index, length: m[0].length };
  }
  return undefined;
}

/**
 * ABC Australia's three forms of one date printed without spaces ("Posted 7
 * Apr 20187 April 2018Sat 7 Apr 2018 at 2:58am", probe17 top/au-abc): a space
 * after a year that a day or a weekday follows at once.
 */
const GLUED_YEAR =
  /(\b\d{1,2} [a-z]{3,9} (?:19|20)\d\d)(?=\d{1,2} [a-z]{3,9} (?:19|20)\d\d|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6} \d)/gi;
function unglue(line: string): string {
  return line.length > 30 && /\d{4}[\p{L}\d]/u.test(line) ? line.replace(GLUED_YEAR, "$1 ") : line;
}

/** Parse a line that is nothing but a (labelled) date; undefined otherwise. */
export function parseDateLine(text: string, caseless?: () => boolean): ParsedDate | undefined {
  if (text.length > 120) return undefined;
  const line = unglue(text);
  const hit = findDate(line);
  if (!hit || !valid(hit.y, hit.m, hit.d)) return undefined;
  const labelMatch = /^\W*([a-z][a-z ]*?)\b\s*(?:on\b|:|\s)/i.exec(line.slice(0, hit.index));
  let rest = line.slice(0, hit.index) + " " + line.slice(hit.index + hit.length);
  let time = hit.time;
  const t = TIME.exec(rest);
  if (t && (t[2] !== undefined || t[3] !== undefined)) {
    rest = rest.slice(0, t.index) + " " + rest.slice(t.index + t[0].length);
    if (!time) {
      let h = +t[1]!;
      const min = t[2] ? +t[2] : 0;
      const ampm = t[3]?.toLowerCase().replace(/\./g, "");
      if (ampm === "pm" && h < 12) h += 12;
      if (ampm === "am" && h === 12) h = 0;
      if (h < 24 && min < 60) time = `T${pad(h)}:${pad(min)}${/^(?:GMT|UTC)$/i.test(t[4] ?? "") ? "Z" : ""}`;
    }
  }
  // A second date on the line ("Published …, Updated …") is allowed; a third in ABC's glued
  // "Posted 7 Apr 2018 7 April 2018 Sat 7 Apr 2018 at 2:58am" (unglue).
  for (let n = line === text ? 1 : 2; n > 0; n--) {
    const second = findDate(rest);
    if (second) rest = rest.slice(0, second.index) + " " + rest.slice(second.index + second.length);
  }
  const t2 = TIME.exec(rest);
  if (t2 && (t2[2] !== undefined || t2[3] !== undefined))
    rest = rest.slice(0, t2.index) + rest.slice(t2.index + t2[0].length);
  // Reuters' "April 15, 2017 / 12:34 PM / 2 years ago": the page's age beside the date;
  // a reading time ("… • 3 min read").
  rest = rest.replace(RELATIVE_AGE, " ").replace(READING_TIME, " ");
  const label = labelMatch?.[1]?.toLowerCase().trim() ?? "";
  let byline: string | undefined;
  // The author closing a date line: after a label ("Posted on … by admin"), or in
  // capitalised names ("October 14, 2017 by Jane Doe") — in a caseless document
  // (`caseless`, util/case.ts), names without a function word ("… by jane doe").
  const folded = caseless?.() === true;
  const author = line.slice(hit.index).match(TRAILING_AUTHOR);
  if (
    author &&
    (label !== "" || CAPITALISED_NAMES.test(author[1]!) || (folded && noFunctionWord(author[1]!)))
  ) {
    byline = author[1]!;
    rest = rest.replace(TRAILING_AUTHOR, " ");
  } else {
    // Capitalised names after a bar or a bullet: "April 15, 2017 | Jane Doe" — an author
    // or a place ("| New York"): the line is a date line, the names go to no field (the
    // finding reports the line). In a caseless document, words that are no function word.
    const after = (folded ? CASELESS_NAMES_AFTER_BAR : NAMES_AFTER_BAR).exec(rest);
    if (after && (!folded || noFunctionWord(after[0]))) rest = rest.slice(0, after.index);
  }
  if (/[\p{L}\p{N}]/u.test(rest.replace(LABELS, " "))) return undefined;
  const iso = `${hit.y}-${pad(hit.m)}-${pad(hit.d)}${time ?? ""}`;
  return byline ? { iso, label, byline } : { iso, label };
}
