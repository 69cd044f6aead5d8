// File ingest with a stand-in extractor (one claim per number in the text): idempotence, re-extraction
// after an extractor change, folders of mixed files, bad inputs reported one line each, nothing lost.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { ExtractedClaim } from '../claim/index';
import { listClaims, listDocuments, openStore, type Store } from '../store/index';
import { testClaim } from '../store/test-claims';
import { ingestFiles } from './ingest-files';

/** One claim per run of digits, so that tests can tell which text a claim came from. */
function numbersExtractor(text: string, options: { published: string; language?: string }): ExtractedClaim[] {
  return [...text.matchAll(/\p{N}+/gu)].map((m) =>
    testClaim({ value: { exact: Number(m[0]) }, span: { start: m.index, end: m.index + m[0].length }, quote: text.slice(0, 80), language: options.language ?? 'en' }),
  );
}

describe('ingestFiles', () => {
  let dir: string;
  let store: Store;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'absentia-ingest-'));
    store = await openStore(join(dir, 'test.db'));
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const file = (name: string, content: string | Buffer) => {
    const p = join(dir, name);
    mkdirSync(join(p, '..'), { recursive: true });
    writeFileSync(p, content);
    return p;
  };

  test('the same document twice adds nothing; an extractor change re-extracts in place', async () => {
    const p = file('one/article.txt', 'Deserters: 120 in May and 300 in June.\n');
    const opts = { store, published: '2025-07-01', extract: numbersExtractor, extractorVersion: 'v1' };
    const first = await ingestFiles([p], opts);
    assert.deepEqual([first.new, first.claimsAdded], [1, 2]);
    const second = await ingestFiles([p], opts);
    assert.deepEqual([second.unchanged, second.claimsAdded], [1, 0]);
    const third = await ingestFiles([p], { ...opts, extractorVersion: 'v2' });
    assert.deepEqual([third.updated, third.claimsAdded, third.results[0].reextracted], [1, 2, true]);
    const rows = (await listClaims(store, { document: first.results[0].documentId })).rows;
    assert.deepEqual(rows.map((r) => [r.value_low, r.extractor_version, r.published]).sort(), [[120, 'v2', '2025-07-01'], [300, 'v2', '2025-07-01']]);
  });

  test('a folder of mixed files: documents stored, bad files one line each, hidden files skipped', async () => {
    const folder = join(dir, 'mixed');
    // The store itself lives in the folder being ingested (its files must be left alone).
    await store.close();
    mkdirSync(folder, { recursive: true });
    store = await openStore(join(folder, 'test.db'));
    file('mixed/a.txt', 'Report: 1500 cases.');
    file('mixed/b.html', '<html lang="en"><head><title>B</title></head><body><p>Court cases: 42.</p></body></html>');
    file('mixed/notes', 'No extension, 7 claims.');
    file('mixed/sub/c.md', '# C\n\n88 returned.');
    file('mixed/.hidden.txt', 'Hidden 999.');
    file('mixed/empty.txt', '');
    file('mixed/photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    file('mixed/latin1.txt', Buffer.from([0x44, 0xe9, 0x73, 0x65, 0x72, 0x74, 0x65, 0x75, 0x72, 0x73, 0x20, 0x31, 0x32]));
    const s = await ingestFiles([folder, join(dir, 'no-such-file.txt')], { store, published: '2025-07-01', extract: numbersExtractor, extractorVersion: 'v1' });
    const by = Object.fromEntries(s.results.map((r) => [r.input.replace(`${dir}/`, ''), r]));
    assert.equal(by['mixed/.hidden.txt'], undefined);
    for (const ok of ['mixed/a.txt', 'mixed/b.html', 'mixed/notes', 'mixed/sub/c.md']) assert.equal(by[ok]?.status, 'new', ok);
    for (const bad of ['mixed/empty.txt', 'mixed/photo.png', 'mixed/latin1.txt', 'no-such-file.txt']) {
      assert.equal(by[bad]?.status, 'failed', bad);
      assert.match(by[bad].error as string, new RegExp(`^${join(dir, bad).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\S`), bad);
      assert.ok(!(by[bad].error as string).includes('\n'), 'one line');
    }
    assert.deepEqual([s.new, s.failed], [4, 4]);
    assert.ok(!s.results.some((r) => r.input.includes('test.db')), 'the store\'s own files are not ingested');
    const html = (await listDocuments(store)).find((d) => d.path?.endsWith('b.html'));
    assert.deepEqual([html?.title, html?.language], ['B', 'en']);
  });

  test('an extractor that throws fails that file only and stores nothing of it', async () => {
    const good = file('x/good.txt', 'Fine: 5.');
    const bad = file('x/bad.txt', 'Breaks: 6.');
    const before = (await listDocuments(store)).length;
    const s = await ingestFiles([bad, good], {
      store,
      published: '2025-07-01',
      extractorVersion: 'v1',
      extract: (text, o) => {
        if (text.startsWith('Breaks')) throw new Error('rule period.month failed at offset 3');
        return numbersExtractor(text, o);
      },
    });
    assert.deepEqual(s.results.map((r) => r.status), ['failed', 'new']);
    assert.match(s.results[0].error as string, /bad\.txt: rule period\.month failed/);
    assert.equal((await listDocuments(store)).length, before + 1);
  });
});
