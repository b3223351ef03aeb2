/** `newsclean rules` — the rule table; `newsclean lexicon` — learned spinner pairs (cluster mode). */
import { RULES } from "../rules/index.js";

export function rulesTable(): string {
  const rows = RULES.map((r) => [
    r.meta.id,
    r.meta.kind,
    r.meta.fixable ? "yes" : "report",
    r.meta.description,
  ]);
  const head = ["rule", "kind", "fixes", "description"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const fmt = (row: string[]) =>
    row
      .map((c, i) => (i < row.length - 1 ? c.padEnd(widths[i]!) : c))
      .join("  ")
      .trimEnd();
  return [fmt(head), ...rows.map(fmt)].join("\n");
}

export async function rulesCommand(argv: string[]): Promise<number> {
  if (argv.includes("--json")) {
    process.stdout.write(
      `${JSON.stringify(
        RULES.map((r) => r.meta),
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  if (argv.length > 0 && !argv.includes("--help")) {
    process.stderr.write(
      `newsclean rules: unexpected argument ${argv[0]}\nusage: newsclean rules [--json]\n`,
    );
    return 2;
  }
  process.stdout.write(`${rulesTable()}\n`);
  return 0;
}

export { lexiconCommand } from "./lexicon.js";
