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

/**
 * How many capture groups a pattern source opens: "(" not escaped, outside
 * character classes, not "(?:", "(?=", "(?!", "(?<=", "(?<!" ("(?<name>" is
 * one). Read from the source, so nothing is compiled to count them.
 */
export function captureGroups(source: string): number {
  let n = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") {
      if (source[i + 1] !== "?") n++;
      else if (source[i + 2] === "<" && source[i + 3] !== "=" && source[i + 3] !== "!") n++;
    }
  }
  return n;
}
