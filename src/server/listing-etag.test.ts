// The claims listing's ETag (SQLite): computed before the query from the data version, the analysis and the
// URL; it answers 304 without a query while nothing changed, and changes when a claim changes through this
// server, through another connection to the same file, or when the verdicts shown change.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { insertClaims, openStore } from '../store/index';
import { testClaim } from '../store/test-claims';
import { buildApp } from './app';
import { makeFixture, type Fixture } from './test-support';

describe('claims listing ETag', () => {
  let fx: Fixture;
  let app: FastifyInstance;
  before(async () => {
    fx = await makeFixture();
    app = await buildApp({ store: fx.store, warmAnalysis: false, webhookIntervalSeconds: 0 });
  });
  after(async () => {
    await app.close();
    await fx.close();
  });

  const get = (url: string, tag?: string) => app.inject({ url, headers: tag ? { 'if-none-match': tag } : {} });

  it('answers 304 while nothing changed, per URL and format', async () => {
    const a = await get('/api/claims?limit=2');
    const b = await get('/api/claims?limit=3');
    const csv = await get('/api/claims?limit=2&format=csv');
    assert.equal(a.statusCode, 200);
    assert.match(a.headers.etag as string, /^"l/u);
    assert.notEqual(a.headers.etag, b.headers.etag);
    assert.notEqual(a.headers.etag, csv.headers.etag);
    const again = await get('/api/claims?limit=2', a.headers.etag as string);
    assert.equal(again.statusCode, 304);
    assert.equal(again.body, '');
    assert.equal((await get('/api/claims?limit=2', 'W/"other", ' + (a.headers.etag as string))).statusCode, 304);
    assert.equal((await get('/api/claims?limit=2', '"other"')).statusCode, 200);
    // The same rows give the same bytes and the same tag.
    const c = await get('/api/claims?limit=2');
    assert.equal(c.body, a.body);
    assert.equal(c.headers.etag, a.headers.etag);
  });

  it('changes when a claim is written through this store', async () => {
    const before = await get('/api/claims');
    await insertClaims(fx.store, [{ claim: testClaim({ quote: 'Another 12 cases.' }), context: { documentId: null, versionId: null, origin: 'dataset', published: '2026-01-01' } }]);
    const after = await get('/api/claims', before.headers.etag as string);
    assert.equal(after.statusCode, 200);
    assert.notEqual(after.headers.etag, before.headers.etag);
    assert.notEqual(after.body, before.body);
  });

  it('changes when another connection (another process) writes to the same file', async () => {
    const before = await get('/api/claims');
    const other = await openStore(fx.store.file as string);
    try {
      await insertClaims(other, [{ claim: testClaim({ quote: 'Yet another 7 cases.' }), context: { documentId: null, versionId: null, origin: 'dataset', published: '2026-01-02' } }]);
    } finally {
      await other.close();
    }
    const after = await get('/api/claims', before.headers.etag as string);
    assert.equal(after.statusCode, 200);
    assert.notEqual(after.headers.etag, before.headers.etag);
  });

  it('changes when the verdicts shown change (the analysis is computed)', async () => {
    const before = await get('/api/claims');
    await app.absentia.analysis.get();
    const after = await get('/api/claims', before.headers.etag as string);
    assert.equal(after.statusCode, 200);
    assert.notEqual(after.headers.etag, before.headers.etag);
  });
});
