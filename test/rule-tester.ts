/**
 * A small rule tester (after ESLint's RuleTester). For every case it checks:
 * valid cases yield nothing; spans lie inside the text; confidence is in
 * [0, 1]; only fixable rules fix; a case whose rule fixed text declares
 * `output`; running the rule again on `output` fixes nothing more
 * (idempotence); the Document handed to the rule is frozen.
 */
import { describe, expect, it } from "vitest";
import { createCleaner } from "../src/clean.js";
import { Document } from "../src/document/document.js";
import type { Rule, RuleContext } from "../src/rules/rule.js";
import type { FindingDraft } from "../src/types.js";
import { looksEnglish } from "../src/util/text.js";

export interface ValidCase {
  readonly name: string;
  readonly text: string;
  readonly options?: Record<string, unknown>;
  readonly spin?: number;
}

export interface InvalidCase extends ValidCase {
  /** Expected findings, in order: a message fragment and/or the actual text. */
  readonly findings: readonly {
    readonly message?: string | RegExp;
    readonly actual?: string;
    readonly expected?: string;
    readonly fixed?: boolean;
  }[];
  /** The text after the rule's fixes (trimmed), required when anything was fixed. */
  readonly output?: string;
}

const THRESHOLD = 0.75;

function run(rule: Rule, c: ValidCase): { doc: Document; drafts: FindingDraft[] } {
  const doc = new Document(c.text);
  const ctx: RuleContext = { spin: c.spin ?? 0, english: looksEnglish(c.text) };
  const drafts = [...rule.check(doc, { ...rule.meta.defaultOptions, ...c.options }, ctx)];
  return { doc, drafts };
}

function checkInvariants(rule: Rule, doc: Document, drafts: readonly FindingDraft[]): void {
  expect(Object.isFrozen(doc)).toBe(true);
  expect(Object.isFrozen(doc.lines)).toBe(true);
  for (const d of drafts) {
    expect(d.span.start).toBeGreaterThanOrEqual(0);
    expect(d.span.end).toBeLessThanOrEqual(doc.text.length);
    expect(d.span.start).toBeLessThanOrEqual(d.span.end);
    expect(d.confidence).toBeGreaterThanOrEqual(0);
    expect(d.confidence).toBeLessThanOrEqual(1);
    expect(d.message).toMatch(/^Unexpected /);
    if (d.fix) {
      expect(rule.meta.fixable, `${rule.meta.id} fixed text but is not declared fixable`).toBe(true);
      expect(d.fix.span.end).toBeLessThanOrEqual(doc.text.length);
    }
    if (d.related) expect(d.related.end).toBeLessThanOrEqual(doc.text.length);
  }
}

export function ruleTester(
  rule: Rule,
  cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] },
): void {
  const cleanerFor = (options?: Record<string, unknown>) =>
    createCleaner({ extractTitle: false, threshold: THRESHOLD, rules: { [rule.meta.id]: options ?? {} } }, [
      rule,
    ]);

  describe(rule.meta.id, () => {
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        const { doc, drafts } = run(rule, c);
        checkInvariants(rule, doc, drafts);
        expect(drafts.map((d) => d.message)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const { doc, drafts } = run(rule, c);
        checkInvariants(rule, doc, drafts);
        expect(drafts.length, drafts.map((d) => d.message).join("\n")).toBe(c.findings.length);
        c.findings.forEach((want, k) => {
          const got = drafts[k]!;
          if (want.message instanceof RegExp) expect(got.message).toMatch(want.message);
          else if (want.message !== undefined) expect(got.message).toContain(want.message);
          if (want.actual !== undefined) expect(got.actual).toBe(want.actual);
          if (want.expected !== undefined) expect(got.expected).toBe(want.expected);
          if (want.fixed !== undefined)
            expect(got.fix !== undefined && got.confidence >= THRESHOLD).toBe(want.fixed);
        });
        if (c.spin !== undefined) return; // the engine computes its own spin score
        const result = cleanerFor(c.options).clean(c.text);
        const fixedAny = result.findings.some((f) => f.applied);
        if (fixedAny) {
          expect(c.output, "a case whose rule fixed text must declare `output`").toBeDefined();
          expect(result.text).toBe(c.output);
          const again = cleanerFor(c.options).clean(result.text);
          expect(again.findings.filter((f) => f.applied).map((f) => f.message)).toEqual([]);
        } else {
          expect(c.output === undefined || c.output === c.text.trim()).toBe(true);
        }
      });
    }
  });
}
