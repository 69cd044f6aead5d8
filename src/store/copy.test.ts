// `db copy` between SQLite and Postgres: every table, forward self-references, sequences, checksums.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { archiveVersion, insertClaims, listClaims, openStore, readArchive, replaceMachineClaims, setEchoOf, updateClaim, upsertDocumentVersion } from './index';
import { copyStore } from './copy';
import type { Store } from './db';
import { testDatabases } from './test-databases';
import { testClaim } from './test-claims';

const targets = await testDatabases();
const sqlite = targets.find((t) => t.dialect === 'sqlite')!;
const postgres = targets.find((t) => t.dialect === 'postgres');

async function populate(store: Store): Promise<void> {
  const a = await upsertDocumentVersion(store, { canonicalUrl: 'https://a.example/1', text: 'Перша версія.', published: '2025-03-01', outlet: 'A' });
  await replaceMachineClaims(store, a.versionId, [testClaim(), testClaim({ span: { start: 40, end: 44 }, value: { low: 14_000, high: 18_000 }, qualifier: 'range', per: 'month', period: null })], 'x1');
  const a2 = await upsertDocumentVersion(store, { canonicalUrl: 'https://a.example/1', text: 'Друга версія.' });
  await replaceMachineClaims(store, a2.versionId, [testClaim({ value: { exact: 21_500 } })], 'x1');
  await archiveVersion(store, a.versionId, Buffer.from([0, 1, 2, 255, 254]), 'application/octet-stream');
  const b = await upsertDocumentVersion(store, { path: '/files/b.txt', text: 'Echo.' });
  // Forward references inside one table: document 1 echoes document 2; an older claim superseded by a newer one.
  await setEchoOf(store, a.documentId, b.documentId);
  const rows = (await listClaims(store, { includeSuperseded: true }, { sort: 'id' })).rows;
  await updateClaim(store, rows[0].id, { superseded_by: rows[rows.length - 1].id, status: 'corrected' }, { actor: 'olena', action: 'claim.correct', reason: 'see the newer version' });
  await insertClaims(store, [{ claim: testClaim({ quote: 'Dataset row with a quote.' }), context: { documentId: null, versionId: null, origin: 'dataset', externalId: 'ds:1' } }]);
  await store.db.insertInto('store_meta').values({ key: 'dataset_loaded', value: '2026-11-25', updated_at: '2026-11-25T00:00:00.000Z' }).execute();
}

describe('db copy', () => {
  const opened: Store[] = [];
  const open = async (t = sqlite) => {
    const s = await t.open();
    opened.push(s);
    return s;
  };
  after(async () => {
    for (const s of opened.reverse()) await s.close();
  });

  test('SQLite to SQLite copies every row and the copy works', async () => {
    const [src, dst] = [await open(), await open()];
    await populate(src);
    const report = await copyStore(src, dst);
    assert.ok(report.ok, JSON.stringify(report.tables));
    const names = report.tables.map((t) => t.table);
    for (const t of ['archives', 'audit_log', 'claims', 'document_versions', 'documents', 'store_meta']) assert.ok(names.includes(t), t);
    assert.equal(report.tables.find((t) => t.table === 'claims')?.targetRows, 4);
    assert.equal((await listClaims(dst, { q: 'dataset quote' })).rows.length, 1, 'full-text index rebuilt in the copy');
    assert.deepEqual((await readArchive(dst, 1))?.bytes, Buffer.from([0, 1, 2, 255, 254]));
    const added = await insertClaims(dst, [{ claim: testClaim(), context: { documentId: null, versionId: null, origin: 'human' } }]);
    assert.equal(added.ids[0], 5, 'ids continue after the copied ones');
  });

  test('refuses a target that already holds data, and changes nothing there', async () => {
    const [src, dst] = [await open(), await open()];
    await populate(src);
    await insertClaims(dst, [{ claim: testClaim(), context: { documentId: null, versionId: null, origin: 'human' } }]);
    await assert.rejects(copyStore(src, dst), /already holds data/);
    assert.equal((await listClaims(dst)).rows.length, 1);
  });

  test('SQLite to Postgres and back: same counts and checksums', { skip: postgres ? false : 'Postgres not available' }, async () => {
    const src = await open();
    await populate(src);
    const pgStore = await open(postgres);
    const there = await copyStore(src, pgStore);
    assert.ok(there.ok, JSON.stringify(there.tables));
    const back = await open();
    const again = await copyStore(pgStore, back);
    assert.ok(again.ok, JSON.stringify(again.tables));
    assert.deepEqual(again.tables.map((t) => [t.table, t.targetChecksum]), there.tables.map((t) => [t.table, t.sourceChecksum]));
    // The Postgres identity sequences were moved past the copied ids.
    const added = await insertClaims(pgStore, [{ claim: testClaim(), context: { documentId: null, versionId: null, origin: 'human' } }]);
    assert.equal(added.ids[0], 5);
    assert.equal((await listClaims(pgStore, { q: 'dataset quote' })).rows.length, 1);
  });
});
