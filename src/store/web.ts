// Web ingest state (migration 2026_11_25_004_web_ingest): feeds and their items, the fetch log, echo bands.
import type { Generated, Kysely, Selectable } from 'kysely';
import type { Store } from './db';
import type { Database } from './schema';

export interface WebFeedsTable {
  id: Generated<number>;
  url: string;
  title: string | null;
  etag: string | null;
  last_modified: string | null;
  last_polled_at: string | null;
  /** 'ok', 'not_modified' or 'failed'. */
  last_status: string | null;
  last_error: string | null;
  /** Consecutive failed polls (0 after a success). */
  failures: Generated<number>;
  created_at: string;
}

export interface WebFeedItemsTable {
  id: Generated<number>;
  feed_id: number;
  item_key: string;
  url: string | null;
  title: string | null;
  published: string | null;
  updated: string | null;
  item_hash: string;
  document_id: number | null;
  first_seen_at: string;
  last_seen_at: string;
}

export interface WebFetchLogTable {
  id: Generated<number>;
  url: string;
  final_url: string | null;
  /** new | updated | unchanged | not_modified | failed | skipped */
  outcome: string;
  http_status: number | null;
  bytes: number | null;
  attempts: number;
  error: string | null;
  document_id: number | null;
  at: string;
}

export interface WebEchoBandsTable {
  band: string;
  document_id: number;
}

export interface WebDatabase extends Database {
  web_feeds: WebFeedsTable;
  web_feed_items: WebFeedItemsTable;
  web_fetch_log: WebFetchLogTable;
  web_echo_bands: WebEchoBandsTable;
}

export type WebFeedRow = Selectable<WebFeedsTable>;
export type WebFeedItemRow = Selectable<WebFeedItemsTable>;

const web = (db: Kysely<Database>) => db as unknown as Kysely<WebDatabase>;

/** The feed row for a URL, created on first sight. */
export async function feedByUrl(store: Store, url: string): Promise<WebFeedRow> {
  const db = web(store.db);
  await db
    .insertInto('web_feeds')
    .values({ url, title: null, etag: null, last_modified: null, last_polled_at: null, last_status: null, last_error: null, created_at: new Date().toISOString() })
    .onConflict((oc) => oc.column('url').doNothing())
    .execute();
  return db.selectFrom('web_feeds').selectAll().where('url', '=', url).executeTakeFirstOrThrow();
}

export async function listFeeds(store: Store): Promise<WebFeedRow[]> {
  return web(store.db).selectFrom('web_feeds').selectAll().orderBy('id').execute();
}

export async function recordFeedPoll(
  store: Store,
  feedId: number,
  poll: { status: 'ok' | 'not_modified' | 'failed'; title?: string | null; etag?: string | null; lastModified?: string | null; error?: string | null },
): Promise<void> {
  const now = new Date().toISOString();
  const db = web(store.db);
  let q = db.updateTable('web_feeds').set({ last_polled_at: now, last_status: poll.status, last_error: poll.error ?? null }).where('id', '=', feedId);
  if (poll.status === 'failed') q = q.set((eb) => ({ failures: eb('failures', '+', 1) }));
  else q = q.set({ failures: 0 });
  if (poll.status === 'ok') {
    q = q.set({ etag: poll.etag ?? null, last_modified: poll.lastModified ?? null });
    if (poll.title) q = q.set({ title: poll.title });
  }
  await q.execute();
}

export async function feedItemsByKey(store: Store, feedId: number, keys: string[]): Promise<Map<string, WebFeedItemRow>> {
  const out = new Map<string, WebFeedItemRow>();
  const db = web(store.db);
  for (let i = 0; i < keys.length; i += 500) {
    const rows = await db.selectFrom('web_feed_items').selectAll().where('feed_id', '=', feedId).where('item_key', 'in', keys.slice(i, i + 500)).execute();
    for (const r of rows) out.set(r.item_key, r);
  }
  return out;
}

export async function saveFeedItem(
  store: Store,
  feedId: number,
  item: { key: string; url: string | null; title: string | null; published: string | null; updated: string | null; hash: string; documentId: number | null },
): Promise<void> {
  const now = new Date().toISOString();
  await web(store.db)
    .insertInto('web_feed_items')
    .values({
      feed_id: feedId,
      item_key: item.key,
      url: item.url,
      title: item.title,
      published: item.published,
      updated: item.updated,
      item_hash: item.hash,
      document_id: item.documentId,
      first_seen_at: now,
      last_seen_at: now,
    })
    .onConflict((oc) =>
      oc.columns(['feed_id', 'item_key']).doUpdateSet({
        url: item.url,
        title: item.title,
        published: item.published,
        updated: item.updated,
        item_hash: item.hash,
        document_id: item.documentId,
        last_seen_at: now,
      }),
    )
    .execute();
}

export async function logFetch(
  store: Store,
  entry: { url: string; finalUrl?: string | null; outcome: string; httpStatus?: number | null; bytes?: number | null; attempts: number; error?: string | null; documentId?: number | null },
): Promise<void> {
  await web(store.db)
    .insertInto('web_fetch_log')
    .values({
      url: entry.url,
      final_url: entry.finalUrl ?? null,
      outcome: entry.outcome,
      http_status: entry.httpStatus ?? null,
      bytes: entry.bytes ?? null,
      attempts: entry.attempts,
      error: entry.error ?? null,
      document_id: entry.documentId ?? null,
      at: new Date().toISOString(),
    })
    .execute();
}

export async function fetchLog(store: Store, url?: string) {
  let q = web(store.db).selectFrom('web_fetch_log').selectAll();
  if (url) q = q.where('url', '=', url);
  return q.orderBy('id').execute();
}

/** Documents sharing at least one MinHash band with the given bands (candidates for an echo). */
export async function echoCandidates(store: Store, bands: string[], exceptDocumentId: number): Promise<number[]> {
  if (bands.length === 0) return [];
  const rows = await web(store.db)
    .selectFrom('web_echo_bands')
    .select('document_id')
    .distinct()
    .where('band', 'in', bands)
    .where('document_id', '!=', exceptDocumentId)
    .execute();
  return rows.map((r) => r.document_id);
}

/** Replaces a document's bands (its current text's). */
export async function saveEchoBands(store: Store, documentId: number, bands: string[]): Promise<void> {
  await store.write(async (trx) => {
    const db = web(trx);
    await db.deleteFrom('web_echo_bands').where('document_id', '=', documentId).execute();
    const unique = [...new Set(bands)];
    for (let i = 0; i < unique.length; i += 200) {
      await db
        .insertInto('web_echo_bands')
        .values(unique.slice(i, i + 200).map((band) => ({ band, document_id: documentId })))
        .execute();
    }
  });
}
