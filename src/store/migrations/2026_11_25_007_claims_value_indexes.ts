// The value sort (`sort=value` / `-value`) with the explorer's usual filters: indexes in listing order
// (value_high, id) under force, event and both, as 002 gives the published sort. Without them a filtered
// value listing read every matching row and sorted it (USE TEMP B-TREE FOR ORDER BY): seconds at a million.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index claims_list_force_event_value on claims (force, event, value_high, id)`.execute(db);
  await sql`create index claims_list_force_value on claims (force, value_high, id)`.execute(db);
  await sql`create index claims_list_event_value on claims (event, value_high, id)`.execute(db);
}
