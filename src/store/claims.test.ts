// Writing claims on every supported database: re-extraction in one transaction, human decisions kept,
// reviewed edits audited, imports idempotent.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { auditTrail, getClaim, insertClaims, listClaims, replaceMachineClaims, updateClaim, upsertDocumentVersion } from './index';
import type { Store } from './db';
import { testDatabases } from './test-databases';
import { testClaim } from './test-claims';

for (const target of await testDatabases()) {
  describe(`claims on ${target.dialect}`, () => {
    let store: Store;
    let n = 0;
    const newVersion = async () => (await upsertDocumentVersion(store, { path: `/t/${++n}.txt`, text: `Text ${n}.`, published: '2025-11-03' })).versionId;
    before(async () => {
      store = await target.open();
    });
    after(async () => {
      await store.close();
    });

    test('re-extraction replaces machine claims and is idempotent', async () => {
      const v = await newVersion();
      const claims = [testClaim(), testClaim({ span: { start: 50, end: 55 }, value: { exact: 7 } })];
      assert.deepEqual(await replaceMachineClaims(store, v, claims, 'x1'), { added: 2, removed: 0, kept: 0 });
      assert.deepEqual(await replaceMachineClaims(store, v, claims, 'x1'), { added: 2, removed: 2, kept: 0 });
      assert.equal((await listClaims(store, { version: v })).rows.length, 2);
      const rows = (await listClaims(store, { version: v })).rows;
      assert.equal(rows[0].published, '2025-11-03', 'provenance copied from the document');
      assert.equal(rows[0].extractor_version, 'x1');
    });

    test('a failure mid-way leaves the old claims intact', async () => {
      const v = await newVersion();
      await replaceMachineClaims(store, v, [testClaim({ value: { exact: 1 } }), testClaim({ value: { exact: 2 } })], 'x1');
      const before = (await listClaims(store, { version: v }, { sort: 'id' })).rows;
      // 450 claims: the first chunks insert, then a claim without a force breaks a NOT NULL constraint.
      const many = Array.from({ length: 450 }, (_, i) => testClaim({ span: { start: i, end: i + 1 } }));
      many[420] = { ...many[420], force: null as unknown as string };
      await assert.rejects(replaceMachineClaims(store, v, many, 'x2'));
      const afterRows = (await listClaims(store, { version: v }, { sort: 'id' })).rows;
      assert.deepEqual(afterRows, before);
      const version = await store.db.selectFrom('document_versions').select('extractor_version').where('id', '=', v).executeTakeFirstOrThrow();
      assert.equal(version.extractor_version, 'x1');
    });

    test('human decisions survive re-extraction, and their twins are not added again', async () => {
      const v = await newVersion();
      const a = testClaim({ span: { start: 1, end: 2 }, value: { exact: 100 } });
      const b = testClaim({ span: { start: 3, end: 4 }, value: { exact: 200 } });
      const c = testClaim({ span: { start: 5, end: 6 }, value: { exact: 300 } });
      await replaceMachineClaims(store, v, [a, b, c], 'x1');
      const [ra, rb] = (await listClaims(store, { version: v }, { sort: 'value' })).rows;
      await updateClaim(store, ra.id, { status: 'accepted' }, { actor: 'olena', action: 'claim.accept' });
      await updateClaim(store, rb.id, { status: 'rejected' }, { actor: 'olena', action: 'claim.reject', reason: 'a law article number' });
      const [human] = (
        await insertClaims(store, [{ claim: testClaim({ value: { exact: 999 }, span: { start: 9, end: 10 } }), context: { documentId: null, versionId: v, origin: 'human' } }])
      ).ids;

      const r = await replaceMachineClaims(store, v, [a, b, c, testClaim({ span: { start: 7, end: 8 }, value: { exact: 400 } })], 'x2');
      assert.deepEqual(r, { added: 2, removed: 1, kept: 3 });
      const all = (await listClaims(store, { version: v, status: ['unreviewed', 'accepted', 'rejected'] }, { sort: 'value' })).rows;
      assert.deepEqual(all.map((x) => [x.value_low, x.origin, x.status]), [
        [100, 'machine', 'accepted'],
        [200, 'machine', 'rejected'],
        [300, 'machine', 'unreviewed'],
        [400, 'machine', 'unreviewed'],
        [999, 'human', 'unreviewed'],
      ]);
      assert.equal((await getClaim(store, ra.id))?.status, 'accepted');
      assert.ok(await getClaim(store, human));
    });

    test('a reviewed edit is audited in the same transaction, with before and after', async () => {
      const v = await newVersion();
      await replaceMachineClaims(store, v, [testClaim()], 'x1');
      const [row] = (await listClaims(store, { version: v })).rows;
      const edited = await updateClaim(store, row.id, { status: 'corrected', value_low: 21_500, value_high: 21_500, source: 'ОГП' }, { actor: 'taras', action: 'claim.correct', reason: 'typo in the article' });
      assert.equal(edited.source_key, 'огп');
      const trail = await auditTrail(store, 'claim', row.id);
      assert.equal(trail.length, 1);
      assert.equal(trail[0].actor, 'taras');
      assert.equal(JSON.parse(trail[0].before as string).value_low, 21_000);
      assert.equal(JSON.parse(trail[0].after as string).value_low, 21_500);
      await assert.rejects(updateClaim(store, row.id, { status: 'accepted' }, { actor: 'x', action: 'claim.accept', expectedUpdatedAt: row.updated_at }), /changed by someone else/);
      await assert.rejects(updateClaim(store, 987654, { status: 'accepted' }, { actor: 'x', action: 'claim.accept' }), /no such claim/);
      assert.equal((await auditTrail(store, 'claim', row.id)).length, 1, 'a refused change writes no audit entry');
    });

    test('imports with external ids can be re-run', async () => {
      const items = [1, 2, 3].map((i) => ({ claim: testClaim({ value: { exact: i } }), context: { documentId: null, versionId: null, origin: 'dataset' as const, externalId: `ds:${i}`, published: '2024-01-0' + i, sourceUrl: 'https://example.org/data' } }));
      const first = await insertClaims(store, items, { actor: 'import' });
      const second = await insertClaims(store, [...items, items[0]]);
      assert.deepEqual([first.ids.length, first.skipped, second.ids.length, second.skipped], [3, 0, 0, 4]);
      const rows = (await listClaims(store, { origin: 'dataset' }, { sort: 'published' })).rows;
      assert.deepEqual(rows.map((r) => r.source_url), ['https://example.org/data', 'https://example.org/data', 'https://example.org/data']);
      assert.equal((await auditTrail(store, 'claim', first.ids[0])).length, 1);
    });
  });
}
