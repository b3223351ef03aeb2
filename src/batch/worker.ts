/**
 * Piscina worker entry (compiled to dist/batch/worker.js). The run's
 * configuration arrives once through workerData; each call is one task.
 */
import { workerData } from "piscina";
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

export default function work(task: Task): TaskResult {
  return runTask(task, config, perDoc);
}
