// Documents and versions on every supported database: new, unchanged, updated, back to an old text, races.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { listClaims, replaceMachineClaims, upsertDocumentVersion, listVersions, getDocument, setEchoOf, saveDocument, archiveVersion, readArchive } from './index';
import type { Store } from './db';
import { testDatabases } from './test-databases';
import { testClaim } from './test-claims';

for (const target of await testDatabases()) {
  describe(`documents on ${target.dialect}`, () => {
    let store: Store;
    before(async () => {
      store = await target.open();
    });
    after(async () => {
      await store.close();
    });

    test('the same text twice is one document, one version', async () => {
      const a = await upsertDocumentVersion(store, { path: '/news/a.txt', text: 'First text.', published: '2025-11-03' });
      const b = await upsertDocumentVersion(store, { path: '/news/a.txt', text: 'First text.' });
      assert.equal(a.status, 'new');
      assert.equal(b.status, 'unchanged');
      assert.equal(b.documentId, a.documentId);
      assert.equal(b.versionId, a.versionId);
      assert.equal((await listVersions(store, a.documentId)).length, 1);
    });

    test('a changed text is a new version; the old version and its claims are kept, superseded', async () => {
      const v1 = await upsertDocumentVersion(store, { canonicalUrl: 'https://example.org/story', text: 'Over 1,200 left.', published: '2025-10-01' });
      await replaceMachineClaims(store, v1.versionId, [testClaim({ value: { exact: 1200 } })], 'x1');
      const v2 = await upsertDocumentVersion(store, { canonicalUrl: 'https://example.org/story', text: 'Over 1,300 left.' });
      assert.equal(v2.status, 'updated');
      assert.equal(v2.version, 2);
      assert.equal(v2.documentId, v1.documentId);
      await replaceMachineClaims(store, v2.versionId, [testClaim({ value: { exact: 1300 } })], 'x1');

      const current = await listClaims(store, { document: v1.documentId });
      assert.deepEqual(current.rows.map((r) => r.value_low), [1300]);
      const all = await listClaims(store, { document: v1.documentId, includeSuperseded: true }, { sort: 'id' });
      assert.deepEqual(all.rows.map((r) => [r.value_low, r.superseded]), [[1200, 1], [1300, 0]]);
      const doc = await getDocument(store, v1.documentId);
      assert.equal(doc?.current_version_id, v2.versionId);
      assert.equal(doc?.published, '2025-10-01', 'a version without a date keeps the known one');
    });

    test('a text that returns to an earlier version makes that version current again', async () => {
      const url = 'https://example.org/flip';
      const v1 = await upsertDocumentVersion(store, { canonicalUrl: url, text: 'A' });
      await replaceMachineClaims(store, v1.versionId, [testClaim()], 'x1');
      const v2 = await upsertDocumentVersion(store, { canonicalUrl: url, text: 'B' });
      const back = await upsertDocumentVersion(store, { canonicalUrl: url, text: 'A' });
      assert.equal(back.status, 'updated');
      assert.equal(back.versionId, v1.versionId);
      assert.equal(back.extractorVersion, 'x1');
      assert.notEqual(v2.versionId, v1.versionId);
      const rows = (await listClaims(store, { document: v1.documentId })).rows;
      assert.equal(rows.length, 1);
      assert.equal(rows[0].version_id, v1.versionId);
    });

    test('matchContent: the same text under another name adds nothing', async () => {
      const a = await upsertDocumentVersion(store, { path: '/copies/one.txt', text: 'Shared words.', matchContent: true });
      const b = await upsertDocumentVersion(store, { path: '/copies/two.txt', text: 'Shared words.', matchContent: true });
      assert.equal(b.status, 'unchanged');
      assert.equal(b.documentId, a.documentId);
    });

    test('concurrent upserts of one URL make one document and one version', async () => {
      const url = 'https://example.org/race';
      const results = await Promise.all(Array.from({ length: 6 }, () => upsertDocumentVersion(store, { canonicalUrl: url, text: 'Raced text.' })));
      assert.equal(new Set(results.map((r) => r.documentId)).size, 1);
      assert.equal(results.filter((r) => r.status === 'new').length, 1);
      assert.equal((await listVersions(store, results[0].documentId)).length, 1);
    });

    test('saveDocument stores text and claims together, and skips extraction of a known text', async () => {
      let calls = 0;
      const extraction = { extractorVersion: 'e1', extract: () => (calls++, [testClaim(), testClaim({ span: { start: 40, end: 45 }, value: { exact: 5 } })]) };
      const first = await saveDocument(store, { path: '/s/one.txt', text: 'Saved once.' }, extraction);
      const second = await saveDocument(store, { path: '/s/one.txt', text: 'Saved once.' }, extraction);
      assert.deepEqual([first.status, first.claimsAdded, second.status, second.claimsAdded, calls], ['new', 2, 'unchanged', 0, 1]);
      const third = await saveDocument(store, { path: '/s/one.txt', text: 'Saved once.' }, { ...extraction, extractorVersion: 'e2' });
      assert.deepEqual([third.status, third.reextracted, third.claimsAdded, calls], ['unchanged', true, 2, 2]);
      assert.equal((await listClaims(store, { document: first.documentId })).rows.length, 2);
    });

    test('echo links and archives', async () => {
      const a = await upsertDocumentVersion(store, { canonicalUrl: 'https://one.example/x', text: 'Original.' });
      const b = await upsertDocumentVersion(store, { canonicalUrl: 'https://two.example/x', text: 'Original, again.' });
      await setEchoOf(store, b.documentId, a.documentId);
      assert.equal((await getDocument(store, b.documentId))?.echo_of, a.documentId);
      await assert.rejects(setEchoOf(store, a.documentId, a.documentId), /echo itself/);
      const bytes = Buffer.from('<html><body>Привіт, світ</body></html>');
      await archiveVersion(store, a.versionId, bytes, 'text/html; charset=utf-8');
      await archiveVersion(store, a.versionId, Buffer.from('other'), 'text/plain');
      const back = await readArchive(store, a.versionId);
      assert.deepEqual([back?.bytes.equals(bytes), back?.contentType], [true, 'text/html; charset=utf-8']);
    });
  });
}
