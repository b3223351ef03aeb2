import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Document } from "../src/document/document.js";
import { isCaselessText } from "../src/util/case.js";

const split = (text: string) => new Document(text).sentences.map((s) => s.text);

describe("sentence splitting of news text", () => {
  it.each([
    [
      "U.S. before a name",
      "U.S. President Donald Trump spoke. He left.",
      ["U.S. President Donald Trump spoke.", "He left."],
    ],
    [
      "U.N. before a name",
      "The U.N. Security Council met. It voted.",
      ["The U.N. Security Council met.", "It voted."],
    ],
    [
      "U.S. ending a sentence",
      "It aired in the U.S. The next day it rained.",
      ["It aired in the U.S.", "The next day it rained."],
    ],
    [
      "titles",
      "Mr. Smith met Sen. Warren and Dr. Jones. They talked.",
      ["Mr. Smith met Sen. Warren and Dr. Jones.", "They talked."],
    ],
    ["initials", "John F. Kennedy spoke. Crowds cheered.", ["John F. Kennedy spoke.", "Crowds cheered."]],
    ["decimals", "It grew 3.5 percent. Prices fell.", ["It grew 3.5 percent.", "Prices fell."]],
    ["a quote after the period", '"We won." The crowd cheered.', ['"We won."', "The crowd cheered."]],
    [
      "the spinner's hyphen scar",
      "U.S. -Russia ties are low. Talks failed.",
      ["U.S. -Russia ties are low.", "Talks failed."],
    ],
    ["a lower-case word after a period", "He said so. and left.", ["He said so. and left."]],
    [
      "No. before a number",
      "It ranked No. 5 in the poll. Rivals trailed.",
      ["It ranked No. 5 in the poll.", "Rivals trailed."],
    ],
    [
      "Inc. before an opener",
      "He works for Acme Inc. The firm grew.",
      ["He works for Acme Inc.", "The firm grew."],
    ],
    ["Inc. before a name", "Acme Inc. Chairman Lee spoke.", ["Acme Inc. Chairman Lee spoke."]],
    ["a question and an exclamation", "Why? Because! Then it ended.", ["Why?", "Because!", "Then it ended."]],
    ["an ellipsis", "He paused… Then he spoke.", ["He paused…", "Then he spoke."]],
    ["a no-break space after the period", "It ended.\u00a0Then it began.", ["It ended.", "Then it began."]],
    [
      "an opening quote after the period",
      'He left. "Goodbye," he said.',
      ["He left.", '"Goodbye," he said.'],
    ],
  ])("%s", (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it("never crosses a line break, and offsets point into the text", () => {
    const text = "First line. Second sentence\r\nThird line.  \n\n  Fourth. Fifth NEWLINE_CHAR Sixth.";
    const doc = new Document(text);
    expect(doc.sentences.map((s) => s.text)).toEqual([
      "First line.",
      "Second sentence",
      "Third line.",
      "Fourth.",
      "Fifth",
      "Sixth.",
    ]);
    for (const s of doc.sentences) expect(text.slice(s.span.start, s.span.end)).toBe(s.text);
    expect(doc.sentences.map((s) => [s.line, s.inLine, s.lineCount])).toEqual([
      [0, 0, 2],
      [0, 1, 2],
      [1, 0, 1],
      [3, 0, 2],
      [3, 1, 2],
      [4, 0, 1],
    ]);
  });

  const piece = fc.constantFrom(
    "U.S.",
    "Mr.",
    "Sen.",
    "Inc.",
    "F.",
    "3.5",
    "The",
    "he",
    "said",
    "“Yes.”",
    '"No."',
    "!",
    "?",
    "…",
    ".",
    " ",
    "  ",
    "\u00a0",
    "\t",
    "\n",
    "\r\n",
    " -",
    "é",
    "Élan",
  );
  const text = fc.array(piece, { maxLength: 30 }).map((p) => p.join(""));

  it("sentences tile each line's content: ordered, trimmed, and every other character is white space", () => {
    fc.assert(
      fc.property(text, (t) => {
        const doc = new Document(t);
        for (const line of doc.lines) {
          const spans = doc.sentences.filter((s) => s.line === line.index).map((s) => s.span);
          if (line.blank) {
            expect(spans).toEqual([]);
            continue;
          }
          let pos = line.content.start;
          for (const span of spans) {
            expect(span.start).toBeGreaterThanOrEqual(pos);
            expect(span.end).toBeGreaterThan(span.start);
            expect(t.slice(pos, span.start).trim()).toBe("");
            expect(t.slice(span.start, span.end)).toBe(t.slice(span.start, span.end).trim());
            pos = span.end;
          }
          expect(t.slice(pos, line.content.end).trim()).toBe("");
          expect(spans[0]!.start).toBe(line.content.start);
          expect(spans.at(-1)!.end).toBe(line.content.end);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe("caseless (lower-cased) text", () => {
  const caseless =
    "the council met on monday. he left early. the u.s. president spoke after mr. smith. " +
    "add 1 tsp. olive oil and 2 tbsp. honey. john f. kennedy was mentioned. she stayed.";

  it("is detected by its lack of capitals, Multi-News' NEWLINE_CHAR aside", () => {
    expect(isCaselessText(caseless)).toBe(true);
    expect(isCaselessText(caseless.replace(/\. /g, " NEWLINE_CHAR "))).toBe(true);
    expect(
      isCaselessText(
        "The Council met on Monday. He left early, and the U.S. President spoke after Mr. Smith.",
      ),
    ).toBe(false);
    // A short line says nothing.
    expect(isCaselessText("he left.")).toBe(false);
    // An acronym in capitals leaves a long lower-cased text caseless, not a short one.
    expect(isCaselessText(`${`${caseless} `.repeat(5)}CNN`)).toBe(true);
    expect(isCaselessText(`${caseless} CNN said`)).toBe(false);
  });

  it("the body decides: a headline in its own case above a caseless body leaves the page caseless", () => {
    expect(isCaselessText(`Trump Says US-Russia Relations May Be At All-Time Low\n\n${caseless}`)).toBe(true);
    expect(isCaselessText(`TRUMP SAYS RELATIONS ARE AT A LOW POINT\n\n${caseless}`)).toBe(true);
    expect(isCaselessText(`Headline\n${caseless.replace("the council", "The Council of Europe")}`)).toBe(
      false,
    );
  });

  it("counts cased letters beyond ASCII: a Russian page's case does not hang on English lines under it", () => {
    const ru =
      "Совет директоров утвердил бюджет в понедельник после долгих споров о финансировании школ и ремонте дорог. " +
      "Члены совета заявили, что расходы на школы вырастут на четыре процента в следующем году.";
    expect(isCaselessText(ru)).toBe(false);
    expect(isCaselessText(`${ru}\n\nVerizon brings Nougat to Galaxy S6 edge+, Galaxy Note 5`)).toBe(false);
    expect(isCaselessText(ru.toLowerCase())).toBe(true);
    expect(isCaselessText(`${ru.toLowerCase()}\n\nverizon brings nougat to galaxy s6 edge+`)).toBe(true);
  });

  it("splits at a period before a lower-case word, except after abbreviations, units and initials", () => {
    expect(split(caseless)).toEqual([
      "the council met on monday.",
      "he left early.",
      "the u.s. president spoke after mr. smith.",
      "add 1 tsp. olive oil and 2 tbsp. honey.",
      "john f. kennedy was mentioned.",
      "she stayed.",
    ]);
  });

  it("in capitals too: detected, and split at every period but after abbreviations, units and initials", () => {
    const caps = caseless.toUpperCase();
    expect(isCaselessText(caps)).toBe(true);
    expect(split(caps)).toEqual(split(caseless).map((s) => s.toUpperCase()));
  });

  it("a cased text still does not split before a lower-case word", () => {
    expect(
      split("The council met on Monday, officials said. and then it rained for the rest of the week."),
    ).toEqual(["The council met on Monday, officials said. and then it rained for the rest of the week."]);
  });
});

describe("the text model", () => {
  it("lines, blocks and offsets for LF, CRLF, CR and NEWLINE_CHAR", () => {
    const text = "Title\r\n\r\nA one.\nA two.\rB NEWLINE_CHAR NEWLINE_CHAR C";
    const doc = new Document(text);
    expect(doc.lines.map((l) => l.text)).toEqual(["Title", "", "A one.", "A two.", "B", "", "C"]);
    expect(doc.blocks.map((b) => b.lines)).toEqual([[0], [2, 3, 4], [6]]);
    expect(doc.lines.map((l) => text.slice(l.br.start, l.br.end))).toEqual([
      "\r\n",
      "\r\n",
      "\n",
      "\r",
      " NEWLINE_CHAR ",
      "NEWLINE_CHAR ",
      "",
    ]);
    for (const l of doc.lines) expect(text.slice(l.content.start, l.content.end)).toBe(l.text);
    expect(Object.isFrozen(doc)).toBe(true);
  });

  it("edge white space, including no-break and zero-width spaces, is outside a line's content", () => {
    const doc = new Document(" \u00a0Body text.\u200b \n\t\n");
    expect(doc.lines.map((l) => [l.text, l.blank])).toEqual([
      ["Body text.", false],
      ["", true],
      ["", true],
    ]);
    expect(doc.lines[0]!.content).toEqual({ start: 2, end: 12 });
  });
});
