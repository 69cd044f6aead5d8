// Documents and their versions: one document per canonical URL or file path; one version per distinct text.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { AbsentiaError } from '../util/errors';
import type { Store } from './db';
import type { Database, DocumentRow, DocumentVersionRow } from './schema';

export interface DocumentInput {
  /** Canonical URL of a web document: its identity when given. */
  canonicalUrl?: string | null;
  /** Absolute path of a local file: its identity when no URL is given. */
  path?: string | null;
  title?: string | null;
  outlet?: string | null;
  language?: string | null;
  /** YYYY-MM-DD. */
  published?: string | null;
  text: string;
  /** sha256 hex of text; computed when absent. */
  contentHash?: string;
  encoding?: string | null;
  byteLength?: number | null;
  fetchedAt?: string;
  httpEtag?: string | null;
  httpLastModified?: string | null;
  modified?: string | null;
  /**
   * When no document has this URL or path, a text already stored (same content hash) counts as this
   * document: the same article saved twice under two names adds nothing.
   */
  matchContent?: boolean;
}

export type UpsertStatus = 'new' | 'updated' | 'unchanged';

export interface UpsertResult {
  status: UpsertStatus;
  documentId: number;
  versionId: number;
  version: number;
  /** The extractor version that made this version's machine claims; null when never extracted. */
  extractorVersion: string | null;
}

export const contentHashOf = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Stores a document's text: a new document, a new version of a known one (the old version and its
 * claims kept, the claims marked superseded), or nothing when this text is already its current version.
 */
export async function upsertDocumentVersion(store: Store, input: DocumentInput): Promise<UpsertResult> {
  return store.write((trx) => upsertDocumentVersionTx(trx, store.caps.rowLocks, input));
}

/** The same inside a write transaction the caller holds. */
export async function upsertDocumentVersionTx(trx: Kysely<Database>, rowLocks: boolean, input: DocumentInput): Promise<UpsertResult> {
  const hash = input.contentHash ?? contentHashOf(input.text);
  const now = new Date().toISOString();
  let doc = await findDocument(trx, input, rowLocks);
  if (!doc && input.matchContent) {
    const same = await versionByHash(trx, hash);
    if (same) return same;
  }
  if (!doc) {
    const inserted = await insertDocumentRow(trx, input, now);
    if (inserted === null) {
      // A concurrent writer created it between our look-up and insert.
      doc = await findDocument(trx, input, rowLocks);
      if (!doc) throw new AbsentiaError('conflict', 'document vanished while being stored', keyOf(input));
    } else {
      const v = await insertVersion(trx, inserted, 1, hash, input, now);
      await trx.updateTable('documents').set({ current_version_id: v }).where('id', '=', inserted).execute();
      return { status: 'new', documentId: inserted, versionId: v, version: 1, extractorVersion: null };
    }
  }

  const existing = await trx
    .selectFrom('document_versions')
    .select(['id', 'version', 'extractor_version'])
    .where('document_id', '=', doc.id)
    .where('content_hash', '=', hash)
    .executeTakeFirst();
  if (existing && existing.id === doc.current_version_id) {
    if (input.httpEtag !== undefined || input.httpLastModified !== undefined) {
      await trx
        .updateTable('document_versions')
        .set({ http_etag: input.httpEtag ?? null, http_last_modified: input.httpLastModified ?? null })
        .where('id', '=', existing.id)
        .execute();
    }
    return { status: 'unchanged', documentId: doc.id, versionId: existing.id, version: existing.version, extractorVersion: existing.extractor_version };
  }

  let versionId: number;
  let version: number;
  let extractorVersion: string | null = null;
  if (existing) {
    // The text went back to an earlier version: that version becomes current again.
    ({ id: versionId, version, extractor_version: extractorVersion } = existing);
  } else {
    const max = await trx
      .selectFrom('document_versions')
      .select((eb) => eb.fn.max('version').as('v'))
      .where('document_id', '=', doc.id)
      .executeTakeFirst();
    version = Number(max?.v ?? 0) + 1;
    versionId = await insertVersion(trx, doc.id, version, hash, input, now);
  }
  await trx
    .updateTable('documents')
    .set({
      current_version_id: versionId,
      title: input.title ?? doc.title,
      outlet: input.outlet ?? doc.outlet,
      language: input.language ?? doc.language,
      published: input.published ?? doc.published,
      updated_at: now,
    })
    .where('id', '=', doc.id)
    .execute();
  await markSuperseded(trx, doc.id, versionId, now);
  return { status: 'updated', documentId: doc.id, versionId, version, extractorVersion };
}

/** What upsertDocumentVersion would answer, without writing: lets callers skip extraction of known texts. */
export async function peekDocumentVersion(store: Store, input: DocumentInput): Promise<UpsertResult | null> {
  const hash = input.contentHash ?? contentHashOf(input.text);
  const doc = await findDocument(store.db, input, false);
  if (!doc) return input.matchContent ? versionByHash(store.db, hash) : null;
  const v = await store.db
    .selectFrom('document_versions')
    .select(['id', 'version', 'extractor_version'])
    .where('document_id', '=', doc.id)
    .where('content_hash', '=', hash)
    .executeTakeFirst();
  if (!v || v.id !== doc.current_version_id) return null;
  return { status: 'unchanged', documentId: doc.id, versionId: v.id, version: v.version, extractorVersion: v.extractor_version };
}

async function findDocument(db: Kysely<Database>, input: DocumentInput, rowLocks: boolean): Promise<DocumentRow | undefined> {
  let q = db.selectFrom('documents').selectAll();
  if (input.canonicalUrl) q = q.where('canonical_url', '=', input.canonicalUrl);
  else if (input.path) q = q.where('path', '=', input.path);
  else return undefined;
  if (rowLocks) q = q.forUpdate();
  return q.executeTakeFirst();
}

async function versionByHash(db: Kysely<Database>, hash: string): Promise<UpsertResult | null> {
  const v = await db
    .selectFrom('document_versions as v')
    .innerJoin('documents as d', 'd.current_version_id', 'v.id')
    .select(['v.id', 'v.version', 'v.document_id', 'v.extractor_version'])
    .where('v.content_hash', '=', hash)
    .orderBy('v.id')
    .executeTakeFirst();
  return v ? { status: 'unchanged', documentId: v.document_id, versionId: v.id, version: v.version, extractorVersion: v.extractor_version } : null;
}

async function insertDocumentRow(trx: Kysely<Database>, input: DocumentInput, now: string): Promise<number | null> {
  const key = input.canonicalUrl ? 'canonical_url' : input.path ? 'path' : null;
  let q = trx.insertInto('documents').values({
    canonical_url: input.canonicalUrl ?? null,
    path: input.path ?? null,
    title: input.title ?? null,
    outlet: input.outlet ?? null,
    language: input.language ?? null,
    published: input.published ?? null,
    echo_of: null,
    current_version_id: null,
    created_at: now,
    updated_at: now,
  });
  if (key) q = q.onConflict((oc) => oc.column(key).doNothing());
  const row = await q.returning('id').executeTakeFirst();
  return row ? row.id : null;
}

async function insertVersion(trx: Kysely<Database>, documentId: number, version: number, hash: string, input: DocumentInput, now: string): Promise<number> {
  const row = await trx
    .insertInto('document_versions')
    .values({
      document_id: documentId,
      version,
      content_hash: hash,
      text: input.text,
      title: input.title ?? null,
      encoding: input.encoding ?? null,
      byte_length: input.byteLength ?? null,
      fetched_at: input.fetchedAt ?? now,
      http_etag: input.httpEtag ?? null,
      http_last_modified: input.httpLastModified ?? null,
      modified: input.modified ?? null,
      extractor_version: null,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Claims of every version but the current one are superseded; the current version's are not. */
async function markSuperseded(trx: Kysely<Database>, documentId: number, currentVersionId: number, now: string): Promise<void> {
  await trx
    .updateTable('claims')
    .set({ superseded: 1, updated_at: now })
    .where('document_id', '=', documentId)
    .where('version_id', '!=', currentVersionId)
    .where('superseded', '=', 0)
    .execute();
  await trx
    .updateTable('claims')
    .set({ superseded: 0, updated_at: now })
    .where('version_id', '=', currentVersionId)
    .where('superseded', '=', 1)
    .where('superseded_by', 'is', null)
    .execute();
}

const keyOf = (input: DocumentInput) => input.canonicalUrl ?? input.path ?? '(text)';

export interface DocumentListFilter {
  q?: string;
  language?: string;
  outlet?: string;
  limit?: number;
  /** Return documents with id below this (pagination, newest first). */
  beforeId?: number;
}

export interface DocumentSummary extends DocumentRow {
  versions: number;
  claims: number;
}

/** Documents newest first with their number of versions and current claims. */
export async function listDocuments(store: Store, filter: DocumentListFilter = {}): Promise<DocumentSummary[]> {
  let q = store.db
    .selectFrom('documents as d')
    .selectAll('d')
    .select((eb) => [
      eb.selectFrom('document_versions as v').whereRef('v.document_id', '=', 'd.id').select(eb.fn.countAll<number>().as('n')).as('versions'),
      eb
        .selectFrom('claims as c')
        .whereRef('c.document_id', '=', 'd.id')
        .where('c.superseded', '=', 0)
        .select(eb.fn.countAll<number>().as('n'))
        .as('claims'),
    ]);
  if (filter.language) q = q.where('d.language', '=', filter.language);
  if (filter.outlet) q = q.where('d.outlet', '=', filter.outlet);
  if (filter.beforeId) q = q.where('d.id', '<', filter.beforeId);
  const rows = await q.orderBy('d.id', 'desc').limit(Math.min(Math.max(filter.limit ?? 100, 1), 10_000)).execute();
  return rows.map((r) => ({ ...r, versions: Number(r.versions ?? 0), claims: Number(r.claims ?? 0) }));
}

export async function getDocument(store: Store, id: number): Promise<DocumentRow | undefined> {
  return store.db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A document by id, canonical URL or path. */
export async function findDocumentByKey(store: Store, key: string): Promise<DocumentRow | undefined> {
  if (/^\d+$/.test(key)) return getDocument(store, Number(key));
  return store.db
    .selectFrom('documents')
    .selectAll()
    .where((eb) => eb.or([eb('canonical_url', '=', key), eb('path', '=', key)]))
    .executeTakeFirst();
}

export async function getVersion(store: Store, versionId: number): Promise<DocumentVersionRow | undefined> {
  return store.db.selectFrom('document_versions').selectAll().where('id', '=', versionId).executeTakeFirst();
}

/** Every version of a document, oldest first. */
export async function listVersions(store: Store, documentId: number): Promise<DocumentVersionRow[]> {
  return store.db.selectFrom('document_versions').selectAll().where('document_id', '=', documentId).orderBy('version').execute();
}

/** Links a re-publication to its original (the web ingest's echo detection). */
export async function setEchoOf(store: Store, documentId: number, originalId: number | null): Promise<void> {
  if (originalId === documentId) throw new AbsentiaError('invalid_input', 'a document cannot echo itself', String(documentId));
  await store.db.updateTable('documents').set({ echo_of: originalId, updated_at: new Date().toISOString() }).where('id', '=', documentId).execute();
}
