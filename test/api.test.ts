/** The public surface is small and pinned: a change here is a change of the API (README "Library API"). */
import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";

describe("public API", () => {
  it("exports exactly these values", () => {
    expect(Object.keys(api).sort()).toEqual([
      "DEFAULT_MAX_PASSES",
      "DEFAULT_THRESHOLD",
      "Document",
      "FETCH_DEFAULTS",
      "RULES",
      "clean",
      "cleanCluster",
      "createCleaner",
      "decodeHtml",
      "decodeHtmlBytes",
      "explainFindings",
      "extract",
      "fetchAndClean",
      "fetchPages",
      "htmlToText",
      "lineCol",
      "lineStarts",
      "processCluster",
      "processRecord",
      "renderResult",
      "repairMojibake",
    ]);
  });

  it("clean() returns the documented result shape", () => {
    const r = api.clean(
      "Council passes budget\n\nThe council approved the budget on Monday.\n\nRelated News:",
    );
    expect(Object.keys(r).sort()).toEqual(["findings", "meta", "stats", "text", "title"]);
    expect(r.title).toBe("Council passes budget");
    expect(r.text).toBe("The council approved the budget on Monday.");
    expect(r.findings[0]).toMatchObject({
      ruleId: "footer",
      kind: "footer",
      applied: true,
      actual: "Related News:",
    });
  });

  it("drops a report on text that a fix of the same pass deletes, keeps it when nothing deletes it", () => {
    const body =
      "The council approved the budget on Monday after a long debate about school funding.\n\n" +
      "Members said the plan would raise spending on schools by four percent next year.";
    // "Supported by" is a menu label (chrome-line deletes it) and looks like a section label (section-line reports it).
    const deleted = api.clean(`Supported by\n\nCouncil passes budget after long debate\n\n${body}`);
    expect(deleted.findings.map((f) => f.ruleId)).toEqual(["chrome-line"]);
    // With chrome-line off the same line is only reported.
    const kept = api.clean(`Supported by\n\nCouncil passes budget after long debate\n\n${body}`, {
      rules: { "chrome-line": false },
    });
    expect(kept.findings.map((f) => [f.ruleId, f.applied])).toEqual([["section-line", false]]);
  });

  it("takes a one-word first line as the title only when a repeated-headline fix proved it a headline", () => {
    const body =
      "The street artist has unveiled a new mural on the wall of a school in the city.\n\n" +
      "The school said it was delighted and would protect the work behind a clear screen.";
    const repeated = api.clean(`Banksy\n\nBanksy\n\n${body}`);
    expect(repeated.title).toBe("Banksy");
    expect(repeated.text).toBe(body);
    // Once only: a one-word line may be a kicker, so it stays in the text.
    const once = api.clean(`Banksy\n\n${body}`);
    expect(once.title).toBe("");
    expect(once.text).toBe(`Banksy\n\n${body}`);
    // With extraction off nothing moves.
    expect(api.clean(`Banksy\n\nBanksy\n\n${body}`, { extractTitle: false }).title).toBe("");
  });

  it("a repeat proves no title of a standfirst, a sentence, a counter, a line of code or a line in a script without case: they stay in the text, once", () => {
    const body =
      "The street artist has unveiled a new mural on the wall of a school in the city.\n\n" +
      "The school said it was delighted and would protect the work behind a clear screen.";
    for (const top of [
      "A new mural appeared overnight. Nobody saw who painted it",
      "The mural appeared overnight on the wall of the school.",
      "2.289",
      "/*",
      "엔터 미디어",
    ]) {
      const r = api.clean(`${top}\n\n${top}\n\n${body}`);
      expect(r.title, top).toBe("");
      expect(r.text, top).toBe(`${top}\n\n${body}`);
    }
  });

  it("stops after a pass whose only fixes narrow the spacing after punctuation; other spacing fixes get another pass", () => {
    const spaced = api.clean(
      "The council met on Monday.  It approved the budget.  Schools welcomed it.\n\nThe mayor spoke.  He was pleased.",
    );
    expect(spaced.text).toBe(
      "The council met on Monday. It approved the budget. Schools welcomed it.\n\nThe mayor spoke. He was pleased.",
    );
    expect(spaced.stats.passes).toBe(1);
    // A double space inside a spun name: collapsing it lets the spinner rule see the name in a second pass.
    const spun = api.clean(
      "Officials said Russian  Federation troops had left the border area on Monday, and that talks between " +
        "the two sides would resume next week in Geneva.",
    );
    expect(spun.text).toContain("said Russia troops");
    // Spacing, then the spinner, then a pass that finds nothing more.
    expect(spun.stats.passes).toBe(3);
  });

  it("names with a date, or a date with its author, fill meta.byline and meta.date (Jane Doe | Oct 14, 2017)", () => {
    const body = "The council approved the budget on Monday after a long debate about school funding.";
    for (const line of ["Jane Doe | Oct 14, 2017", "October 14, 2017 by Jane Doe"]) {
      const r = api.clean(`Council passes budget after long debate\n\n${line}\n\n${body}`);
      expect([r.meta.date, r.meta.byline, r.text]).toEqual(["2017-10-14", "Jane Doe", body]);
    }
  });

  it("names then a date with no separator, and CNN's byline with its update time, fill meta.byline and meta.date (Jane Doe Apr 15, 2017)", () => {
    const body = "The council approved the budget on Monday after a long debate about school funding.";
    for (const [line, date] of [
      ["Jane Doe Apr 15, 2017", "2017-04-15"],
      ["Jane Doe April 15, 2017 10:32 am", "2017-04-15T10:32"],
      ["By Jane Doe, CNN Updated 10:32 AM ET, Sat April 15, 2017", "2017-04-15T10:32"],
    ] as const) {
      const r = api.clean(`Council passes budget after long debate\n\n${line}\n\n${body}`);
      expect([r.meta.date, r.meta.byline, r.text]).toEqual([date, "Jane Doe", body]);
    }
    // Guards: a kicker of names and a month word that is no date, and names before a date in prose.
    for (const line of ["Jane Doe May Be Next Mayor", "Jane Doe April showers brought the flood"]) {
      const r = api.clean(`Council passes budget after long debate\n\n${line}\n\n${body}`);
      expect(r.text).toBe(`${line}\n\n${body}`);
    }
  });

  it("a date line's author goes to meta.byline with the date (Posted on April 15th, 2017 by admin)", () => {
    const r = api.clean(
      "Council passes budget after long debate\n\nPosted on April 15th, 2017 by admin\n\n" +
        "The council approved the budget on Monday after a long debate about school funding.",
    );
    expect(r.meta.date).toBe("2017-04-15");
    expect(r.meta.byline).toBe("admin");
    expect(r.text).toBe(
      "The council approved the budget on Monday after a long debate about school funding.",
    );
  });

  it("keeps one copy of an attributed quote paragraph repeated inside a later paragraph (no rule deletes both)", () => {
    const quote = '"We wanted to find out how these superbugs are spread," said lead author David Livermore.';
    const r = api.clean(
      `Superbugs study published\n\n${quote}\n\nThe study sampled meat from supermarkets across the country. ${quote}\n\nIt found few shared strains.`,
    );
    expect(r.text.split(quote).length - 1).toBe(1);
    expect(r.text.startsWith(quote)).toBe(true);
  });

  it("never deletes a duplicate together with the first copy it keeps (another rule deleting that copy defers it)", () => {
    // One rule deletes the standalone line "Sign up today" (chrome); another deletes the later
    // copy inside a paragraph as its duplicate, keeping the standalone line. Together nothing would stay.
    const text = "Sign up today\n\nThe council met. Sign up today\n\nThe vote was close.";
    const chrome: api.Rule = {
      meta: { id: "test-chrome", kind: "chrome", description: "", fixable: true, defaultOptions: {} },
      check(doc) {
        const line = doc.lines.find((l) => l.text === "Sign up today");
        return line
          ? [
              {
                message: "chrome",
                span: line.content,
                confidence: 0.9,
                fix: { span: doc.lineRemovalSpan(line.index), text: "" },
              },
            ]
          : [];
      },
    };
    const duplicate: api.Rule = {
      meta: { id: "test-duplicate", kind: "duplicate", description: "", fixable: true, defaultOptions: {} },
      check(doc) {
        const first = doc.text.indexOf("Sign up today");
        const second = doc.text.indexOf("Sign up today", first + 1);
        if (first < 0 || second < 0) return [];
        const span = { start: second - 1, end: second + "Sign up today".length };
        return [
          {
            message: "duplicate",
            span,
            confidence: 0.9,
            fix: { span, text: "" },
            related: { start: first, end: first + 13 },
          },
        ];
      },
    };
    const r = api.createCleaner({ extractTitle: false }, [chrome, duplicate]).clean(text);
    expect(r.text.split("Sign up today").length - 1).toBe(1);
    expect(r.findings.map((f) => f.ruleId)).toEqual(["test-chrome"]);
  });

  it("a deleted last line of a paragraph takes its line break, not the paragraph break after it", () => {
    const body =
      "Police said the girl was found safe on Tuesday evening.\n\nThe man was arrested later that day.";
    // A sentence repeated on the next line of its paragraph: duplicate-sentence deletes the copy.
    const head = "The rescue was filmed by a police camera on the scene.";
    expect(api.clean(`${head}\n${head}\n\n${body}`).text).toBe(`${head}\n\n${body}`);
    expect(api.clean(`A first paragraph that goes on for a while.\n(Photo: Reuters)\n\n${body}`).text).toBe(
      `A first paragraph that goes on for a while.\n\n${body}`,
    );
    // A paragraph deleted line by line still leaves one paragraph break.
    expect(
      api.clean(`${body}\n\nRead more\nMayor unveils new park plan\n\nThe end came with a final sentence.`)
        .text,
    ).toBe(`${body}\n\nThe end came with a final sentence.`);
    // The reported span still covers the line and the blank line after it (the first line
    // repeated right under itself: repeated-headline's repeated top line).
    const r = api.clean(`${head}\n${head}\n\n${body}`);
    const dup = r.findings.find((f) => f.applied && f.ruleId === "repeated-headline")!;
    expect(`${head}\n${head}\n\n${body}`.slice(dup.fix!.span.start, dup.fix!.span.end)).toBe(`${head}\n\n`);
  });

  it("a layout repair runs alone first: a hard-wrapped line opening on 'follow us on Twitter' is joined, not deleted", () => {
    const para =
      "The council asked residents who want news of the road repairs to\n" +
      "follow us on Twitter and Facebook for updates, the spokesman said on\n" +
      "Tuesday, and promised a newsletter.";
    const text = `Council starts road repairs\n\n${para}\n\nThe works are set to last until the autumn, officials said.`;
    const r = api.clean(text);
    expect(r.text).toBe(
      `${para.replace(/\n/g, " ")}\n\nThe works are set to last until the autumn, officials said.`,
    );
    expect(r.findings.filter((f) => f.applied).map((f) => f.ruleId)).toEqual(["hard-wrap", "hard-wrap"]);
    // One fix per line break: each reported span is the break itself, in the input.
    for (const f of r.findings) expect(text.slice(f.span.start, f.span.end)).toBe("\n");
    // Without the layout repair the wrapped line reads as a follow prompt and goes.
    const lineByLine = api.clean(text, { rules: { "hard-wrap": false } });
    expect(lineByLine.text).not.toContain("follow us on Twitter");
  });

  it("rejects bad options once, when the cleaner is made", () => {
    expect(() => api.createCleaner({ threshold: 2 })).toThrow(/threshold/);
    expect(() => api.createCleaner({ rules: { "no-such-rule": false } })).toThrow(/unknown rule/);
  });
});
