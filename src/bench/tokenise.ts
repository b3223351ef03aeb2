/**
 * A tokenised release of a text, as Multi-News' preprocessed form prints it:
 * lower case, punctuation spaced out ("said , “ we"), hyphens as " @-@ ",
 * paragraphs joined by NEWLINE_CHAR tokens. For benchmarks and tests that
 * measure cleaning such releases; the cleaner itself never calls it.
 */
export function tokenise(text: string): string {
  return text
    .toLowerCase()
    .replace(/(\p{L})-(\p{L})/gu, "$1 @-@ $2")
    .replace(/([,;!?()“”"]|:(?!\d))/g, " $1 ")
    .replace(/(\p{L}{2,})\.(\s|$)/gu, "$1 .$2")
    .replace(/[ \t]+/g, " ")
    .split(/\n\n+/)
    .map((p) => p.trim())
    .join(" NEWLINE_CHAR NEWLINE_CHAR ");
}
