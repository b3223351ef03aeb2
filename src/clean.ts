/**
 * The library entry points: `clean(text, options)` for one document and
 * `createCleaner(options)` for many (options merged once, rules activated
 * once). Pure: no I/O, no state kept between documents.
 */
import { activateRules, type CleanContext, runEngine } from "./engine/engine.js";
import { RULES } from "./rules/index.js";
import type { Rule } from "./rules/rule.js";
import type { CleanOptions, CleanResult } from "./types.js";

export interface Cleaner {
  readonly options: Readonly<CleanOptions>;
  clean(text: string, context?: CleanContext): CleanResult;
}

function validateOptions(options: CleanOptions): void {
  const t = options.threshold;
  if (t !== undefined && !(t >= 0 && t <= 1)) throw new RangeError(`threshold must be in [0, 1], got ${t}`);
  const p = options.maxPasses;
  if (p !== undefined && !(Number.isInteger(p) && p >= 1 && p <= 20)) {
    throw new RangeError(`maxPasses must be an integer in [1, 20], got ${p}`);
  }
}

export function createCleaner(options: CleanOptions = {}, rules: readonly Rule[] = RULES): Cleaner {
  validateOptions(options);
  const frozen = Object.freeze({ ...options });
  const active = activateRules(rules, frozen);
  return Object.freeze({
    options: frozen,
    clean(text: string, context?: CleanContext): CleanResult {
      if (typeof text !== "string") throw new TypeError("clean() expects a string");
      return runEngine(text, active, frozen, context);
    },
  });
}

/** Clean one document. For many documents, reuse `createCleaner(options)`. */
export function clean(text: string, options: CleanOptions = {}): CleanResult {
  return createCleaner(options).clean(text);
}

/** Title, blank line, body — the text form the CLI prints. */
export function renderResult(result: Pick<CleanResult, "title" | "text">): string {
  if (result.title === "") return result.text;
  if (result.text === "") return result.title;
  return `${result.title}\n\n${result.text}`;
}
