/**
 * bench:html — newsclean's extract() against Mozilla Readability (+ linkedom) on the
 * 181 pages of the scrapinghub article-extraction-benchmark, in the same run.
 *
 *   npm run bench:html                 (tsc, then node dist/bench/html.js)
 *   node dist/bench/html.js [--repeat N] [--worst K] [--only newsclean|readability]
 *
 * Reads ../shared/bench/article-extraction-benchmark/ (relative to the repo
 * root); prints a skip line and exits 0 when it is absent.
 * Writes per-page predictions to .bench/html/<tool>/<id>.txt, so the reference
 * scorer can check the numbers:
 *   node ../shared/bench/eval-extraction.mjs --pred .bench/html/newsclean
 * Speed is pages per second of the extraction call alone (file reading and
 * decoding excluded): the tools run in turns, --repeat passes each (default 3),
 * after a warm-up, and each keeps its fastest pass.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gunzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { decodeHtmlBytes } from "../html/charset-sniff.js";
import { extract, htmlToText } from "../html/extract.js";
import { aggregate, type PageScore, scorePage } from "./metric.js";

/** The repo root: this file runs as dist/bench/html.js (or src/bench/html.ts under tsx). */
const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

interface Page {
  readonly id: string;
  readonly url: string;
  readonly html: string;
  readonly truth: string;
}

interface ToolRun {
  readonly name: string;
  readonly predictions: Map<string, string>;
  readonly seconds: number;
}

type Tool = (page: Page) => string;

const tools: Record<string, Tool> = {
  newsclean: (page) => extract(page.html, { url: page.url }).text,
  readability: (page) => {
    const { document } = parseHTML(page.html);
    // linkedom's document is DOM-shaped but not typed as lib.dom's Document
    const article = new Readability(document as never).parse();
    return article?.content ? htmlToText(article.content) : "";
  },
};

function parseArgs(argv: readonly string[]): { repeat: number; worst: number; only?: string } {
  const out: { repeat: number; worst: number; only?: string } = { repeat: 3, worst: 12 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = argv[i + 1];
    if (next === undefined) break;
    if (a === "--repeat") out.repeat = Math.max(1, Number(next));
    else if (a === "--worst") out.worst = Number(next);
    else if (a === "--only") out.only = next;
    else continue;
    i++;
  }
  return out;
}

function loadPages(dir: string): Page[] {
  const gt = JSON.parse(readFileSync(join(dir, "ground-truth.json"), "utf8")) as Record<
    string,
    { articleBody: string; url: string }
  >;
  const pages: Page[] = [];
  for (const file of readdirSync(join(dir, "html")).sort()) {
    const m = /^([0-9a-f]+)\.html(\.gz)?$/.exec(file);
    if (!m) continue;
    const id = m[1]!;
    const entry = gt[id];
    if (!entry) continue;
    const raw = readFileSync(join(dir, "html", file));
    const bytes = m[2] ? gunzipSync(raw) : raw;
    pages.push({ id, url: entry.url, html: decodeHtmlBytes(bytes).text, truth: entry.articleBody });
  }
  return pages;
}

/** One timed pass of a tool over all pages: the predictions and the seconds spent inside the tool. */
function pass(name: string, tool: Tool, pages: readonly Page[]): ToolRun {
  const predictions = new Map<string, string>();
  let total = 0;
  for (const p of pages) {
    const t0 = performance.now();
    let text: string;
    try {
      text = tool(p);
    } catch (e) {
      console.error(`${name}: ${p.id}: ${(e as Error).message}`);
      text = "";
    }
    total += performance.now() - t0;
    predictions.set(p.id, text);
  }
  return { name, predictions, seconds: total / 1000 };
}

/**
 * Warm every tool up, then run the tools in turns (A B A B …) so that both see the same machine
 * load, and keep each tool's fastest pass.
 */
function runAll(names: readonly string[], pages: readonly Page[], repeat: number): ToolRun[] {
  for (const name of names) for (const p of pages.slice(0, 10)) tools[name]!(p);
  const best = new Map<string, ToolRun>();
  for (let r = 0; r < repeat; r++) {
    for (const name of names) {
      const run = pass(name, tools[name]!, pages);
      const prev = best.get(name);
      if (!prev || run.seconds < prev.seconds) best.set(name, run);
    }
  }
  return names.map((n) => best.get(n)!);
}

interface ReferenceScorer {
  pageCounts(truth: string, pred: string, n?: number): { tp: number; fp: number; fn: number };
  aggregate(pages: { tp: number; fp: number; fn: number; exact: boolean }[]): { f1: number };
}

/**
 * Score the same predictions with the benchmark's reference scorer (../shared/bench/eval-extraction.mjs),
 * when it is there, and report whether its F1 equals ours to 1e-12.
 */
async function checkAgainstReference(
  pages: readonly Page[],
  runs: readonly { run: ToolRun; scores: PageScore[] }[],
): Promise<void> {
  const path = resolve(REPO_ROOT, "../shared/bench/eval-extraction.mjs");
  if (!existsSync(path)) return;
  const ref = (await import(pathToFileURL(path).href)) as ReferenceScorer;
  for (const { run: r, scores } of runs) {
    const refPages = pages.map((p, i) => ({
      ...ref.pageCounts(p.truth, r.predictions.get(p.id) ?? "", 4),
      exact: scores[i]!.exact,
    }));
    const theirs = ref.aggregate(refPages).f1;
    const ours = aggregate(scores).f1;
    const same = Math.abs(theirs - ours) < 1e-12;
    console.log(
      `reference scorer on ${r.name}: F1=${theirs.toFixed(4)} (${same ? "same as" : "DIFFERS from"} ours)`,
    );
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const dir = resolve(REPO_ROOT, "../shared/bench/article-extraction-benchmark");
  if (!existsSync(join(dir, "ground-truth.json"))) {
    console.log(`bench:html skipped: no benchmark at ${dir}`);
    return;
  }
  const pages = loadPages(dir);
  const names = Object.keys(tools).filter((n) => !args.only || n === args.only);
  const runs: { run: ToolRun; scores: PageScore[] }[] = [];
  for (const r of runAll(names, pages, args.repeat)) {
    const outDir = resolve(REPO_ROOT, ".bench/html", r.name);
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    for (const [id, text] of r.predictions) writeFileSync(join(outDir, `${id}.txt`), text);
    runs.push({ run: r, scores: pages.map((p) => scorePage(p.truth, r.predictions.get(p.id) ?? "")) });
  }

  const header = ["tool", "F1", "precision", "recall", "accuracy", "pages/s"];
  const rows = runs.map(({ run: r, scores }) => {
    const a = aggregate(scores);
    return [
      r.name,
      a.f1.toFixed(4),
      a.precision.toFixed(4),
      a.recall.toFixed(4),
      a.accuracy.toFixed(4),
      (pages.length / r.seconds).toFixed(1),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ");
  console.log(`article-extraction-benchmark: ${pages.length} pages`);
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  await checkAgainstReference(pages, runs);
  const nc = runs.find((r) => r.run.name === "newsclean");
  const rd = runs.find((r) => r.run.name === "readability");
  if (nc && rd)
    console.log(`speed ratio newsclean/readability: ${(rd.run.seconds / nc.run.seconds).toFixed(2)}x`);
  if (nc && args.worst > 0) {
    const ranked = pages
      .map((p, i) => ({ p, s: nc.scores[i]!, r: rd?.scores[i] }))
      .sort((a, b) => a.s.f1 - b.s.f1)
      .slice(0, args.worst);
    console.log("worst newsclean pages (f1 p r | readability f1):");
    for (const { p, s, r } of ranked) {
      console.log(
        `  ${p.id.slice(0, 12)} f1=${s.f1.toFixed(3)} p=${s.precision.toFixed(3)} r=${s.recall.toFixed(3)}` +
          (r ? ` | rd=${r.f1.toFixed(3)}` : "") +
          `  ${p.url}`,
      );
    }
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
});
