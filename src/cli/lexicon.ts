/**
 * `newsclean lexicon` — substitution pairs learned from a corpus of story
 * clusters: near-identical sentences and quotations of different documents
 * are aligned, and what differs in one short window is counted. Pairs the
 * spinner table explains carry their canonical form; the others are
 * candidates for the table (grow it from data, not by hand).
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { createGunzip } from "node:zlib";
import { buildClusterIndex } from "../engine/cluster-index.js";

const HELP = `Usage: newsclean lexicon [options] [FILE|-]...

Learn spinner substitution pairs from story clusters and print them with
counts and an example.

Inputs: JSONL (.jsonl, .jsonl.gz, or stdin) grouped by --cluster-field
(records of one cluster must be adjacent), or Multi-News raw files (.src,
--format multinews: one line = one cluster, documents separated by '|||||').

Options:
      --cluster-field NAME  JSONL field naming the story cluster (required for JSONL)
      --text-field NAME     JSONL text field (default text)
      --format F            jsonl|multinews (default: by extension)
      --min-count N         print pairs seen at least N times (default 1)
      --json                one JSON object per pair
  -h, --help                show this help
`;

interface Agg {
  a: string;
  b: string;
  canonical?: string;
  count: number;
  clusters: number;
  example: string;
}

export async function lexiconCommand(argv: string[]): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        "cluster-field": { type: "string" },
        "text-field": { type: "string", default: "text" },
        format: { type: "string" },
        "min-count": { type: "string", default: "1" },
        json: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (e) {
    process.stderr.write(`newsclean lexicon: ${(e as Error).message}\n${HELP}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const minCount = Number(values["min-count"]);
  if (!Number.isInteger(minCount) || minCount < 1) {
    process.stderr.write("newsclean lexicon: --min-count expects a positive integer\n");
    return 2;
  }
  const inputs = positionals.length ? positionals : ["-"];
  const agg = new Map<string, Agg>();
  let clusters = 0;
  let errors = 0;
  const learn = (texts: string[]) => {
    if (texts.length < 2) return;
    clusters++;
    for (const p of buildClusterIndex(texts).pairs) {
      const k = `${p.a}\u0000${p.b}`;
      const a = agg.get(k);
      if (a) {
        a.count += p.count;
        a.clusters++;
      } else {
        agg.set(k, {
          a: p.a,
          b: p.b,
          ...(p.canonical ? { canonical: p.canonical } : {}),
          count: p.count,
          clusters: 1,
          example: p.example,
        });
      }
    }
  };
  for (const input of inputs) {
    const multinews = values.format === "multinews" || (values.format === undefined && /\.src$/i.test(input));
    if (!multinews && values["cluster-field"] === undefined) {
      process.stderr.write("newsclean lexicon: JSONL input needs --cluster-field\n");
      return 2;
    }
    const raw = input === "-" ? process.stdin : createReadStream(input);
    const stream = /\.gz$/i.test(input) ? raw.pipe(createGunzip()) : raw;
    const rl = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
    let current: string | undefined;
    let texts: string[] = [];
    let lineNo = 0;
    try {
      for await (const line of rl) {
        lineNo++;
        if (line.trim() === "") continue;
        if (multinews) {
          learn(
            line
              .split("|||||")
              .map((d) => d.trim())
              .filter(Boolean),
          );
          continue;
        }
        let rec: Record<string, unknown>;
        try {
          rec = JSON.parse(line) as Record<string, unknown>;
        } catch {
          errors++;
          process.stderr.write(`newsclean: ${input}:${lineNo}: malformed JSON line\n`);
          continue;
        }
        const cluster = String(rec[values["cluster-field"] as string] ?? "");
        const text = rec[values["text-field"] as string];
        if (typeof text !== "string") {
          errors++;
          process.stderr.write(`newsclean: ${input}:${lineNo}: no text field\n`);
          continue;
        }
        if (cluster !== current) {
          learn(texts);
          texts = [];
          current = cluster;
        }
        texts.push(text);
      }
      learn(texts);
    } catch (e) {
      errors++;
      process.stderr.write(`newsclean: ${input}: ${(e as Error).message}\n`);
    }
  }
  const rows = [...agg.values()]
    .filter((r) => r.count >= minCount)
    .sort((x, y) => y.count - x.count || x.a.localeCompare(y.a));
  for (const r of rows) {
    if (values.json) process.stdout.write(`${JSON.stringify(r)}\n`);
    else {
      const canon = r.canonical ? `  → ${r.canonical}` : "";
      process.stdout.write(
        `${String(r.count).padStart(5)}  ${r.a} ⇄ ${r.b}${canon}  (${r.clusters} clusters) e.g. ${JSON.stringify(r.example)}\n`,
      );
    }
  }
  process.stderr.write(
    `newsclean lexicon: ${clusters} clusters, ${rows.length} pairs${errors ? `, ${errors} errors` : ""}\n`,
  );
  return errors ? 1 : 0;
}
