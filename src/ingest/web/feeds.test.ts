// Feed parsing: RSS 2.0, RSS 1.0, Atom, JSON Feed; duplicates; entity attacks refused quickly.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import iconv from 'iconv-lite';
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

  test('character references: a million are refused at once, ten thousand are read', () => {
    const feed = (n: number) => Buffer.from(`<rss version="2.0"><channel><title>t</title><item><title>${'&#65;'.repeat(n)}</title><link>https://x.example/a</link></item></channel></rss>`);
    const t0 = performance.now();
    assert.throws(() => parseFeedBytes(feed(1_000_000), null, BASE), (e: unknown) => e instanceof AbsentiaError && e.code === 'too_large');
    assert.ok(performance.now() - t0 < 1000, `refused in ${(performance.now() - t0).toFixed(0)} ms`);
    assert.equal(parseFeedBytes(feed(10_000), null, BASE).items[0].title, 'A'.repeat(10_000));
  });

  test('real-world breakage: RSS 0.91 with a public DTD, BOM with windows-1251, no dates, relative links, stray HTML', () => {
    const rss091 = `<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel><title>Old</title><item><title>A & B</title><link>story/1.html</link></item></channel></rss>`;
    const old = parseFeedBytes(Buffer.from(rss091), 'text/xml', BASE);
    assert.deepEqual([old.items[0].title, old.items[0].url, old.items[0].published], ['A & B', 'https://news.example/story/1.html', null]);
    const cp = iconv.encode(`<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>Новини</title><item><guid>1</guid><title>Дезертирство: нові дані</title><description>&lt;p&gt;Понад 21 тисячу справ&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;</description></item></channel></rss>`, 'windows-1251');
    const f = parseFeedBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(iconv.decode(cp, 'windows-1251'))]), null, BASE);
    assert.equal(f.items[0].title, 'Дезертирство: нові дані');
    assert.equal(f.items[0].text, 'Понад 21 тисячу справ');
    assert.equal(parseFeedBytes(cp, 'application/rss+xml', BASE).items[0].title, 'Дезертирство: нові дані');
    const atomNoDates = `<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title><entry><title type="html">&lt;b&gt;Bold&lt;/b&gt; title</title><link href="/a"/></entry></feed>`;
    const a = parseFeedBytes(Buffer.from(atomNoDates), null, BASE);
    assert.equal(a.items[0].url, 'https://news.example/a');
    assert.equal(a.items[0].published, null);
  });

  test('not a feed: a clear error', () => {
    assert.throws(() => parseFeedBytes(Buffer.from('{"hello": 1}'), 'application/json', BASE), /not a JSON Feed/u);
    assert.throws(() => parseFeedBytes(Buffer.from('just text'), 'text/plain', BASE), /not a readable RSS or Atom feed/u);
  });
});
