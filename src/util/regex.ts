/**
 * Compile-time economy for the few very large regular expressions (the
 * chrome families joined into one alternation per flag set): V8 first
 * compiles a regex to bytecode, optimises that bytecode (a pass that grows
 * faster than the pattern: 130 ms for the 20,000-character chrome
 * alternation) and interprets it, then compiles it again to machine code
 * once it has run. A subject of 1,000 characters or more makes it compile to
 * machine code at once, so one run on such a subject of each string width
 * (V8 compiles apart for Latin-1 and two-byte strings) skips the bytecode.
 * Elsewhere it is one cheap failed match per width.
 */
const ONE_BYTE = "\u0001".repeat(1000);
const TWO_BYTE = "\uffff".repeat(1000);

/**
 * Runs `re` once on a long one-byte and a long two-byte subject (see above).
 * Only for patterns anchored at the start (every alternative opens on "^"),
 * so that each run tries one position; `lastIndex` is restored.
 */
export function compileNow(re: RegExp): RegExp {
  const last = re.lastIndex;
  re.test(ONE_BYTE);
  re.lastIndex = 0;
  re.test(TWO_BYTE);
  re.lastIndex = last;
  return re;
}
