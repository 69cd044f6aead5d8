// SQLite: indexes made by a migration on a database that has planner statistics need statistics too, in the
// same connection: with statistics for every index but the new ones, the planner misjudges them (007).
import { type Kysely, sql } from 'kysely';

/** ANALYZE each named index, when the database has planner statistics (sqlite_stat1) at all. */
export async function analyzeNewIndexes(db: Kysely<any>, names: readonly string[]): Promise<void> {
  const analyzed = await sql`select 1 from sqlite_schema where name = 'sqlite_stat1'`.execute(db);
  if (analyzed.rows.length > 0) for (const name of names) await sql`analyze ${sql.id(name)}`.execute(db);
}
