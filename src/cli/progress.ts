/**
 * The progress line on a TTY: documents, MB read, docs/s, ETA when the total
 * input size is known. Redrawn at most 4 times a second; other messages
 * written through `log` clear it first so lines never mix.
 */
import { Writable } from "node:stream";
import type { Progress } from "../batch/run.js";

const REDRAW_MS = 250;
const MB = 1024 * 1024;

function eta(secs: number): string {
  if (!Number.isFinite(secs) || secs < 0) return "?";
  const s = Math.round(secs);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
}

export function formatProgress(p: Progress): string {
  const secs = p.elapsedMs / 1000;
  const rate = secs > 0 ? p.docs / secs : 0;
  const mbRate = secs > 0 ? p.bytesRead / MB / secs : 0;
  let line = `newsclean: ${p.docs} docs, ${(p.bytesRead / MB).toFixed(1)} MB, ${rate.toFixed(0)} docs/s, ${mbRate.toFixed(1)} MB/s`;
  if (p.totalBytes && p.totalBytes > 0) {
    const frac = Math.min(1, p.bytesRead / p.totalBytes);
    const left = mbRate > 0 ? (p.totalBytes - p.bytesRead) / MB / mbRate : Number.NaN;
    line += `, ${(frac * 100).toFixed(0)}%, ETA ${eta(left)}`;
  }
  return line;
}

export class ProgressLine {
  private last = 0;
  private shown = false;
  constructor(
    private readonly err: NodeJS.WriteStream,
    private readonly enabled: boolean,
  ) {}

  update(p: Progress): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < REDRAW_MS) return;
    this.last = now;
    const cols = this.err.columns || 100;
    this.err.write(`\r\x1b[K${formatProgress(p).slice(0, cols - 1)}`);
    this.shown = true;
  }

  clear(): void {
    if (this.shown) {
      this.err.write("\r\x1b[K");
      this.shown = false;
    }
  }

  /** A stream for messages: clears the progress line before each write. */
  log(): Writable {
    return new Writable({
      write: (chunk: Buffer | string, _enc, cb) => {
        this.clear();
        this.err.write(chunk, cb);
      },
    });
  }
}
