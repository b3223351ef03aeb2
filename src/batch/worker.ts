/**
 * Piscina worker entry (compiled to dist/batch/worker.js). The run's
 * configuration arrives once through workerData; each call is one task.
 */
import { workerData } from "node:worker_threads";
import { runTask } from "./process.js";
import type { Task, TaskResult, WorkerConfig } from "./types.js";

const config = workerData as WorkerConfig;

/**
 * TEST-ONLY hook: NEWSCLEAN_TEST_DELAY_MS=N makes the worker sleep N ms before
 * each document, so tests can kill a run mid-way. Read here, in the worker,
 * and nowhere else; never set it in production.
 */
const delayMs = Number(process.env.NEWSCLEAN_TEST_DELAY_MS ?? 0);
const sleeper = delayMs > 0 ? new Int32Array(new SharedArrayBuffer(4)) : undefined;
const perDoc = sleeper ? () => void Atomics.wait(sleeper, 0, 0, delayMs) : undefined;

/**
 * Piscina loads this file with require() first; importing "piscina" from here
 * made that load flaky on Node 20.19+ (require(esm) of a graph that re-enters
 * piscina's ESM wrapper: "module imported again after being required"). So
 * this module imports nothing from piscina: the run's configuration comes
 * from node:worker_threads (piscina passes workerData through), and packed
 * output bytes go back by structured clone (a memcpy for a Uint8Array).
 */
export default function work(task: Task): TaskResult {
  return runTask(task, config, perDoc);
}
