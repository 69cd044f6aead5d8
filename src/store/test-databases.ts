// For store tests: every database the project supports, each able to open a fresh, empty, migrated store.
// Postgres comes from ABSENTIA_TEST_PG (a URL whose user may create databases) or from a throwaway
// cluster that scripts/pg-cluster.sh starts for this process (and stops when the last test process ends).
// Without PostgreSQL binaries the Postgres half is skipped with a loud message; CI has them.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openStore, type Store } from './db';

export type Dialect = 'sqlite' | 'postgres';

export interface TestDatabase {
  dialect: Dialect;
  /** A fresh, migrated store; close() also deletes its database. */
  open(): Promise<Store>;
  /** A fresh empty database's URL or path (not opened, not migrated); remove it with drop(). */
  fresh(): Promise<string>;
  drop(urlOrPath: string): Promise<void>;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
let counter = 0;
let pgBase: Promise<string | null> | null = null;
const tempDirs: string[] = [];

export async function testDatabases(): Promise<TestDatabase[]> {
  const out: TestDatabase[] = [sqliteTarget()];
  const base = await postgresBase();
  if (base) out.push(postgresTarget(base));
  return out;
}

function sqliteTarget(): TestDatabase {
  const fresh = async () => {
    const dir = mkdtempSync(join(tmpdir(), 'absentia-store-'));
    tempDirs.push(dir);
    return join(dir, 'test.db');
  };
  return {
    dialect: 'sqlite',
    fresh,
    async drop(path) {
      rmSync(dirname(path), { recursive: true, force: true });
    },
    async open() {
      const path = await fresh();
      const store = await openStore(path);
      const close = store.close;
      store.close = async () => {
        await close();
        rmSync(dirname(path), { recursive: true, force: true });
      };
      return store;
    },
  };
}

function postgresTarget(base: string): TestDatabase {
  const fresh = async () => {
    const name = `absentia_t${process.pid}_${++counter}`;
    await admin(base, `create database ${name}`);
    const u = new URL(base);
    u.pathname = `/${name}`;
    return u.toString();
  };
  return {
    dialect: 'postgres',
    fresh,
    async drop(url) {
      await dropDatabase(base, new URL(url).pathname.slice(1));
    },
    async open() {
      const url = await fresh();
      const store = await openStore(url, { poolSize: 4 });
      const close = store.close;
      store.close = async () => {
        await close();
        await dropDatabase(base, new URL(url).pathname.slice(1));
      };
      return store;
    },
  };
}

export async function dropDatabase(base: string, name: string): Promise<void> {
  await admin(base, `drop database if exists ${name} with (force)`);
}

async function admin(base: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** The Postgres URL to test against, or null (with a loud message) when there is no PostgreSQL here. */
export function postgresBase(): Promise<string | null> {
  pgBase ??= (async () => {
    if (process.env.ABSENTIA_TEST_PG) return process.env.ABSENTIA_TEST_PG;
    if (!hasPostgresBinaries()) {
      console.error('\n!!! PostgreSQL binaries not found: the Postgres half of the store tests is SKIPPED. Install postgresql or set ABSENTIA_TEST_PG. !!!\n');
      return null;
    }
    const url = execFileSync(join(ROOT, 'scripts/pg-cluster.sh'), ['lease', String(process.pid)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
    process.on('exit', () => {
      spawnSync(join(ROOT, 'scripts/pg-cluster.sh'), ['release', String(process.pid)], { stdio: 'ignore' });
    });
    return url;
  })();
  return pgBase;
}

function hasPostgresBinaries(): boolean {
  if (process.env.ABSENTIA_PG_BIN) return existsSync(join(process.env.ABSENTIA_PG_BIN, 'initdb'));
  try {
    return readdirSync('/usr/lib/postgresql').some((v) => existsSync(`/usr/lib/postgresql/${v}/bin/initdb`));
  } catch {
    return false;
  }
}

process.on('exit', () => {
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
});
