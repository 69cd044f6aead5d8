// The web ingest's public API: URLs, feeds, and the per-feed poll that `watch` and the queue worker call.
import { addOutcome, emptySummary, pool, runFetcher, type IngestSummary, type UrlOutcome, type WebIngestOptions } from './context';
import { pollFeed, type FeedPollResult } from './feed-poll';
import { ingestPage } from './ingest-page';

export { Fetcher, checkUrl, type FetchLimits, type FetchResult } from './fetch';
export { PoliteFetcher, type PolitenessOptions } from './hosts';
export { canonicalUrl } from './canonical';
export { extractArticle, type Article } from './article';
export { decodeBytes, type Decoded } from './decode';
export { parseFeedBytes, type FeedItem, type ParsedFeed } from './feeds';
export { pollFeed, type FeedPollResult } from './feed-poll';
export { ingestPage } from './ingest-page';
export { summaryLine, type Extractor, type IngestSummary, type UrlOutcome, type WebIngestOptions } from './context';

/** Fetches and stores each URL; a failing URL is reported in the summary and never stops the others. */
export async function ingestUrls(urls: readonly string[], options: WebIngestOptions): Promise<IngestSummary> {
  const summary = emptySummary();
  const { fetcher, release } = runFetcher(options);
  try {
    let done = 0;
    const ordered: UrlOutcome[] = new Array(urls.length);
    await pool(urls, options.concurrency ?? 4, async (url, i) => {
      const outcome = await ingestPage(url, fetcher, options);
      ordered[i] = outcome;
      addOutcome(summary, outcome);
      options.onProgress?.(++done, urls.length, outcome);
    });
    summary.results = ordered;
  } finally {
    await release();
  }
  return summary;
}

export interface FeedsSummary extends IngestSummary {
  feeds: FeedPollResult[];
}

/** Polls each feed once and ingests its new and updated items. */
export async function ingestFeeds(feedUrls: readonly string[], options: WebIngestOptions): Promise<FeedsSummary> {
  const summary: FeedsSummary = { ...emptySummary(), feeds: [] };
  const { fetcher, release } = runFetcher(options);
  try {
    for (const url of feedUrls) {
      const r = await pollFeed(options.store, url, { ...options, fetcher });
      summary.feeds.push(r);
      for (const o of r.results) addOutcome(summary, o);
      if (r.feedStatus === 'failed') summary.failed++;
    }
  } finally {
    await release();
  }
  return summary;
}
