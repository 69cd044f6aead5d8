// Applies pending migrations in one write transaction, serialised across processes
// (SQLite's write lock; a Postgres advisory lock), so many workers may open a fresh database at once.
import { type Kysely, sql } from 'kysely';
import type { Store } from './db';
import { MIGRATIONS } from './migrations/index';

const MIGRATION_LOCK = 727_100_407;

export interface MigrationReport {
  applied: string[];
  alreadyApplied: string[];
}

export async function migrate(store: Store): Promise<MigrationReport> {
  return store.write(async (trx) => {
    const db = trx as unknown as Kysely<any>;
    if (store.caps.advisoryLocks) await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(db);
    await sql`create table if not exists store_migrations (name text primary key, applied_at text not null)`.execute(db);
    const done = new Set((await trx.selectFrom('store_migrations').select('name').execute()).map((r) => r.name));
    const applied: string[] = [];
    for (const [name, migration] of MIGRATIONS) {
      if (done.has(name)) continue;
      await migration.up(db, store.caps);
      await trx.insertInto('store_migrations').values({ name, applied_at: new Date().toISOString() }).execute();
      applied.push(name);
    }
    return { applied, alreadyApplied: MIGRATIONS.map(([n]) => n).filter((n) => done.has(n)) };
  });
}

/** Names of migrations not yet applied (for `absentia migrate --status`). */
export async function pendingMigrations(store: Store): Promise<string[]> {
  const exists = await store.db.introspection.getTables().then((ts) => ts.some((t) => t.name === 'store_migrations'));
  if (!exists) return MIGRATIONS.map(([n]) => n);
  const done = new Set((await store.db.selectFrom('store_migrations').select('name').execute()).map((r) => r.name));
  return MIGRATIONS.map(([n]) => n).filter((n) => !done.has(n));
}
