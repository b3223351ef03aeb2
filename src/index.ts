/** newsclean's public API (re-exports only). */
export {
  type Cleaner,
  type ClusterDocResult,
  type ClusterReport,
  type ClusterResult,
  clean,
  cleanCluster,
  createCleaner,
  renderResult,
} from "./clean.js";
export { Document } from "./document/document.js";
export type { LearnedPair } from "./engine/cluster-index.js";
export { DEFAULT_MAX_PASSES, DEFAULT_THRESHOLD } from "./engine/engine.js";
export type { JunkVerdict } from "./engine/junk.js";
export {
  FETCH_DEFAULTS,
  type FetchAndCleanOptions,
  type FetchedPage,
  type FetchOptions,
  type FetchRecord,
  fetchAndClean,
  fetchPages,
} from "./fetch/index.js";
export { decodeHtml } from "./html/encoding.js";
export * from "./html/index.js";
export {
  type InputRecord,
  type OutputRecord,
  type PipelineOptions,
  processCluster,
  processRecord,
  type ReportFinding,
} from "./pipeline.js";
export { explainFindings, lineCol, lineStarts } from "./report.js";
export { RULES } from "./rules/index.js";
export type { Rule, RuleContext } from "./rules/rule.js";
export type * from "./types.js";
export { repairMojibake } from "./util/mojibake.js";
