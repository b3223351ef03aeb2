/**
 * What the readers hand over: one document (or a reader error) per item, or
 * a story cluster. Structured-clone friendly, so items cross to the workers
 * as they are.
 */

/** One document (or a reader error) as the reader hands it over. */
export type DocItem =
  /** A raw JSONL line; the worker parses it and derives the id. */
  | { k: "line"; line: string; loc: string }
  /** A record already decoded by the reader (Multi-News documents). */
  | { k: "doc"; id: string; loc: string; text: string; fields?: Record<string, unknown> }
  /** Raw bytes of one document: the worker checks and decodes them. */
  | {
      k: "bytes";
      id: string;
      loc: string;
      format: "text" | "html";
      bytes: Uint8Array;
      url?: string;
      charset?: string;
      contentEncoding?: string;
      chunked?: boolean;
      fields?: Record<string, unknown>;
    }
  /** A problem the reader found; carried through so it is reported in input order. */
  | { k: "error"; id: string; loc: string; error: string };

/** A story cluster: cleaned together with processCluster. */
export interface ClusterItem {
  k: "cluster";
  id: string;
  loc: string;
  docs: DocItem[];
}

/**
 * Whole JSONL lines as raw bytes (the fast path): the reading thread only finds
 * line ends; the worker decodes, parses and cleans. The bytes own their buffer
 * (transferred, not copied, to the worker).
 */
export interface ChunkItem {
  k: "chunk";
  bytes: Uint8Array;
  /** The input's display path, for ids and locations (`FILE:LINE`). */
  display: string;
  /** Line number of the first line in the chunk (1-based). */
  firstLine: number;
  /** Number of lines in the chunk (blank ones included). */
  lines: number;
}

export type WorkItem = DocItem | ClusterItem | ChunkItem;
