// The safe fetcher against a local site: SSRF refusals (victim sees 0 hits), redirects, caps, timeouts.
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { createGzip, gzipSync } from 'node:zlib';
import { AbsentiaError } from '../../util/errors';
import { blockedReason } from './address';
import { checkUrl, Fetcher } from './fetch';
import { startSite, type Site } from './test-support/site';

const SSRF_TARGETS = [
  '127.0.0.1', '[::1]', '10.0.0.1', '172.16.5.4', '192.168.1.1', '169.254.169.254', '0.0.0.0', '100.64.0.1',
  '[::ffff:127.0.0.1]', '[::ffff:7f00:1]', '2852039166', '0251.0376.0251.0376', '0xa9fea9fe', '[fd00::1]', '[fe80::1]',
];

describe('address guard', () => {
  test('every private, loopback, link-local, CGNAT, metadata and odd-notation address is refused before I/O', () => {
    for (const host of SSRF_TARGETS) {
      assert.throws(() => checkUrl(`http://${host}/latest/meta-data/`), (e: unknown) => e instanceof AbsentiaError && e.code === 'forbidden', host);
    }
    for (const a of ['8.8.8.8', '1.1.1.1', '2001:4860:4860::8888']) assert.equal(blockedReason(a), null, a);
  });

  test('non-web schemes, credentials and bad ports are refused', () => {
    for (const u of ['file:///etc/passwd', 'gopher://x.org/', 'javascript:alert(1)', 'ftp://x.org/a', 'data:text/html,hi']) {
      assert.throws(() => checkUrl(u), (e: unknown) => e instanceof AbsentiaError && e.code === 'invalid_input', u);
    }
    assert.throws(() => checkUrl('http://user:pw@example.org/'), /credentials/u);
    assert.throws(() => checkUrl('http://example.org:22/'), /port 22/u);
  });
});

describe('fetcher on a local site', () => {
  let site: Site;
  let victim: http.Server;
  let victimHits = 0;
  let victimUrl = '';

  before(async () => {
    site = await startSite();
    // The victim listens on another loopback address: the site is allowed by address, the victim is not.
    victim = http.createServer((_req, res) => {
      victimHits++;
      res.end('secret');
    });
    await new Promise<void>((r) => victim.listen(0, '127.0.0.2', r));
    victimUrl = `http://127.0.0.2:${(victim.address() as AddressInfo).port}/secret`;
  });
  after(async () => {
    await site.close();
    await new Promise((r) => victim.close(r));
  });

  const allowSite = (extra: Partial<ConstructorParameters<typeof Fetcher>[0]> = {}) =>
    new Fetcher({ allowAddresses: ['127.0.0.1'], timeoutMs: 20_000, ...extra });

  test('without --allow-private, loopback is refused and the server sees no request', async () => {
    const f = new Fetcher();
    try {
      await assert.rejects(f.fetch(victimUrl), (e: unknown) => e instanceof AbsentiaError && e.code === 'forbidden');
      // A public-looking name that resolves to loopback is refused at connect time too.
      const lying = new Fetcher({ resolve: async () => [{ address: '127.0.0.2', family: 4 }] });
      await assert.rejects(lying.fetch(victimUrl.replace('127.0.0.2', 'news.example')), /resolves to 127\.0\.0\.2, a loopback address/u);
      await lying.close();
    } finally {
      await f.close();
    }
    assert.equal(victimHits, 0);
  });

  test('a redirect to a private address is refused at that hop', async () => {
    for (const [path, target] of [['/to-victim', victimUrl], ['/to-metadata', 'http://169.254.169.254/latest/'], ['/to-file', 'file:///etc/passwd']]) {
      site.route(path, (_q, res) => {
        res.writeHead(302, { location: target });
        res.end();
      });
    }
    const f = allowSite();
    try {
      await assert.rejects(f.fetch(site.url('/to-victim')), /loopback address refused/u);
      await assert.rejects(f.fetch(site.url('/to-metadata')), /link-local\/metadata address refused/u);
      await assert.rejects(f.fetch(site.url('/to-file')), /scheme file: refused/u);
    } finally {
      await f.close();
    }
    assert.equal(victimHits, 0);
  });

  test('redirects are followed up to 5 hops, a 6th is refused', async () => {
    for (let i = 0; i < 7; i++) {
      site.route(`/hop${i}`, (_q, res) => {
        res.writeHead(301, { location: `/hop${i + 1}` });
        res.end();
      });
    }
    site.page('/hop5', '<p>five</p>');
    const f = allowSite();
    try {
      const ok = await f.fetch(site.url('/hop0'));
      assert.equal(ok.body.toString(), '<p>five</p>');
      assert.equal(ok.redirects.length, 5);
      site.route('/hop5', (_q, res) => {
        res.writeHead(302, { location: '/hop6' });
        res.end();
      });
      await assert.rejects(f.fetch(site.url('/hop0')), /more than 5 redirects/u);
    } finally {
      await f.close();
    }
  });

  test('404 and 500 become fetch errors naming the status', async () => {
    site.route('/boom', (_q, res) => {
      res.writeHead(500);
      res.end('oops');
    });
    const f = allowSite();
    try {
      await assert.rejects(f.fetch(site.url('/missing')), /HTTP 404/u);
      await assert.rejects(f.fetch(site.url('/boom')), /HTTP 500/u);
    } finally {
      await f.close();
    }
  });

  test('a slow trickle is cut by the total-time cap', async () => {
    site.route('/trickle', (_q, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const t = setInterval(() => res.write('.'), 100);
      res.on('close', () => clearInterval(t));
    });
    const f = allowSite({ timeoutMs: 700 });
    const t0 = Date.now();
    try {
      await assert.rejects(f.fetch(site.url('/trickle')), /timed out/u);
    } finally {
      await f.close();
    }
    assert.ok(Date.now() - t0 < 3000);
  });

  test('a 100 MB page is streamed and refused at the 10 MB cap', async () => {
    let sent = 0;
    site.route('/huge', (_q, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }); // chunked: no Content-Length to refuse early
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      const pump = () => {
        while (sent < 100 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => (sent = Math.min(sent, 100 * 1024 * 1024)));
      pump();
    });
    site.route('/huge-declared', (_q, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(100 * 1024 * 1024) });
      res.write('a');
      res.end();
    });
    const f = allowSite();
    try {
      await assert.rejects(f.fetch(site.url('/huge')), (e: unknown) => e instanceof AbsentiaError && e.code === 'too_large');
      await assert.rejects(f.fetch(site.url('/huge-declared')), /Content-Length 104857600 exceeds/u);
    } finally {
      await f.close();
    }
    assert.ok(sent < 40 * 1024 * 1024, `server sent ${sent} bytes before the client gave up`);
  });

  test('a gzip bomb is stopped at the decoded cap with bounded memory; stacked encodings are refused', async () => {
    // ~200 MB of zeros compressed to ~200 KB, made as a stream so the test itself stays small.
    const bomb = await new Promise<Buffer>((resolve) => {
      const gz = createGzip({ level: 9 });
      const parts: Buffer[] = [];
      gz.on('data', (d: Buffer) => parts.push(d));
      gz.on('end', () => resolve(Buffer.concat(parts)));
      const zeros = Buffer.alloc(1024 * 1024);
      let n = 0;
      const write = () => {
        while (n < 200) {
          n++;
          if (!gz.write(zeros)) return void gz.once('drain', write);
        }
        gz.end();
      };
      write();
    });
    site.page('/bomb', bomb, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
    site.page('/stacked', gzipSync(gzipSync('hi')), { 'content-type': 'text/html', 'content-encoding': 'gzip, gzip' });
    site.page('/gz-ok', gzipSync('<p>fine</p>'), { 'content-type': 'text/html', 'content-encoding': 'gzip' });
    const f = allowSite();
    const rss0 = process.memoryUsage().rss;
    try {
      await assert.rejects(f.fetch(site.url('/bomb')), /decompressed body exceeds the 20971520-byte cap/u);
      assert.ok(process.memoryUsage().rss - rss0 < 100 * 1024 * 1024, 'RSS grew by less than 100 MB');
      await assert.rejects(f.fetch(site.url('/stacked')), /stacked Content-Encoding/u);
      assert.equal((await f.fetch(site.url('/gz-ok'))).body.toString(), '<p>fine</p>');
    } finally {
      await f.close();
    }
  });

  test('conditional GET sends the validators and reports 304 as not modified', async () => {
    site.route('/cond', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304);
        return void res.end();
      }
      res.writeHead(200, { etag: '"v1"', 'last-modified': 'Tue, 26 Aug 2025 11:00:00 GMT', 'content-type': 'text/html' });
      res.end('<p>x</p>');
    });
    const f = allowSite();
    try {
      const first = await f.fetch(site.url('/cond'));
      assert.equal(first.etag, '"v1"');
      const second = await f.fetch(site.url('/cond'), { etag: first.etag });
      assert.equal(second.notModified, true);
      assert.equal(second.body.length, 0);
    } finally {
      await f.close();
    }
  });
});
