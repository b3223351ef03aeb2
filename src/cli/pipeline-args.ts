/**
 * The cleaning options shared by every command that runs the pipeline
 * (`clean`, `queue`): their parseArgs table, their help lines, and their
 * translation into PipelineOptions, written once.
 */

import type { PipelineOptions } from "../pipeline.js";
import { RULES } from "../rules/index.js";

export const PIPELINE_ARGS = {
  format: { type: "string" },
  "id-field": { type: "string" },
  "text-field": { type: "string" },
  "html-field": { type: "string" },
  threshold: { type: "string" },
  "report-only": { type: "boolean" },
  disable: { type: "string", multiple: true },
  "drop-junk": { type: "boolean" },
} as const;

export interface PipelineArgValues {
  "report-only"?: boolean | undefined;
  disable?: string[] | undefined;
  "drop-junk"?: boolean | undefined;
}

/**
 * PipelineOptions from parsed arguments (the threshold is parsed by the caller,
 * which owns its error messages). Throws `makeError(message)` for an unknown rule.
 */
export function pipelineOptions(
  v: PipelineArgValues,
  threshold: number | undefined,
  makeError: (message: string) => Error,
): PipelineOptions & Record<string, unknown> {
  const options: PipelineOptions & Record<string, unknown> = {};
  if (threshold !== undefined) options.threshold = threshold;
  if (v["report-only"]) options.reportOnly = true;
  const disabled = (v.disable ?? [])
    .flatMap((d) => d.split(","))
    .map((d) => d.trim())
    .filter(Boolean);
  const known = new Set(RULES.map((r) => r.meta.id));
  const unknown = disabled.filter((d) => !known.has(d));
  if (unknown.length)
    throw makeError(`--disable: unknown rule ${unknown.join(", ")} (see 'newsclean rules')`);
  if (disabled.length) options.rules = Object.fromEntries(disabled.map((r) => [r, false]));
  if (v["drop-junk"]) options.dropJunk = true;
  return options;
}
