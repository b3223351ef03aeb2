/**
 * Piscina worker entry (compiled to dist/batch/worker.js). The run's
 * configuration arrives once through workerData; each call is one task.
 */
import { move, transferableSymbol, valueSymbol, workerData } from "piscina";
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

/** Packed output bytes go back by transfer, not by copy. */
function transferables(res: TaskResult): ArrayBuffer[] {
  const list: ArrayBuffer[] = [];
  for (const r of res.results) {
    if (r.ok !== "packed") continue;
    for (const b of [r.json, r.text]) {
      // Only a buffer the view covers alone can be moved (small Buffers share a pool).
      if (b && b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && b.buffer instanceof ArrayBuffer)
        list.push(b.buffer);
    }
  }
  return list;
}

export default function work(task: Task): TaskResult {
  const res = runTask(task, config, perDoc);
  const list = transferables(res);
  if (list.length === 0) return res;
  return move({ [transferableSymbol]: list, [valueSymbol]: res } as never) as unknown as TaskResult;
}
