/**
 * The batch layer's surface, for the CLI and for a distributed runner (a
 * queue worker calls runShard on its shard of inputs, in its own process).
 */
export { createExecutor, defaultWorkerFile, type Executor } from "./pool.js";
export { runTask } from "./process.js";
export {
  containerTargets,
  documentTargets,
  type Progress,
  runShard,
  type ShardConfig,
  type ShardOutput,
  TEXT_SEPARATOR,
} from "./run.js";
export { emptySummary, formatSummary, type RuleCount, type ShardSummary } from "./summary.js";
export type { DocResult, Task, TaskResult, WorkerConfig } from "./types.js";
