// Web ingest state: feeds with their conditional-GET validators, the items seen in each feed, a log of
// every fetch, and the MinHash bands that find re-published articles (echoes).
// Never import application types here: a migration describes the schema as it was on its date.
import type { Kysely } from 'kysely';
import type { Capabilities } from '../capabilities';

export async function up(db: Kysely<any>, caps: Capabilities): Promise<void> {
  const id = (t: any) =>
    t.addColumn('id', 'integer', (c: any) =>
      caps.autoId === 'identity' ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement(),
    );

  await id(db.schema.createTable('web_feeds'))
    .addColumn('url', 'text', (c: any) => c.notNull().unique())
    .addColumn('title', 'text')
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('last_polled_at', 'text')
    .addColumn('last_status', 'text')
    .addColumn('last_error', 'text')
    .addColumn('failures', 'integer', (c: any) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c: any) => c.notNull())
    .execute();

  await id(db.schema.createTable('web_feed_items'))
    .addColumn('feed_id', 'integer', (c: any) => c.notNull().references('web_feeds.id').onDelete('cascade'))
    .addColumn('item_key', 'text', (c: any) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('title', 'text')
    .addColumn('published', 'text')
    .addColumn('updated', 'text')
    .addColumn('item_hash', 'text', (c: any) => c.notNull())
    .addColumn('document_id', 'integer', (c: any) => c.references('documents.id').onDelete('set null'))
    .addColumn('first_seen_at', 'text', (c: any) => c.notNull())
    .addColumn('last_seen_at', 'text', (c: any) => c.notNull())
    .addUniqueConstraint('web_feed_items_key', ['feed_id', 'item_key'])
    .execute();

  await id(db.schema.createTable('web_fetch_log'))
    .addColumn('url', 'text', (c: any) => c.notNull())
    .addColumn('final_url', 'text')
    .addColumn('outcome', 'text', (c: any) => c.notNull())
    .addColumn('http_status', 'integer')
    .addColumn('bytes', 'integer')
    .addColumn('attempts', 'integer', (c: any) => c.notNull())
    .addColumn('error', 'text')
    .addColumn('document_id', 'integer', (c: any) => c.references('documents.id').onDelete('set null'))
    .addColumn('at', 'text', (c: any) => c.notNull())
    .execute();
  await db.schema.createIndex('web_fetch_log_url').on('web_fetch_log').columns(['url', 'id']).execute();

  await db.schema
    .createTable('web_echo_bands')
    .addColumn('band', 'text', (c: any) => c.notNull())
    .addColumn('document_id', 'integer', (c: any) => c.notNull().references('documents.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('web_echo_bands_pk', ['band', 'document_id'])
    .execute();
}
