// Full-text search over claim quotes behind one function: FTS5 on SQLite, a tsvector GIN index on Postgres.
// Both see the same words: runs of letters and digits, case-folded, diacritics kept.
import { type Expression, type ExpressionBuilder, type Kysely, type SqlBool, sql } from 'kysely';
import { AbsentiaError } from '../util/errors';
import type { Capabilities } from './capabilities';
import type { Database } from './schema';

/** The words of a search query: every word must occur in the quote. */
export function searchWords(q: string): string[] {
  return (q.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.toLowerCase()).slice(0, 32);
}

/**
 * A condition on `claims` (aliased `c`) true when the quote contains every word of q. With `inListingOrder`
 * (SQLite) the matches do not drive the query: the listing index is walked in order and each row is checked
 * against the set of matches, which is what a search matching many rows needs (see listClaims).
 */
export function quoteMatches(caps: Capabilities, q: string, alias = 'c', inListingOrder = false): (eb: ExpressionBuilder<any, any>) => Expression<SqlBool> {
  const words = searchWords(q);
  if (words.length === 0) throw new AbsentiaError('usage', 'the search has no words to look for', q);
  const id = sql.ref(`${alias}.id`);
  const quote = sql.ref(`${alias}.quote`);
  if (caps.fullText === 'fts5') {
    const match = words.map((w) => `"${w}"`).join(' ');
    // `+id` keeps the planner from looking rows up by id from the match list.
    const lhs = inListingOrder ? sql`+${id}` : id;
    return () => sql<SqlBool>`${lhs} in (select rowid from claims_fts where claims_fts match ${match})`;
  }
  const query = words.join(' & ');
  return () => sql<SqlBool>`to_tsvector('simple', ${quote}) @@ to_tsquery('simple', ${query})`;
}

/**
 * SQLite: whether a search should walk the listing in order rather than sort all its matches. Sorting costs
 * about one row read per match; walking about (page size x claims / matches) reads. A search for common
 * words (14,000 matches of a million claims) took 130 ms sorted and 27 ms walked; a rare word is the reverse.
 */
export async function searchInListingOrder(db: Kysely<Database>, q: string, pageSize: number): Promise<boolean> {
  const match = searchWords(q).map((w) => `"${w}"`).join(' ');
  const { rows } = await sql<{ matches: number; claims: number | null }>`select
    (select count(*) from claims_fts where claims_fts match ${match}) as matches, (select max(id) from claims) as claims`.execute(db);
  const { matches, claims } = rows[0] ?? { matches: 0, claims: 0 };
  return matches > 0 && matches * matches > pageSize * (claims ?? 0);
}

export type { Database };
