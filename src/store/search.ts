// Full-text search over claim quotes behind one function: FTS5 on SQLite, a tsvector GIN index on Postgres.
// Both see the same words: runs of letters and digits, case-folded, diacritics kept.
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import { AbsentiaError } from '../util/errors';
import type { Capabilities } from './capabilities';
import type { Database } from './schema';

/** The words of a search query: every word must occur in the quote. */
export function searchWords(q: string): string[] {
  return (q.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.toLowerCase()).slice(0, 32);
}

/** A condition on `claims` (aliased `c`) true when the quote contains every word of q. */
export function quoteMatches(caps: Capabilities, q: string, alias = 'c'): (eb: ExpressionBuilder<any, any>) => Expression<SqlBool> {
  const words = searchWords(q);
  if (words.length === 0) throw new AbsentiaError('usage', 'the search has no words to look for', q);
  const id = sql.ref(`${alias}.id`);
  const quote = sql.ref(`${alias}.quote`);
  if (caps.fullText === 'fts5') {
    const match = words.map((w) => `"${w}"`).join(' ');
    return () => sql<SqlBool>`${id} in (select rowid from claims_fts where claims_fts match ${match})`;
  }
  const query = words.join(' & ');
  return () => sql<SqlBool>`to_tsvector('simple', ${quote}) @@ to_tsquery('simple', ${query})`;
}

export type { Database };
