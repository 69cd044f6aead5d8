// What a web ingest run needs: the store, the polite fetcher, the extractor, retry policy; and its results.
import type { ExtractedClaim } from '../../claim/index';
import type { Store } from '../../store/index';
import { AbsentiaError } from '../../util/errors';
import { Fetcher, isTransient, retryAfterOf, type FetchLimits, type FetchRequest, type FetchResult } from './fetch';
import { PoliteFetcher, type PolitenessOptions } from './hosts';

/** Text to claims, given the publication date found on the page (or the fetch date) and the language. */
export type Extractor = (
  text: string,
  options: { published: string | null; language: string | null },
) => ExtractedClaim[] | Promise<ExtractedClaim[]>;

export interface WebIngestOptions {
  store: Store;
  /** Without an extractor, documents are stored and archived but no claims are made. */
  extract?: Extractor;
  /** Recorded with the claims; a different version re-extracts unchanged pages. */
  extractorVersion?: string;
  fetch?: FetchLimits;
  politeness?: PolitenessOptions;
  /** Attempts after the first for transient failures (network, 5xx, 429). Default 2. */
  retries?: number;
  /** A Retry-After longer than this (ms, default 120000) ends the attempts for this run instead of waiting. */
  maxRetryAfterMs?: number;
  /** First backoff pause; doubles each attempt. Default 1000 ms. */
  backoffMs?: number;
  /** URLs in flight at once (different hosts; one host is always one at a time). Default 4. */
  concurrency?: number;
  /** Called after each URL or feed item with the running count. */
  onProgress?: (done: number, total: number, outcome: UrlOutcome) => void;
  /** A shared fetcher (watch mode keeps one across polls); created and closed per run otherwise. */
  fetcher?: PoliteFetcher;
}

export type UrlStatus = 'new' | 'updated' | 'unchanged' | 'not_modified' | 'failed';

export interface UrlOutcome {
  url: string;
  status: UrlStatus;
  documentId?: number;
  version?: number;
  canonicalUrl?: string;
  /** The document this one re-publishes, when it is an echo. */
  echoOf?: number;
  claimsAdded: number;
  attempts: number;
  error?: string;
  encoding?: string;
}

export interface IngestSummary {
  new: number;
  updated: number;
  unchanged: number;
  echoes: number;
  failed: number;
  claimsAdded: number;
  results: UrlOutcome[];
}

export function emptySummary(): IngestSummary {
  return { new: 0, updated: 0, unchanged: 0, echoes: 0, failed: 0, claimsAdded: 0, results: [] };
}

export function addOutcome(s: IngestSummary, o: UrlOutcome): void {
  s.results.push(o);
  if (o.status === 'new') s.new++;
  else if (o.status === 'updated') s.updated++;
  else if (o.status === 'failed') s.failed++;
  else s.unchanged++;
  if (o.echoOf !== undefined) s.echoes++;
  s.claimsAdded += o.claimsAdded;
}

export function summaryLine(s: IngestSummary): string {
  return `${s.new} new, ${s.updated} updated, ${s.unchanged} unchanged, ${s.echoes} echoes, ${s.failed} failed, ${s.claimsAdded} claims added`;
}

/** A run's fetcher: the caller's, or a fresh one that `release` closes. */
export function runFetcher(options: WebIngestOptions): { fetcher: PoliteFetcher; release: () => Promise<void> } {
  if (options.fetcher) return { fetcher: options.fetcher, release: async () => {} };
  const raw = new Fetcher(options.fetch);
  return { fetcher: new PoliteFetcher(raw, options.politeness), release: () => raw.close() };
}

/** Fetches with retries and exponential backoff for transient failures; reports the attempts made. */
export async function fetchWithRetry(
  fetcher: PoliteFetcher,
  url: string,
  req: FetchRequest,
  options: Pick<WebIngestOptions, 'retries' | 'backoffMs' | 'maxRetryAfterMs'>,
): Promise<{ result: FetchResult; attempts: number }> {
  const retries = options.retries ?? 2;
  const backoff = options.backoffMs ?? 1000;
  for (let attempt = 1; ; attempt++) {
    try {
      return { result: await fetcher.fetch(url, req), attempts: attempt };
    } catch (err) {
      // A server asking for more than a few minutes' rest is not retried in this run (the host stays held).
      const asked = retryAfterOf(err);
      if (attempt > retries || !isTransient(err) || (asked !== null && asked > (options.maxRetryAfterMs ?? 120_000))) {
        const e = err instanceof AbsentiaError ? err : new AbsentiaError('fetch_failed', String(err), url);
        throw Object.assign(e, { attempts: attempt });
      }
      // the host's Retry-After hold (hosts.ts) comes on top of this pause
      const pause = backoff * 2 ** (attempt - 1) * (0.75 + Math.random() * 0.5);
      await new Promise((r) => setTimeout(r, pause));
    }
  }
}

/** Runs tasks with at most `limit` in flight, in input order of start. */
export async function pool<T>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      await task(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}
