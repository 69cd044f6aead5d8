// The value sort (`sort=value` / `-value`) with the explorer's usual filters: indexes in listing order
// (value_high, id) under force, event and both, as 002 gives the published sort. Without them a filtered
// value listing read every matching row and sorted it (USE TEMP B-TREE FOR ORDER BY): seconds at a million.
import { type Kysely, sql } from 'kysely';
import type { Capabilities } from '../capabilities';
import { analyzeNewIndexes } from './statistics';

const INDEXES = {
  claims_list_force_event_value: sql`(force, event, value_high, id)`,
  claims_list_force_value: sql`(force, value_high, id)`,
  claims_list_event_value: sql`(event, value_high, id)`,
};

export async function up(db: Kysely<any>, caps: Capabilities): Promise<void> {
  for (const [name, columns] of Object.entries(INDEXES)) await sql`create index ${sql.id(name)} on claims ${columns}`.execute(db);
  if (caps.fullText !== 'fts5') return;
  // SQLite: a database with planner statistics must get them for the new indexes too, in this connection:
  // with statistics for every index but these, the planner misjudged them and sorted whole filtered sets
  // (page 1 of force=RU&counted=court_cases went from 4 ms to 660 ms until the next ANALYZE).
  await analyzeNewIndexes(db, Object.keys(INDEXES));
}
