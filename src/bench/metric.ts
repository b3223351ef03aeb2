/**
 * Article-extraction metric of the scrapinghub article-extraction-benchmark,
 * written for newsclean's bench. It must give the same numbers as the
 * reference scorer `../shared/bench/eval-extraction.mjs` on the same
 * predictions (checked by the bench and by test/html-metric.test.ts).
 *
 * - tokens: maximal runs of letters, digits and "_" (Python's `\w+` on str),
 *   case kept, punctuation and whitespace dropped;
 * - a text becomes the multiset of its contiguous 4-token windows (a text of
 *   1..3 tokens gives one shorter window, an empty text none);
 * - per page: TP = shared windows, FP = extra predicted, FN = missing true;
 *   precision = recall = 1 when FP = FN = 0;
 * - corpus: precision averaged over pages with TP+FP > 0, recall over pages
 *   with TP+FN > 0, F1 = harmonic mean of those two averages; accuracy = share
 *   of pages whose token sequence equals the truth.
 */

/** A token is what Python's `\w+` matches on a str. */
const WORD_RUN = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  if (!text) return [];
  return text.match(WORD_RUN) ?? [];
}

function shingles(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    // a token never holds a space, so a space is a safe joiner
    const key = tokens.slice(i, i + n).join(" ");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  /** the whole token sequence equals the truth */
  readonly exact: boolean;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export function scorePage(truth: string, pred: string, n = 4): PageScore {
  const trueTokens = tokenize(truth);
  const predTokens = tokenize(pred);
  const t = shingles(trueTokens, n);
  const p = shingles(predTokens, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, tc] of t) {
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    if (tc > pc) fn += tc - pc;
  }
  for (const [key, pc] of p) {
    const tc = t.get(key) ?? 0;
    if (pc > tc) fp += pc - tc;
  }
  const exact =
    trueTokens.length === predTokens.length && trueTokens.every((tok, i) => tok === predTokens[i]);
  const perfect = fp === 0 && fn === 0;
  const precision = perfect ? 1 : tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = perfect ? 1 : tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, exact, precision, recall, f1 };
}

export interface CorpusScore {
  readonly f1: number;
  readonly precision: number;
  readonly recall: number;
  readonly accuracy: number;
  readonly pages: number;
}

function mean(xs: readonly number[]): number {
  return xs.length === 0 ? Number.NaN : xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Macro averages as the benchmark defines them (F1 of the averages, not the average F1). */
export function aggregate(pages: readonly PageScore[]): CorpusScore {
  const precision = mean(pages.filter((s) => s.tp + s.fp > 0).map((s) => s.precision));
  const recall = mean(pages.filter((s) => s.tp + s.fn > 0).map((s) => s.recall));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = mean(pages.map((s) => (s.exact ? 1 : 0)));
  return { f1, precision, recall, accuracy, pages: pages.length };
}
