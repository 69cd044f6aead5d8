// Store benchmark: documents with claims stored through saveDocument (one transaction each), beside the
// floor of the same rows inserted by hand-written better-sqlite3 statements; then filtered, paginated
// claim listings at depth. Figures only, no assertions.
// Size: ABSENTIA_BENCH_DOCS (default 2,000 documents × 20 claims; the full run uses 20,000).
// Set ABSENTIA_TEST_PG=postgres://... to measure PostgreSQL beside SQLite.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { ExtractedClaim } from '../src/claim/index';
import { claimToRow, listClaims, openStore, saveDocument, type Store } from '../src/store/index';
import { testClaim } from '../src/store/test-claims';

const DOCS = Number(process.env.ABSENTIA_BENCH_DOCS ?? 2_000);
const PER_DOC = 20;
const EVENTS = ['awol', 'desertion', 'return', 'defection'];

function claimsFor(i: number): ExtractedClaim[] {
  return Array.from({ length: PER_DOC }, (_, k) =>
    testClaim({
      force: (i + k) % 3 === 0 ? 'RU' : 'UA',
      event: EVENTS[(i + k) % 4],
      value: { exact: (i * 31 + k * 7) % 25_000 },
      period: { start: `${2022 + (i % 4)}-${String((k % 12) + 1).padStart(2, '0')}-01`, end: `${2022 + (i % 4)}-${String((k % 12) + 1).padStart(2, '0')}-28` },
      span: { start: k * 10, end: k * 10 + 5 },
    }),
  );
}
const textOf = (i: number) => `Generated article ${i}. ${'Soldiers left their units without permission. '.repeat(60)}`;
const publishedOf = (i: number) => `${2022 + (i % 4)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;

function mb(): number {
  return Math.round(process.memoryUsage().rss / 1048576);
}

async function ingest(store: Store): Promise<number> {
  const t0 = performance.now();
  for (let i = 0; i < DOCS; i++) {
    const claims = claimsFor(i);
    await saveDocument(store, { path: `/bench/${i}.txt`, text: textOf(i), published: publishedOf(i) }, { extractorVersion: 'bench', extract: () => claims });
  }
  return (performance.now() - t0) / 1000;
}

/** The floor: the same rows into the same schema (indexes, full-text triggers) through prepared statements, one transaction per document. */
async function rawSqliteIngest(path: string): Promise<number> {
  await (await openStore(path)).close();
  const db = new BetterSqlite3(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  const insDoc = db.prepare('insert into documents (path, published, created_at, updated_at) values (?, ?, ?, ?)');
  const insVer = db.prepare('insert into document_versions (document_id, version, content_hash, text, fetched_at, created_at) values (?, 1, ?, ?, ?, ?)');
  const setCur = db.prepare('update documents set current_version_id = ? where id = ?');
  const cols = Object.keys(claimToRow(claimsFor(0)[0], { documentId: 1, versionId: 1, origin: 'machine' }, ''));
  const insClaim = db.prepare(`insert into claims (${cols.join(', ')}) values (${cols.map((c) => `@${c}`).join(', ')})`);
  const t0 = performance.now();
  const one = db.transaction((i: number) => {
    const now = new Date().toISOString();
    const doc = Number(insDoc.run(`/bench/${i}.txt`, publishedOf(i), now, now).lastInsertRowid);
    const ver = Number(insVer.run(doc, String(i), textOf(i), now, now).lastInsertRowid);
    setCur.run(ver, doc);
    for (const c of claimsFor(i)) insClaim.run(claimToRow(c, { documentId: doc, versionId: ver, origin: 'machine', published: publishedOf(i), extractorVersion: 'bench' }, now));
  });
  for (let i = 0; i < DOCS; i++) one(i);
  const s = (performance.now() - t0) / 1000;
  db.close();
  return s;
}

async function listingLatency(store: Store): Promise<string> {
  const runs: number[] = [];
  const filters = [{ force: 'UA', event: 'awol' }, { force: 'RU', from: '2024-01-01' }, { event: 'desertion', q: 'soldiers' }, {}];
  for (let r = 0; r < 50; r++) {
    const filter = filters[r % filters.length];
    let cursor: string | null = null;
    // Five pages deep: keyset pagination should cost the same on every page.
    for (let p = 0; p < 5; p++) {
      const t0 = performance.now();
      const page: Awaited<ReturnType<typeof listClaims>> = await listClaims(store, filter, { limit: 50, cursor });
      runs.push(performance.now() - t0);
      cursor = page.nextCursor;
      if (!cursor) break;
    }
  }
  runs.sort((a, b) => a - b);
  const q = (x: number) => runs[Math.min(runs.length - 1, Math.floor(x * runs.length))].toFixed(2);
  return `p50 ${q(0.5)} ms, p95 ${q(0.95)} ms over ${runs.length} pages of 50`;
}

const dir = mkdtempSync(join(tmpdir(), 'absentia-bench-'));
try {
  console.log(`${DOCS} documents × ${PER_DOC} claims (${DOCS * PER_DOC} claims)`);
  const raw = await rawSqliteIngest(join(dir, 'raw.db'));
  console.log(`baseline  prepared statements, same schema: ${(DOCS / raw).toFixed(0)} docs/s, ${((DOCS * PER_DOC) / raw).toFixed(0)} claims/s`);
  const targets: Array<[string, string]> = [['sqlite', join(dir, 'store.db')]];
  if (process.env.ABSENTIA_TEST_PG) targets.push(['postgres', process.env.ABSENTIA_TEST_PG]);
  for (const [name, url] of targets) {
    const store = await openStore(url);
    try {
      const existing = await store.db.selectFrom('documents').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      if (Number(existing.n) > 0) {
        console.log(`${name}: skipped, the database is not empty`);
        continue;
      }
      const s = await ingest(store);
      console.log(`${name.padEnd(8)}  saveDocument (store API)       : ${(DOCS / s).toFixed(0)} docs/s, ${((DOCS * PER_DOC) / s).toFixed(0)} claims/s (${((raw / s) * 100).toFixed(0)}% of the baseline), rss ${mb()} MB`);
      const again = performance.now();
      for (let i = 0; i < Math.min(DOCS, 500); i++) await saveDocument(store, { path: `/bench/${i}.txt`, text: textOf(i) }, { extractorVersion: 'bench', extract: () => claimsFor(i) });
      console.log(`${name.padEnd(8)}  unchanged re-ingest            : ${(Math.min(DOCS, 500) / ((performance.now() - again) / 1000)).toFixed(0)} docs/s`);
      console.log(`${name.padEnd(8)}  filtered listing               : ${await listingLatency(store)}`);
    } finally {
      await store.close();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
