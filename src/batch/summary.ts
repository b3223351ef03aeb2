/** The run summary: counters filled by the writer, printed or saved by the CLI. */

/** A spin score from two unguarded spinner tells up (0.63): real news almost never has two (README "Spin score"). */
export const SPUN_SCORE = 0.5;

export interface RuleCount {
  applied: number;
  reported: number;
}

export interface ShardSummary {
  documents: {
    /** Documents read in this run (including the ones that failed). */
    in: number;
    /** Documents written. */
    out: number;
    /** Documents the pipeline classed as junk (written unless --drop-junk). */
    junk: number;
    /** Documents whose spin score (meta.spin) is at least SPUN_SCORE: spun sources to drop. */
    spun: number;
    /** Junk documents left out by --drop-junk. */
    dropped: number;
    /** Documents that could not be processed (see the errors). */
    errors: number;
    /** Documents skipped by --resume because a previous run already wrote them. */
    resumed: number;
  };
  /** Inputs skipped by --resume with --out because their output already exists. */
  inputsSkipped: number;
  /** WARC records that are not HTML responses. */
  recordsSkipped: number;
  /** Findings per rule: applied fixes and report-only findings. */
  rules: Record<string, RuleCount>;
  bytes: {
    /** Raw bytes read from the inputs (compressed size for .gz). */
    read: number;
    /** UTF-8 bytes of the documents' input text. */
    in: number;
    /** UTF-8 bytes of the cleaned text (title and body). */
    out: number;
  };
  time: {
    wallMs: number;
    /** User + system CPU of the whole process: the reading thread and every worker thread. */
    cpuMs: number;
    /** Time the workers spent inside tasks, summed over workers. */
    workerBusyMs: number;
    /** Time the reading thread's event loop was busy (reading, batching, writing). */
    mainBusyMs: number;
  };
  /** Peak resident memory of the process (reading thread and workers share it), bytes. */
  peakRssBytes: number;
  workers: number;
  /** The run was stopped (SIGINT) before the end of its inputs; --resume continues it. */
  interrupted: boolean;
  docsPerSec: number;
  mbPerSec: number;
}

export function emptySummary(workers: number): ShardSummary {
  return {
    documents: { in: 0, out: 0, junk: 0, spun: 0, dropped: 0, errors: 0, resumed: 0 },
    inputsSkipped: 0,
    recordsSkipped: 0,
    rules: {},
    bytes: { read: 0, in: 0, out: 0 },
    time: { wallMs: 0, cpuMs: 0, workerBusyMs: 0, mainBusyMs: 0 },
    peakRssBytes: 0,
    workers,
    interrupted: false,
    docsPerSec: 0,
    mbPerSec: 0,
  };
}

const MB = 1024 * 1024;

function fmtBytes(n: number): string {
  if (n >= MB) return `${(n / MB).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}

function fmtSecs(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

/** A short human summary (a few lines, then one line per rule that fired). */
export function formatSummary(s: ShardSummary): string {
  const d = s.documents;
  const lines: string[] = [];
  const extra: string[] = [];
  if (d.junk) extra.push(`${d.junk} junk${d.dropped ? `, ${d.dropped} dropped` : ""}`);
  if (d.spun) extra.push(`${d.spun} spun (spin ≥ ${SPUN_SCORE})`);
  extra.push(`${d.errors} error${d.errors === 1 ? "" : "s"}`);
  if (d.resumed) extra.push(`${d.resumed} already done (resumed)`);
  if (s.inputsSkipped) extra.push(`${s.inputsSkipped} inputs already done`);
  if (s.recordsSkipped) extra.push(`${s.recordsSkipped} non-HTML WARC records skipped`);
  if (s.interrupted) extra.push("interrupted: rerun with --resume to continue");
  lines.push(`newsclean: ${d.in} documents in, ${d.out} out (${extra.join(", ")})`);
  const change = s.bytes.in > 0 ? ` (${(((s.bytes.out - s.bytes.in) / s.bytes.in) * 100).toFixed(1)}%)` : "";
  lines.push(
    `  text: ${fmtBytes(s.bytes.in)} in → ${fmtBytes(s.bytes.out)} out${change}; read ${fmtBytes(s.bytes.read)}`,
  );
  const workers = s.workers === 0 ? "in-process" : `${s.workers} worker${s.workers === 1 ? "" : "s"}`;
  lines.push(
    `  time: ${fmtSecs(s.time.wallMs)} wall, ${fmtSecs(s.time.cpuMs)} CPU (${workers}); ${s.docsPerSec.toFixed(0)} docs/s, ${s.mbPerSec.toFixed(1)} MB/s; peak RSS ${fmtBytes(s.peakRssBytes)}`,
  );
  const rules = Object.entries(s.rules).sort(
    (a, b) => b[1].applied + b[1].reported - (a[1].applied + a[1].reported) || (a[0] < b[0] ? -1 : 1),
  );
  if (rules.length === 0) lines.push("  findings: none");
  else {
    const w = Math.max(...rules.map(([r]) => r.length));
    lines.push(`  findings${" ".repeat(Math.max(1, w - 6))}applied  reported`);
    for (const [rule, c] of rules)
      lines.push(
        `    ${rule.padEnd(w)}  ${String(c.applied).padStart(7)}  ${String(c.reported).padStart(8)}`,
      );
  }
  return `${lines.join("\n")}\n`;
}
