/**
 * Properties of the whole pipeline, on generated scraped-news-like text:
 * cleaning is idempotent (clean(render(clean(x))) renders the same), and the
 * cleaner never invents text (every output word is in the input or in the
 * replacement text of an applied fix).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { forEachName } from "../src/engine/junk.js";
import { clean, renderResult } from "../src/index.js";
import { doubledWords, THE_PHRASE } from "../src/rules/garbled-sentence.js";
import { bucketSignature, sentenceKey } from "../src/util/sentence-key.js";
import { contentWords, forEachStemmedHash, hashWord, stem, stemmedWordHashes } from "../src/util/text.js";

const HEADLINES = [
  "Trump declares US-Russia relations may be at 'all-time low'",
  "Council passes budget after long debate",
  "Minister says reforms “will not be delayed”",
  "World Media",
  "Business",
];
const SENTENCES = [
  "Russian Federation has vetoed a draft resolution at the UN Security Council.",
  "The Russian Federation said on Monday it would respond.",
  "He said working groups would be established to improve U.S.",
  "The USA -led coalition killed about 150 civilians in Mosul.",
  "Syria was asked to help in an worldwide investigation of the attack.",
  '".With its veto, Russian Federation said no to accountability".',
  "I have absolutely no doubt we did the right thing.",
  "The council approved the budget on Monday after a long debate.",
  '"We are not getting along with Russia at all", Trump said.',
  "She told USA Today that Team USA would compete.",
  "Leaders of the North Atlantic Treaty Organization (NATO) met in Brussels.",
  "North Atlantic Treaty Organisation leaders pledged in 2014 to halt cuts.",
  "Mr. Smith met Sen. Warren and Dr. Jones at 3.5 p.m. in Washington.",
  "``We will win,'' he said.",
  "Russia wants the eliminate sanctions on Moscow.",
];
const CHROME = [
  "Related News:",
  "Read more",
  "Posted April 15, 2017",
  "By Jane Doe",
  "Story continues below advertisement",
  "Facebook Twitter Email",
  "___",
  "(Reporting by Tom Miles; Editing by Alison Williams)",
  "Verizon brings Nougat to Galaxy S6 edge+, Galaxy Note 5",
  "Copyright 2017 Example Media. All rights reserved.",
];
const SPACES = [" ", "  ", "\u00a0", "\t"];
const BREAKS = ["\n", "\n\n", "\r\n\r\n", " NEWLINE_CHAR NEWLINE_CHAR ", "\n\n\n"];

const line = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...HEADLINES) },
  {
    weight: 5,
    arbitrary: fc
      .array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 3 })
      .map((s) => s.join(" ")),
  },
  { weight: 3, arbitrary: fc.constantFrom(...CHROME) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...SENTENCES), fc.constantFrom(...SPACES), fc.constantFrom(...SENTENCES))
      .map(([a, s, b]) => `${a}${s}${b}`),
  },
);
const doc = fc
  .array(fc.tuple(line, fc.constantFrom(...BREAKS)), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.map(([l, b]) => l + b).join(""));

const WORD = /[\p{L}\p{N}]+/gu;

describe("pipeline properties", () => {
  it("is idempotent: clean(render(clean(x))) renders as render(clean(x))", () => {
    fc.assert(
      fc.property(doc, (x) => {
        const once = renderResult(clean(x));
        const twice = renderResult(clean(once));
        expect(twice).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  it("never invents a word: output words come from the input or from an applied fix", () => {
    fc.assert(
      fc.property(doc, (x) => {
        const r = clean(x);
        const allowed = new Set(x.match(WORD) ?? []);
        for (const f of r.findings) {
          if (f.applied && f.fix) for (const w of f.fix.text.match(WORD) ?? []) allowed.add(w);
        }
        for (const w of renderResult(r).match(WORD) ?? []) expect(allowed.has(w), w).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("maps every finding span into the input", () => {
    fc.assert(
      fc.property(doc, (x) => {
        for (const f of clean(x).findings) {
          expect(f.span.start).toBeGreaterThanOrEqual(0);
          expect(f.span.end).toBeLessThanOrEqual(x.length);
          // The reported text is what the input holds at the span.
          if (f.actual !== undefined) expect(x.slice(f.span.start, f.span.end)).toBe(f.actual);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("doubled words (garbled-sentence)", () => {
  // Letters (both cases), spaces, tabs, punctuation and non-ASCII letters, so
  // that doubled words, near misses and word boundaries all occur often.
  const piece = fc.constantFrom(
    "the",
    "The",
    "THE",
    "he",
    "a",
    "cat",
    "Cat",
    " ",
    "  ",
    "\t",
    ".",
    "é",
    "-",
    "\n",
  );
  const text = fc.array(piece, { maxLength: 24 }).map((p) => p.join(""));

  // The definition, as a regex: an ASCII-letter run of two or more letters
  // standing alone, spaces or tabs, then the same run (case-insensitive) standing alone.
  const PAIR = /(?<![\p{L}\p{N}])([A-Za-z]{2,})[ \t]+(?=([A-Za-z]{2,})(?![\p{L}\p{N}]))/gu;
  const byDefinition = (t: string) =>
    [...t.matchAll(PAIR)]
      .filter((m) => m[1]!.toLowerCase() === m[2]!.toLowerCase())
      .map((m) => ({ start: m.index, end: m.index + m[0].length + m[2]!.length }));

  it("doubledWords finds exactly the pairs of its definition", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(doubledWords(t)).toEqual(byDefinition(t));
      }),
      { numRuns: 3000 },
    );
  });

  it("and in any case (caseless pages), also on texts without tabs", () => {
    fc.assert(
      fc.property(text, (t0) => {
        const t = t0.replace(/\t/g, " ");
        expect(doubledWords(t)).toEqual(byDefinition(t));
        expect(doubledWords(t, [], true)).toEqual(byDefinition(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('the scan finds every " the " where the garbled patterns can start (same matches as a whole-text search)', () => {
    const words = fc.constantFrom(
      "the",
      "The",
      "wants",
      "eliminate",
      "by",
      "unacceptable.",
      "end",
      "endable!",
      "thee",
      "athe",
      " ",
      "  ",
      "\t",
      "\n",
      ".",
      "é",
    );
    const texts = fc.array(words, { maxLength: 20 }).map((p) => p.join(" "));
    const global = new RegExp(THE_PHRASE.source, "g");
    fc.assert(
      fc.property(texts, (t) => {
        const thes: number[] = [];
        doubledWords(t, thes);
        const sticky = thes.flatMap((at) => {
          THE_PHRASE.lastIndex = at;
          const m = THE_PHRASE.exec(t);
          return m ? [[m.index, m[0]]] : [];
        });
        expect(sticky).toEqual([...t.matchAll(global)].map((m) => [m.index, m[0]]));
      }),
      { numRuns: 3000 },
    );
  });

  it("a named case: two pairs, a near miss and a longer word are told apart", () => {
    expect(doubledWords("He said that that was the the end.")).toHaveLength(2);
    expect(doubledWords("The the cat in inside the thé the")).toEqual([{ start: 0, end: 7 }]);
  });
});

describe("topic word hashes (off-topic documents in a cluster)", () => {
  const piece = fc.constantFrom(
    "the",
    "Studies",
    "studies",
    "flies",
    "running",
    "ring",
    "voted",
    "red",
    "news",
    "glass",
    "NATO's",
    "Obama’s",
    "it's",
    "U.S.",
    "e-mail",
    "AT&T",
    "--",
    "x".repeat(70),
    `${"y".repeat(61)}ies`,
    "Counter-revolutionary-internationalisation-movements'",
    "Zürich",
    "İstanbul",
    "naïve",
    "123",
    "ab",
    " ",
    "  ",
    "'",
    "’",
    ".",
    "-",
    "\n",
  );
  const text = fc.array(piece, { maxLength: 30 }).map((p) => p.join(""));

  it("stemmedWordHashes is exactly the hashes of contentWords, stemmed", () => {
    fc.assert(
      fc.property(text, (t) => {
        const expected = new Set(contentWords(t).map((w) => hashWord(stem(w))));
        expect(stemmedWordHashes(t)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it("forEachStemmedHash reads them in text order, a word longer than its buffer too", () => {
    fc.assert(
      fc.property(text, (t) => {
        const seen: number[] = [];
        forEachStemmedHash(t, (h) => seen.push(h));
        expect(seen).toEqual(contentWords(t).map((w) => hashWord(stem(w))));
      }),
      { numRuns: 3000 },
    );
  });

  it("a named case: plurals and tenses meet, function words are left out", () => {
    const h = stemmedWordHashes("The studies voted; the study's voting and the studies' votes.");
    expect(h).toEqual(new Set(["study", "vot", "vote"].map(hashWord)));
  });
});

describe("cluster index keys (forEachName, bucketSignature)", () => {
  const piece = fc.constantFrom(
    "Obama",
    "McDonald",
    "Ab",
    "ABC",
    "Paris",
    "_Paris",
    "9Paris",
    "éParis",
    "paris",
    "said",
    " ",
    "  ",
    '"',
    "”",
    "’",
    ".",
    "!",
    "?",
    ",",
    "\n",
    "-",
  );
  const text = fc.array(piece, { maxLength: 30 }).map((p) => p.join(""));

  /** The definition forEachName implements, as a regex and a look-back. */
  function namesByRegex(t: string): [number, number][] {
    const out: [number, number][] = [];
    for (const m of t.matchAll(/\b[A-Z][a-z]{2,}/g)) {
      let i = m.index - 1;
      while (i >= 0 && (t[i] === " " || t[i] === '"' || t[i] === "”" || t[i] === "’")) i--;
      if (i < 0 || t[i] === "\n" || t[i] === "." || t[i] === "!" || t[i] === "?") continue;
      out.push([m.index, m.index + m[0].length]);
    }
    return out;
  }

  it("forEachName finds exactly the names of its definition", () => {
    fc.assert(
      fc.property(text, (t) => {
        const got: [number, number][] = [];
        forEachName(t, (s, e) => got.push([s, e]));
        expect(got).toEqual(namesByRegex(t));
      }),
      { numRuns: 3000 },
    );
  });

  it("forEachName over pieces cut at spaces finds exactly the names of the whole", () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 4 }), (t, picks) => {
        const whole: [number, number][] = [];
        forEachName(t, (s, e) => whole.push([s, e]));
        const spaces = [...t.matchAll(/ /g)].map((m) => m.index);
        const cuts = [
          ...new Set(picks.map((k) => spaces[k % Math.max(1, spaces.length)]).filter((c) => c !== undefined)),
        ];
        const bounds = [0, ...cuts.sort((a, b) => a - b), t.length];
        const got: [number, number][] = [];
        for (let k = 0; k + 1 < bounds.length; k++)
          forEachName(t, (s, e) => got.push([s, e]), bounds[k], bounds[k + 1]);
        expect(got).toEqual(whole);
      }),
      { numRuns: 3000 },
    );
  });

  it('a named case: "He met Obama in Paris. Then McDonald spoke" has two names', () => {
    const t = "He met Obama in Paris. Then McDonald spoke";
    const got: string[] = [];
    forEachName(t, (s, e) => got.push(t.slice(s, e)));
    expect(got).toEqual(["Obama", "Paris"]);
  });

  const words = fc.constantFrom(
    "the",
    "council",
    "Russia",
    "NATO",
    "U.S.",
    "US",
    "international",
    "agreed",
    "on",
    "sanctions",
    "Zürich",
  );
  // Spinner variants of each word (what sentenceKey folds) and its punctuation and case.
  const SPUN: Record<string, string[]> = {
    Russia: ["Russian Federation", "russian federation"],
    NATO: ["North Atlantic Treaty Organisation", "North Atlantic Treaty Organization"],
    "U.S.": ["USA", "U.S.A.", "US", "u.s."],
    US: ["USA", "U.S."],
    international: ["worldwide", "global", "Global"],
  };
  const sentence = fc.array(fc.tuple(words, fc.nat(3), fc.constantFrom(" ", ", ", " - ", '"')), {
    minLength: 1,
    maxLength: 14,
  });

  it("bucketSignature: a spun copy (spinner variants, punctuation, case) buckets with its original", () => {
    fc.assert(
      fc.property(sentence, (parts) => {
        const a = parts.map(([w, , sep]) => w + sep).join("");
        const b = parts
          .map(([w, k, sep]) => {
            const v = SPUN[w];
            const spun = v && k > 0 ? v[(k - 1) % v.length]! : k === 3 ? w.toUpperCase() : w;
            return spun + (sep === ", " ? " , " : sep);
          })
          .join("");
        // Equal keys (a word "a" after "U.S." is folded into "U.S.A."): then equal signatures.
        fc.pre(sentenceKey(b) === sentenceKey(a));
        expect(bucketSignature(b, false)).toBe(bucketSignature(a, false));
        expect(bucketSignature(b, true)).toBe(bucketSignature(a, true));
      }),
      { numRuns: 2000 },
    );
  });

  it("bucketSignature: a different first or last word changes that end's signature", () => {
    const base = "The council agreed on new sanctions against Russia on Tuesday.";
    expect(bucketSignature("A mayor agreed on new sanctions against Russia on Tuesday.", false)).not.toBe(
      bucketSignature(base, false),
    );
    expect(bucketSignature("The council agreed on new sanctions against Russia on Friday.", true)).not.toBe(
      bucketSignature(base, true),
    );
    expect(bucketSignature("Russian Federation: the council agreed", false)).toBe(
      bucketSignature("Russia - the council agreed", false),
    );
  });
});
