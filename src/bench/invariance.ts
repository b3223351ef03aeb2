/**
 * `npm run bench:invariance`: the seeds' defects put on real pages, and how
 * many pages then clean exactly as they do without them (title and text
 * compared). The pages are the 181 of the extraction benchmark in
 * ../shared/bench (many sites and languages, their own furniture left in):
 *
 *  1. as newsclean's HTML path reads them, title first;
 *  2. without a headline, as extractors such as Readability leave them (the
 *     benchmark's ground-truth article text), cased, lower-cased and as a
 *     tokenised release (Multi-News' preprocessed form).
 *
 * A figure, not a gate: test/invariance.test.ts holds part 1 to its bounds.
 *
 *   node dist/bench/invariance.js
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { createCleaner } from "../clean.js";
import { decodeHtmlBytes } from "../html/charset-sniff.js";
import { extract } from "../html/extract.js";
import { tokenise } from "./tokenise.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const BENCH = join(ROOT, "..", "shared", "bench", "article-extraction-benchmark");

const OTHER_STORIES = [
  "Verizon brings Nougat to Galaxy S6 edge+, Galaxy Note 5",
  "YouTube Has A New Dark Mode: Here's How To Get It",
];
const SPIN = (b: string) =>
  b
    .replace(/(?<!\bthe )\bRussia\b(?!n)/g, "Russian Federation")
    .replace(/(?<!\bthe )\bNATO\b(?! \()/g, "North Atlantic Treaty Organisation")
    .replace(/\ban international\b/g, "an worldwide")
    .replace(/\bU\.S\.-(led|based|backed)\b/g, "U.S. -$1");

/** Defects on a page with its title. */
const TITLED: Record<string, (t: string, b: string) => string> = {
  "headline twice": (t, b) => `${t}\n\n${t}\n\n${b}`,
  "headline three times": (t, b) => `${t}\n\n${t}\n\n${t}\n\n${b}`,
  "page title with the site's name": (t, b) => `${t} | Daily News Network\n\n${t}\n\n${b}`,
  "a copy in curly quotes": (t, b) => `${t.replace(/'/g, "’").replace(/"/g, "”")}\n\n${t}\n\n${b}`,
  '"World Media" above': (t, b) => `World Media\n\n${t}\n\n${b}`,
  "a date line": (t, b) => `${t}\n\nPosted April 15, 2017\n\n${b}`,
  "a byline": (t, b) => `${t}\n\nBy John Smith\n\n${b}`,
  spins: (t, b) => `${t}\n\n${SPIN(b)}`,
  "a footer": (t, b) => `${t}\n\n${b}\n\nRelated News:\n\n${OTHER_STORIES[0]}\n\n${OTHER_STORIES[1]}`,
  "other stories' headlines": (t, b) => `${t}\n\n${b}\n\n${OTHER_STORIES[0]}\n\n${OTHER_STORIES[1]}`,
  "ads between paragraphs": (t, b) =>
    `${t}\n\n${between(b, "Advertisement Continue reading the main story")}`,
  "a share bar and a caption": (t, b) =>
    `${t}\n\nShare on Facebook\nShare on Twitter\nEmail\n\nImage copyright AFP Image caption Crowds gathered on Monday\n\n${b}`,
  "credits and copyright at the end": (t, b) =>
    `${t}\n\n${b}\n\n(Reporting by Jane Doe; Editing by John Roe)\n\nCopyright 2019 The Associated Press. All rights reserved.`,
  "the seeds' defects together": (t, b) =>
    `World Media\n\n${t}\n\n${t}\n\nPosted April 15, 2017\n\n${SPIN(b)}\n\nRelated News:\n\n${OTHER_STORIES[0]}`,
};

/** Defects on a page without its headline (the story's first line is `f`). */
const HEADLESS: Record<string, (b: string, f: string) => string> = {
  '"World Media" above': (b) => `World Media\n\n${b}`,
  "first line twice": (b, f) => `${f}\n\n${b}`,
  "first line three times": (b, f) => `${f}\n\n${f}\n\n${b}`,
  '"World Media" over a date line': (b) => `World Media\n\nPosted April 15, 2017\n\n${b}`,
  "a footer": (b) => `${b}\n\nRelated News:\n\n${OTHER_STORIES[0]}\n\n${OTHER_STORIES[1]}`,
  "other stories' headlines": (b) => `${b}\n\n${OTHER_STORIES[0]}\n\n${OTHER_STORIES[1]}`,
  spins: (b) => SPIN(b),
  "a credit line at the end": (b) => `${b}\n\n(Reporting by Jane Doe; Editing by John Roe)`,
  "the seeds' defects together": (b, f) =>
    `World Media\n\n${f}\n\n${f}\n\n${SPIN(b)}\n\nRelated News:\n\n${OTHER_STORIES[0]}\n\n${OTHER_STORIES[1]}`,
};

/** `line` put after the second paragraph of `body` (when it has three or more). */
function between(body: string, line: string): string {
  const p = body.split("\n\n");
  if (p.length > 2) p.splice(2, 0, line);
  return p.join("\n\n");
}

function main(): void {
  if (!existsSync(BENCH)) {
    console.log("invariance benchmark: skipped (../shared/bench/article-extraction-benchmark is absent)");
    return;
  }
  const cleaner = createCleaner();
  const out = (text: string) => {
    const r = cleaner.clean(text);
    return `${r.title}\u0000${r.text}`;
  };
  const htmlDir = join(BENCH, "html");
  const titled = readdirSync(htmlDir)
    .filter((f) => f.endsWith(".html.gz"))
    .sort()
    .map((f) => extract(decodeHtmlBytes(gunzipSync(readFileSync(join(htmlDir, f)))).text))
    .filter((p) => p.title.trim() !== "" && p.text.trim() !== "")
    .map((p) => ({ title: p.title.trim(), body: p.text.trim() }));
  console.log("invariance benchmark: pages that clean as they do without the defect (title and text)");
  console.log(`  1. the benchmark's pages as the HTML path reads them, title first (${titled.length})`);
  for (const [name, add] of Object.entries(TITLED)) {
    let same = 0;
    for (const { title, body } of titled) if (out(add(title, body)) === out(`${title}\n\n${body}`)) same++;
    console.log(`    ${name.padEnd(34)} ${same}/${titled.length}`);
  }
  const truth = JSON.parse(readFileSync(join(BENCH, "ground-truth.json"), "utf8")) as Record<
    string,
    { articleBody?: string }
  >;
  const bodies = Object.values(truth)
    .map((v) => (v.articleBody ?? "").trim())
    .filter(Boolean);
  const forms: [string, (t: string) => string][] = [
    ["cased", (t) => t],
    ["lower-cased", (t) => t.toLowerCase()],
    ["tokenised", tokenise],
  ];
  console.log(
    `  2. the benchmark's article texts, without a headline (${bodies.length}): cased / lower-cased / tokenised`,
  );
  for (const [name, add] of Object.entries(HEADLESS)) {
    const figures = forms.map(([, form]) => {
      let same = 0;
      for (const b of bodies) {
        const first = b
          .split("\n")
          .find((l) => l.trim() !== "")!
          .trim();
        if (out(form(add(b, first))) === out(form(b))) same++;
      }
      return `${same}/${bodies.length}`;
    });
    console.log(`    ${name.padEnd(34)} ${figures.join("  ")}`);
  }
}

main();
