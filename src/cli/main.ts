#!/usr/bin/env node
/**
 * The `newsclean` command: dispatch to a subcommand. The only module, with the
 * command files it calls, that reads argv and sets the exit code.
 */
import { readFileSync } from "node:fs";
import { cleanCommand } from "./clean.js";
import { lexiconCommand, rulesCommand } from "./rules.js";

type Command = (argv: string[]) => Promise<number>;

export const MAIN_HELP = `Usage: newsclean <command> [options]

Turn scraped news into clean article text.

Commands:
  clean     clean text, HTML, JSONL, Multi-News or WARC inputs (see 'newsclean clean --help')
  fetch     download pages politely and clean them (see 'newsclean fetch --help')
  rules     list the cleaning rules
  lexicon   build or inspect a corpus lexicon

Distributed mode (BullMQ + Redis; needs the optional bullmq and ioredis):
  queue     cut inputs into shards and queue them (see 'newsclean queue --help')
  worker    clean queued shards into DIR/shard-<n>.jsonl
  status    counts, documents done and failed shards of a queue
  collect   merge DIR/shard-*.jsonl in shard order into one file

Options:
  -h, --help     show this help
  -V, --version  print the version

Exit status: 0 success, 1 some items failed, 2 usage error.
`;

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
      version?: string;
    };
    return pkg.version ?? "unknown";
  } catch {
    return "unknown";
  }
}

/** `fetch` lives in src/fetch; loaded lazily so a build without it still runs the rest. */
async function fetchCommand(argv: string[]): Promise<number> {
  const spec = "../fetch/command.js";
  let mod: { fetchCommand?: Command };
  try {
    mod = (await import(spec)) as { fetchCommand?: Command };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== "ERR_MODULE_NOT_FOUND") throw e;
    mod = {};
  }
  if (typeof mod.fetchCommand !== "function") {
    process.stderr.write("newsclean: the fetch command is not available in this build\n");
    return 2;
  }
  return mod.fetchCommand(argv);
}

/** Distributed mode lives in src/distributed, loaded only when one of its commands runs. */
function distributed(name: "queueCommand" | "workerCommand" | "statusCommand" | "collectCommand"): Command {
  return async (argv) => {
    const mod = await import("../distributed/index.js");
    return mod[name](argv);
  };
}

/** Subcommands. */
const COMMANDS: Record<string, Command> = {
  clean: (argv) => cleanCommand(argv),
  fetch: fetchCommand,
  rules: rulesCommand,
  lexicon: lexiconCommand,
  queue: distributed("queueCommand"),
  worker: distributed("workerCommand"),
  status: distributed("statusCommand"),
  collect: distributed("collectCommand"),
};

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (cmd === undefined || cmd === "-h" || cmd === "--help" || cmd === "help") {
    (cmd === undefined ? process.stderr : process.stdout).write(MAIN_HELP);
    return cmd === undefined ? 2 : 0;
  }
  if (cmd === "-V" || cmd === "--version") {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  const run = COMMANDS[cmd];
  if (!run) {
    process.stderr.write(`newsclean: unknown command ${JSON.stringify(cmd)}\nTry 'newsclean --help'.\n`);
    return 2;
  }
  return run(rest);
}

// A reader that goes away (`newsclean clean … | head`) is not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`newsclean: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
