// Route tests through app.inject (no port): reads, errors in the one shape, CSV, ETags, the OpenAPI document.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { ERROR_CATALOGUE } from './errors';
import { appFor, makeFixture, XSS_TITLE, type Fixture } from './test-support';

let fx: Fixture;
let app: FastifyInstance;
before(async () => {
  fx = await makeFixture();
  app = await appFor(fx);
});
after(async () => {
  await app.close();
  await fx.close();
});

function assertErrorShape(body: string, code: string) {
  const j = JSON.parse(body);
  assert.deepEqual(Object.keys(j), ['error']);
  assert.deepEqual(Object.keys(j.error).sort(), ['code', 'message']);
  assert.equal(j.error.code, code);
  assert.ok(j.error.message.length > 5, 'a message people can read');
  assert.ok(!/[\r\n]/u.test(j.error.message), 'one line');
}

describe('reading claims', () => {
  it('lists claims newest first with a cursor that walks every page once', async () => {
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const r: { statusCode: number; json(): any } = await app.inject({ url: '/api/claims', query: { limit: '3', status: 'all', ...(cursor ? { cursor } : {}) } });
      assert.equal(r.statusCode, 200);
      const j = r.json();
      assert.ok(j.items.length <= 3);
      seen.push(...j.items.map((c: { id: number }) => c.id));
      cursor = j.next;
    } while (cursor);
    assert.equal(seen.length, new Set(seen).size);
    assert.equal(seen.length, fx.machineClaimIds.length + fx.datasetClaimIds.length);
  });

  it('filters by force, event and full-text over quotes', async () => {
    const ru = (await app.inject('/api/claims?force=RU')).json();
    assert.equal(ru.items.length, 3);
    assert.ok(ru.items.every((c: { force: string }) => c.force === 'RU'));
    const q = (await app.inject('/api/claims?q=prosecutors%20registered')).json();
    assert.deepEqual(q.items.map((c: { id: number }) => c.id), [fx.machineClaimIds[0]]);
    const none = (await app.inject('/api/claims?force=UA,RU&event=death')).json();
    assert.deepEqual(none, { items: [], next: null });
  });

  it('returns one claim with its ETag, source chain and 304 on If-None-Match', async () => {
    const id = fx.machineClaimIds[0];
    const r = await app.inject(`/api/claims/${id}`);
    assert.equal(r.statusCode, 200);
    const etag = r.headers.etag as string;
    assert.match(etag, /^"c\d+-/u);
    const j = r.json();
    assert.equal(j.claim.value.exact, 21602);
    assert.deepEqual(j.claim.span, { start: j.claim.span.start, end: j.claim.span.start + '21,602'.length });
    assert.ok(j.chain.some((l: { name: string }) => /Prosecutor General/u.test(l.name)));
    const again = await app.inject({ url: `/api/claims/${id}`, headers: { 'if-none-match': etag } });
    assert.equal(again.statusCode, 304);
    assert.equal(again.body, '');
  });

  it('gives every JSON listing an ETag that answers 304', async () => {
    for (const url of ['/api/claims', '/api/documents', '/api/series', '/api/verdicts', '/api/contradictions', '/api/sources', '/api/overview', '/api/annotations']) {
      const r = await app.inject(url);
      assert.equal(r.statusCode, 200, url);
      assert.ok(r.headers.etag, url);
      const again = await app.inject({ url, headers: { 'if-none-match': r.headers.etag as string } });
      assert.equal(again.statusCode, 304, url);
    }
  });

  it('serves a document with its text and the claims that point into it', async () => {
    const r = await app.inject(`/api/documents/${fx.documentId}`);
    const j = r.json();
    assert.equal(j.document.title, XSS_TITLE, 'stored and returned as data, escaped only when shown');
    assert.equal(j.claims.length, 2);
    for (const c of j.claims) assert.equal(j.text.slice(c.span.start, c.span.end).replace(/[^0-9]/gu, ''), String(c.value.exact));
  });

  it('finds the contradiction and verdicts from the stored claims', async () => {
    const c = (await app.inject('/api/contradictions?force=UA')).json();
    assert.equal(c.items.length, 1);
    assert.deepEqual(c.items[0].claims.map((x: { value: { exact: number } }) => x.value.exact).sort(), [20100, 25000]);
    const v = (await app.inject('/api/verdicts?verdict=contradicted')).json();
    assert.ok(v.items.length >= 1);
    assert.ok(v.items.every((x: { verdict: string; explanation: string }) => x.verdict === 'contradicted' && x.explanation.length > 0));
  });

  it('assembles monthly series with the claims behind each point', async () => {
    const s = (await app.inject('/api/series?force=RU&event=awol&counted=cases')).json();
    assert.equal(s.items.length, 1);
    const byMonth = Object.fromEntries(s.items[0].points.map((p: { month: string; value: number }) => [p.month, p.value]));
    assert.deepEqual([byMonth['2025-06'], byMonth['2025-07'], byMonth['2025-08']], [1200, 1350, 1500]);
  });

  it('shows the latest figure per force and event on the overview', async () => {
    const o = (await app.inject('/api/overview')).json();
    const ua = o.items.find((i: { force: string; event: string }) => i.force === 'UA' && i.event === 'awol');
    assert.equal(ua.latest.value.exact, 18000, 'October 2025 is the latest UA month');
    const ru = o.items.find((i: { force: string }) => i.force === 'RU');
    assert.equal(ru.latest.value.exact, 1500);
  });
});

describe('CSV', () => {
  it('offers every listing as CSV with formula injection neutralised in text columns only', async () => {
    for (const url of ['/api/claims', '/api/documents', '/api/series', '/api/verdicts', '/api/contradictions', '/api/sources', '/api/overview', '/api/alerts']) {
      const r = await app.inject(`${url}?format=csv`);
      assert.equal(r.statusCode, 200, url);
      assert.match(r.headers['content-type'] as string, /^text\/csv/u, url);
      assert.match(r.headers['content-disposition'] as string, /^attachment; filename="absentia-[a-z]+\.csv"/u, url);
    }
  });

  it('prefixes cells that a spreadsheet would run as formulas and leaves numbers alone', async () => {
    const { neutraliseFormula, toCsv } = await import('./http/csv');
    for (const bad of ['=SUM(A1)', '+1', '-2+3', '@cmd', '\tx', '\rx', '  =1', '\u00a0=1', 'ok\n=HYPERLINK("x")']) {
      assert.equal(neutraliseFormula(bad), `'${bad}`, JSON.stringify(bad));
    }
    assert.equal(neutraliseFormula('18,000 cases'), '18,000 cases');
    const csv = toCsv([{ n: -5, t: '-5' }], [{ header: 'n', type: 'number', get: (r) => r.n }, { header: 't', type: 'text', get: (r) => r.t }]);
    assert.equal(csv, "n,t\r\n-5,'-5\r\n");
  });
});

describe('bad input', () => {
  const cases: [string, number, string][] = [
    ['/api/claims?limit=abc', 400, 'usage'],
    ['/api/claims?limit=0', 400, 'usage'],
    ['/api/claims?limit=100000', 400, 'usage'],
    ['/api/claims?sort=sideways', 400, 'usage'],
    ['/api/claims?from=2025-13', 400, 'usage'],
    ['/api/claims?cursor=%%%', 400, 'usage'],
    ['/api/claims?cursor=eyJhIjoxfQ', 400, 'usage'],
    ['/api/claims?unknown=1', 400, 'usage'],
    ['/api/claims?force=%3Cscript%3E', 400, 'usage'],
    ['/api/claims?status=deleted', 400, 'usage'],
    ['/api/claims?q=%20%21%21', 400, 'usage'],
    ['/api/claims/abc', 400, 'usage'],
    ['/api/claims/999999', 404, 'not_found'],
    ['/api/documents/999999', 404, 'not_found'],
    ['/api/documents?cursor=bad', 400, 'usage'],
    ['/api/verdicts?verdict=maybe', 400, 'usage'],
    ['/api/nothing-here', 404, 'not_found'],
    ['/api/alerts.atom?kind=everything', 400, 'usage'],
  ];
  for (const [url, status, code] of cases) {
    it(`${url} -> ${status} ${code}`, async () => {
      const r = await app.inject(url);
      assert.equal(r.statusCode, status, r.body);
      assertErrorShape(r.body, code);
    });
  }

  it('refuses an oversized body with 413 and a malformed one with 400, in the one shape', async () => {
    const big = await app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ username: 'x', password: 'y'.repeat(300_000) }) });
    assert.equal(big.statusCode, 413);
    assertErrorShape(big.body, 'too_large');
    const bad = await app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"username":' });
    assert.equal(bad.statusCode, 400);
    assertErrorShape(bad.body, 'usage');
  });

  it('answers unknown non-API paths with the dashboard shell only when one is built, else 404', async () => {
    const r = await app.inject('/no/such/page');
    assert.equal(r.statusCode, 404);
    assertErrorShape(r.body, 'not_found');
  });
});

describe('security headers and the API document', () => {
  it('sends a strict CSP and the other helmet headers', async () => {
    const r = await app.inject('/api/health');
    const csp = r.headers['content-security-policy'] as string;
    assert.match(csp, /default-src 'self'/u);
    assert.match(csp, /script-src 'self'(;|$)/u);
    assert.match(csp, /object-src 'none'/u);
    assert.match(csp, /frame-ancestors 'none'/u);
    assert.equal(r.headers['x-content-type-options'], 'nosniff');
  });

  it('publishes OpenAPI 3 with a schema on every route and the error catalogue the code uses', async () => {
    const doc = (await app.inject('/api/openapi.json')).json();
    assert.match(doc.openapi, /^3\./u);
    const routes = app.printRoutes({ commonPrefix: false });
    assert.ok(routes.length > 0);
    for (const [path, ops] of Object.entries<Record<string, any>>(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        assert.ok(op.summary, `${method} ${path} has a summary`);
        assert.ok(op.responses && Object.keys(op.responses).length > 0, `${method} ${path} has response schemas`);
      }
    }
    for (const p of ['/api/claims', '/api/claims/{id}', '/api/claims/{id}/review', '/api/documents', '/api/series', '/api/verdicts', '/api/contradictions', '/api/sources', '/api/alerts.atom', '/api/webhooks', '/api/review/queue', '/api/auth/login']) {
      assert.ok(doc.paths[p], `${p} documented`);
    }
    // The docs' error table lists exactly the codes of the catalogue, which lists exactly the ErrorCode union.
    const table = [...doc.info.description.matchAll(/^\| ([a-z_]+) \| ([0-9, ]+) \|/gmu)].map((m) => [m[1], m[2]]);
    assert.deepEqual(table.map(([c]) => c).sort(), Object.keys(ERROR_CATALOGUE).sort());
    for (const [c, statuses] of table) assert.equal(statuses, ERROR_CATALOGUE[c as keyof typeof ERROR_CATALOGUE].statuses.join(', '));
    assert.deepEqual(doc.components.schemas.Error.properties.error.properties.code.enum.sort(), Object.keys(ERROR_CATALOGUE).sort());
  });

  it('serves the docs page from this server with no outside assets', async () => {
    const r = await app.inject('/api/docs');
    assert.equal(r.statusCode, 200);
    assert.ok(!/https?:\/\/(?!127\.0\.0\.1)[a-z]/iu.test(r.body.replace(/<!--[\s\S]*?-->/gu, '').replace(/xmlns(:\w+)?="[^"]+"/gu, '')), 'no CDN links');
  });
});
