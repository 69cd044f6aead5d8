// One poll of one feed: conditional GET, parse, then ingest the pages of new and updated items. Items are
// remembered only once their page is stored, and the feed's validators only when every item succeeded,
// so that a failure is retried on the next poll instead of being hidden behind a 304.
import { createHash } from 'node:crypto';
import { replaceMachineClaims, upsertDocumentVersion, type Store } from '../../store/index';
import { feedByUrl, feedItemsByKey, logFetch, recordFeedPoll, saveFeedItem, type WebFeedRow } from '../../store/web';
import { AbsentiaError } from '../../util/errors';
import { canonicalUrl } from './canonical';
import { addOutcome, emptySummary, fetchWithRetry, pool, type IngestSummary, type UrlOutcome, type WebIngestOptions } from './context';
import { parseFeedBytes, type FeedItem } from './feeds';
import type { PoliteFetcher } from './hosts';
import { ingestPage } from './ingest-page';
import { pageLanguage } from './language';

export interface FeedPollResult extends IngestSummary {
  feedUrl: string;
  /** 'ok', 'not_modified' (HTTP 304) or 'failed' (the feed itself could not be read). */
  feedStatus: 'ok' | 'not_modified' | 'failed';
  error?: string;
  items: number;
  /** Items seen before with the same content, skipped. */
  seen: number;
  /** Items repeated inside the feed itself. */
  duplicates: number;
}

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1';

export async function pollFeed(store: Store, feed: string | WebFeedRow, options: WebIngestOptions & { fetcher: PoliteFetcher }): Promise<FeedPollResult> {
  const row = typeof feed === 'string' ? await feedByUrl(store, feed) : feed;
  const result: FeedPollResult = { ...emptySummary(), feedUrl: row.url, feedStatus: 'ok', items: 0, seen: 0, duplicates: 0 };
  const opts = { ...options, store };
  let parsed;
  let validators: { etag: string | null; lastModified: string | null };
  try {
    const { result: res, attempts } = await fetchWithRetry(options.fetcher, row.url, { accept: FEED_ACCEPT, etag: row.etag, lastModified: row.last_modified }, opts);
    if (res.notModified) {
      await recordFeedPoll(store, row.id, { status: 'not_modified' });
      await logFetch(store, { url: row.url, finalUrl: res.url, outcome: 'not_modified', httpStatus: 304, attempts });
      return { ...result, feedStatus: 'not_modified' };
    }
    parsed = parseFeedBytes(res.body, res.contentType, res.url);
    validators = { etag: res.etag, lastModified: res.lastModified };
    await logFetch(store, { url: row.url, finalUrl: res.url, outcome: 'feed', httpStatus: res.status, bytes: res.wireBytes, attempts });
  } catch (err) {
    const line = err instanceof AbsentiaError ? err.line : String(err);
    await recordFeedPoll(store, row.id, { status: 'failed', error: line });
    await logFetch(store, { url: row.url, outcome: 'failed', attempts: (err as { attempts?: number }).attempts ?? 1, error: line }).catch(() => {});
    return { ...result, feedStatus: 'failed', error: line, failed: 1 };
  }

  result.items = parsed.items.length;
  result.duplicates = parsed.duplicates;
  const known = await feedItemsByKey(store, row.id, parsed.items.map((i) => i.key));
  const todo = parsed.items.filter((item) => known.get(item.key)?.item_hash !== item.hash);
  result.seen = parsed.items.length - todo.length;
  let done = 0;
  await pool(todo, options.concurrency ?? 4, async (item) => {
    const outcome = item.url
      ? await ingestPage(item.url, options.fetcher, opts, { published: item.published, title: item.title })
      : await ingestItemText(store, row.url, item, opts);
    if (outcome.status !== 'failed') {
      await saveFeedItem(store, row.id, { ...item, documentId: outcome.documentId ?? null });
    }
    addOutcome(result, outcome);
    options.onProgress?.(++done, todo.length, outcome);
  });
  await recordFeedPoll(store, row.id, {
    status: 'ok',
    title: parsed.title,
    // Keep the old validators while an item failed, so the next poll sees the feed again.
    etag: result.failed ? row.etag : validators.etag,
    lastModified: result.failed ? row.last_modified : validators.lastModified,
  });
  return result;
}

/** An item without a link: its own text is the document, keyed by the feed URL and the item's key. */
async function ingestItemText(store: Store, feedUrl: string, item: FeedItem, options: WebIngestOptions): Promise<UrlOutcome> {
  const key = `${canonicalUrl(feedUrl)}#item=${encodeURIComponent(item.key)}`;
  if (!item.text.trim()) return { url: key, status: 'failed', claimsAdded: 0, attempts: 1, error: `${key}: feed item has neither a link nor text` };
  const language = pageLanguage(null, item.text);
  const stored = await upsertDocumentVersion(store, {
    canonicalUrl: key,
    title: item.title,
    outlet: new URL(feedUrl).hostname.replace(/^www\./u, ''),
    language,
    published: item.published,
    text: item.text,
    contentHash: createHash('sha256').update(item.text).digest('hex'),
  });
  let claimsAdded = 0;
  const extractorVersion = options.extractorVersion ?? 'unversioned';
  if (options.extract && (stored.status !== 'unchanged' || stored.extractorVersion !== extractorVersion)) {
    const claims = await options.extract(item.text, { published: item.published ?? new Date().toISOString().slice(0, 10), language: null });
    claimsAdded = (await replaceMachineClaims(store, stored.versionId, claims, extractorVersion)).added;
  }
  return { url: key, status: stored.status, documentId: stored.documentId, version: stored.version, canonicalUrl: key, claimsAdded, attempts: 1 };
}
