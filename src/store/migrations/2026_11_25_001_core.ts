// Core tables: documents and their versions, archived raw bytes, claims, the audit log, store facts.
// Never import application types here: a migration describes the schema as it was on its date.
import { type Kysely, sql } from 'kysely';
import type { Capabilities } from '../capabilities';

export async function up(db: Kysely<any>, caps: Capabilities): Promise<void> {
  const id = (t: any) =>
    t.addColumn('id', 'integer', (c: any) =>
      caps.autoId === 'identity' ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement(),
    );

  await id(db.schema.createTable('documents'))
    .addColumn('canonical_url', 'text', (c: any) => c.unique())
    .addColumn('path', 'text', (c: any) => c.unique())
    .addColumn('title', 'text')
    .addColumn('outlet', 'text')
    .addColumn('language', 'text')
    .addColumn('published', 'text')
    .addColumn('echo_of', 'integer', (c: any) => c.references('documents.id').onDelete('set null'))
    .addColumn('current_version_id', 'integer')
    .addColumn('created_at', 'text', (c: any) => c.notNull())
    .addColumn('updated_at', 'text', (c: any) => c.notNull())
    .execute();
  await db.schema.createIndex('documents_published').on('documents').columns(['published', 'id']).execute();
  await db.schema.createIndex('documents_echo_of').on('documents').column('echo_of').execute();

  await id(db.schema.createTable('document_versions'))
    .addColumn('document_id', 'integer', (c: any) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c: any) => c.notNull())
    .addColumn('content_hash', 'text', (c: any) => c.notNull())
    .addColumn('text', 'text', (c: any) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('encoding', 'text')
    .addColumn('byte_length', 'integer')
    .addColumn('fetched_at', 'text', (c: any) => c.notNull())
    .addColumn('http_etag', 'text')
    .addColumn('http_last_modified', 'text')
    .addColumn('modified', 'text')
    .addColumn('extractor_version', 'text')
    .addColumn('created_at', 'text', (c: any) => c.notNull())
    .addUniqueConstraint('document_versions_hash', ['document_id', 'content_hash'])
    .addUniqueConstraint('document_versions_number', ['document_id', 'version'])
    .execute();
  await db.schema.createIndex('document_versions_content_hash').on('document_versions').column('content_hash').execute();

  await id(db.schema.createTable('archives'))
    .addColumn('version_id', 'integer', (c: any) => c.notNull().unique().references('document_versions.id').onDelete('cascade'))
    .addColumn('data', caps.bytesType, (c: any) => c.notNull())
    .addColumn('content_type', 'text')
    .addColumn('byte_length', 'integer', (c: any) => c.notNull())
    .addColumn('sha256', 'text', (c: any) => c.notNull())
    .addColumn('created_at', 'text', (c: any) => c.notNull())
    .execute();

  await id(db.schema.createTable('claims'))
    .addColumn('document_id', 'integer', (c: any) => c.references('documents.id').onDelete('cascade'))
    .addColumn('version_id', 'integer', (c: any) => c.references('document_versions.id').onDelete('cascade'))
    .addColumn('origin', 'text', (c: any) => c.notNull().check(sql`origin in ('machine', 'human', 'dataset', 'table')`))
    .addColumn('status', 'text', (c: any) =>
      c.notNull().defaultTo('unreviewed').check(sql`status in ('unreviewed', 'accepted', 'rejected', 'corrected')`),
    )
    .addColumn('superseded', 'integer', (c: any) => c.notNull().defaultTo(0))
    .addColumn('superseded_by', 'integer', (c: any) => c.references('claims.id').onDelete('set null'))
    .addColumn('external_id', 'text', (c: any) => c.unique())
    .addColumn('force', 'text', (c: any) => c.notNull())
    .addColumn('event', 'text', (c: any) => c.notNull())
    .addColumn('counted', 'text', (c: any) => c.notNull())
    .addColumn('statistic', 'text', (c: any) => c.notNull())
    .addColumn('value_low', 'double precision', (c: any) => c.notNull())
    .addColumn('value_high', 'double precision', (c: any) => c.notNull())
    .addColumn('is_range', 'integer', (c: any) => c.notNull())
    .addColumn('qualifier', 'text', (c: any) => c.notNull())
    .addColumn('period_start', 'text')
    .addColumn('period_end', 'text')
    .addColumn('per', 'text')
    .addColumn('kind', 'text', (c: any) => c.notNull())
    .addColumn('scope', 'text')
    .addColumn('source', 'text')
    .addColumn('source_key', 'text')
    .addColumn('quote', 'text', (c: any) => c.notNull())
    .addColumn('span_start', 'integer')
    .addColumn('span_end', 'integer')
    .addColumn('sentence_start', 'integer')
    .addColumn('sentence_end', 'integer')
    .addColumn('rules', 'text')
    .addColumn('period_basis', 'text')
    .addColumn('confidence', 'double precision')
    .addColumn('language', 'text')
    .addColumn('extractor_version', 'text')
    .addColumn('published', 'text')
    .addColumn('source_url', 'text')
    .addColumn('publisher', 'text')
    .addColumn('created_at', 'text', (c: any) => c.notNull())
    .addColumn('updated_at', 'text', (c: any) => c.notNull())
    .execute();
  // The default listing: newest first, unknown dates last, on both databases.
  if (caps.indexNullsOrder) {
    await sql`create index claims_published on claims (published desc nulls last, id desc)`.execute(db);
  } else {
    await sql`create index claims_published on claims (published desc, id desc)`.execute(db);
  }
  await db.schema.createIndex('claims_force_event').on('claims').columns(['force', 'event', 'published']).execute();
  await db.schema.createIndex('claims_document').on('claims').columns(['document_id', 'version_id']).execute();
  await db.schema.createIndex('claims_version_origin').on('claims').columns(['version_id', 'origin']).execute();
  await db.schema.createIndex('claims_period').on('claims').columns(['period_start', 'period_end']).execute();
  await db.schema.createIndex('claims_status').on('claims').columns(['status', 'origin']).execute();
  await db.schema.createIndex('claims_source_key').on('claims').column('source_key').execute();

  if (caps.fullText === 'fts5') {
    // An external-content FTS5 index over quotes, kept in step by triggers.
    await sql`create virtual table claims_fts using fts5(quote, content='claims', content_rowid='id', tokenize='unicode61 remove_diacritics 0')`.execute(db);
    await sql`create trigger claims_fts_insert after insert on claims begin
      insert into claims_fts(rowid, quote) values (new.id, new.quote); end`.execute(db);
    await sql`create trigger claims_fts_delete after delete on claims begin
      insert into claims_fts(claims_fts, rowid, quote) values ('delete', old.id, old.quote); end`.execute(db);
    await sql`create trigger claims_fts_update after update of quote on claims begin
      insert into claims_fts(claims_fts, rowid, quote) values ('delete', old.id, old.quote);
      insert into claims_fts(rowid, quote) values (new.id, new.quote); end`.execute(db);
  } else {
    await sql`create index claims_quote_fts on claims using gin (to_tsvector('simple', quote))`.execute(db);
  }

  await id(db.schema.createTable('audit_log'))
    .addColumn('actor', 'text', (c: any) => c.notNull())
    .addColumn('action', 'text', (c: any) => c.notNull())
    .addColumn('entity', 'text', (c: any) => c.notNull())
    .addColumn('entity_id', 'text', (c: any) => c.notNull())
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .addColumn('reason', 'text')
    .addColumn('at', 'text', (c: any) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_entity').on('audit_log').columns(['entity', 'entity_id', 'id']).execute();

  await db.schema
    .createTable('store_meta')
    .addColumn('key', 'text', (c: any) => c.primaryKey())
    .addColumn('value', 'text', (c: any) => c.notNull())
    .addColumn('updated_at', 'text', (c: any) => c.notNull())
    .execute();
}
