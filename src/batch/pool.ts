/**
 * Where tasks run: a piscina worker-thread pool, or the calling thread
 * (`--workers 0`, for tests and tiny inputs).
 */
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { Worker } from "node:worker_threads";
import { Piscina } from "piscina";
import { runTask } from "./process.js";
import type { Task, TaskResult, WorkerConfig } from "./types.js";

export interface Executor {
  readonly threads: number;
  run(task: Task): Promise<TaskResult>;
  close(): Promise<void>;
}

/** dist/batch/worker.js, next to this module once compiled. */
export function defaultWorkerFile(): URL {
  return new URL("./worker.js", import.meta.url);
}

/**
 * The node options of this process that a worker thread accepts: V8 flags
 * (`node --max-old-space-size=8192 …`, `--no-regexp-tier-up`, `--expose-gc`)
 * are process-wide, so the workers have them already, and a Worker refuses
 * them in its execArgv (ERR_WORKER_INVALID_EXEC_ARGV: the whole pool failed).
 * Node's own options (`--import tsx`, `--enable-source-maps`) are passed on.
 * Tried as a whole first (one throwaway thread when there are any), then one
 * option (with its values) at a time; computed once per process.
 */
function acceptedExecArgv(argv: readonly string[]): string[] {
  if (argv.length === 0 || accepts(argv)) return [...argv];
  const groups: string[][] = [];
  for (const a of argv) {
    if (a.startsWith("-") || groups.length === 0) groups.push([a]);
    else groups[groups.length - 1]!.push(a);
  }
  return groups.filter(accepts).flat();
}

/** Does a Worker start with this execArgv? (The constructor throws at once on a refused option.) */
function accepts(execArgv: readonly string[]): boolean {
  try {
    const w = new Worker("", { eval: true, execArgv: [...execArgv], stdout: true, stderr: true });
    w.unref();
    void w.terminate();
    return true;
  } catch (e) {
    if ((e as { code?: string }).code === "ERR_WORKER_INVALID_EXEC_ARGV") return false;
    throw e;
  }
}

let inherited: string[] | undefined;

/**
 * Piscina loads the worker file with require() before trying import(). On
 * Node 20.19+ that is require(esm), which crashed about one worker start in
 * fifty here (FATAL "v8::Module::IsGraphAsync must be used on an instantiated
 * module" from loadESMFromCJS). Turning require(esm) off in the workers makes
 * the require fail fast with ERR_REQUIRE_ESM, and piscina uses import().
 */
function workerExecArgv(): string[] {
  inherited ??= acceptedExecArgv(process.execArgv);
  const features = process.features as { require_module?: boolean };
  const args = [...inherited];
  if (features.require_module === true) args.push("--no-experimental-require-module");
  return args;
}

/**
 * Each worker's young generation is capped (V8's default lets it grow to
 * about 48 MB per worker over the first seconds of a run). Cleaning a
 * document leaves only short-lived garbage, so a smaller young generation
 * keeps peak memory flat as a run goes on. Measured with 2 workers, peak RSS
 * of 200 MB vs 20 MB of JSONL (bench:batch): no cap 1.25×; 24 MB 1.12–1.15×
 * once the kernel got faster (a 20 MB run now ends before the heaps settle);
 * 12 MB 1.02× (186–191 MB instead of 205–220 MB) for about 3% more CPU in
 * scavenges. The old generation is not capped: one huge document must not
 * kill its worker.
 */
export const WORKER_YOUNG_GENERATION_MB = 12;

class InlineExecutor implements Executor {
  readonly threads = 0;
  constructor(private readonly cfg: WorkerConfig) {}
  run(task: Task): Promise<TaskResult> {
    // Yield to the event loop between tasks so reading and writing progress.
    return new Promise((resolve, reject) =>
      setImmediate(() => {
        try {
          resolve(runTask(task, this.cfg));
        } catch (e) {
          reject(e);
        }
      }),
    );
  }
  async close(): Promise<void> {}
}

class PoolExecutor implements Executor {
  private readonly pool: Piscina<Task, TaskResult>;
  constructor(
    readonly threads: number,
    cfg: WorkerConfig,
    file: URL | string,
  ) {
    const filename = typeof file === "string" ? file : fileURLToPath(file);
    this.pool = new Piscina<Task, TaskResult>({
      filename,
      minThreads: threads,
      maxThreads: threads,
      idleTimeout: 60_000,
      workerData: cfg,
      execArgv: workerExecArgv(),
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
  }
  run(task: Task): Promise<TaskResult> {
    // JSONL chunks own their buffers: move them to the worker instead of copying.
    const transferList: ArrayBuffer[] = [];
    for (const it of task.items)
      if (it.k === "chunk" && it.bytes.buffer instanceof ArrayBuffer) transferList.push(it.bytes.buffer);
    return transferList.length ? this.pool.run(task, { transferList }) : this.pool.run(task);
  }
  close(): Promise<void> {
    return this.pool.destroy();
  }
}

/**
 * How much V8 lets a heap grow past what survived its last full collection, in
 * percent, for a batch run (V8's own factor is dynamic, 10–300%: on a busy
 * cleaner it chose about 3× the ~18 MB a worker keeps live, and peaks above
 * that). Batch cleaning keeps little alive between documents, so a tighter
 * factor costs a few more full collections of a small heap, and one huge
 * document can still grow its heap as far as it needs. Measured with
 * bench:batch, 2 workers: peak RSS 212 MB at 20 MB and 260 MB at 200 MB of
 * JSONL (1.23×) without it, 161 MB and 169 MB (1.05×) with 50; CPU of a 20 MB
 * run +2–3%. (20 saved no more memory for +5–10% CPU.)
 */
export const BATCH_HEAP_GROWING_PERCENT = 50;

let heapTuned = false;

/**
 * Sets BATCH_HEAP_GROWING_PERCENT for this process (V8 flags are per process:
 * the main thread and every worker it starts). Called once a batch run makes its
 * executor; library users who only call clean() keep V8's defaults.
 */
function tuneHeapGrowth(): void {
  if (heapTuned) return;
  heapTuned = true;
  setFlagsFromString(`--heap-growing-percent=${BATCH_HEAP_GROWING_PERCENT}`);
}

export function createExecutor(workers: number, cfg: WorkerConfig, workerFile?: URL | string): Executor {
  tuneHeapGrowth();
  if (workers <= 0) return new InlineExecutor(cfg);
  return new PoolExecutor(workers, cfg, workerFile ?? defaultWorkerFile());
}
