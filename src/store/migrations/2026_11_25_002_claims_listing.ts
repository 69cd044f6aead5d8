// Indexes for listing claims page by page at any depth (keyset on (sort key, id)), on both databases.
// An unknown published date sorts as '' (before every date): no NULLS FIRST/LAST, which the two
// databases order differently. The status index went: with one value in most rows it misled the planner
// into sorting the whole table.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists claims_status`.execute(db);
  await sql`drop index if exists claims_published`.execute(db);
  await sql`create index claims_list_published on claims ((coalesce(published, '')), id)`.execute(db);
  // The explorer's usual filters (force, event, both) each get an index already in listing order.
  await sql`create index claims_list_force_event on claims (force, event, (coalesce(published, '')), id)`.execute(db);
  await sql`create index claims_list_force on claims (force, (coalesce(published, '')), id)`.execute(db);
  await sql`create index claims_list_event on claims (event, (coalesce(published, '')), id)`.execute(db);
  await sql`create index claims_list_value on claims (value_high, id)`.execute(db);
}
