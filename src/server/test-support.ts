// Helpers for the server tests and the browser tests: a temporary store with a small, known data set
// (hand-written test texts, including hostile markup), accounts for each role, and a built app.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { ClaimRecord } from '../claim/index';
import { addUser } from '../store/accounts';
import { insertClaims, openStore, replaceMachineClaims, upsertDocumentVersion, type Store } from '../store/index';
import type { StorableClaim } from '../store/index';
import { buildApp } from './app';
import type { AppDeps } from './deps';

export const PASSWORD = 'correct horse battery staple';
export const XSS_TITLE = '<img src=x onerror="window.__xss=1">Desertion <script>window.__xss=2</script> report';

export const DOC_TEXT = [
  'Kyiv, 3 November 2025.',
  "Ukrainian prosecutors registered 21,602 cases of unauthorized abandonment of a unit in September 2025, according to the Prosecutor General's Office.",
  'That was a record for a single month.',
  'In October 2025 the figure fell to about 18,000 cases, Ukrainska Pravda reported.',
  'A reader wrote <script>window.__xss=3</script> and <img src=x onerror="window.__xss=4"> in the comments.',
].join('\n\n');

const at = (needle: string, inner?: string) => {
  const s = DOC_TEXT.indexOf(needle);
  if (s < 0) throw new Error(`fixture text lacks ${needle}`);
  const i = inner ? DOC_TEXT.indexOf(inner, s) : s;
  return { sentence: { start: s, end: s + needle.length }, span: { start: i, end: i + (inner ?? needle).length } };
};

function record(partial: Partial<ClaimRecord> & Pick<ClaimRecord, 'value' | 'quote'>): ClaimRecord {
  return {
    force: 'UA', event: 'awol', counted: 'cases', statistic: 'count', qualifier: 'exact', period: null, per: null,
    kind: 'reported', scope: null, source: null, ...partial,
  };
}

export interface Fixture {
  store: Store;
  dir: string;
  documentId: number;
  versionId: number;
  machineClaimIds: number[];
  datasetClaimIds: number[];
  close(): Promise<void>;
}

/** A fresh SQLite store in a temp folder: one document with two machine claims, dataset claims for both forces. */
export async function makeFixture(): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), 'absentia-server-'));
  const store = await openStore(join(dir, 'test.db'));
  const doc = await upsertDocumentVersion(store, {
    canonicalUrl: 'https://news.example.org/2025/11/desertion-figures',
    title: XSS_TITLE,
    outlet: 'Example News',
    language: 'en',
    published: '2025-11-03',
    text: DOC_TEXT,
  });
  const s1 = "Ukrainian prosecutors registered 21,602 cases of unauthorized abandonment of a unit in September 2025, according to the Prosecutor General's Office.";
  const s2 = 'In October 2025 the figure fell to about 18,000 cases, Ukrainska Pravda reported.';
  const machine: StorableClaim[] = [
    { ...record({ value: { exact: 21602 }, quote: s1, period: { start: '2025-09-01', end: '2025-09-30' }, source: "Prosecutor General's Office", kind: 'record' }), ...at(s1, '21,602') },
    { ...record({ value: { exact: 18000 }, qualifier: 'approx', quote: s2, period: { start: '2025-10-01', end: '2025-10-31' }, source: 'Ukrainska Pravda' }), ...at(s2, '18,000') },
  ];
  await replaceMachineClaims(store, doc.versionId, machine, 'test-1');
  const rows = await store.db.selectFrom('claims').select('id').where('document_id', '=', doc.documentId).orderBy('id').execute();

  const dataset: { claim: StorableClaim; context: any }[] = [];
  const months = ['2025-06', '2025-07', '2025-08'];
  const ua = [18000, 19500, 20100];
  const ru = [1200, 1350, 1500];
  months.forEach((m, i) => {
    const end = new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5)), 0)).toISOString().slice(0, 10);
    for (const [force, v, src] of [['UA', ua[i], "Prosecutor General's Office"], ['RU', ru[i], 'Mediazona']] as const) {
      dataset.push({
        claim: record({ force, value: { exact: v }, period: { start: `${m}-01`, end }, source: src, quote: `${src}: ${v} cases in ${m}. javascript:alert(1) =HYPERLINK("http://evil.example") <img src=x onerror="window.__xss=5">` }),
        context: { documentId: null, versionId: null, origin: 'dataset', externalId: `test:${force}:${m}`, published: end, sourceUrl: force === 'UA' ? 'javascript:alert(1)' : 'https://data.example.org/ru', publisher: force === 'UA' ? 'Slovo i Dilo' : 'Mediazona' },
      });
    }
  });
  // A contradicting pair for August (UA): 20,100 vs 25,000.
  dataset.push({
    claim: record({ value: { exact: 25000 }, period: { start: '2025-08-01', end: '2025-08-31' }, source: 'Some Blog', quote: 'Some Blog says 25,000 cases in August 2025.' }),
    context: { documentId: null, versionId: null, origin: 'dataset', externalId: 'test:UA:2025-08:blog', published: '2025-09-10', sourceUrl: 'https://blog.example.net/post', publisher: 'Some Blog' },
  });
  // A total that the months contradict: June-August 2025 sum to 57,600, not 10,000.
  dataset.push({
    claim: record({ value: { exact: 10000 }, period: { start: '2025-06-01', end: '2025-08-31' }, source: 'Wrong Digest', quote: 'Wrong Digest: 10,000 cases from June to August 2025.' }),
    context: { documentId: null, versionId: null, origin: 'dataset', externalId: 'test:UA:summer-total', published: '2025-09-20', sourceUrl: 'https://digest.example.net/summer', publisher: 'Wrong Digest' },
  });
  const ins = await insertClaims(store, dataset);
  return {
    store, dir, documentId: doc.documentId, versionId: doc.versionId,
    machineClaimIds: rows.map((r) => r.id), datasetClaimIds: ins.ids,
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function addAccounts(store: Store) {
  const db = store.db as any;
  return {
    viewer: await addUser(db, 'vera', PASSWORD, 'viewer'),
    editor: await addUser(db, 'ed', PASSWORD, 'editor'),
    admin: await addUser(db, 'ada', PASSWORD, 'admin'),
  };
}

export async function appFor(fx: Fixture, extra: Partial<AppDeps> = {}): Promise<FastifyInstance> {
  const app = await buildApp({ store: fx.store, webhookIntervalSeconds: 0, ...extra });
  await app.ready();
  return app;
}

/** Sign in through the API; returns the cookie header and CSRF token to send on writes. */
export async function signIn(app: FastifyInstance, username: string) {
  const r = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: PASSWORD } });
  if (r.statusCode !== 200) throw new Error(`sign-in failed: ${r.statusCode} ${r.body}`);
  const cookie = r.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  return { cookie, csrf: r.json().csrfToken as string };
}
