// A full disk (SQLITE_FULL, forced with PRAGMA max_page_count) surfaces as an error, rolls back the one
// write that hit it, keeps everything stored before, and the next write succeeds once there is room.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { listClaims, listDocuments, saveDocument, type Store } from './index';
import { testDatabases } from './test-databases';
import { testClaim } from './test-claims';

const sqlite = (await testDatabases()).find((t) => t.dialect === 'sqlite')!;
let store: Store;
before(async () => {
  store = await sqlite.open();
});
after(async () => {
  await store.close();
});

const extraction = { extractorVersion: 'x1', extract: () => Array.from({ length: 30 }, (_, k) => testClaim({ span: { start: k, end: k + 1 } })) };

test('SQLITE_FULL during a write: error surfaced, nothing stored before is lost, next write succeeds with room', async () => {
  await saveDocument(store, { path: '/full/small.txt', text: 'A small document.' }, extraction);
  const pages = Number((await sql<{ page_count: number }>`pragma page_count`.execute(store.db)).rows[0].page_count);
  await sql.raw(`pragma max_page_count = ${pages + 8}`).execute(store.db);

  const big = { path: '/full/big.txt', text: 'Soldiers left their units. '.repeat(40_000) };
  await assert.rejects(saveDocument(store, big, extraction), /full/i);
  const docs = await listDocuments(store);
  assert.deepEqual(docs.map((d) => d.path), ['/full/small.txt']);
  assert.equal((await listClaims(store)).rows.length, 30);
  assert.equal((await sql<{ integrity_check: string }>`pragma integrity_check`.execute(store.db)).rows[0].integrity_check, 'ok');

  await sql.raw('pragma max_page_count = 1073741823').execute(store.db);
  const saved = await saveDocument(store, big, extraction);
  assert.deepEqual([saved.status, saved.claimsAdded], ['new', 30]);
  assert.equal((await listClaims(store, {}, { limit: 1000 })).rows.length, 60);
});
