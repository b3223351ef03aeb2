/**
 * The optional dependencies of distributed mode, loaded on demand: the
 * single-machine CLI never imports bullmq or ioredis, and a build without
 * them still runs everything else.
 */

/*
 * The part of the BullMQ API this module uses, declared here so that the
 * project type-checks and builds without the optional packages installed.
 */

export interface BullJob<D, R> {
  id?: string;
  data: D;
  returnvalue: R;
  /** Runs that ended (completed or failed); a stalled run does not count. */
  attemptsMade: number;
  /** Runs started, stalled ones included. */
  attemptsStarted: number;
  failedReason: string;
  retry(state?: "failed" | "completed"): Promise<void>;
}

export interface BullQueue<D, R> {
  getJobState(id: string): Promise<string>;
  addBulk(jobs: Array<{ name: string; data: D; opts?: object }>): Promise<unknown>;
  getJob(id: string): Promise<BullJob<D, R> | undefined>;
  getJobCounts(...types: string[]): Promise<Record<string, number>>;
  getJobs(
    types: string[],
    start?: number,
    end?: number,
    asc?: boolean,
  ): Promise<Array<BullJob<D, R> | undefined>>;
  obliterate(opts?: { force?: boolean }): Promise<void>;
  close(): Promise<void>;
}

export interface BullWorker<D, R> {
  on(event: "failed", fn: (job: BullJob<D, R> | undefined, err: Error) => void): unknown;
  on(event: "stalled", fn: (jobId: string) => void): unknown;
  on(event: "error", fn: (err: Error) => void): unknown;
  run(): Promise<void>;
  close(force?: boolean): Promise<void>;
}

export interface BullMQModule {
  Queue: new <D = unknown, R = unknown>(name: string, opts: { connection: object }) => BullQueue<D, R>;
  Worker: new <D, R>(
    name: string,
    processor: (job: BullJob<D, R>) => Promise<R>,
    opts: { connection: object } & Record<string, unknown>,
  ) => BullWorker<D, R>;
}

export const MISSING_DEPENDENCY =
  "distributed mode needs the optional dependency bullmq (npm install bullmq ioredis)";

/** A problem the user can fix (missing dependency, unreachable Redis): message only, no stack. */
export class DistributedError extends Error {}

function isMissing(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException)?.code;
  return code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND";
}

let loaded: Promise<BullMQModule> | undefined;

/** Import bullmq (and check that ioredis, which it drives Redis with, is there too). */
export function loadBullMQ(): Promise<BullMQModule> {
  loaded ??= (async () => {
    // Specifiers in variables: bundlers and the type checker leave the import lazy.
    const bull = "bullmq";
    const ioredis = "ioredis";
    try {
      const mod = (await import(bull)) as BullMQModule;
      await import(ioredis);
      return mod;
    } catch (e) {
      if (isMissing(e)) throw new DistributedError(MISSING_DEPENDENCY);
      throw e;
    }
  })();
  return loaded;
}

/** Queue names become Redis key parts: keep them simple. */
export function checkQueueName(name: string): string {
  if (!/^[A-Za-z0-9_.-]{1,100}$/.test(name))
    throw new DistributedError(
      `--queue expects letters, digits, '_', '.' or '-', got ${JSON.stringify(name)}`,
    );
  return name;
}

export function checkRedisUrl(url: string | undefined): string {
  if (url === undefined || url === "") throw new DistributedError("--redis URL is required");
  if (!/^rediss?:\/\//.test(url))
    throw new DistributedError(`--redis expects redis://HOST:PORT[/DB], got ${JSON.stringify(url)}`);
  return url;
}

/** BullMQ connection options for a redis:// URL (workers need maxRetriesPerRequest null). */
export function connectionFor(url: string): { url: string; maxRetriesPerRequest: null } {
  return { url, maxRetriesPerRequest: null };
}

interface PingClient {
  connect(): Promise<void>;
  ping(): Promise<string>;
  disconnect(): void;
  on(event: "error", fn: (e: Error) => void): unknown;
}

/**
 * Fail fast with a clear message when Redis is not reachable (ioredis would
 * otherwise retry forever). One connection attempt, `timeoutMs` to answer.
 */
export async function pingRedis(url: string, timeoutMs = 3000): Promise<void> {
  await loadBullMQ();
  const spec = "ioredis";
  const mod = (await import(spec)) as { Redis: new (url: string, opts: object) => PingClient };
  const client = new mod.Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  let lastError: Error | undefined;
  client.on("error", (e) => {
    lastError ??= e;
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      (async () => {
        await client.connect();
        await client.ping();
      })(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer in ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
  } catch (e) {
    throw new DistributedError(`cannot reach Redis at ${url}: ${(lastError ?? (e as Error)).message}`);
  } finally {
    clearTimeout(timer);
    client.disconnect();
  }
}
