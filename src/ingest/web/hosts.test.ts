// Politeness: one request at a time per host with a pause between them, hosts in parallel, robots.txt rules.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Fetcher, retryAfterMs } from './fetch';
import { fetchWithRetry } from './context';
import { PoliteFetcher } from './hosts';
import { isAllowed, parseRobots } from './robots';
import { startSite, type Site } from './test-support/site';

describe('robots.txt rules', () => {
  const txt = 'User-agent: *\nDisallow: /\n\nUser-agent: absentia\nUser-agent: other\nDisallow: /search\nAllow: /search/about$\nDisallow: /*.pdf$\nCrawl-delay: 2\n';
  test('our group wins over *, longest match decides, wildcards and $ anchors', () => {
    const r = parseRobots(txt, 'absentia');
    assert.equal(r.crawlDelaySeconds, 2);
    assert.equal(isAllowed(r, '/news/1'), true);
    assert.equal(isAllowed(r, '/search?q=x'), false);
    assert.equal(isAllowed(r, '/search/about'), true);
    assert.equal(isAllowed(r, '/search/about/more'), false);
    assert.equal(isAllowed(r, '/files/report.pdf'), false);
    assert.equal(isAllowed(parseRobots(txt, 'someone-else'), '/news/1'), false);
  });
});

describe('PoliteFetcher', () => {
  let a: Site;
  let b: Site;
  const log: Array<{ site: string; start: number; end: number }> = [];
  before(async () => {
    a = await startSite();
    b = await startSite();
    for (const [name, site] of [['a', a], ['b', b]] as const) {
      site.route('/slow', async (_q, res) => {
        const entry = { site: name, start: Date.now(), end: 0 };
        await new Promise((r) => setTimeout(r, 80));
        entry.end = Date.now();
        log.push(entry);
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<p>ok</p>');
      });
    }
    b.route('/robots.txt', (_q, res) => {
      res.writeHead(503);
      res.end();
    });
  });
  after(async () => {
    await a.close();
    await b.close();
  });

  test('requests to one host never overlap and keep the pause; robots.txt is read once', async () => {
    const polite = new PoliteFetcher(new Fetcher({ allowPrivate: true }), { delayMs: 50 });
    try {
      await Promise.all([1, 2, 3, 4].map(() => polite.fetch(a.url('/slow'))));
    } finally {
      await polite.fetcher.close();
    }
    const runs = log.filter((l) => l.site === 'a').sort((x, y) => x.start - y.start);
    assert.equal(runs.length, 4);
    for (let i = 1; i < runs.length; i++) assert.ok(runs[i].start - runs[i - 1].end >= 45, `gap ${runs[i].start - runs[i - 1].end} ms`);
    assert.equal(a.hits('/robots.txt'), 1);
  });

  test('an unreachable robots.txt (5xx) keeps the site out; other hosts are unaffected', async () => {
    const polite = new PoliteFetcher(new Fetcher({ allowPrivate: true }), { delayMs: 0 });
    try {
      const [onB, onA] = await Promise.allSettled([polite.fetch(b.url('/slow')), polite.fetch(a.url('/slow'))]);
      assert.equal(onB.status, 'rejected');
      assert.match(String((onB as PromiseRejectedResult).reason), /robots\.txt unreachable \(HTTP 503\)/u);
      assert.equal(onA.status, 'fulfilled');
      assert.equal(b.hits('/slow'), 0);
    } finally {
      await polite.fetcher.close();
    }
  });

  test('a 429 with Retry-After holds the host until then; the retry succeeds after the pause', async () => {
    const times: number[] = [];
    a.route('/busy', (_q, res) => {
      times.push(Date.now());
      if (times.length === 1) {
        res.writeHead(429, { 'retry-after': '1' });
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<p>ok</p>');
    });
    const polite = new PoliteFetcher(new Fetcher({ allowPrivate: true }), { delayMs: 0 });
    try {
      const { attempts } = await fetchWithRetry(polite, a.url('/busy'), {}, { retries: 2, backoffMs: 10 });
      assert.equal(attempts, 2);
      assert.ok(times[1]! - times[0]! >= 950, `retried after ${times[1]! - times[0]!} ms, asked for 1000`);
    } finally {
      await polite.fetcher.close();
    }
  });

  test('a Retry-After beyond the run limit ends the attempts at once, naming the wait', async () => {
    let hits = 0;
    a.route('/closed', (_q, res) => {
      hits++;
      res.writeHead(503, { 'retry-after': '3600' });
      res.end();
    });
    const polite = new PoliteFetcher(new Fetcher({ allowPrivate: true }), { delayMs: 0 });
    try {
      await assert.rejects(fetchWithRetry(polite, a.url('/closed'), {}, { retries: 3, backoffMs: 10 }), /HTTP 503 \(retry after 3600 s\)/u);
      assert.equal(hits, 1);
    } finally {
      await polite.fetcher.close();
    }
  });
});

test('Retry-After is read as seconds or an HTTP-date; anything else is ignored', () => {
  const now = Date.parse('2025-11-03T12:00:00Z');
  assert.equal(retryAfterMs('120', now), 120_000);
  assert.equal(retryAfterMs('Mon, 03 Nov 2025 12:00:30 GMT', now), 30_000);
  assert.equal(retryAfterMs('Mon, 03 Nov 2025 11:00:00 GMT', now), 0);
  for (const bad of [null, '', '-5', '1.5', 'soon', '12:00']) assert.equal(retryAfterMs(bad, now), null, String(bad));
});
