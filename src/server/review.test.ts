// The review workflow through the API: sign-in, sessions, tokens, roles, CSRF, rate limiting, accept/reject/
// correct with If-Match, the audit log, and re-extraction that leaves human decisions alone.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { replaceMachineClaims, toExtractedClaim } from '../store/index';
import { addAccounts, appFor, makeFixture, PASSWORD, signIn, type Fixture } from './test-support';

let fx: Fixture;
let app: FastifyInstance;
let editor: { cookie: string; csrf: string };
let viewer: { cookie: string; csrf: string };
let admin: { cookie: string; csrf: string };

before(async () => {
  fx = await makeFixture();
  await addAccounts(fx.store);
  app = await appFor(fx, { loginRateLimit: 5 });
  editor = await signIn(app, 'ed');
  viewer = await signIn(app, 'vera');
  admin = await signIn(app, 'ada');
});
after(async () => {
  await app.close();
  await fx.close();
});

const claimRow = (id: number) => fx.store.db.selectFrom('claims').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const auditCount = async () => Number((await fx.store.db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

async function review(who: { cookie: string; csrf: string } | null, id: number, body: object, opts: { etag?: string | null; csrf?: string; origin?: string } = {}) {
  const etag = opts.etag === undefined ? ((await app.inject(`/api/claims/${id}`)).headers.etag as string) : opts.etag;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (who) headers.cookie = who.cookie;
  if (who || opts.csrf) headers['x-csrf-token'] = opts.csrf ?? who!.csrf;
  if (etag) headers['if-match'] = etag;
  if (opts.origin) headers.origin = opts.origin;
  return app.inject({ method: 'POST', url: `/api/claims/${id}/review`, headers, payload: JSON.stringify(body) });
}

describe('sessions and tokens', () => {
  it('sets a __Host- session cookie that is HttpOnly, Secure and SameSite=Strict', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'ed', password: PASSWORD } });
    const c = r.cookies[0];
    assert.equal(c.name, '__Host-absentia-session');
    assert.equal(c.httpOnly, true);
    assert.equal(c.secure, true);
    assert.equal(c.sameSite, 'Strict');
    assert.equal(c.path, '/');
    assert.equal((c as { domain?: string }).domain, undefined);
  });

  it('on plain HTTP at a network address, a session cookie the browser keeps (no __Host-, no Secure) that signs in', async () => {
    const host = '192.168.1.20:8080';
    const app = await appFor(fx); // its own sign-in rate limit, not the suite's
    after(() => app.close());
    const r = await app.inject({ method: 'POST', url: '/api/auth/login', headers: { host }, payload: { username: 'ed', password: PASSWORD } });
    const c = r.cookies[0];
    assert.deepEqual([c.name, c.secure ?? false, c.httpOnly, c.sameSite], ['absentia-session', false, true, 'Strict']);
    const me = (await app.inject({ url: '/api/auth/me', headers: { host, cookie: `${c.name}=${c.value}` } })).json();
    assert.equal(me.user.username, 'ed');
    const behindTls = await app.inject({ method: 'POST', url: '/api/auth/login', headers: { host, 'x-forwarded-proto': 'https' }, payload: { username: 'ed', password: PASSWORD } });
    assert.equal(behindTls.cookies[0].name, 'absentia-session', 'X-Forwarded-Proto is not trusted without a public https URL');
  });

  it('tells who is signed in, and nobody after sign-out', async () => {
    const s = await signIn(app, 'vera');
    const me = (await app.inject({ url: '/api/auth/me', headers: { cookie: s.cookie } })).json();
    assert.equal(me.user.username, 'vera');
    const out = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: s.cookie, 'x-csrf-token': s.csrf } });
    assert.equal(out.statusCode, 204);
    const after = (await app.inject({ url: '/api/auth/me', headers: { cookie: s.cookie } })).json();
    assert.equal(after.user, null);
  });

  it('accepts API tokens for scripts, shows them once, and refuses them once revoked', async () => {
    const created = await app.inject({ method: 'POST', url: '/api/auth/tokens', headers: { cookie: editor.cookie, 'x-csrf-token': editor.csrf }, payload: { name: 'nightly script' } });
    assert.equal(created.statusCode, 201);
    const { id, token } = created.json();
    assert.match(token, /^abs_/u);
    const listed = (await app.inject({ url: '/api/auth/tokens', headers: { cookie: editor.cookie } })).body;
    assert.ok(!listed.includes(token), 'the secret is never listed');
    const me = (await app.inject({ url: '/api/auth/me', headers: { authorization: `Bearer ${token}` } })).json();
    assert.equal(me.user.username, 'ed');
    // A token needs no CSRF token (it is not sent by browsers on their own).
    const target = fx.datasetClaimIds[0];
    const etag = (await app.inject(`/api/claims/${target}`)).headers.etag as string;
    const ok = await app.inject({ method: 'POST', url: `/api/claims/${target}/review`, headers: { authorization: `Bearer ${token}`, 'if-match': etag }, payload: { action: 'accept' } });
    assert.equal(ok.statusCode, 200, ok.body);
    const del = await app.inject({ method: 'DELETE', url: `/api/auth/tokens/${id}`, headers: { cookie: editor.cookie, 'x-csrf-token': editor.csrf } });
    assert.equal(del.statusCode, 204);
    const refused = await app.inject({ url: '/api/auth/me', headers: { authorization: `Bearer ${token}` } });
    assert.equal(refused.statusCode, 401);
    assert.equal(refused.json().error.code, 'unauthorized');
  });

  it('rate-limits sign-in with 429 and Retry-After, before checking the password', async () => {
    const fresh = await appFor(fx, { loginRateLimit: 3 });
    try {
      const codes: number[] = [];
      let last;
      for (let i = 0; i < 5; i++) {
        last = await fresh.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'ed', password: 'wrong password!' } });
        codes.push(last.statusCode);
      }
      assert.deepEqual(codes, [401, 401, 401, 429, 429]);
      assert.ok(Number(last!.headers['retry-after']) > 0);
      assert.equal(last!.json().error.code, 'rate_limited');
      const right = await fresh.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'ed', password: PASSWORD } });
      assert.equal(right.statusCode, 429, 'even the right password waits');
    } finally {
      await fresh.close();
    }
  });
});

describe('roles, CSRF and origin: refused writes change nothing', () => {
  let id: number;
  let before: unknown;
  let audits: number;
  beforeEach(async () => {
    id = fx.machineClaimIds[1];
    before = await claimRow(id);
    audits = await auditCount();
  });
  const unchanged = async () => {
    assert.deepEqual(await claimRow(id), before);
    assert.equal(await auditCount(), audits);
  };

  it('anonymous: 401', async () => {
    const r = await review(null, id, { action: 'reject' });
    assert.equal(r.statusCode, 401);
    assert.equal(r.json().error.code, 'unauthorized');
    await unchanged();
  });
  it('viewer: 403', async () => {
    const r = await review(viewer, id, { action: 'reject' });
    assert.equal(r.statusCode, 403);
    assert.equal(r.json().error.code, 'forbidden');
    await unchanged();
  });
  it('editor without the CSRF token: 403', async () => {
    const r = await review(editor, id, { action: 'reject' }, { csrf: 'not-the-token' });
    assert.equal(r.statusCode, 403);
    assert.match(r.json().error.message, /CSRF/u);
    await unchanged();
  });
  it('editor from a foreign Origin: 403', async () => {
    const r = await review(editor, id, { action: 'reject' }, { origin: 'https://evil.example' });
    assert.equal(r.statusCode, 403);
    await unchanged();
  });
  it('editor without If-Match: 428', async () => {
    const r = await review(editor, id, { action: 'reject' }, { etag: null });
    assert.equal(r.statusCode, 428);
    assert.equal(r.json().error.code, 'conflict');
    await unchanged();
  });
  it('a body with unknown fields or a bad correction: 400/422', async () => {
    const r1 = await review(editor, id, { action: 'reject', id: 5, created_at: 'x' });
    assert.equal(r1.statusCode, 400);
    const r2 = await review(editor, id, { action: 'correct', changes: { value: { low: 9, high: 3 } } });
    assert.equal(r2.statusCode, 422);
    assert.match(r2.json().error.message, /claim\.value/u);
    const r3 = await review(editor, id, { action: 'obliterate' });
    assert.equal(r3.statusCode, 400);
    await unchanged();
  });
  it('only admins manage webhooks and list users', async () => {
    for (const who of [viewer, editor]) {
      const r = await app.inject({ method: 'POST', url: '/api/webhooks', headers: { cookie: who.cookie, 'x-csrf-token': who.csrf }, payload: { url: 'http://127.0.0.1:9/hook' } });
      assert.equal(r.statusCode, 403);
      assert.equal((await app.inject({ url: '/api/users', headers: { cookie: who.cookie } })).statusCode, 403);
    }
    assert.equal((await app.inject({ url: '/api/users', headers: { cookie: admin.cookie } })).statusCode, 200);
    await unchanged();
  });
});

describe('reviewing claims', () => {
  it('accepts a claim and records who, when, before and after', async () => {
    const id = fx.machineClaimIds[0];
    const r = await review(editor, id, { action: 'accept', reason: 'checked against the PGO table' });
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.json().claim.status, 'accepted');
    const audit = (await app.inject(`/api/claims/${id}/audit`)).json().items;
    const last = audit.at(-1);
    assert.equal(last.actor, 'ed');
    assert.equal(last.action, 'claim.accept');
    assert.equal(last.reason, 'checked against the PGO table');
    assert.equal(last.before.status, 'unreviewed');
    assert.equal(last.after.status, 'accepted');
    assert.ok(Date.parse(last.at) > Date.now() - 60_000);
  });

  it('answers 412 to a write with a stale ETag and keeps the first write', async () => {
    const id = fx.datasetClaimIds[1];
    const etag = (await app.inject(`/api/claims/${id}`)).headers.etag as string;
    const first = await review(editor, id, { action: 'reject' }, { etag });
    assert.equal(first.statusCode, 200);
    const second = await review(admin, id, { action: 'accept' }, { etag });
    assert.equal(second.statusCode, 412);
    assert.equal(second.json().error.code, 'conflict');
    assert.equal((await claimRow(id)).status, 'rejected');
  });

  it('corrects a claim: the old one is marked corrected and replaced by a human claim, both audited', async () => {
    const id = fx.machineClaimIds[1];
    const r = await review(editor, id, { action: 'correct', changes: { value: { exact: 18500 }, qualifier: 'exact' }, reason: 'UP later printed 18,500' });
    assert.equal(r.statusCode, 200, r.body);
    const { claim, replaced } = r.json();
    assert.equal(replaced, id);
    assert.equal(claim.origin, 'human');
    assert.equal(claim.status, 'accepted');
    assert.deepEqual(claim.value, { exact: 18500 });
    assert.deepEqual(claim.span, (await app.inject(`/api/claims/${id}`)).json().claim.span, 'the fix keeps its place in the text');
    const old = (await app.inject(`/api/claims/${id}`)).json();
    assert.equal(old.claim.status, 'corrected');
    assert.equal(old.superseded_by, claim.id);
    const oldAudit = (await app.inject(`/api/claims/${id}/audit`)).json().items.at(-1);
    assert.equal(oldAudit.action, 'claim.correct');
    const newAudit = (await app.inject(`/api/claims/${claim.id}/audit`)).json().items;
    assert.equal(newAudit[0].action, 'claim.create');
    assert.equal(newAudit[0].actor, 'ed');
  });

  it('adds a claim the machine missed', async () => {
    const r = await app.inject({
      method: 'POST', url: '/api/claims', headers: { cookie: editor.cookie, 'x-csrf-token': editor.csrf },
      payload: { document_id: fx.documentId, claim: { force: 'UA', event: 'awol', counted: 'cases', statistic: 'count', value: { exact: 650 }, qualifier: 'exact', kind: 'reported', quote: 'A missed sentence.' } },
    });
    assert.equal(r.statusCode, 201, r.body);
    assert.equal(r.json().claim.origin, 'human');
    assert.equal(r.json().claim.document_id, fx.documentId);
    const bad = await app.inject({ method: 'POST', url: '/api/claims', headers: { cookie: editor.cookie, 'x-csrf-token': editor.csrf }, payload: { claim: { force: 'Ukraine' } } });
    assert.equal(bad.statusCode, 400);
  });

  it('a later machine re-extraction never overwrites the human decisions', async () => {
    // Re-extract the document with the same machine claims (and one new one): accepted and corrected claims stay.
    const rows = await fx.store.db.selectFrom('claims').selectAll().where('version_id', '=', fx.versionId).where('origin', '=', 'machine').execute();
    const again = rows.map(toExtractedClaim);
    again.push({ ...again[0], value: { exact: 999 }, span: { start: 0, end: 4 } });
    await replaceMachineClaims(fx.store, fx.versionId, again, 'test-2');
    const accepted = (await app.inject(`/api/claims/${fx.machineClaimIds[0]}`)).json().claim;
    assert.equal(accepted.status, 'accepted');
    const corrected = (await app.inject(`/api/claims/${fx.machineClaimIds[1]}`)).json().claim;
    assert.equal(corrected.status, 'corrected');
    const listed = (await app.inject(`/api/claims?document=${fx.documentId}&status=all&superseded=true`)).json().items;
    const values = listed.map((c: { value: { exact: number } }) => c.value.exact).sort((a: number, b: number) => a - b);
    assert.deepEqual(values, [650, 999, 18000, 18500, 21602], 'no twin of a decided claim was added; the new one was');
  });

  it('puts records and contradicting claims first in the review queue', async () => {
    const q = (await app.inject({ url: '/api/review/queue', headers: { cookie: editor.cookie } })).json();
    assert.ok(q.items.length > 0);
    const prios = q.items.map((c: { priority: number }) => c.priority);
    assert.deepEqual(prios, [...prios].sort((a: number, b: number) => b - a));
    assert.ok(q.items[0].reasons.includes('contradiction') || q.items[0].reasons.includes('record'));
    assert.ok(q.items.every((c: { status: string }) => c.status === 'unreviewed'));
    assert.equal((await app.inject('/api/review/queue')).statusCode, 401);
  });
});
