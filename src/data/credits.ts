/**
 * Credit vocabulary of the top of a page: news agencies printed alone or
 * before a date as the byline, and the outlet labels that close a
 * contributor's name. Observed in the second independent probe (probe17,
 * families top/byline-agency, top/in-toi, top/in-ndtv, top/yahoo-msn,
 * top/forbes-contrib).
 */

/**
 * News agencies and wire services credited alone under a headline ("Press
 * Trust of India", "Tribune News Service"), before a date ("Reuters July 24,
 * 2018, 6:32 PM", "Bloomberg•May 17, 2017") or in a bar-separated credit line
 * ("TNN | Updated: Nov 5, 2017, 08:53 IST"). Regex sources, matched as whole
 * words, case-insensitively in a caseless page.
 */
export const AGENCIES: readonly string[] = [
  "(?:The )?Associated Press",
  "AP",
  "Reuters",
  "AFP",
  "Agence France-Presse",
  "Agence France Presse",
  "Bloomberg(?: News)?",
  "Press Trust of India",
  "PTI",
  "IANS",
  "ANI",
  // Times of India's own desk ("TNN | Updated: …").
  "TNN",
  "Tribune News Service",
  "McClatchy(?: Washington Bureau)?",
  "dpa",
  "Xinhua",
  "AAP",
  "Australian Associated Press",
  "The Canadian Press",
  "Canadian Press",
  "Kyodo(?: News)?",
  "UPI",
  "United Press International",
  // "From CNN Wire Service" (probe17 top/byline-agency).
  "From CNN Wire Service",
  "CNN Wire(?: Service)?",
];

/**
 * Forbes' label after a writer's name ("Claire McAllister Forbes Staff",
 * "Ravi Donnelly Contributor"), and the disclaimer or tagline printed under
 * it ("I write about health care.", probe B); read among the top lines only.
 */
export const CONTRIBUTOR_LABEL = "(?:Forbes Staff|Contributor|Forbes Contributor)";
export const CONTRIBUTOR_DISCLAIMER =
  /^(?:Opinions expressed by Forbes Contributors are their own|I (?:write|report) (?:about|on) [^,;:!?.]{3,70})\.$/i;

/**
 * Words of two- or three-word kickers and labels shaped like a person's name
 * ("Supreme Court", "White House", "Premier League", "Climate Change", "Wall
 * Street"): a line of capitalised words holding one is no name alone under
 * the headline. Not observed as bylines in probe17; a guard.
 */
export const NOT_PERSON_WORDS = new Set(
  (
    "court house street league cup change valley party club union bank government council ministry " +
    "university college school hospital company group office department police army navy force " +
    "report review watch update updates briefing explainer podcast newsletter live today week weekend " +
    "says said daily times post herald tribune journal telegraph guardian mail express standard star " +
    "island islands river lake mountain park city county state states kingdom republic " +
    // Titles before a name: "Prime Minister", "Prince Harry", "President Trump" are no bylines.
    "minister president secretary senator governor mayor chancellor king queen prince princess pope " +
    "general judge sheriff premier"
  ).split(" "),
);
