// End to end against a local site and a real SQLite store: pages, versions, echoes, feeds, failures.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import iconv from 'iconv-lite';
import { listVersions, readArchive, type Store } from '../../store/index';
import { testDatabases } from '../../store/test-databases';
import { fetchLog } from '../../store/web';
import { ingestFeeds, ingestUrls, type WebIngestOptions } from './index';
import { countExtractor } from './test-support/count-extractor';
import { fixture, startSite, type Site } from './test-support/site';

for (const target of await testDatabases()) describe(`web ingest into the store (${target.dialect})`, () => {
  let site: Site;
  let store: Store;
  let opts: WebIngestOptions;

  before(async () => {
    site = await startSite();
    store = await target.open();
    opts = {
      store,
      extract: countExtractor,
      extractorVersion: 'test-1',
      fetch: { allowPrivate: true, timeoutMs: 20_000 },
      politeness: { delayMs: 0 },
      retries: 2,
      backoffMs: 10,
    };
  });
  after(async () => {
    await store.close();
    await site.close();
  });

  const claimsOf = (documentId: number) =>
    store.db.selectFrom('claims').select(['value_low', 'superseded', 'version_id']).where('document_id', '=', documentId).orderBy('id').execute();

  test('a page is stored with metadata, archived raw bytes and claims; URL variants and a re-run add nothing', async () => {
    let served = 0;
    site.route('/news/2025/08/26/szch', (req, res) => {
      served++;
      if (req.headers['if-none-match'] === '"uk1"') {
        res.writeHead(304);
        return void res.end();
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: '"uk1"' });
      res.end(fixture('article-uk.html'));
    });
    const first = await ingestUrls([site.url('/news/2025/08/26/szch?utm_source=tg&utm_medium=social')], opts);
    assert.equal(first.new, 1, JSON.stringify(first.results));
    const r = first.results[0];
    assert.equal(r.canonicalUrl, `${site.origin}/news/2025/08/26/szch`);
    const doc = await store.db.selectFrom('documents').selectAll().where('id', '=', r.documentId!).executeTakeFirstOrThrow();
    assert.equal(doc.published, '2025-08-26');
    assert.equal(doc.outlet, 'Тестова правда');
    assert.equal(doc.language, 'uk');
    assert.equal(doc.title, 'Справ про СЗЧ у 2024 році стало майже вдесятеро більше | Тестова правда');
    const values = (await claimsOf(doc.id)).map((c) => c.value_low);
    assert.deepEqual(values, [67840, 17658, 6988, 110511, 202997, 50058]);
    const archived = await readArchive(store, doc.current_version_id!);
    assert.deepEqual(archived?.bytes, fixture('article-uk.html'));

    const again = await ingestUrls([site.url('/news/2025/08/26/szch?fbclid=abc'), site.url('/news/2025/08/26/szch#comments')], opts);
    assert.equal(again.new + again.updated, 0);
    assert.equal(again.unchanged, 2);
    assert.equal(again.claimsAdded, 0);
    assert.equal((await claimsOf(doc.id)).length, 6);
    assert.equal(served, 3);
  });

  test('a corrected page becomes version 2 with its claims re-extracted; version 1 and its claims are kept', async () => {
    let body = fixture('article-ru.html').toString();
    site.route('/news/soch-200k', (_q, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body);
    });
    const v1 = await ingestUrls([site.url('/news/soch-200k')], opts);
    assert.equal(v1.new, 1);
    const id = v1.results[0].documentId!;
    body = body.replaceAll('110&nbsp;511', '110&nbsp;611');
    const v2 = await ingestUrls([site.url('/news/soch-200k')], opts);
    assert.equal(v2.updated, 1);
    assert.equal(v2.results[0].version, 2);
    assert.equal((await listVersions(store, id)).length, 2);
    const claims = await claimsOf(id);
    assert.deepEqual(
      claims.filter((c) => c.superseded === 1).map((c) => c.value_low),
      [202997, 110511, 67840, 17658, 50058, 15564],
    );
    assert.ok(claims.some((c) => c.superseded === 0 && c.value_low === 110611));
  });

  test('an article re-published by another outlet is an echo of the original; a translation is not', async () => {
    site.page('/agg/v-ukraine-200-tysyach', fixture('republished-ru.html'));
    const r = await ingestUrls([site.url('/agg/v-ukraine-200-tysyach')], opts);
    assert.equal(r.new, 1, 'the copy pointing rel=canonical at another site stays its own document');
    assert.equal(r.echoes, 1);
    const original = await store.db.selectFrom('documents').select('id').where('canonical_url', '=', `${site.origin}/news/soch-200k`).executeTakeFirstOrThrow();
    assert.equal(r.results[0].echoOf, original.id);
    const uk = await store.db.selectFrom('documents').select('echo_of').where('canonical_url', '=', `${site.origin}/news/2025/08/26/szch`).executeTakeFirstOrThrow();
    assert.equal(uk.echo_of, null);
  });

  test('windows-1251 without a declaration and KOI8-R under a wrong header are read correctly', async () => {
    const html = fixture('article-ru.html').toString().replace('<meta charset="utf-8">', '').replaceAll('soch', 'x');
    site.page('/cp1251', iconv.encode(html.replace('200 тысяч', '200 тысяч (1251)'), 'windows-1251'), { 'content-type': 'text/html' });
    site.page('/koi8', iconv.encode(html.replace('200 тысяч', '200 тысяч (koi8)'), 'koi8-r'), { 'content-type': 'text/html; charset=utf-8' });
    const r = await ingestUrls([site.url('/cp1251'), site.url('/koi8')], opts);
    assert.deepEqual(r.results.map((x) => x.encoding), ['windows-1251', 'koi8-r']);
    const titles = await store.db.selectFrom('documents').select('title').where('canonical_url', 'in', [site.url('/cp1251'), site.url('/koi8')]).orderBy('id').execute();
    assert.deepEqual(titles.map((t) => t.title), ['Число дел о СОЧ в Украине превысило 200 тысяч', 'Число дел о СОЧ в Украине превысило 200 тысяч']);
  });

  test('failures (404, flaky 500, timeout, not HTML, robots) are reported; the other URLs are stored', async () => {
    let flaky = 0;
    site.route('/flaky', (_q, res) => {
      flaky++;
      if (flaky < 3) {
        res.writeHead(503);
        return void res.end();
      }
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(fixture('article-uk.html').toString().replace('67&nbsp;840', '1&nbsp;234&nbsp;567').replace('/news/2025/08/26/szch/', '/flaky'));
    });
    site.route('/always-500', (_q, res) => {
      res.writeHead(500);
      res.end();
    });
    site.page('/report.pdf', '%PDF-1.4', { 'content-type': 'application/pdf' });
    const before = await store.db.selectFrom('documents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const r = await ingestUrls([site.url('/missing'), site.url('/flaky'), site.url('/always-500'), site.url('/report.pdf'), 'ftp://x.example/a'], opts);
    assert.deepEqual(r.results.map((x) => x.status), ['failed', 'new', 'failed', 'failed', 'failed']);
    assert.match(r.results[0].error!, /HTTP 404/u);
    assert.equal(r.results[1].attempts, 3);
    assert.equal(r.results[2].attempts, 3);
    assert.match(r.results[3].error!, /not a web page/u);
    assert.match(r.results[4].error!, /scheme ftp: refused/u);
    const afterCount = await store.db.selectFrom('documents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(afterCount.n), Number(before.n) + 1);
    const log = await fetchLog(store, site.url('/always-500'));
    assert.equal(log.at(-1)?.outcome, 'failed');
  });

  test('robots.txt is honoured', async () => {
    const robotsSite = await startSite();
    try {
      robotsSite.page('/robots.txt', 'User-agent: *\nDisallow: /private\nAllow: /private/ok\n', { 'content-type': 'text/plain' });
      robotsSite.page('/private/page', fixture('article-uk.html'));
      robotsSite.page('/private/ok', fixture('article-uk.html'));
      const r = await ingestUrls([robotsSite.url('/private/page'), robotsSite.url('/private/ok')], { ...opts, extract: undefined });
      assert.match(r.results[0].error!, /disallowed by robots\.txt/u);
      assert.equal(robotsSite.hits('/private/page'), 0);
      assert.equal(r.results[1].status, 'new');
      assert.equal(robotsSite.hits('/robots.txt'), 1);
    } finally {
      await robotsSite.close();
    }
  });

  test('without allowPrivate nothing reaches the local site', async () => {
    const before = site.hits();
    const r = await ingestUrls([site.url('/news/soch-200k')], { ...opts, fetch: { timeoutMs: 2000 } });
    assert.match(r.results[0].error!, /loopback address refused/u);
    assert.equal(site.hits(), before);
  });

  test('feeds: duplicates collapse, a second poll is a 304, an updated item is re-ingested', async () => {
    let rss = fixture('feed-rss2.xml').toString().replaceAll('/news/2025/08/26/szch/', '/feed-news/1');
    let feedEtag = '"f1"';
    let feedPolls = 0;
    site.route('/feed.xml', (req, res) => {
      feedPolls++;
      if (req.headers['if-none-match'] === feedEtag) {
        res.writeHead(304);
        return void res.end();
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: feedEtag });
      res.end(rss);
    });
    let article = fixture('article-uk.html').toString().replace('/news/2025/08/26/szch/', '/feed-news/1').replace('67&nbsp;840', '67&nbsp;841');
    site.route('/feed-news/1', (_q, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(article);
    });
    site.route('/feed-broken.xml', (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(fixture('feed-billion-laughs.xml'));
    });

    const first = await ingestFeeds([site.url('/feed.xml'), site.url('/feed-broken.xml')], opts);
    assert.equal(first.feeds[0].feedStatus, 'ok');
    assert.equal(first.feeds[0].duplicates, 1);
    assert.equal(first.feeds[0].items, 2);
    assert.equal(first.new, 2, JSON.stringify(first.results));
    assert.equal(first.feeds[1].feedStatus, 'failed');
    assert.match(first.feeds[1].error!, /entity expansion is not allowed/u);

    const second = await ingestFeeds([site.url('/feed.xml')], opts);
    assert.equal(second.feeds[0].feedStatus, 'not_modified');
    assert.equal(second.new + second.updated, 0);

    feedEtag = '"f2"';
    rss = rss.replace('<pubDate>Tue, 26 Aug 2025 14:05:00 +0300</pubDate>', '<pubDate>Tue, 26 Aug 2025 14:05:00 +0300</pubDate><category>оновлено</category>').replace('про 67 840 проваджень', 'про 67 842 провадження');
    article = article.replace('67&nbsp;841', '67&nbsp;842');
    const third = await ingestFeeds([site.url('/feed.xml')], opts);
    assert.equal(third.feeds[0].seen, 1, 'the item without a link did not change');
    assert.equal(third.updated, 1);
    assert.equal(feedPolls, 3);
  });
});
