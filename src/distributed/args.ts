/** Small argv helpers shared by the distributed commands. */
import { DistributedError } from "./redis.js";

/** A bad command line: exit status 2. */
export class UsageError extends Error {}

export const DEFAULT_QUEUE = "newsclean";

export function intOption(name: string, v: string | undefined, min: number, max: number): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (v.trim() === "" || !Number.isInteger(n) || n < min || n > max)
    throw new UsageError(`--${name} expects an integer between ${min} and ${max}, got ${JSON.stringify(v)}`);
  return n;
}

export function numOption(name: string, v: string | undefined, min: number, max: number): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (v.trim() === "" || !Number.isFinite(n) || n < min || n > max)
    throw new UsageError(`--${name} expects a number between ${min} and ${max}, got ${JSON.stringify(v)}`);
  return n;
}

/**
 * Run a command body: usage errors print the hint and give 2, known problems
 * (Redis down, bullmq missing) one line and 1; anything else propagates.
 */
export async function guard(command: string, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`newsclean ${command}: ${e.message}\nTry 'newsclean ${command} --help'.\n`);
      return 2;
    }
    if (e instanceof DistributedError) {
      process.stderr.write(`newsclean ${command}: ${e.message}\n`);
      return 1;
    }
    if ((e as NodeJS.ErrnoException)?.code?.startsWith("ERR_PARSE_ARGS")) {
      process.stderr.write(
        `newsclean ${command}: ${(e as Error).message}\nTry 'newsclean ${command} --help'.\n`,
      );
      return 2;
    }
    throw e;
  }
}
