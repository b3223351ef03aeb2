/**
 * JSONL records: which fields hold the id, the text and the HTML, and how a
 * line becomes a pipeline input. A record without an id gets its location
 * (`FILE:LINE`) as id, so every record has a stable id for --resume.
 */
import type { InputRecord } from "../pipeline.js";
import { InputError } from "./bytes.js";

export interface JsonlFields {
  idField: string;
  textField: string;
  htmlField: string;
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The id of a parsed record: its id field when a non-empty string or a number, else the location. */
export function recordId(o: Record<string, unknown>, idField: string, loc: string): string {
  const v = o[idField];
  return (typeof v === "string" && v !== "") || typeof v === "number" ? String(v) : loc;
}

/** Parse a line to a plain object or throw an InputError. */
export function parseJsonObject(line: string): Record<string, unknown> {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (e) {
    throw new InputError(`malformed JSON (${message(e)})`);
  }
  if (obj === null || typeof obj !== "object" || Array.isArray(obj))
    throw new InputError("not a JSON object");
  return obj as Record<string, unknown>;
}

/** A JSONL line → InputRecord. The id falls back to the line's location. */
export function parseJsonlLine(line: string, loc: string, cfg: JsonlFields): InputRecord {
  const o = parseJsonObject(line);
  const id = recordId(o, cfg.idField, loc);
  const text = o[cfg.textField];
  const html = o[cfg.htmlField];
  const r: InputRecord = { id };
  if (typeof text === "string") r.text = text;
  if (typeof html === "string") r.html = html;
  if (r.text === undefined && r.html === undefined) {
    throw new InputError(`no string field "${cfg.textField}" or "${cfg.htmlField}"`);
  }
  if (typeof o.url === "string") r.url = o.url;
  const fields: Record<string, unknown> = {};
  // Everything but the text and HTML travels to the output (the id is overwritten there).
  for (const k of Object.keys(o)) if (k !== cfg.textField && k !== cfg.htmlField) fields[k] = o[k];
  r.fields = fields;
  return r;
}
