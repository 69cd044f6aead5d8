// Opening the store: SQLite (the default, a file) or PostgreSQL (a postgres:// URL), migrated on open.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { AbsentiaError } from '../util/errors';
import { type Capabilities, capabilitiesOf } from './capabilities';
import { migrate } from './migrate';
import type { Database } from './schema';

export const DEFAULT_SQLITE_PATH = './absentia.db';

export interface Store {
  /** The query builder. Inside `write`, use the transaction it passes instead. */
  db: Kysely<Database>;
  caps: Capabilities;
  /** The database in words for people: a file path, or a postgres URL without its password. */
  location: string;
  /** The SQLite database file (absolute), when the store is one; its -wal/-shm files sit beside it. */
  file?: string;
  /**
   * Runs fn in one transaction that holds the write lock from its start (SQLite: BEGIN IMMEDIATE, so
   * concurrent writers wait on busy_timeout instead of failing). A nested call joins the outer transaction.
   */
  write<T>(fn: (trx: Kysely<Database>) => Promise<T>): Promise<T>;
  /**
   * Runs a compiled read query and returns its rows as arrays of column values (in the query's column
   * order), without building an object per row: for listings that serialise many rows straight away.
   * Not inside `write` (SQLite: it waits for the connection that `write` holds).
   */
  tuples(query: { sql: string; parameters: readonly unknown[] }): Promise<unknown[][]>;
  /**
   * SQLite: a token that changes whenever the database's content may have changed, by this process or any
   * other (this connection's total_changes() and SQLite's data_version, behind a nonce of this opening).
   * Read before a query, it dates what the query sees no later than it is. Absent on Postgres.
   */
  dataVersion?(): Promise<string>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Apply pending migrations on open (default true). */
  migrate?: boolean;
  /** Postgres pool size (default 10). */
  poolSize?: number;
}

export type StoreTarget = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

/** Where the store lives: the argument, else ABSENTIA_DB, else ./absentia.db. */
export function resolveStoreTarget(url?: string | null): StoreTarget {
  const spec = (url ?? process.env.ABSENTIA_DB ?? '').trim() || DEFAULT_SQLITE_PATH;
  if (/^postgres(ql)?:\/\//i.test(spec)) return { kind: 'postgres', url: spec };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec)) throw new AbsentiaError('usage', 'unsupported database URL (use a file path, sqlite:PATH or postgres://...)', spec);
  const path = spec.replace(/^sqlite:(\/\/)?/i, '');
  if (!path) throw new AbsentiaError('usage', 'empty SQLite path', spec);
  return { kind: 'sqlite', path };
}

export async function openStore(url?: string | null, options: OpenOptions = {}): Promise<Store> {
  const target = resolveStoreTarget(url);
  const store = target.kind === 'postgres' ? openPostgres(target.url, options) : openSqlite(target.path);
  if (options.migrate !== false) {
    try {
      await migrate(store);
    } catch (err) {
      await store.close().catch(() => {});
      throw err instanceof AbsentiaError ? err : new AbsentiaError('internal', `cannot migrate the database: ${messageOf(err)}`, store.location, { cause: err });
    }
  }
  return store;
}

function openSqlite(path: string): Store {
  if (path !== ':memory:') {
    const dir = dirname(resolve(path));
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new AbsentiaError('invalid_input', `folder ${dir} does not exist`, path);
    if (existsSync(path) && statSync(path).isDirectory()) throw new AbsentiaError('invalid_input', 'is a directory, not a database file', path);
  }
  let handle: BetterSqlite3.Database;
  try {
    handle = new BetterSqlite3(path);
    handle.pragma('journal_mode = WAL');
    handle.pragma('busy_timeout = 10000');
    handle.pragma('foreign_keys = ON');
    // In WAL mode NORMAL keeps every committed transaction across a process crash; only power loss may drop the last ones.
    handle.pragma('synchronous = NORMAL');
    // Keep the planner's statistics fresh (SQLite's advice for long-lived connections): cheap, bounded work.
    handle.pragma('optimize = 0x10002');
    handle.prepare('select count(*) from sqlite_schema').get();
  } catch (err) {
    throw new AbsentiaError('invalid_input', `cannot open as an SQLite database (${messageOf(err)})`, path, { cause: err });
  }
  // Prepared statements are kept and reused by their SQL text: preparing costs as much as running a small
  // query (a full-text one several times more), and the API runs the same few shapes over and over.
  const statements = statementCache(handle, false);
  const rawStatements = statementCache(handle, true);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: { prepare: statements, close: () => handle.close() } }) });
  // Through Kysely's connection, so that it waits, as every query does, for a write transaction to finish.
  const tuples = (q: { sql: string; parameters: readonly unknown[] }) =>
    db.connection().execute(async () => rawStatements(q.sql).all(...q.parameters) as unknown[][]);
  const opening = randomUUID();
  const versionSql = 'select total_changes(), (select data_version from pragma_data_version)';
  const dataVersion = () => db.connection().execute(async () => `${opening}:${(rawStatements(versionSql).get() as unknown[]).join(':')}`);
  const store = makeStore(db, path, tuples, async () => {
    try {
      handle.pragma('optimize');
    } catch {
      // a busy or read-only database: statistics can wait for the next close
    }
    await db.destroy();
  });
  if (path !== ':memory:') store.file = resolve(path);
  store.dataVersion = dataVersion;
  return store;
}

function openPostgres(url: string, options: OpenOptions): Store {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10, types: { getTypeParser } });
  // An idle client that loses its server (a restart) must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  // A checked-out client whose server restarts emits 'error' too; pg-pool drops it on release.
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const tuples = async (q: { sql: string; parameters: readonly unknown[] }) =>
    (await pool.query({ text: q.sql, values: q.parameters as unknown[], rowMode: 'array' })).rows as unknown[][];
  return makeStore(db, redactUrl(url), tuples, async () => {
    await db.destroy();
  });
}

const STATEMENTS_KEPT = 256;

/** better-sqlite3's prepare, keeping up to STATEMENTS_KEPT statements by SQL (least recently used go first). */
function statementCache(handle: BetterSqlite3.Database, raw: boolean): (sql: string) => BetterSqlite3.Statement {
  const kept = new Map<string, BetterSqlite3.Statement>();
  const prepare = (sql: string) => (raw ? handle.prepare(sql).raw(true) : handle.prepare(sql));
  return (sql) => {
    const st = kept.get(sql);
    if (st) {
      // A statement still iterating (a streamed query) cannot run twice at once: that caller gets its own.
      if (st.busy) return prepare(sql);
      kept.delete(sql);
      kept.set(sql, st);
      return st;
    }
    const fresh = prepare(sql);
    kept.set(sql, fresh);
    if (kept.size > STATEMENTS_KEPT) kept.delete(kept.keys().next().value as string);
    return fresh;
  };
}

function makeStore(db: Kysely<Database>, location: string, tuples: Store['tuples'], close: () => Promise<void>): Store {
  const caps = capabilitiesOf(db);
  const current = new AsyncLocalStorage<Kysely<Database>>();
  return {
    db,
    caps,
    location,
    tuples,
    async write<T>(fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
      const outer = current.getStore();
      if (outer) return fn(outer);
      return db.connection().execute(async (conn) => {
        await sql.raw(caps.beginWrite).execute(conn);
        let result: T;
        try {
          result = await current.run(conn, () => fn(conn));
        } catch (err) {
          await sql`rollback`.execute(conn).catch(() => {});
          throw err;
        }
        await sql`commit`.execute(conn);
        return result;
      });
    },
    close,
  };
}

/** 64-bit integers (count(*), bigint columns) as JS numbers while they are exact, as SQLite returns them. */
const INT8_OID = 20;
function getTypeParser(oid: number, format?: 'text' | 'binary'): any {
  if (oid === INT8_OID && format !== 'binary') {
    return (v: string) => {
      const n = Number(v);
      return Number.isSafeInteger(n) ? n : v;
    };
  }
  return (pg.types.getTypeParser as (oid: number, format?: string) => unknown)(oid, format);
}

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@');
  }
}

export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
