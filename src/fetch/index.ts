/**
 * Public surface of the fetcher: fetchPages (raw pages) and fetchAndClean
 * (pages run through the record pipeline, as JSONL-ready objects).
 *
 * Politeness by default (see FETCH_DEFAULTS): 8 requests at once overall, 2
 * per host, ≥ 400 ms from one response's headers to the next request to that
 * host (so the server sees ≥ 400 ms between requests; raised by robots.txt
 * Crawl-delay up to 30 s, and by Retry-After for the whole host), robots.txt honoured (4xx → allow all, 5xx/429/network
 * error → disallow all for the run), 3 retries with full-jitter backoff, each
 * retry queued again behind the host's spacing. Loopback/private/link-local
 * targets are refused unless `allowPrivate`.
 */
import {
  type InputRecord,
  type OutputRecord,
  type PipelineOptions,
  type ReportFinding,
  recordProcessor,
} from "../pipeline.js";
import type { FetchedPage } from "./fetcher.js";
import { fetchPages } from "./fetcher.js";
import type { FetchOptions } from "./options.js";

export { FetchError } from "./errors.js";
export { type FetchedPage, fetchPages } from "./fetcher.js";
export { FETCH_DEFAULTS, type FetchOptions, type ResolvedAddress, type Resolver } from "./options.js";
export { blockedAddressReason } from "./ssrf.js";

/** One output line of `newsclean fetch`. */
export interface FetchRecord {
  url: string;
  finalUrl: string;
  status: number;
  fetchedAt: string;
  error?: string;
  title: string;
  text: string;
  meta: Record<string, unknown>;
  findings: ReportFinding[];
}

export interface FetchAndCleanOptions extends FetchOptions {
  /** Options for the cleaning pipeline. */
  pipeline?: PipelineOptions;
}

/** One record in, one cleaned record out (processRecord, or recordProcessor(options) to set up once). */
export type RecordCleaner = (record: InputRecord) => OutputRecord;

/**
 * Turn a fetched page into an output record: failed pages get empty
 * title/text/meta/findings; fetched ones go through the pipeline as
 * `{ id: url, url: finalUrl, html }` (plain-text bodies as `text`). A pipeline
 * error becomes the record's error ("clean failed: …"). Junk verdicts are kept
 * in `meta.junk`.
 */
export function cleanPage(page: FetchedPage, clean: RecordCleaner): FetchRecord {
  const base = { url: page.url, finalUrl: page.finalUrl, status: page.status, fetchedAt: page.fetchedAt };
  if (page.error !== undefined || page.html === undefined) {
    return { ...base, error: page.error ?? "no body", title: "", text: "", meta: {}, findings: [] };
  }
  const plain = (page.contentType ?? "").toLowerCase().startsWith("text/plain");
  try {
    const out = clean(
      plain
        ? { id: page.url, url: page.finalUrl, text: page.html }
        : { id: page.url, url: page.finalUrl, html: page.html },
    );
    const meta: Record<string, unknown> = { ...out.meta };
    if (out.status === "junk") meta.junk = out.junkReason ?? true;
    return { ...base, title: out.title, text: out.text, meta, findings: out.findings };
  } catch (err) {
    const error = `clean failed: ${err instanceof Error ? err.message : String(err)}`;
    return { ...base, error, title: "", text: "", meta: {}, findings: [] };
  }
}

/**
 * Fetch each URL and clean it; one record per input URL, in completion order.
 * The pipeline is set up once (recordProcessor = processRecord with the
 * options merged once).
 */
export async function* fetchAndClean(
  urls: Iterable<string> | AsyncIterable<string>,
  options: FetchAndCleanOptions = {},
): AsyncGenerator<FetchRecord, void, undefined> {
  const { pipeline, ...fetchOptions } = options;
  const clean = recordProcessor(pipeline ?? {});
  for await (const page of fetchPages(urls, fetchOptions)) yield cleanPage(page, clean);
}
