// What the database under a Kysely instance can do. Code that must differ between SQLite and Postgres
// branches on one of these capabilities, never on the dialect's name.
import { type Kysely, PostgresAdapter, SqliteAdapter } from 'kysely';

export interface Capabilities {
  /** How a table declares its auto-numbered integer id. */
  autoId: 'autoincrement' | 'identity';
  /** Column type for raw bytes. */
  bytesType: 'blob' | 'bytea';
  /** Full-text search over claim quotes: an FTS5 table, or a tsvector expression index. */
  fullText: 'fts5' | 'tsvector';
  /** Statement that opens a transaction holding the write lock from its start. */
  beginWrite: 'begin immediate' | 'begin';
  /** Transaction-scoped advisory locks (serialise migrations across processes). */
  advisoryLocks: boolean;
  /** CREATE INDEX accepts NULLS FIRST / NULLS LAST. */
  indexNullsOrder: boolean;
  /** Identity sequences must be moved past explicitly inserted ids. */
  sequences: boolean;
  /** Several processes may write at once (a server), as opposed to one file lock. */
  concurrentWriters: boolean;
  /** SELECT ... FOR UPDATE locks rows (needed where writers run concurrently). */
  rowLocks: boolean;
  /** Where tables, columns and foreign keys are described. */
  catalog: 'sqlite_schema' | 'information_schema';
  /** A unary + on a column keeps the planner from using an index for that term (SQLite). */
  plusHidesIndex: boolean;
  /**
   * JOIN LATERAL: Postgres needs it (with OFFSET 0, so that it is not flattened) to seek an index once per row
   * of a recursive query; joined plainly it hashed a sequential scan instead. SQLite has no LATERAL and seeks
   * per row anyway.
   */
  lateralJoins: boolean;
}

const SQLITE: Capabilities = {
  autoId: 'autoincrement',
  bytesType: 'blob',
  fullText: 'fts5',
  beginWrite: 'begin immediate',
  advisoryLocks: false,
  indexNullsOrder: false,
  sequences: false,
  concurrentWriters: false,
  rowLocks: false,
  catalog: 'sqlite_schema',
  plusHidesIndex: true,
  lateralJoins: false,
};

const POSTGRES: Capabilities = {
  autoId: 'identity',
  bytesType: 'bytea',
  fullText: 'tsvector',
  beginWrite: 'begin',
  advisoryLocks: true,
  indexNullsOrder: true,
  sequences: true,
  concurrentWriters: true,
  rowLocks: true,
  catalog: 'information_schema',
  plusHidesIndex: false,
  lateralJoins: true,
};

export function capabilitiesOf(db: Kysely<any>): Capabilities {
  const adapter = db.getExecutor().adapter;
  if (adapter instanceof SqliteAdapter) return SQLITE;
  if (adapter instanceof PostgresAdapter) return POSTGRES;
  throw new Error(`unsupported database adapter ${adapter.constructor.name}`);
}
