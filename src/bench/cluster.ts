/**
 * `npm run bench` (cluster part):
 *  1. speed — cluster mode (processCluster) vs per-document mode (processRecord) on the same
 *     documents, record in → output record out (CPU time, best of 3; goal ≤ 1.5×);
 *  2. junk — precision/recall of junk statuses on clusters built from the clean
 *     corpora: each article split into three documents of one story, plus
 *     injected template pages and an article from another story (off-topic).
 * Uses ../shared/corpora when present, else the in-repo samples.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { cleanCluster } from "../clean.js";
import { processCluster, recordProcessor } from "../pipeline.js";

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
];

function thirds(text: string): string[] {
  const paras = text.split("\n\n");
  if (paras.length < 3) return [];
  const k = Math.ceil(paras.length / 3);
  return [paras.slice(0, k), paras.slice(k, 2 * k), paras.slice(2 * k)]
    .map((p) => p.join("\n\n"))
    .filter(Boolean);
}

function main(): void {
  const arts = articles();
  // 1. Speed: the same documents, per document vs as clusters of three.
  const clusters: string[][] = [];
  for (const a of arts) {
    const t = thirds(a);
    if (t.length === 3) clusters.push(t);
  }
  const docs = clusters.flat();
  // The two CLI modes, record in → output record out: per document, and per cluster.
  const one = recordProcessor();
  const records = clusters.map((c, i) => c.map((text, k) => ({ id: `${i}:${k}`, text })));
  const cpu = (fn: () => void): number => {
    // Best of three runs after a warm-up: the machine is shared and noisy.
    fn();
    let best = Number.POSITIVE_INFINITY;
    for (let r = 0; r < 3; r++) {
      const c0 = process.cpuUsage();
      fn();
      const c = process.cpuUsage(c0);
      best = Math.min(best, (c.user + c.system) / 1e6);
    }
    return best;
  };
  const perDoc = cpu(() => {
    for (const c of records) for (const r of c) one(r);
  });
  const cluster = cpu(() => {
    for (const c of records) processCluster(c);
  });
  console.log("cluster benchmark");
  console.log(`  speed: ${docs.length} documents in ${clusters.length} clusters`);
  console.log(`    per-document mode  cpu ${perDoc.toFixed(2)} s (best of 3)`);
  console.log(
    `    cluster mode       cpu ${cluster.toFixed(2)} s   ratio ${(cluster / perDoc).toFixed(2)}x (goal ≤ 1.5x)`,
  );

  // 2. Junk statuses on built clusters.
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  const byReason = new Map<string, number>();
  clusters.forEach((c, i) => {
    const injected = [...c];
    const labels = c.map(() => false);
    if (i % 2 === 0) {
      injected.push(TEMPLATES[i % TEMPLATES.length]!);
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

main();
