/**
 * Public types of the cleaning kernel. Offsets are half-open UTF-16 code-unit
 * ranges into a string; in a result they always refer to the ORIGINAL input.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Replace `span` with `text` ("" deletes). */
export interface Fix {
  readonly span: Span;
  readonly text: string;
}

/** The defect families newsclean knows; every rule declares exactly one. */
export type FindingKind =
  | "headline" // repeated headline at the top
  | "chrome" // site chrome lines: section labels, ads, share bars, captions, credits…
  | "metadata" // dateline / byline lines moved into meta
  | "footer" // "Related news" blocks and the link lines under them
  | "unrelated" // unrelated headlines appended at the end
  | "spin" // synonym-spinner substitutions and their scars
  | "duplicate" // repeated sentences
  | "truncated" // sentences cut short (report only by default)
  | "garbled" // sentences with lost or swapped words (report only)
  | "encoding" // mojibake and broken characters
  | "normalization"; // whitespace and quote normalization

/** Metadata a finding contributes when it is applied (dateline → date…). */
export interface FindingMeta {
  date?: string;
  byline?: string;
  section?: string;
}

/** What a rule yields; the engine stamps the rule id and kind. */
export interface FindingDraft {
  readonly message: string;
  readonly span: Span;
  /** 0..1; see the confidence bands in the README. */
  readonly confidence: number;
  readonly fix?: Fix;
  /** Evidence: the first copy of a duplicate, the line that proves a house style… */
  readonly related?: Span;
  /** In cluster mode: the document (index in the cluster) that `related` points into. */
  readonly relatedDoc?: number;
  readonly actual?: string;
  readonly expected?: string;
  readonly meta?: FindingMeta;
}

export interface Finding extends FindingDraft {
  readonly ruleId: string;
  readonly kind: FindingKind;
  /** True when the fix was applied to the output. */
  readonly applied: boolean;
}

export interface RuleMeta {
  readonly id: string;
  readonly kind: FindingKind;
  readonly description: string;
  readonly fixable: boolean;
  /**
   * A layout repair (hard-wrapped lines): the engine runs such rules alone,
   * in the first pass, and the other rules only on the text they leave —
   * their reading of lines depends on it.
   */
  readonly layout?: boolean;
  /** Default options, merged with the user's once, at the edge. */
  readonly defaultOptions: Readonly<Record<string, unknown>>;
}

export interface CleanOptions {
  /** Apply fixes whose confidence is at least this (default 0.75). */
  threshold?: number;
  /** Report findings but apply no fix. */
  reportOnly?: boolean;
  /** Per-rule switch or options: `{ "truncated-sentence": false, "spinner": { … } }`. */
  rules?: Record<string, boolean | Record<string, unknown>>;
  /** Cluster mode: "report" (default) or "drop" sentences repeated from earlier documents. */
  clusterDedup?: "report" | "drop";
  /** Maximum fix passes (default 4). */
  maxPasses?: number;
  /** Detect and separate the headline into `title` (default true). */
  extractTitle?: boolean;
}

export interface CleanMeta {
  date?: string;
  byline?: string;
  section?: string;
  /** Spinner-tell density, 0..1 (see README "Spin score"). */
  spin: number;
  /** Span of the title line in the input, when a title was found. */
  titleSpan?: Span;
  [key: string]: unknown;
}

export interface CleanStats {
  readonly inputChars: number;
  readonly outputChars: number;
  readonly passes: number;
  readonly applied: number;
  readonly reported: number;
}

export interface CleanResult {
  /** The headline ("" when the text has none). */
  readonly title: string;
  /** The article body: paragraphs, no headline, no chrome. */
  readonly text: string;
  readonly meta: CleanMeta;
  readonly findings: readonly Finding[];
  readonly stats: CleanStats;
}
