// What tables a store holds, their columns and foreign keys, read from the database's own catalog.
// Used by `db copy` so that it moves every table, including the ones other modules add.
import { sql } from 'kysely';
import type { Store } from './db';

export interface TableInfo {
  name: string;
  columns: string[];
  /** Tables this one references (other than itself). */
  references: string[];
  /** Columns referencing this same table (filled in a second pass when copying). */
  selfReferences: string[];
  hasId: boolean;
}

/** Bookkeeping and derived tables that are not copied: migrations, full-text indexes, SQLite internals. */
const NOT_DATA = /^(store_migrations$|sqlite_|claims_fts)/;

export async function dataTables(store: Store): Promise<TableInfo[]> {
  const tables = (await store.db.introspection.getTables()).filter((t) => !t.isView && (t.schema === undefined || t.schema === 'public') && !NOT_DATA.test(t.name));
  const fks = await foreignKeys(store);
  return tables
    .map((t) => {
      const own = fks.filter((f) => f.table === t.name);
      const columns = t.columns.map((c) => c.name);
      return {
        name: t.name,
        columns,
        references: [...new Set(own.filter((f) => f.references !== t.name).map((f) => f.references))],
        selfReferences: own.filter((f) => f.references === t.name).map((f) => f.column),
        hasId: columns.includes('id'),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

interface ForeignKey {
  table: string;
  column: string;
  references: string;
}

async function foreignKeys(store: Store): Promise<ForeignKey[]> {
  if (store.caps.catalog === 'sqlite_schema') {
    const r = await sql<ForeignKey>`select m.name as "table", p."from" as "column", p."table" as "references"
      from sqlite_schema m join pragma_foreign_key_list(m.name) p where m.type = 'table'`.execute(store.db);
    return r.rows;
  }
  const r = await sql<ForeignKey>`select kcu.table_name as "table", kcu.column_name as "column", ccu.table_name as "references"
    from information_schema.table_constraints tc
    join information_schema.key_column_usage kcu on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema
    join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name and ccu.table_schema = tc.table_schema
    where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = 'public'`.execute(store.db);
  return r.rows;
}

/** Tables in an order where every table comes after the tables it references. */
export function dependencyOrder(tables: readonly TableInfo[]): TableInfo[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const out: TableInfo[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (t: TableInfo) => {
    if (state.get(t.name) === 'done') return;
    if (state.get(t.name) === 'visiting') throw new Error(`foreign keys form a cycle through ${t.name}`);
    state.set(t.name, 'visiting');
    for (const r of t.references) {
      const dep = byName.get(r);
      if (dep) visit(dep);
    }
    state.set(t.name, 'done');
    out.push(t);
  };
  for (const t of tables) visit(t);
  return out;
}
