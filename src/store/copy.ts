// `absentia db copy`: every table of one store into another (SQLite <-> Postgres), in one transaction on
// the target, then row counts and checksums compared table by table.
import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { AbsentiaError } from '../util/errors';
import { type TableInfo, dataTables, dependencyOrder } from './catalog';
import type { Store } from './db';

export interface TableReport {
  table: string;
  sourceRows: number;
  targetRows: number;
  sourceChecksum: string;
  targetChecksum: string;
  ok: boolean;
}

export interface CopyReport {
  tables: TableReport[];
  ok: boolean;
}

/** Bound parameters per INSERT stay under SQLite's limit of 32,766. */
const MAX_PARAMS = 30_000;
const READ_PAGE = 2_000;

export async function copyStore(source: Store, target: Store, onTable?: (table: string, rows: number) => void): Promise<CopyReport> {
  await sameMigrations(source, target);
  const tables = dependencyOrder(await dataTables(source));
  const targetTables = new Map((await dataTables(target)).map((t) => [t.name, t]));
  for (const t of tables) {
    const there = targetTables.get(t.name);
    if (!there) throw new AbsentiaError('conflict', `the target has no table ${t.name}`, target.location);
    const missing = t.columns.filter((c) => !there.columns.includes(c));
    if (missing.length) throw new AbsentiaError('conflict', `the target's ${t.name} lacks columns ${missing.join(', ')}`, target.location);
  }
  for (const t of tables) {
    const n = await rowCount(target.db, t.name);
    if (n > 0) throw new AbsentiaError('conflict', `the target already holds data (${t.name}: ${n} rows); copy into an empty database`, target.location);
  }

  await target.write(async (trx) => {
    for (const t of tables) {
      let copied = 0;
      const batch = Math.max(1, Math.floor(MAX_PARAMS / t.columns.length));
      const deferred: Array<{ id: unknown; values: Record<string, unknown> }> = [];
      for await (const rows of readTable(source, t, READ_PAGE)) {
        for (let i = 0; i < rows.length; i += batch) {
          const chunk = rows.slice(i, i + batch).map((row) => {
            const out: Record<string, unknown> = {};
            for (const c of t.columns) out[c] = portable(row[c]);
            // A row may point to a later row of its own table: insert the link once every row is there.
            if (t.hasId && t.selfReferences.some((c) => out[c] !== null)) {
              deferred.push({ id: out.id, values: Object.fromEntries(t.selfReferences.map((c) => [c, out[c]])) });
              for (const c of t.selfReferences) out[c] = null;
            }
            return out;
          });
          await (trx as Kysely<any>).insertInto(t.name).values(chunk).execute();
          copied += chunk.length;
        }
      }
      for (const d of deferred) await (trx as Kysely<any>).updateTable(t.name).set(d.values).where('id', '=', d.id).execute();
      if (target.caps.sequences && t.hasId) {
        const seq = await sql<{ s: string | null }>`select pg_get_serial_sequence(${t.name}, 'id') as s`.execute(trx);
        const name = seq.rows[0]?.s;
        if (name) await sql`select setval(${name}, coalesce(max(id), 1), max(id) is not null) from ${sql.table(t.name)}`.execute(trx);
      }
      onTable?.(t.name, copied);
    }
  });

  const tablesReport: TableReport[] = [];
  for (const t of tables) {
    const [s, d] = [await tableDigest(source, t), await tableDigest(target, t)];
    tablesReport.push({ table: t.name, sourceRows: s.rows, targetRows: d.rows, sourceChecksum: s.checksum, targetChecksum: d.checksum, ok: s.rows === d.rows && s.checksum === d.checksum });
  }
  return { tables: tablesReport, ok: tablesReport.every((r) => r.ok) };
}

async function sameMigrations(source: Store, target: Store): Promise<void> {
  const names = async (s: Store) => (await s.db.selectFrom('store_migrations').select('name').orderBy('name').execute()).map((r) => r.name).join(',');
  const [a, b] = [await names(source), await names(target)];
  if (a !== b) throw new AbsentiaError('conflict', 'the two databases are at different schema versions; run absentia migrate on both with the same absentia', target.location);
}

async function rowCount(db: Kysely<any>, table: string): Promise<number> {
  const r = await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Rows in pages: by id where the table has one (keyset), else all at once in a stable order. */
async function* readTable(store: Store, t: TableInfo, page: number): AsyncGenerator<Record<string, unknown>[]> {
  const db = store.db as Kysely<any>;
  if (!t.hasId) {
    const rows = await db.selectFrom(t.name).select(t.columns).execute();
    yield rows.sort((a, b) => compareKeys(rowKey(a, t), rowKey(b, t)));
    return;
  }
  let last: unknown = null;
  for (;;) {
    let q = db.selectFrom(t.name).select(t.columns).orderBy('id').limit(page);
    if (last !== null) q = q.where('id', '>', last);
    const rows = await q.execute();
    if (rows.length === 0) return;
    yield rows;
    last = rows[rows.length - 1].id;
    if (rows.length < page) return;
  }
}

/** One value as both databases store it: booleans as 0/1, dates and JSON objects as text, bytes as Buffers. */
function portable(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof Date) return v.toISOString();
  if (Buffer.isBuffer(v) || v instanceof Uint8Array) return Buffer.from(v);
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (typeof v === 'object') return JSON.stringify(v);
  return v;
}

function canonical(v: unknown): string {
  const p = portable(v);
  if (p === null) return 'N';
  if (Buffer.isBuffer(p)) return `B${p.toString('base64')}`;
  if (typeof p === 'number') return `#${p}`;
  return `S${JSON.stringify(p)}`;
}

const rowKey = (row: Record<string, unknown>, t: TableInfo) => t.columns.map((c) => canonical(row[c])).join('\u0001');
const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Row count and a sha256 over every row's columns (by name), in id order (or sorted when there is no id). */
export async function tableDigest(store: Store, t: TableInfo): Promise<{ rows: number; checksum: string }> {
  const hash = createHash('sha256');
  const columns = [...t.columns].sort();
  let rows = 0;
  for await (const page of readTable(store, t, READ_PAGE)) {
    for (const row of page) {
      hash.update(columns.map((c) => `${c}=${canonical(row[c])}`).join('\u0001'));
      hash.update('\u0002');
      rows++;
    }
  }
  return { rows, checksum: hash.digest('hex').slice(0, 16) };
}
