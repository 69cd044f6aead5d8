// The Kysely `Database` interface: one description of every table, shared by SQLite and PostgreSQL.
// Conventions that keep both databases returning the same values:
// - ids are 32-bit integers (SQLite rowid / Postgres identity), returned as JS numbers by both drivers;
// - dates are ISO text `YYYY-MM-DD`, timestamps ISO text in UTC (`2026-11-25T12:04:11.000Z`), so that
//   comparisons and sorting are plain text comparisons on both;
// - booleans are integers 0/1; JSON is stored as text; raw bytes as blob / bytea (a Buffer in JS).
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** Set once on insert, never updated. */
type CreatedAt = ColumnType<string, string, never>;

export type ClaimOrigin = 'machine' | 'human' | 'dataset' | 'table';
export const CLAIM_ORIGINS: readonly ClaimOrigin[] = ['machine', 'human', 'dataset', 'table'];
export type ReviewStatus = 'unreviewed' | 'accepted' | 'rejected' | 'corrected';
export const REVIEW_STATUSES: readonly ReviewStatus[] = ['unreviewed', 'accepted', 'rejected', 'corrected'];

export interface DocumentsTable {
  id: Generated<number>;
  /** The canonical URL of a web document (unique); null for local files. */
  canonical_url: string | null;
  /** The absolute path of a local file (unique); null for web documents. */
  path: string | null;
  title: string | null;
  /** The outlet or publisher's name ("Kyiv Independent"). */
  outlet: string | null;
  language: string | null;
  /** Publication date, YYYY-MM-DD. */
  published: string | null;
  /** The document this one re-publishes (an echo of the original); set by the web ingest. */
  echo_of: number | null;
  /** The version whose text and claims are current; null only inside the transaction that creates it. */
  current_version_id: number | null;
  created_at: CreatedAt;
  updated_at: string;
}

export interface DocumentVersionsTable {
  id: Generated<number>;
  document_id: number;
  /** 1, 2, 3 ... per document, in the order the texts were first seen. */
  version: number;
  /** sha256 hex of the text. Unique per document. */
  content_hash: string;
  text: string;
  title: string | null;
  /** Text encoding of the source bytes and how it was found ("utf-8", "windows-1251 (declared)"). */
  encoding: string | null;
  byte_length: number | null;
  fetched_at: string;
  http_etag: string | null;
  http_last_modified: string | null;
  /** The date the publisher says the page was modified, YYYY-MM-DD. */
  modified: string | null;
  /** The EXTRACTOR_VERSION that made this version's machine claims; null until extracted. */
  extractor_version: string | null;
  created_at: CreatedAt;
}

export interface ArchivesTable {
  id: Generated<number>;
  version_id: number;
  /** The raw bytes as fetched, gzip-compressed. */
  data: Buffer;
  content_type: string | null;
  /** Length of the raw bytes before compression. */
  byte_length: number;
  /** sha256 hex of the raw (uncompressed) bytes. */
  sha256: string;
  created_at: CreatedAt;
}

export interface ClaimsTable {
  id: Generated<number>;
  /** The document and version a claim was read from; null for dataset or table rows without a text. */
  document_id: number | null;
  version_id: number | null;
  origin: ClaimOrigin;
  status: ColumnType<ReviewStatus, ReviewStatus | undefined, ReviewStatus>;
  /** 1 when a newer version of the document (or a correction) replaces this claim. */
  superseded: ColumnType<number, number | undefined, number>;
  superseded_by: number | null;
  /** A stable key from an importer (dataset row id, table cell) that makes re-imports idempotent. Unique. */
  external_id: string | null;
  // The FORMAT.md record, flattened.
  force: string;
  event: string;
  counted: string;
  statistic: string;
  /** Exact values have value_low = value_high and is_range = 0. */
  value_low: number;
  value_high: number;
  is_range: number;
  qualifier: string;
  period_start: string | null;
  period_end: string | null;
  per: string | null;
  kind: string;
  scope: string | null;
  source: string | null;
  /** Lower-cased, NFKC source for case-insensitive filtering identically on both databases. */
  source_key: string | null;
  quote: string;
  // What the extractor adds.
  span_start: number | null;
  span_end: number | null;
  sentence_start: number | null;
  sentence_end: number | null;
  /** JSON array of rule names. */
  rules: string | null;
  period_basis: string | null;
  confidence: number | null;
  language: string | null;
  extractor_version: string | null;
  // Provenance, denormalised from the document for fast listing.
  published: string | null;
  source_url: string | null;
  publisher: string | null;
  created_at: CreatedAt;
  updated_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  /** Who: a user name, "machine", "cli", "import". */
  actor: string;
  /** What: "claim.accept", "claim.correct", "claim.reextract", ... */
  action: string;
  /** The table or kind of thing changed ("claim", "document"). */
  entity: string;
  entity_id: string;
  /** JSON of the row before and after; null when created or deleted. */
  before: string | null;
  after: string | null;
  reason: string | null;
  at: CreatedAt;
}

/** Small key-value facts about the store (e.g. "dataset_loaded"). */
export interface StoreMetaTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface StoreMigrationsTable {
  name: string;
  applied_at: string;
}

export interface Database {
  documents: DocumentsTable;
  document_versions: DocumentVersionsTable;
  archives: ArchivesTable;
  claims: ClaimsTable;
  audit_log: AuditLogTable;
  store_meta: StoreMetaTable;
  store_migrations: StoreMigrationsTable;
  // Other engineers add their tables here, one line each.
}

export type DocumentRow = Selectable<DocumentsTable>;
export type NewDocument = Insertable<DocumentsTable>;
export type DocumentVersionRow = Selectable<DocumentVersionsTable>;
export type ArchiveRow = Selectable<ArchivesTable>;
export type ClaimRow = Selectable<ClaimsTable>;
export type NewClaim = Insertable<ClaimsTable>;
export type ClaimUpdate = Updateable<ClaimsTable>;
export type AuditRow = Selectable<AuditLogTable>;
