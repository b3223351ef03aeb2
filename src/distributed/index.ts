/**
 * Distributed mode (BullMQ + Redis): `queue`, `worker`, `status`, `collect`.
 * Loaded by the CLI only when one of these commands runs; bullmq and ioredis
 * are imported only when a command needs Redis.
 */
export { collectCommand } from "./collect.js";
export { queueCommand } from "./queue.js";
export { MISSING_DEPENDENCY } from "./redis.js";
export { planShards, type Shard, type ShardJobData, splitLines } from "./shards.js";
export { statusCommand } from "./status.js";
export { cleanShard, workerCommand } from "./worker.js";
