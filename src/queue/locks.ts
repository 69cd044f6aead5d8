// Two runs of one job can overlap (a run that outlives its expiry is handed out again while it goes on),
// and two workers can reach the same page through two feeds. Writes keyed on the same thing therefore
// take a transaction-scoped advisory lock on PostgreSQL, so that "delete then insert" replacements
// cannot interleave under READ COMMITTED. SQLite's single writer already serialises them.
import { type Kysely, sql } from 'kysely';
import type { Store } from '../store/db';
import type { Database } from '../store/schema';

export async function writeLocked<T>(store: Store, key: string, fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  return store.write(async (trx) => {
    if (store.caps.advisoryLocks) await sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(trx);
    return fn(trx);
  });
}
