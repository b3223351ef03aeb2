/**
 * Resolve the command-line input arguments (files, directories, globs, `-`)
 * into an ordered list of input files, each with its format and the path
 * relative to the base it was found under (used by `--out DIR`).
 */
import { readdir, stat } from "node:fs/promises";
import path from "node:path";

export type InputFormat = "text" | "html" | "jsonl" | "multinews" | "warc";
export const INPUT_FORMATS: readonly InputFormat[] = ["text", "html", "jsonl", "multinews", "warc"];

export interface InputFile {
  /** Path to open ("-" for stdin). */
  path: string;
  /** Path as shown in messages and used in ids (relative to the cwd when possible). */
  display: string;
  /** Path relative to the directory or glob base it came from (the file name for a plain file). */
  rel: string;
  format: InputFormat;
  /** Size on disk in bytes (undefined for stdin). */
  size?: number;
  /** Number of the first line, when the input is a slice of a larger file (default 1). */
  firstLine?: number;
}

/** Extensions picked up when walking a directory, and the format they imply. */
const EXTENSION_FORMATS: ReadonlyArray<[string, InputFormat]> = [
  [".txt.src", "multinews"],
  [".src", "multinews"],
  [".txt", "text"],
  [".html", "html"],
  [".htm", "html"],
  [".jsonl.gz", "jsonl"],
  [".jsonl", "jsonl"],
  [".ndjson", "jsonl"],
  [".warc.gz", "warc"],
  [".warc", "warc"],
];

/** Format implied by a file name, or undefined for an unknown extension. */
export function formatOf(file: string): InputFormat | undefined {
  const lower = file.toLowerCase();
  for (const [ext, fmt] of EXTENSION_FORMATS) if (lower.endsWith(ext)) return fmt;
  return undefined;
}

const GLOB_CHARS = /[*?[]/;

export function isGlob(arg: string): boolean {
  return GLOB_CHARS.test(arg);
}

/** Compile a glob (`*`, `**`, `?`, `[abc]`) over "/"-separated relative paths to a RegExp. */
export function globToRegExp(glob: string): RegExp {
  let re = "";
  let i = 0;
  while (i < glob.length) {
    const c = glob[i] as string;
    if (c === "*") {
      if (glob[i + 1] === "*") {
        // "**/" matches zero or more directories; a trailing "**" anything.
        if (glob[i + 2] === "/") {
          re += "(?:[^/]*/)*";
          i += 3;
        } else {
          re += ".*";
          i += 2;
        }
        continue;
      }
      re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const close = glob.indexOf("]", i + 1);
      if (close < 0) re += "\\[";
      else {
        let body = glob.slice(i + 1, close).replace(/\\/g, "\\\\");
        if (body.startsWith("!")) body = `^${body.slice(1)}`;
        re += `[${body}]`;
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, "\\$&");
    i++;
  }
  return new RegExp(`^${re}$`);
}

/** Split a glob into the directory before its first wildcard segment and the rest. */
export function globBase(glob: string): { base: string; pattern: string } {
  const parts = glob.split("/");
  const baseParts: string[] = [];
  while (parts.length > 1 && !isGlob(parts[0] as string)) baseParts.push(parts.shift() as string);
  const base = baseParts.join("/") || (glob.startsWith("/") ? "/" : ".");
  return { base, pattern: parts.join("/") };
}

/**
 * Walk a directory: its files first (sorted), then its subdirectories (sorted),
 * so the files of one directory are always consecutive (`--cluster-dir`).
 * Yields paths relative to `root`.
 */
export async function* walk(root: string, rel = ""): AsyncGenerator<string> {
  const entries = await readdir(path.join(root, rel), { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const dirs: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) dirs.push(r);
    else if (e.isFile()) yield r;
  }
  for (const d of dirs) yield* walk(root, d);
}

function displayPath(p: string): string {
  const r = path.relative(process.cwd(), p);
  return r && !r.startsWith("..") && !path.isAbsolute(r) ? r : p;
}

/**
 * Expand the arguments. Directories and globs keep only known extensions
 * (unless `format` forces one); a plain file is taken whatever its name.
 * Throws a usage-level Error for an argument that matches nothing.
 */
export async function expandInputs(args: readonly string[], format?: InputFormat): Promise<InputFile[]> {
  const out: InputFile[] = [];
  for (const arg of args) {
    if (arg === "-") {
      out.push({ path: "-", display: "stdin", rel: "stdin", format: format ?? "text" });
      continue;
    }
    let st: Awaited<ReturnType<typeof stat>> | undefined;
    try {
      st = await stat(arg);
    } catch {
      st = undefined;
    }
    if (st?.isFile()) {
      out.push({
        path: arg,
        display: displayPath(arg),
        rel: path.basename(arg),
        format: format ?? formatOf(arg) ?? "text",
        size: st.size,
      });
      continue;
    }
    let base: string;
    let match: RegExp | undefined;
    if (st?.isDirectory()) base = arg.replace(/\/+$/, "") || "/";
    else if (isGlob(arg)) {
      const g = globBase(arg);
      base = g.base;
      match = globToRegExp(g.pattern);
    } else throw new Error(`no such file or directory: ${arg}`);
    const before = out.length;
    let baseOk = true;
    try {
      baseOk = (await stat(base)).isDirectory();
    } catch {
      baseOk = false;
    }
    if (baseOk) {
      for await (const rel of walk(base)) {
        if (match && !match.test(rel)) continue;
        const fmt = format ?? formatOf(rel);
        if (!fmt) continue;
        const full = base === "." ? rel : path.join(base, rel);
        const s = await stat(full);
        out.push({ path: full, display: displayPath(full), rel, format: fmt, size: s.size });
      }
    }
    if (out.length === before) throw new Error(`no input files match ${arg}`);
  }
  return out;
}
