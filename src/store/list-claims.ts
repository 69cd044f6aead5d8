// Listing claims: filters, a stable sort, and cursor (keyset) pagination that is fast at any depth
// and gives the same pages on SQLite and Postgres (unknown dates sort as the smallest on both).
import { type Expression, type ExpressionBuilder, type Kysely, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import { isIsoDate } from '../util/dates';
import { AbsentiaError } from '../util/errors';
import type { Capabilities } from './capabilities';
import { foldKey } from './claim-rows';
import type { Store } from './db';
import type { ClaimOrigin, ClaimRow, Database, ReviewStatus } from './schema';
import { headWindowIds, pastHead, readHeadByDate, windowAgainstOrder } from './list-window';
import { quoteMatches, searchInListingOrder, searchWords } from './search';

type OneOrMany<T> = T | readonly T[];

export interface ClaimFilter {
  force?: OneOrMany<string>;
  event?: OneOrMany<string>;
  counted?: OneOrMany<string>;
  kind?: OneOrMany<string>;
  origin?: OneOrMany<ClaimOrigin>;
  /** Default: every status but rejected and corrected (what the project stands behind). */
  status?: OneOrMany<ReviewStatus>;
  /** Claims whose span (period, else the published date) reaches on or after this date. */
  from?: string;
  /** Claims whose span (period, else the published date) starts on or before this date. */
  to?: string;
  /** Case-insensitive part of the source's name. */
  source?: string;
  document?: number;
  version?: number;
  /** Words that must all occur in the quote. */
  q?: string;
  /** Include claims of older document versions and replaced claims (default false). */
  includeSuperseded?: boolean;
}

export const CLAIM_SORTS = ['-published', 'published', '-value', 'value', '-id', 'id'] as const;
export type ClaimSort = (typeof CLAIM_SORTS)[number];

export interface ClaimPage {
  rows: ClaimRow[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export interface ListOptions {
  sort?: ClaimSort;
  limit?: number;
  cursor?: string | null;
}

export const DEFAULT_STATUSES: readonly ReviewStatus[] = ['unreviewed', 'accepted'];
export const MAX_PAGE = 10_000;

type ClaimQuery<O> = SelectQueryBuilder<Database & { c: Database['claims'] }, 'c', O>;

const list = <T>(v: OneOrMany<T>): readonly T[] => (Array.isArray(v) ? v : [v as T]);

/** Applies a filter to a query over `claims as c`. */
export function applyClaimFilter<O>(q: ClaimQuery<O>, filter: ClaimFilter, caps: Capabilities, searchInOrder = false): ClaimQuery<O> {
  for (const [col, v] of [
    ['c.force', filter.force],
    ['c.event', filter.event],
    ['c.counted', filter.counted],
    ['c.kind', filter.kind],
    ['c.origin', filter.origin],
  ] as const) {
    if (v === undefined) continue;
    const vs = list<string>(v);
    // Several values (event=awol,desertion): on SQLite the term is kept off the per-value indexes, whose
    // matches would all be read and sorted (360 ms at 200k); the listing index in order checks it per entry.
    if (vs.length === 1) q = q.where(col, '=', vs[0]);
    else q = caps.plusHidesIndex ? q.where(sql<string>`+${sql.ref(col)}`, 'in', vs) : q.where(col, 'in', vs);
  }
  q = q.where('c.status', 'in', [...list(filter.status ?? DEFAULT_STATUSES)]);
  if (!filter.includeSuperseded) q = q.where('c.superseded', '=', 0);
  if (filter.from !== undefined) {
    checkDate(filter.from, '--from');
    q = q.where((eb) => eb(eb.fn.coalesce('c.period_end', 'c.published', 'c.period_start'), '>=', filter.from as string));
  }
  if (filter.to !== undefined) {
    checkDate(filter.to, '--to');
    q = q.where((eb) => eb(eb.fn.coalesce('c.period_start', 'c.period_end', 'c.published'), '<=', filter.to as string));
  }
  if (filter.source) {
    const pattern = `%${escapeLike(foldKey(filter.source))}%`;
    q = q.where(() => sql<SqlBool>`c.source_key like ${pattern} escape '\\'`);
  }
  if (filter.document !== undefined) q = q.where('c.document_id', '=', filter.document);
  if (filter.version !== undefined) q = q.where('c.version_id', '=', filter.version);
  if (filter.q) q = q.where(quoteMatches(caps, filter.q, 'c', searchInOrder) as (eb: ExpressionBuilder<any, any>) => Expression<SqlBool>);
  return q;
}

export async function listClaims(store: Store, filter: ClaimFilter = {}, options: ListOptions = {}): Promise<ClaimPage> {
  const { query, limit, sort, key } = await listingQuery(store, filter, options, null);
  return pageOf((await query.execute()) as ClaimRow[], limit, sort, key, (r, c) => r[c]);
}

/**
 * listClaims with each row as an array of `columns` (in that order) instead of an object: the same query,
 * filters, order and cursors, for callers that turn many rows straight into text (the API's listing).
 */
export async function listClaimTuples(store: Store, filter: ClaimFilter, options: ListOptions, columns: readonly (keyof ClaimRow)[]): Promise<{ rows: unknown[][]; nextCursor: string | null }> {
  const at = (c: keyof ClaimRow) => {
    const i = columns.indexOf(c);
    if (i < 0) throw new Error(`listClaimTuples needs the column ${c}`);
    return i;
  };
  const index = { id: at('id'), published: at('published'), value_high: at('value_high') };
  const { query, limit, sort, key } = await listingQuery(store, filter, options, columns);
  return pageOf(await store.tuples(query.compile()), limit, sort, key, (t, c) => t[index[c]]);
}

/** The page without the extra row read to see whether more follow, and the cursor past its last row. */
function pageOf<R>(rows: R[], limit: number, sort: ClaimSort, key: 'published' | 'value' | 'id', field: (row: R, column: 'id' | 'published' | 'value_high') => unknown): { rows: R[]; nextCursor: string | null } {
  const more = rows.length > limit;
  if (more) rows.length = limit;
  const last = rows[rows.length - 1];
  if (!more || last === undefined) return { rows, nextCursor: null };
  const lastValue = key === 'published' ? (field(last, 'published') ?? '') : field(last, key === 'value' ? 'value_high' : 'id');
  return { rows, nextCursor: encodeCursor(sort, (lastValue ?? null) as string | number | null, field(last, 'id') as number) };
}

/** The listing's query (not run): every column of `claims`, or the given ones in their order. */
async function listingQuery(store: Store, filter: ClaimFilter, options: ListOptions, columns: readonly (keyof ClaimRow)[] | null) {
  const sort = options.sort ?? '-published';
  if (!CLAIM_SORTS.includes(sort)) throw new AbsentiaError('usage', `unknown sort (use one of ${CLAIM_SORTS.join(', ')})`, sort);
  const limit = options.limit ?? 100;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) throw new AbsentiaError('usage', `limit must be a whole number from 1 to ${MAX_PAGE}`, String(limit));
  const desc = sort.startsWith('-');
  const key = sort.replace('-', '') as 'published' | 'value' | 'id';
  // The sort key, exactly as the listing indexes spell it (migration 2026_11_25_002).
  const sortKey = key === 'published' ? sql<string>`coalesce(c.published, '')` : key === 'value' ? sql<number>`c.value_high` : null;
  const select = <Q extends ClaimQuery<any>>(q: Q): Q => (columns ? q.select(columns.map((c) => `c.${c}` as const)) : q.selectAll('c')) as Q;

  const words = filter.q && store.caps.fullText === 'fts5' ? searchWords(filter.q) : [];
  // SQLite, a search sorted by published date: read the page off claims_fts_published, whose rowids are the
  // listing key (migration 2026_11_25_008), and look each match up by id: no match set, no sort.
  if (words.length > 0 && key === 'published' && (await publishedKeysAreExact(store))) {
    let fq = store.db
      .selectFrom(sql<{ rowid: number }>`claims_fts_published`.as('f'))
      .crossJoin('claims as c') // CROSS JOIN keeps the index outer: it drives the query in listing order
      .where(sql<SqlBool>`f.claims_fts_published match ${words.map((w) => `"${w}"`).join(' ')}`)
      .where(sql<SqlBool>`c.id = (f.rowid & 4294967295)`) as unknown as ClaimQuery<{}>;
    fq = applyClaimFilter(select(fq), { ...filter, q: undefined }, store.caps);
    if (options.cursor) {
      const [cv, cid] = decodeCursor(options.cursor, sort);
      fq = fq.where(() => sql<SqlBool>`f.rowid ${sql.raw(desc ? '<' : '>')} ${listingKeyOf(String(cv), cid)}`);
    }
    return { query: fq.orderBy(sql`f.rowid`, desc ? 'desc' : 'asc').limit(limit + 1), limit, sort, key };
  }
  const searchInOrder = words.length > 0 && (await searchInListingOrder(store.db, filter.q as string, limit + 1));
  const [cursorValue, cursorId] = options.cursor ? decodeCursor(options.cursor, sort) : [null, null];
  const dir = desc ? 'desc' : 'asc';
  const ordered = (q: ClaimQuery<{}>) => {
    if (cursorId !== null) {
      const cmp = sql.raw(desc ? '<' : '>');
      // The leading `key <= v` (or >=) is implied by the row value but spelled out: SQLite does not turn a row
      // value over an expression index into an index range, so without it page N walked the N-1 pages before.
      const cmpEq = sql.raw(desc ? '<=' : '>=');
      q = q.where(() => (sortKey ? sql<SqlBool>`${sortKey} ${cmpEq} ${cursorValue} and (${sortKey}, c.id) ${cmp} (${cursorValue}, ${cursorId})` : sql<SqlBool>`c.id ${cmp} ${cursorId}`));
    }
    if (sortKey) q = q.orderBy(sortKey, dir);
    return q.orderBy('c.id', dir).limit(limit + 1);
  };
  const filtered = () => applyClaimFilter(select(store.db.selectFrom('claims as c') as ClaimQuery<{}>), filter, store.caps, searchInOrder);

  const window = words.length === 0 && key === 'published' ? windowAgainstOrder(filter, desc) : null;
  if (window && (await readHeadByDate(store, window, cursorValue as string | null, limit + 1))) {
    // The head of the order read date by date, the rest walked from the window's bound; each part is one
    // ordered page at most, and every head row comes before every other, so the union's order is the listing's.
    const ids = headWindowIds(window, cursorValue as string | null, store.caps.lateralJoins);
    // Postgres: the ids drive the query (a semi-join on them hashed a sequential scan of claims); SQLite: `in`.
    const headClaims = store.caps.lateralJoins
      ? (store.db.selectFrom(ids.as('hx')).innerJoin('claims as c', (j) => j.on(sql<SqlBool>`c.id = hx.id`)) as unknown as ClaimQuery<{}>)
      : (store.db.selectFrom('claims as c').where(sql<SqlBool>`c.id in ${ids}`) as unknown as ClaimQuery<{}>);
    const head = ordered(applyClaimFilter(select(headClaims), filter, store.caps, searchInOrder));
    const rest = ordered(filtered().where(pastHead(window)));
    const db = store.db as unknown as Kysely<any>;
    const union = db.selectFrom(head.as('h')).selectAll().unionAll(db.selectFrom(rest.as('r')).selectAll());
    const query = db.selectFrom(union.as('u')).selectAll().orderBy(sql`coalesce(u.published, '')`, dir).orderBy('u.id', dir).limit(limit + 1);
    return { query, limit, sort, key };
  }
  return { query: ordered(filtered()), limit, sort, key };
}

const ISO_DATE = '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]';

/** The listing key of (published, id) as claims_fts_published spells its rowids. */
function listingKeyOf(published: string, id: number) {
  // cast: a bound JS number may arrive as a REAL, and a REAL sum past 2^53 loses the id.
  return sql`((case when ${published} glob ${ISO_DATE} then cast(replace(${published}, '-', '') as integer) else 0 end) << 32) + cast(${id} as integer)`;
}

/** Whether every published date is an ISO date or unknown, so that the listing key orders as the listing does. */
async function publishedKeysAreExact(store: Store): Promise<boolean> {
  // The condition is the partial index's own (claims_published_not_iso): one index probe.
  // (A literal, not a parameter: only the same literal lets SQLite use a partial index.)
  const { rows } = await sql`select 1 from claims where published not glob ${sql.lit(ISO_DATE)} and published <> '' limit 1`.execute(store.db);
  return rows.length === 0;
}

export async function countClaims(store: Store, filter: ClaimFilter = {}): Promise<number> {
  const q = applyClaimFilter(store.db.selectFrom('claims as c') as ClaimQuery<{}>, filter, store.caps);
  const row = await q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst();
  return Number((row as { n?: unknown } | undefined)?.n ?? 0);
}

function encodeCursor(sort: ClaimSort, value: string | number | null, id: number): string {
  return Buffer.from(JSON.stringify([sort, value, id])).toString('base64url');
}

function decodeCursor(cursor: string, sort: ClaimSort): [string | number | null, number] {
  try {
    const [s, v, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, unknown, unknown];
    const valueOk = sort.endsWith('published') ? typeof v === 'string' : sort.endsWith('value') ? typeof v === 'number' : true;
    if (s === sort && Number.isInteger(id) && valueOk) return [v as string | number | null, id as number];
  } catch {
    // fall through to the error below
  }
  throw new AbsentiaError('usage', 'invalid cursor for this listing (start again without it)', cursor.slice(0, 40));
}

function checkDate(value: string, flag: string): void {
  if (!isIsoDate(value)) throw new AbsentiaError('usage', 'expected a date YYYY-MM-DD', `${flag} ${value}`);
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
