// Opening the store: SQLite (the default, a file) or PostgreSQL (a postgres:// URL), migrated on open.
import { AsyncLocalStorage } from 'node:async_hooks';
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
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: handle }) });
  const store = makeStore(db, path, async () => {
    try {
      handle.pragma('optimize');
    } catch {
      // a busy or read-only database: statistics can wait for the next close
    }
    await db.destroy();
  });
  if (path !== ':memory:') store.file = resolve(path);
  return store;
}

function openPostgres(url: string, options: OpenOptions): Store {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10, types: { getTypeParser } });
  // An idle client that loses its server (a restart) must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  // A checked-out client whose server restarts emits 'error' too; pg-pool drops it on release.
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return makeStore(db, redactUrl(url), async () => {
    await db.destroy();
  });
}

function makeStore(db: Kysely<Database>, location: string, close: () => Promise<void>): Store {
  const caps = capabilitiesOf(db);
  const current = new AsyncLocalStorage<Kysely<Database>>();
  return {
    db,
    caps,
    location,
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
