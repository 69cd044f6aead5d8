// The claims listing's page cache: a kept page is the bytes an uncached server sends; any write (through this
// server's store or another connection to the file) is seen by the next request; the byte budget holds; ETags
// and 304s work as without it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { insertClaims, openStore } from '../store/index';
import { testClaim } from '../store/test-claims';
import { buildApp } from './app';
import { PageCache } from './http/page-cache';
import { makeFixture, type Fixture } from './test-support';

describe('PageCache', () => {
  const page = (n: number) => ({ body: Buffer.alloc(n, 'x'), contentType: 'text/plain' });

  it('keeps pages within its byte budget, least recently used out first', () => {
    const cache = new PageCache(10_000);
    assert.equal(cache.get('g1', 'a'), undefined);
    for (const key of ['a', 'b', 'c', 'd', 'e']) cache.set('g1', key, page(2000));
    assert.ok(cache.bytes <= 10_000);
    assert.equal(cache.count, 4, 'five pages of 2,000 bytes and their overhead do not fit in 10,000');
    assert.equal(cache.get('g1', 'a'), undefined, 'the oldest went first');
    assert.ok(cache.get('g1', 'b'));
    cache.set('g1', 'f', page(2000));
    assert.ok(cache.get('g1', 'b'), 'b was used last, so c went instead');
    assert.equal(cache.get('g1', 'c'), undefined);
    cache.set('g1', 'huge', page(3000));
    assert.equal(cache.get('g1', 'huge'), undefined, 'more than a quarter of the budget is not kept');
    assert.ok(cache.bytes <= 10_000);
  });

  it('drops every page of an older generation and keeps none made in one', () => {
    const cache = new PageCache(1_000_000);
    assert.equal(cache.get('g1', 'a'), undefined, 'a lookup dates the cache');
    cache.set('g1', 'a', page(10));
    assert.ok(cache.get('g1', 'a'));
    assert.equal(cache.get('g2', 'a'), undefined);
    assert.equal(cache.count, 0);
    cache.set('g1', 'a', page(10));
    assert.equal(cache.count, 0, 'a page of the old generation, finished late, is not kept');
  });
});

describe('claims listing page cache', () => {
  let fx: Fixture;
  let cached: FastifyInstance;
  let uncached: FastifyInstance;
  before(async () => {
    fx = await makeFixture();
    cached = await buildApp({ store: fx.store, warmAnalysis: false, webhookIntervalSeconds: 0 });
    uncached = await buildApp({ store: fx.store, warmAnalysis: false, webhookIntervalSeconds: 0, pageCacheMb: 0 });
  });
  after(async () => {
    await cached.close();
    await uncached.close();
    await fx.close();
  });

  const get = (app: FastifyInstance, url: string, tag?: string) => app.inject({ url, headers: tag ? { 'if-none-match': tag } : {} });
  const URLS = ['/api/claims?limit=2', '/api/claims?force=UA&sort=value', '/api/claims?limit=3&format=csv', '/api/claims?q=prosecutors'];

  it('sends the bytes and headers an uncached server sends, kept or not', async () => {
    assert.equal(uncached.absentia.pages, null);
    for (const url of URLS) {
      const plain = await get(uncached, url);
      const first = await get(cached, url);
      const kept = await get(cached, url);
      assert.equal(plain.statusCode, 200, url);
      for (const res of [first, kept]) {
        assert.equal(res.statusCode, 200, url);
        assert.equal(res.body, plain.body, url);
        for (const h of ['content-type', 'content-disposition', 'etag', 'content-length']) assert.equal(res.headers[h], plain.headers[h], `${url} ${h}`);
      }
    }
    assert.equal(cached.absentia.pages?.count, URLS.length);
  });

  it('gives the same page and tag whatever order the parameters come in', async () => {
    const a = await get(cached, '/api/claims?force=UA&limit=5&sort=-published');
    const b = await get(cached, '/api/claims?limit=5&force=UA');
    assert.equal(b.body, a.body);
    assert.equal(b.headers.etag, a.headers.etag);
  });

  it('answers 304 to a current tag and 200 with the new page after a write through this store', async () => {
    const before = await get(cached, '/api/claims');
    assert.equal((await get(cached, '/api/claims', before.headers.etag as string)).statusCode, 304);
    await insertClaims(fx.store, [{ claim: testClaim({ quote: 'A fresh 31 cases.' }), context: { documentId: null, versionId: null, origin: 'dataset', published: '2026-02-01' } }]);
    const after = await get(cached, '/api/claims', before.headers.etag as string);
    assert.equal(after.statusCode, 200);
    assert.match(after.body, /A fresh 31 cases/u);
    assert.equal(after.body, (await get(uncached, '/api/claims')).body);
  });

  it('sees a write by another connection to the same file (another process)', async () => {
    await get(cached, '/api/claims');
    const other = await openStore(fx.store.file as string);
    try {
      await insertClaims(other, [{ claim: testClaim({ quote: 'Elsewhere 44 cases.' }), context: { documentId: null, versionId: null, origin: 'dataset', published: '2026-02-02' } }]);
    } finally {
      await other.close();
    }
    const after = await get(cached, '/api/claims');
    assert.match(after.body, /Elsewhere 44 cases/u);
  });

  it('shows new verdicts once the analysis is computed', async () => {
    await get(cached, '/api/claims');
    await cached.absentia.analysis.get();
    await uncached.absentia.analysis.get();
    assert.equal((await get(cached, '/api/claims')).body, (await get(uncached, '/api/claims')).body);
  });
});
