// Feed parsing: RSS 2.0, RSS 1.0, Atom, JSON Feed; duplicates; entity attacks refused quickly.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AbsentiaError } from '../../util/errors';
import { parseFeedBytes } from './feeds';
import { fixture } from './test-support/site';

const BASE = 'https://news.example/feed';

describe('parseFeedBytes', () => {
  test('RSS 2.0 with a bare ampersand, HTML descriptions, a repeated guid and an item without a link', () => {
    const f = parseFeedBytes(fixture('feed-rss2.xml'), 'application/rss+xml', BASE);
    assert.equal(f.format, 'rss');
    assert.equal(f.title, 'Тестова правда & партнери');
    assert.equal(f.duplicates, 1);
    assert.equal(f.items.length, 2);
    const [first, noLink] = f.items;
    assert.equal(first.key, 'szch-2025-08-26');
    assert.equal(first.url, 'https://news.example/news/2025/08/26/szch/');
    assert.equal(first.published, '2025-08-26');
    assert.equal(first.text, 'Офіс Генерального прокурора повідомив про 67 840 проваджень.');
    assert.equal(noLink.url, null);
    assert.match(noLink.key, /^sha256:/u);
  });

  test('RSS 1.0 (RDF), Atom and JSON Feed', () => {
    const rdf = parseFeedBytes(fixture('feed-rdf.xml'), null, BASE);
    assert.deepEqual([rdf.items[0].url, rdf.items[0].published], ['https://news.example/news/rdf-1', '2025-10-01']);
    const atom = parseFeedBytes(fixture('feed-atom.xml'), 'application/atom+xml', BASE);
    assert.equal(atom.format, 'atom');
    assert.deepEqual([atom.items[0].key, atom.items[0].url], ['tag:first.example,2025:soch-200k', 'https://news.example/news/soch-200k']);
    const json = parseFeedBytes(fixture('feed.json'), 'application/feed+json', BASE);
    assert.equal(json.format, 'json');
    assert.equal(json.items.length, 2);
    assert.equal(json.items[0].published, '2025-11-14');
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.getPrototypeOf(json.items[1]), Object.prototype);
  });

  test('the same item with new content has a new hash; the same content the same hash', () => {
    const a = parseFeedBytes(fixture('feed-atom.xml'), null, BASE).items[0];
    const changed = fixture('feed-atom.xml').toString().replace('2025-08-26T16:30:00+03:00</updated>\n<summary>202 997', '2025-08-27T08:00:00+03:00</updated>\n<summary>202 998');
    const b = parseFeedBytes(Buffer.from(changed), null, BASE).items[0];
    assert.equal(a.key, b.key);
    assert.notEqual(a.hash, b.hash);
    assert.equal(parseFeedBytes(fixture('feed-atom.xml'), null, BASE).items[0].hash, a.hash);
  });

  test('billion laughs and external entities are refused fast, with nothing expanded or fetched', () => {
    for (const name of ['feed-billion-laughs.xml', 'feed-external-entity.xml']) {
      const t0 = performance.now();
      assert.throws(
        () => parseFeedBytes(fixture(name), 'application/rss+xml', BASE),
        (e: unknown) => e instanceof AbsentiaError && /entity expansion is not allowed/u.test(e.message),
      );
      assert.ok(performance.now() - t0 < 100, name);
    }
  });

  test('many numeric character references stay bounded', () => {
    const xml = `<rss version="2.0"><channel><title>t</title><item><title>${'&#65;'.repeat(200_000)}</title><link>https://x.example/a</link></item></channel></rss>`;
    const t0 = performance.now();
    const f = parseFeedBytes(Buffer.from(xml), null, BASE);
    assert.equal(f.items[0].title?.length, 200_000);
    assert.ok(performance.now() - t0 < 2000);
  });

  test('not a feed: a clear error', () => {
    assert.throws(() => parseFeedBytes(Buffer.from('{"hello": 1}'), 'application/json', BASE), /not a JSON Feed/u);
    assert.throws(() => parseFeedBytes(Buffer.from('just text'), 'text/plain', BASE), /not a readable RSS or Atom feed/u);
  });
});
