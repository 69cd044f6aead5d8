// Alerts: the Atom feed (well-formed, escaped, filterable) and webhooks signed with HMAC-SHA256.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import type { FastifyInstance } from 'fastify';
import { insertClaims } from '../store/index';
import { addAccounts, appFor, makeFixture, signIn, type Fixture } from './test-support';

let fx: Fixture;
let app: FastifyInstance;
before(async () => {
  fx = await makeFixture();
  await addAccounts(fx.store);
  app = await appFor(fx);
});
after(async () => {
  await app.close();
  await fx.close();
});

describe('Atom feed', () => {
  it('lists records and contradictions as a well-formed feed with the text escaped', async () => {
    const r = await app.inject('/api/alerts.atom');
    assert.equal(r.statusCode, 200);
    assert.match(r.headers['content-type'] as string, /^application\/atom\+xml/u);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(r.body).feed;
    const entries = [feed.entry].flat();
    const kinds = entries.map((e: any) => [e.category].flat()[0]['@_term']);
    assert.ok(kinds.includes('record'));
    assert.ok(kinds.includes('contradiction'));
    assert.ok(!r.body.includes('<script'), 'no raw markup from claims');
  });

  it('filters by force, event and kind', async () => {
    const ru = await app.inject('/api/alerts?force=RU');
    assert.deepEqual(ru.json().items, []);
    const ua = (await app.inject('/api/alerts?force=UA&kind=contradiction')).json().items;
    assert.equal(ua.length, 1);
    assert.equal(ua[0].kind, 'contradiction');
  });
});

describe('webhooks', () => {
  it('delivers new alerts once, signed with HMAC-SHA256 over the exact body, filtered by force', async () => {
    const got: { headers: IncomingHttpHeaders; body: string }[] = [];
    const receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        got.push({ headers: req.headers, body });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((ok) => receiver.listen(0, '127.0.0.1', ok));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    try {
      const admin = await signIn(app, 'ada');
      const h = { cookie: admin.cookie, 'x-csrf-token': admin.csrf };
      const ua = (await app.inject({ method: 'POST', url: '/api/webhooks', headers: h, payload: { url, force: 'UA', kinds: ['record'] } })).json();
      const ru = (await app.inject({ method: 'POST', url: '/api/webhooks', headers: h, payload: { url: `${url}?ru`, force: 'RU' } })).json();
      assert.ok(ua.secret && ru.secret);
      assert.ok(!(await app.inject({ url: '/api/webhooks', headers: h })).body.includes(ua.secret), 'secrets are not listed');

      // Nothing older than the webhook is sent; a new record after it is.
      await new Promise((r) => setTimeout(r, 5));
      await insertClaims(fx.store, [{
        claim: { force: 'UA', event: 'awol', counted: 'cases', statistic: 'count', value: { exact: 23000 }, qualifier: 'exact', period: { start: '2025-11-01', end: '2025-11-30' }, per: null, kind: 'record', scope: null, source: 'Test Office', quote: 'A new record of 23,000 cases in November 2025.' },
        context: { documentId: null, versionId: null, origin: 'dataset', externalId: 'test:new-record', published: '2025-12-05', sourceUrl: 'https://example.org/new', publisher: 'Example' },
      }]);
      const round1 = (await app.inject({ method: 'POST', url: '/api/webhooks/deliver', headers: h })).json();
      assert.deepEqual(round1, { sent: 1, failed: 0 });
      const round2 = (await app.inject({ method: 'POST', url: '/api/webhooks/deliver', headers: h })).json();
      assert.deepEqual(round2, { sent: 0, failed: 0 }, 'delivered once');

      assert.equal(got.length, 1);
      const { headers, body } = got[0];
      const expected = `sha256=${createHmac('sha256', ua.secret).update(body).digest('hex')}`;
      assert.equal(headers['x-absentia-signature'], expected);
      assert.equal(headers['x-absentia-event'], 'record');
      const payload = JSON.parse(body);
      assert.equal(payload.alert.kind, 'record');
      assert.equal(payload.alert.force, 'UA');
      assert.match(payload.alert.title, /23,000/u);
    } finally {
      receiver.close();
    }
  });
});
