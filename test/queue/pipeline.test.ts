// The ingestion pipeline on the queue under failures: a worker SIGKILLed mid-job, two workers on the same
// feed, a run re-delivered past its expiry, a poison page, and the database restarting mid-run.
// Each ends with the same checks: every page stored once, every version's claims exactly those one
// extraction yields, nothing duplicated, and no job left waiting, running or lost.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { openStore, type Store } from '../../src/store/db';
import { getDocument, listVersions } from '../../src/store/documents';
import { createHandlers } from '../../src/queue/handlers';
import { extractForVersion } from '../../src/queue/extraction';
import { JobQueue } from '../../src/queue/queue';
import { Worker, type Handlers } from '../../src/queue/worker';
import { drained, spawnWorker, stopWorker, storeFacts, type Policies, type WorkerProcess } from './harness';
import { freshDatabase, pgServer, waitFor } from './pg';
import { startSite, type Site } from './site';

const server = pgServer();

// Short expiries and no retry delay keep every scenario to seconds.
const POLICIES: Policies = {
  fetch: { retryLimit: 3, retryDelaySeconds: 0, retryBackoff: false, expireInSeconds: 2 },
  extract: { retryLimit: 3, retryDelaySeconds: 0, retryBackoff: false, expireInSeconds: 3 },
  analyze: { retryLimit: 3, retryDelaySeconds: 0, retryBackoff: false, expireInSeconds: 3 },
};

describe('ingestion pipeline on the queue', { skip: server ? false : 'no PostgreSQL', timeout: 900_000 }, () => {
  let site: Site;
  let db: { url: string; drop: () => Promise<void> };
  let queue: JobQueue;
  let workers: WorkerProcess[] = [];

  before(async () => {
    site = await startSite();
  });
  after(async () => {
    await site?.close();
  });

  async function setUp(policies: Policies = POLICIES, on = server!): Promise<void> {
    db = await freshDatabase(on);
    // Migrate the store before workers race to do it (they would serialise on its lock anyway).
    await (await openStore(db.url)).close();
    queue = await JobQueue.open({ url: db.url, policies, maintenanceIntervalSeconds: 1 });
    site.hits.clear();
    site.delays.clear();
    site.everyDelayMs = 0;
  }

  afterEach(async () => {
    for (const w of workers) await stopWorker(w, 'SIGKILL');
    workers = [];
    await queue?.close();
    await db?.drop();
  });

  /** Adds the workers' output to a failure, which is where the reason usually is. */
  const explained = <T>(p: Promise<T>) =>
    p.catch((err: Error) => {
      throw new Error(`${err.message}\n--- worker output ---\n${workers.map((w) => w.output()).join('\n---\n')}`);
    });
  const page = (i: number, query = '') => `${site.base}/news/${i}${query}`;
  const enqueuePages = async (ids: number[], query = '') => {
    for (const i of ids) await queue.send('fetch', { kind: 'page', url: page(i, query), allowPrivate: true });
  };

  /** The end state every scenario must reach for `pages` articles. */
  async function assertStoredOnce(pages: number, label: string): Promise<void> {
    const facts = await storeFacts(db.url);
    const where = `${label}\n${workers.map((w) => w.output()).join('\n')}`;
    assert.equal(facts.documents, pages, `documents: ${where}`);
    assert.equal(facts.versions, pages, `versions: ${where}`);
    assert.equal(facts.duplicateDocuments, 0);
    assert.equal(facts.duplicateClaims, 0, `duplicate claims: ${where}`);
    assert.equal(facts.unextracted, 0, `versions left without claims: ${where}`);
    const store = await openStore(db.url, { migrate: false });
    try {
      let expected = 0;
      for (const [versionId, doc] of await versionsWithDocuments(store)) {
        const want = extractForVersion(doc.version, doc.document).length;
        expected += want;
        assert.equal(facts.claimsPerVersion.get(versionId) ?? 0, want, `claims of version ${versionId}`);
      }
      assert.ok(expected > 0, 'the generated articles yield claims');
      assert.equal(facts.claims, expected);
    } finally {
      await store.close();
    }
  }

  test('a worker SIGKILLed in the middle of a fetch: the job runs again after expiry and nothing is doubled', async () => {
    await setUp();
    site.delays.set(0, 4000); // the first request for article 0 hangs past the 2 s expiry
    await enqueuePages([0, 1, 2, 3, 4, 5, 6, 7]);
    const a = spawnWorker(db.url, POLICIES, ['--concurrency', '2']);
    workers.push(a);
    await explained(waitFor('worker A to be fetching article 0', async () => (site.hits.get('/news/0') ?? 0) >= 1, 60_000));
    const activeBefore = (await queue.counts()).fetch.active;
    assert.ok(activeBefore >= 1, 'the job is active when the worker dies');
    a.child.kill('SIGKILL');
    assert.equal(await a.exited, 'SIGKILL');
    const b = spawnWorker(db.url, POLICIES, ['--concurrency', '2']);
    workers.push(b);
    await explained(waitFor('all eight articles', async () => (await storeFacts(db.url)).documents === 8, 120_000));
    await explained(drained(queue, 120_000));
    await assertStoredOnce(8, 'after SIGKILL');
    assert.equal(site.hits.get('/news/0'), 2, 'article 0 was fetched again by worker B');
    const counts = await queue.counts();
    assert.equal(counts.fetch.completed, 8);
    assert.equal(counts['fetch-dead'].created, 0);
  });

  test('two workers on the same feed (twice over, plus tracking-parameter variants) store each article once', async () => {
    // A feed job stores its items' pages itself, so it gets longer than a page's 2 s.
    const policies = { ...POLICIES, fetch: { ...POLICIES.fetch, expireInSeconds: 20 } };
    await setUp(policies);
    site.feedItems = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19];
    workers.push(spawnWorker(db.url, policies, ['--concurrency', '3']), spawnWorker(db.url, policies, ['--concurrency', '3']));
    await queue.send('fetch', { kind: 'feed', url: `${site.base}/feed.xml`, allowPrivate: true });
    await queue.send('fetch', { kind: 'feed', url: `${site.base}/mirror/feed.xml`, allowPrivate: true });
    await enqueuePages([10, 11, 12, 13, 14], '?utm_source=newsletter');
    await explained(waitFor('all ten articles', async () => (await storeFacts(db.url)).documents === 10, 120_000));
    await explained(drained(queue, 120_000));
    await assertStoredOnce(10, 'two workers, same feed');
    assert.equal(site.hits.get('/feed.xml'), 1);
    assert.equal(site.hits.get('/mirror/feed.xml'), 1);
    const counts = await queue.counts();
    assert.equal(counts.fetch.completed, 7, 'two feeds and five pages');
    assert.equal(counts['fetch-dead'].created, 0);
  });

  test('a poison page is dead-lettered after its retries and the other pages are stored', async () => {
    await setUp({ ...POLICIES, fetch: { ...POLICIES.fetch, retryLimit: 1 } });
    workers.push(spawnWorker(db.url, POLICIES, ['--concurrency', '2']));
    await queue.send('fetch', { kind: 'page', url: `${site.base}/broken/1`, allowPrivate: true });
    await enqueuePages([20, 21, 22, 23]);
    await explained(waitFor('the poison page dead-lettered', async () => (await queue.counts())['fetch-dead'].created === 1, 120_000));
    await explained(drained(queue, 120_000));
    await assertStoredOnce(4, 'poison');
    // Two runs (one retry), each with the web ingest's own quick retry of a 5xx.
    assert.equal(site.hits.get('/broken/1'), 4);
    const counts = await queue.counts();
    assert.equal(counts.fetch.failed, 1);
    assert.equal(counts.fetch.completed, 4);
  });

  test('an extract run re-delivered past its expiry while the first still goes stores one set of claims', async () => {
    await setUp({ ...POLICIES, extract: { ...POLICIES.extract, expireInSeconds: 1 } });
    const store = await openStore(db.url, { migrate: false });
    const real = createHandlers(store, { allowPrivate: true, hostDelayMs: 0 });
    let slowRuns = 0;
    const handlers: Handlers = {
      fetch: real.fetch,
      analyze: real.analyze,
      // The first run of every extract job stalls past its 1 s expiry before writing: pg-boss hands the
      // job to another slot, which writes; then the first run wakes up and writes the same claims again.
      extract: async (job, ctx) => {
        if (ctx.attempt === 0) {
          slowRuns++;
          await sleep(2500);
          // Stuck in a step that does not listen to the signal (it aborted at expiry): it goes on to write.
          return real.extract(job, { ...ctx, signal: new AbortController().signal });
        }
        return real.extract(job, ctx);
      },
    };
    const log: string[] = [];
    const worker = new Worker(queue, handlers, { concurrency: 4, queues: ['extract', 'analyze', 'fetch'], pollIntervalMs: 100, log: (l) => log.push(l) });
    await enqueuePages([30, 31, 32]);
    worker.start();
    try {
      await waitFor('three articles extracted', async () => (await storeFacts(db.url)).unextracted === 0 && (await storeFacts(db.url)).versions === 3, 30_000);
      await explained(drained(queue, 120_000));
      await waitFor('the stalled runs to finish', async () => worker.active === 0, 10_000);
    } finally {
      await worker.stop(5000);
      await real.close();
      await store.close();
    }
    assert.ok(slowRuns >= 3, log.join('\n')); // a fetch that outlived its expiry queues a second extract job
    await assertStoredOnce(3, 're-delivered extract');
  });

  test('overlapping extract runs of one version never interleave their replacements', async () => {
    await setUp();
    const store = await openStore(db.url, { migrate: false, poolSize: 8 });
    const handlers = createHandlers(store, { allowPrivate: true, hostDelayMs: 0 });
    try {
      const ctx = (attempt: number) => ({ jobId: `local-${attempt}`, attempt, signal: new AbortController().signal, queue });
      // First extractions are the dangerous ones: no earlier rows for a second run to wait on.
      for (const i of [40, 41, 42, 43, 44, 45, 46, 47]) {
        const fetched = (await handlers.fetch({ kind: 'page', url: page(i), allowPrivate: true }, ctx(0))) as { documentId: number };
        const versionId = (await getDocument(store, fetched.documentId))!.current_version_id!;
        await Promise.all([1, 2, 3, 4].map((n) => handlers.extract({ versionId }, ctx(n))));
      }
    } finally {
      await handlers.close();
      await store.close();
    }
    await assertStoredOnce(8, 'overlapping extracts');
  });

  test('the database restarts mid-run: workers reconnect, acknowledged rows stay, no job is lost', async (t) => {
    // A cluster of this test alone: restarting the shared one would break other tests running on it.
    const own = pgServer({ own: true });
    if (!own?.restart) return t.skip('no PostgreSQL of our own to restart');
    await setUp({ ...POLICIES, fetch: { ...POLICIES.fetch, retryLimit: 6, expireInSeconds: 3 } }, own);
    site.everyDelayMs = 120;
    const ids = Array.from({ length: 24 }, (_, i) => 50 + i);
    workers.push(spawnWorker(db.url, POLICIES, ['--concurrency', '2']), spawnWorker(db.url, POLICIES, ['--concurrency', '2']));
    await enqueuePages(ids);
    await explained(waitFor('a third of the articles', async () => (await storeFacts(db.url)).documents >= 8, 120_000));
    const before = await storeFacts(db.url);
    own.restart();
    await explained(waitFor('all articles', async () => (await storeFacts(db.url)).documents === ids.length, 180_000));
    await explained(drained(queue, 180_000));
    const afterFacts = await storeFacts(db.url);
    assert.ok(afterFacts.documents >= before.documents);
    await assertStoredOnce(ids.length, 'database restart');
    const counts = await queue.counts();
    assert.equal(counts.fetch.completed, ids.length, 'every fetch job completed (none lost, none dead)');
    assert.equal(counts['fetch-dead'].created + counts['extract-dead'].created + counts['analyze-dead'].created, 0);
    for (const w of workers) assert.equal(w.child.exitCode, null, `a worker died: ${w.output()}`);
  });
});

async function versionsWithDocuments(store: Store) {
  const out = new Map<number, { version: Awaited<ReturnType<typeof listVersions>>[number]; document: NonNullable<Awaited<ReturnType<typeof getDocument>>> }>();
  const docs = await store.db.selectFrom('documents').select('id').execute();
  for (const { id } of docs) {
    const document = (await getDocument(store, id))!;
    for (const version of await listVersions(store, id)) out.set(version.id, { version, document });
  }
  return out;
}
