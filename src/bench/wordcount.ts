/** Word-level change measures shared by the quality benchmarks and tests. */

const TOKEN = /[\p{L}\p{N}]+/gu;

export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * Changed words between two texts: max(removed, added) over the token
 * multisets (whitespace and punctuation do not count).
 */
export function changedWords(
  before: string,
  after: string,
): { words: number; changed: number; removed: number; added: number } {
  const counts = new Map<string, number>();
  const a = tokens(before);
  const b = tokens(after);
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  for (const t of b) counts.set(t, (counts.get(t) ?? 0) - 1);
  let removed = 0;
  let added = 0;
  for (const v of counts.values()) {
    if (v > 0) removed += v;
    else added -= v;
  }
  return { words: a.length, changed: Math.max(removed, added), removed, added };
}
