// The published-date listing with a date window whose rows come last in the requested order: `to` with newest
// first, `from` with oldest first. Walking the listing index from its head, the walk passes every claim
// published beyond the bound before it meets the window (most of the index at a million claims: 120-270 ms).
//
// Claims published beyond the bound can still be in the window (a report of an older period), so the head
// cannot simply be skipped. Instead the head is read date by date: for each published date there, the window's
// rows are one seek in an index of (published, span end, id) (migration 2026_11_25_010); the rest of the order,
// where the window's rows are dense, is walked as usual from the bound. When the window's rows are common at
// the head (reports of long periods), the plain walk is cheaper, and a probe of the head decides.
import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Store } from './db';

export interface WindowAgainstOrder {
  /** The bound's date: `to` (newest first) or `from` (oldest first). */
  date: string;
  desc: boolean;
  /** The end of a claim's span that the bound limits, spelled as the listing filter and the index spell it. */
  span: (alias: string) => RawBuilder<string>;
}

const published = (alias: string) => sql<string>`coalesce(${sql.ref(`${alias}.published`)}, '')`;
const spanStart = (alias: string) => sql<string>`coalesce(${sql.ref(`${alias}.period_start`)}, ${sql.ref(`${alias}.period_end`)}, ${sql.ref(`${alias}.published`)})`;
const spanEnd = (alias: string) => sql<string>`coalesce(${sql.ref(`${alias}.period_end`)}, ${sql.ref(`${alias}.published`)}, ${sql.ref(`${alias}.period_start`)})`;

/** The filter's bound that works against a published-date order, if any. */
export function windowAgainstOrder(filter: { from?: string; to?: string }, desc: boolean): WindowAgainstOrder | null {
  if (desc && filter.to !== undefined) return { date: filter.to, desc, span: spanStart };
  if (!desc && filter.from !== undefined) return { date: filter.from, desc, span: spanEnd };
  return null;
}

/** Head entries the probe reads (in listing order, index only on SQLite: well under a millisecond). */
const PROBE = 2000;
/** A row read by id costs about this many index entries walked in order. */
const ROW_READ_COST = 4;

/**
 * Whether reading the head date by date costs less than walking it. From the probe's share of window rows at
 * the head: walking reads about page / share entries to fill a page; date by date reads every window row of
 * the head, at most share x claims rows by id (the seeks from date to date, one per distinct date, ignored).
 */
export async function readHeadByDate(store: Store, w: WindowAgainstOrder, cursorValue: string | null, page: number): Promise<boolean> {
  const dir = sql.raw(w.desc ? 'desc' : 'asc');
  const { rows } = await sql<{ read: number | string; n: number | string | null; claims: number | string | null }>`select count(*) as read,
    sum(case when ${inWindow(w, sql.ref('h.s'))} then 1 else 0 end) as n, (select max(id) from claims) as claims
    from (select ${w.span('c')} as s from claims c where ${inHead(w, 'c', cursorValue)}
      order by ${published('c')} ${dir}, c.id ${dir} limit ${sql.lit(PROBE)}) h`.execute(store.db);
  const read = Number(rows[0]?.read ?? 0);
  if (read === 0) return false; // nothing beyond the bound: the walk starts in the window
  const share = Number(rows[0]?.n ?? 0) / read;
  if (share === 0) return true;
  const walk = page / share;
  const byDate = Number(rows[0]?.claims ?? 0) * share * ROW_READ_COST;
  return byDate < walk;
}

/** `c` lies beyond the bound (at the head of the order) and not before the cursor's date. */
function inHead(w: WindowAgainstOrder, alias: string, cursorValue: string | null): RawBuilder<SqlBool> {
  const p = published(alias);
  const beyond = sql<SqlBool>`${p} ${sql.raw(w.desc ? '>' : '<')} ${w.date}`;
  return cursorValue === null ? beyond : sql<SqlBool>`${beyond} and ${p} ${sql.raw(w.desc ? '<=' : '>=')} ${cursorValue}`;
}

function inWindow(w: WindowAgainstOrder, span: RawBuilder<string> | ReturnType<typeof sql.ref>): RawBuilder<SqlBool> {
  return sql<SqlBool>`${span} ${sql.raw(w.desc ? '<=' : '>=')} ${w.date}`;
}

/**
 * The ids of the claims at the head and in the window (a subquery with one column, id), found date by date: a
 * recursive walk over the head's distinct published dates (one index step each), and for each date one seek
 * on (published, span end). The other filters and the cursor are the caller's.
 */
export function headWindowIds(w: WindowAgainstOrder, cursorValue: string | null, lateral: boolean): RawBuilder<{ id: number }> {
  const dir = sql.raw(w.desc ? 'desc' : 'asc');
  const next = sql.raw(w.desc ? '<' : '>');
  const p = published('c2');
  const days = sql`with recursive d(p) as (
      select (select ${p} from claims c2 where ${inHead(w, 'c2', cursorValue)} order by ${p} ${dir} limit 1)
      union all
      select (select ${p} from claims c2 where ${p} ${next} d.p and ${inHead(w, 'c2', null)} order by ${p} ${dir} limit 1) from d where d.p is not null)`;
  const onDate = sql`${p} = d.p and ${inWindow(w, w.span('c2'))}`;
  return lateral
    ? sql`(${days} select x.id from d cross join lateral (select c2.id from claims c2 where ${onDate} offset 0) x)`
    : sql`(${days} select c2.id from d cross join claims c2 where ${onDate})`;
}

/** `c` lies past the head: where the walk in order starts when the head is read by date. */
export function pastHead(w: WindowAgainstOrder): RawBuilder<SqlBool> {
  return sql<SqlBool>`${published('c')} ${sql.raw(w.desc ? '<=' : '>=')} ${w.date}`;
}
