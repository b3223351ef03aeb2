/**
 * util/text.ts helpers that rules share, on the forms scraped and released
 * text takes: tokenised releases (Multi-News' preprocessed form) space their
 * punctuation ("cool . ”", "( reporting by … )", "third @-@ party").
 */
import { describe, expect, it } from "vitest";
import {
  contentWords,
  detokenized,
  differOnlyInQuotes,
  endsWithTerminal,
  forEachStemmedHash,
  hashWord,
  stem,
  straightQuotes,
} from "../src/util/text.js";

describe("endsWithTerminal", () => {
  it("reads a sentence end before closing quotes and brackets, spaced or not", () => {
    expect(endsWithTerminal("That's pretty cool.”")).toBe(true);
    expect(endsWithTerminal("that’s pretty cool . ”")).toBe(true);
    expect(endsWithTerminal("he said . ) ”")).toBe(true);
    expect(endsWithTerminal('"We did the right thing."')).toBe(true);
  });

  it("is false for a line that stops without one", () => {
    expect(endsWithTerminal("Council passes budget")).toBe(false);
    expect(endsWithTerminal("the mural on the wall )")).toBe(false);
    expect(endsWithTerminal("“ quoted words ”")).toBe(false);
    expect(endsWithTerminal(" )")).toBe(false);
  });
});

describe("detokenized", () => {
  it("joins a tokeniser's punctuation back", () => {
    expect(detokenized("( reporting by jane doe ; editing by john roe )")).toBe(
      "(reporting by jane doe; editing by john roe)",
    );
    expect(detokenized("© 2019 the associated press . all rights reserved .")).toBe(
      "© 2019 the associated press. all rights reserved.",
    );
    expect(detokenized("via third @-@ party applications")).toBe("via third-party applications");
  });

  it("leaves a line without such spaces alone (undefined)", () => {
    expect(detokenized("(Reporting by Jane Doe; Editing by John Roe)")).toBeUndefined();
    expect(detokenized("Council passes budget after long debate")).toBeUndefined();
  });
});

describe("straightQuotes", () => {
  // repeated-headline compares lengths before folding quote styles: the fold must keep them.
  it("turns each quote mark into one ASCII unit, so the length is kept", () => {
    const marks = "“”„«»‘’`´";
    expect(straightQuotes(marks)).toBe(`"""""''''`);
    const line = "„Er sagte: «Nein»“ — ‘it’s `done´’";
    expect(straightQuotes(line)).toHaveLength(line.length);
  });

  it("differOnlyInQuotes: a copy in another quote style, not the same text nor another line", () => {
    expect(differOnlyInQuotes("Trump: ‘all-time low’", "Trump: 'all-time low'")).toBe(true);
    expect(differOnlyInQuotes("Trump: 'all-time low'", "Trump: 'all-time low'")).toBe(false);
    expect(differOnlyInQuotes("Trump: ‘all-time low’", "Trump: 'all-time low' now")).toBe(false);
    expect(differOnlyInQuotes("Trump: ‘all-time low’", "Trump: 'all-time high")).toBe(false);
  });

  it("makes a curly copy of a headline equal to its straight one", () => {
    expect(straightQuotes("Trump: ‘all-time low’ in “relations”")).toBe(
      "Trump: 'all-time low' in \"relations\"",
    );
  });
});

describe("forEachStemmedHash", () => {
  it("drops function words of every length and keeps words longer than any of them", () => {
    const text =
      "Of the others, between them: because Russia's U.S.-led withdrawals were THROUGH naïve studies";
    const seen: number[] = [];
    forEachStemmedHash(text, (h) => seen.push(h));
    expect(seen).toEqual(contentWords(text).map((w) => hashWord(stem(w))));
    // "between" and "through" are function words of the longest length (7).
    expect(contentWords(text)).toEqual([
      "others",
      "because",
      "russia",
      "u.s",
      "led",
      "withdrawals",
      "naïve",
      "studies",
    ]);
  });
});
