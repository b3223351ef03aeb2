/**
 * `npm run bench` (cluster part):
 *  1. speed — cluster mode (clusterProcessor) vs per-document mode (recordProcessor) on the same
 *     documents, record in → output record out (CPU time, modes alternating, median ratio of
 *     seven rounds; goal ≤ 1.5×), on two
 *     inputs: article thirds (short clean documents: the cluster work weighs most) and
 *     scraped story clusters (three overlapping pages of one story with seed-like junk);
 *  2. junk — precision/recall of junk statuses on clusters built from the clean
 *     corpora: each article split into three documents of one story, plus
 *     injected template pages and an article from another story (off-topic).
 * Uses ../shared/corpora when present, else the in-repo samples.
 *
 *   node dist/bench/cluster.js [--rounds 15]
 *   node dist/bench/cluster.js --against DIR [--rounds 30]   (this build beside another)
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { cleanCluster } from "../clean.js";
import { clusterProcessor, recordProcessor } from "../pipeline.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

function articles(): string[] {
  const out: string[] = [];
  for (const c of ["wikinews-en", "onestopenglish-adv"]) {
    const f = join(ROOT, "..", "shared", "corpora", c, "articles.jsonl");
    if (!existsSync(f)) continue;
    for (const line of readFileSync(f, "utf8").split("\n"))
      if (line) out.push(JSON.parse(line).text as string);
  }
  if (out.length === 0) {
    const s = join(ROOT, "samples");
    for (const d of readdirSync(s).sort()) out.push(readFileSync(join(s, d, "input.txt"), "utf8"));
  }
  return out;
}

// Template pages written for this benchmark (shapes from FIELD-NOTES), some lower-cased and tokenised.
const TEMPLATES = [
  "These crawls are part of an effort to archive pages as they are created and archive the pages that they refer to. That way, as the pages that are referenced are changed or taken from the web, a link to the version that was live when the page was written will be preserved.",
  "Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive. Flowing in every day, these data are added to the Wayback Machine after an embargo period.",
  "Tweet with a location\n\nYou can add location information to your Tweets, such as your city or precise location, from the web and via third-party applications. You always have the option to delete your Tweet location history.",
  "404 Not Found\n\nThe page you requested could not be found. It may have been moved or deleted.",
  "Rating is available when the video has been rented.\n\nThis feature is not available right now. Please try again later.",
  "Please enable JavaScript to view this page. We use cookies to improve your experience.",
  "these crawls are part of an effort to archive pages as they are created and archive the pages that they refer to . that way , as the pages that are referenced are changed or taken from the web , a link to the version that was live when the page was written will be preserved .",
  "tweet with a location you can add location information to your tweets , such as your city or precise location , from the web and via third @-@ party applications .",
  "Unfortunately, our website is currently unavailable in most European countries. We are engaged on the issue and committed to looking at options that support our full range of digital offerings to the EU market.",
  "Checking your browser before accessing example.com.\n\nThis process is automatic. Your browser will redirect to your requested content shortly.",
  "Want to watch this again later? Sign in to add this video to a playlist.\n\nDon't like this video? Sign in to make your opinion count.\n\nRating is available when the video has been rented.",
  "Subscribe to continue reading.\n\nYou have reached your limit of free articles this month. Already a subscriber? Log in.",
];

function thirds(text: string): string[] {
  const paras = text.split("\n\n");
  if (paras.length < 3) return [];
  const k = Math.ceil(paras.length / 3);
  return [paras.slice(0, k), paras.slice(k, 2 * k), paras.slice(2 * k)]
    .map((p) => p.join("\n\n"))
    .filter(Boolean);
}

/** CPU seconds of one run of fn. */
function cpuOnce(fn: () => void): number {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1e6;
}

/** The two modes of one build, as the CLI's workers set them up. */
interface Modes {
  readonly recordProcessor: typeof recordProcessor;
  readonly clusterProcessor: typeof clusterProcessor;
}

const median = (xs: readonly number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1]!;

/** Per-document and cluster runs of one build over the clusters, each set up once. */
function runsOf(modes: Modes, clusters: string[][]): [() => void, () => void] {
  const one = modes.recordProcessor();
  const many = modes.clusterProcessor();
  const records = clusters.map((c, i) => c.map((text, k) => ({ id: `${i}:${k}`, text })));
  return [
    () => {
      for (const c of records) for (const r of c) one(r);
    },
    () => {
      for (const c of records) many(c);
    },
  ];
}

/**
 * The two CLI modes, record in → output record out, of each build (this one,
 * and with --against another one, loaded in the same process). The machine is
 * shared and noisy: after a warm-up the runs alternate, `rounds` times; a
 * build's ratio is the median of the rounds' ratios (each round's runs see
 * about the same machine), and each run's best time is shown beside it.
 */
function compareModes(label: string, clusters: string[][], builds: [string, Modes][], rounds: number): void {
  const runs = builds.map(([, m]) => runsOf(m, clusters));
  for (const [a, b] of runs) {
    a();
    b();
  }
  const times = runs.map(() => ({ perDoc: [] as number[], cluster: [] as number[], ratios: [] as number[] }));
  for (let r = 0; r < rounds; r++) {
    runs.forEach(([a, b], k) => {
      const t = times[k]!;
      const x = cpuOnce(a);
      const y = cpuOnce(b);
      t.perDoc.push(x);
      t.cluster.push(y);
      t.ratios.push(y / x);
    });
  }
  const docs = clusters.reduce((n, c) => n + c.length, 0);
  console.log(`  speed, ${label}: ${docs} documents in ${clusters.length} clusters`);
  // With two builds, each build's lines stand under its name.
  const pad = builds.length > 1 ? "      " : "    ";
  builds.forEach(([name], k) => {
    const t = times[k]!;
    const sorted = [...t.ratios].sort((x, y) => x - y);
    if (builds.length > 1) console.log(`    ${name}`);
    console.log(`${pad}per-document mode  cpu ${Math.min(...t.perDoc).toFixed(3)} s (best of ${rounds})`);
    console.log(
      `${pad}cluster mode       cpu ${Math.min(...t.cluster).toFixed(3)} s (best of ${rounds})   ` +
        `ratio ${median(t.ratios).toFixed(2)}x (median of ${rounds} alternating rounds, quartiles ` +
        `${sorted[rounds >> 2]!.toFixed(2)}–${sorted[(3 * rounds) >> 2]!.toFixed(2)}; goal ≤ 1.5x)`,
    );
  });
}

/**
 * Three pages of one story as a scraper collects them: the whole article with
 * a section label, a repeated headline, spins and a footer with another
 * story's headlines; its first two thirds under a byline and dateline with a
 * share line; its last two thirds with a "Read more" footer. They share wire
 * copy (two thirds each), as the pages of a real story cluster do.
 */
function scrapedCluster(article: string, other: string): string[] {
  const paras = article.split("\n\n");
  if (paras.length < 3) return [];
  const k = Math.ceil(paras.length / 3);
  const title = paras[0]!.split(/(?<=[.!?])\s/)[0]!.slice(0, 90);
  const otherTitle = other
    .split("\n")[0]!
    .split(/(?<=[.!?])\s/)[0]!
    .slice(0, 80)
    .replace(/[.!?]$/, "");
  const spun = article
    .replace(/\bRussia\b/g, "Russian Federation")
    .replace(/\binternational\b/g, "worldwide")
    .replace(/\bU\.S\. /g, "USA ");
  return [
    `World News\n\n${title}\n\n${title}\n\n${spun}\n\nRelated News:\n\n${otherTitle}`,
    `${title}\n\nBy Staff Reporter\n\nPosted April 15, 2017\n\nShare this on Facebook\n\n${paras.slice(0, 2 * k).join("\n\n")}`,
    `${title}\n\n${paras.slice(k).join("\n\n")}\n\nRead more\n\n${otherTitle}`,
  ];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { against: { type: "string" }, rounds: { type: "string" } },
  });
  const rounds = Number(values.rounds ?? (values.against ? 30 : 15));
  if (!(Number.isInteger(rounds) && rounds >= 1))
    throw new Error(`--rounds: a positive integer, got ${values.rounds}`);
  const builds: [string, Modes][] = [["this build", { recordProcessor, clusterProcessor }]];
  if (values.against) {
    // Another checkout's build, loaded beside this one: both see the same machine, round by round.
    const other = resolve(values.against, "dist", "pipeline.js");
    if (!existsSync(other)) throw new Error(`--against: ${other} is missing (build that checkout first)`);
    builds.push([values.against, (await import(pathToFileURL(other).href)) as Modes]);
  }
  const arts = articles();
  // 1. Speed: the same documents, per document vs as clusters, on two inputs.
  const thirdsClusters: string[][] = [];
  for (const a of arts) {
    const t = thirds(a);
    if (t.length === 3) thirdsClusters.push(t);
  }
  console.log("cluster benchmark");
  compareModes("article thirds (short, clean documents)", thirdsClusters, builds, rounds);
  compareModes(
    "scraped story clusters (three overlapping pages of one story, seed-like junk)",
    arts.map((a, i) => scrapedCluster(a, arts[(i * 7 + 3) % arts.length]!)).filter((c) => c.length === 3),
    builds,
    rounds,
  );

  // 2. Junk statuses on built clusters.
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  const byReason = new Map<string, number>();
  thirdsClusters.forEach((c, i) => {
    const injected = [...c];
    const labels = c.map(() => false);
    if (i % 2 === 0) {
      // Every template in turn (the even clusters get one).
      injected.push(TEMPLATES[(i / 2) % TEMPLATES.length]!);
      labels.push(true);
    }
    if (i % 3 === 0) {
      // An article of another story: off-topic for this cluster.
      injected.push(arts[(i * 7 + 13) % arts.length]!);
      labels.push(true);
    }
    const r = cleanCluster(injected);
    r.docs.forEach((d, k) => {
      const junk = d.status === "junk";
      if (junk) byReason.set(d.junk!.reason, (byReason.get(d.junk!.reason) ?? 0) + 1);
      if (junk && labels[k]) tp++;
      else if (junk) fp++;
      else if (labels[k]) fn++;
      else tn++;
    });
  });
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  console.log(`  junk: ${tp + fn} junk and ${fp + tn} real documents`);
  console.log(
    `    precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  (tp ${tp}, fp ${fp}, fn ${fn})`,
  );
  console.log(`    by reason: ${[...byReason].map(([k, v]) => `${k} ${v}`).join(", ")}`);
}

await main();
