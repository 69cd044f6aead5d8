// A date window (from/to) whose rows lie at the far end of the published order (`to` with newest first,
// `from` with oldest first) made the listing walk most of its index: 120-270 ms at a million claims on SQLite.
// These two indexes put each end of a claim's span beside its published date, so that for each published date
// the rows inside the window are one index seek; listClaims reads that end of the order date by date
// (see list-window.ts). Both databases.
import { type Kysely, sql } from 'kysely';
import type { Capabilities } from '../capabilities';
import { analyzeNewIndexes } from './statistics';

const INDEXES = {
  claims_published_span_start: sql`((coalesce(published, '')), (coalesce(period_start, period_end, published)), id)`,
  claims_published_span_end: sql`((coalesce(published, '')), (coalesce(period_end, published, period_start)), id)`,
};

export async function up(db: Kysely<any>, caps: Capabilities): Promise<void> {
  for (const [name, columns] of Object.entries(INDEXES)) await sql`create index ${sql.id(name)} on claims ${columns}`.execute(db);
  if (caps.fullText !== 'fts5') return;
  // As in 007: a database with planner statistics needs them for the new indexes too.
  await analyzeNewIndexes(db, Object.keys(INDEXES));
}
