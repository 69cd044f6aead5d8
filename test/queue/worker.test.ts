// The worker loop against a real pg-boss queue: acknowledgement, retries and dead letters, expiry and
// re-delivery while a run still goes, graceful shutdown. Handlers here are small recorders; the full
// pipeline (fetch, store, extract) under failures is in pipeline.test.ts.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { JobQueue } from '../../src/queue/queue';
import { Worker, type Handlers } from '../../src/queue/worker';
import { freshDatabase, pgServer, waitFor } from './pg';

const server = pgServer();

describe('worker loop on pg-boss', { skip: server ? false : 'no PostgreSQL' }, () => {
  let db: { url: string; drop: () => Promise<void> };
  let queue: JobQueue;

  before(async () => {
    db = await freshDatabase(server!);
    queue = await JobQueue.open({
      url: db.url,
      maintenanceIntervalSeconds: 1,
      policies: {
        fetch: { retryLimit: 1, retryDelaySeconds: 0, retryBackoff: false, expireInSeconds: 2 },
        extract: { retryLimit: 2, retryDelaySeconds: 0, retryBackoff: false, expireInSeconds: 1 },
        analyze: { retryLimit: 2, retryDelaySeconds: 0, retryBackoff: false, expireInSeconds: 30 },
      },
    });
  });
  after(async () => {
    await queue?.close();
    await db?.drop();
  });

  test('a job that always throws is dead-lettered after its retries; the others complete', async () => {
    const runs = new Map<string, number>();
    const handlers: Handlers = {
      fetch: async (job) => {
        runs.set(job.url, (runs.get(job.url) ?? 0) + 1);
        if (job.url.includes('poison')) throw new Error('this document always breaks the parser');
        return { ok: true };
      },
    };
    const lines: string[] = [];
    const worker = new Worker(queue, handlers, { concurrency: 2, queues: ['fetch'], pollIntervalMs: 100, log: (l) => lines.push(l) });
    for (const u of ['https://a.example/1', 'https://a.example/poison', 'https://a.example/2']) {
      assert.ok(await queue.send('fetch', { kind: 'page', url: u }));
    }
    worker.start();
    await waitFor('poison dead-lettered', async () => (await queue.counts())['fetch-dead'].created === 1, 20_000);
    await worker.stop(1000);
    const counts = await queue.counts();
    assert.equal(counts.fetch.completed, 2);
    assert.equal(counts.fetch.failed, 1);
    assert.equal(runs.get('https://a.example/poison'), 2, 'one run and one retry');
    assert.equal(runs.get('https://a.example/1'), 1);
    const dead = await queue.take('fetch-dead' as never);
    assert.deepEqual((dead as { data: unknown }).data, { kind: 'page', url: 'https://a.example/poison' });
    assert.ok(lines.some((l) => l.includes('dead-lettered') && l.includes('always breaks')), lines.join('\n'));
  });

  test('the same URL queued twice while waiting is one job', async () => {
    const first = await queue.send('fetch', { kind: 'page', url: 'https://b.example/x' });
    const second = await queue.send('fetch', { kind: 'page', url: 'https://b.example/x' });
    assert.ok(first);
    assert.equal(second, null);
    const taken = await queue.take('fetch');
    assert.equal(taken?.id, first);
    await queue.complete('fetch', first!);
  });

  test('a run that outlives its expiry is handed out again while it still goes; its late completion is a no-op', async () => {
    const starts: number[] = [];
    let aborted = 0;
    const handlers: Handlers = {
      extract: async (_job, ctx) => {
        starts.push(ctx.attempt);
        ctx.signal.addEventListener('abort', () => aborted++);
        // The first run ignores its signal and keeps going past the 1 s expiry.
        if (ctx.attempt === 0) await sleep(3500);
        return { attempt: ctx.attempt };
      },
    };
    const worker = new Worker(queue, handlers, { concurrency: 2, queues: ['extract'], pollIntervalMs: 100 });
    const id = await queue.send('extract', { versionId: 41 });
    worker.start();
    await waitFor('second run', async () => starts.length >= 2, 15_000);
    assert.deepEqual(starts, [0, 1], 'the second run started while the first still ran');
    await waitFor('first run over', async () => worker.active === 0, 10_000);
    await worker.stop(1000);
    assert.ok(aborted >= 1, 'the first run saw its signal abort at expiry');
    const job = await queue.boss.getJobById('extract', id!, { includeArchive: true });
    assert.equal(job?.state, 'completed');
    assert.deepEqual(job?.output, { attempt: 1 }, 'the completion that counts is the second run');
  });

  test('shutdown waits for running jobs within the grace period, and hands back the ones beyond it', async () => {
    const handlers: Handlers = {
      analyze: async (job, ctx) => {
        const ms = job.documentId === 1 ? 300 : 60_000;
        await sleep(ms, undefined, { signal: ctx.signal });
        return { slept: ms };
      },
    };
    const worker = new Worker(queue, handlers, { concurrency: 2, queues: ['analyze'], pollIntervalMs: 100 });
    const quick = await queue.send('analyze', { documentId: 1 });
    const slow = await queue.send('analyze', { documentId: 2 });
    worker.start();
    await waitFor('both running', async () => worker.active === 2, 10_000);
    const t0 = Date.now();
    await worker.stop(1000);
    assert.ok(Date.now() - t0 < 5000);
    assert.equal((await queue.boss.getJobById('analyze', quick!))?.state, 'completed');
    const back = await queue.boss.getJobById('analyze', slow!);
    assert.equal(back?.state, 'retry', 'the unfinished job is ready for another worker at once');
  });

  test('a malformed payload fails with a message naming the job', async () => {
    const lines: string[] = [];
    await queue.boss.send('fetch', { kind: 'page', url: 'file:///etc/passwd' }, { retryLimit: 0, singletonKey: 'bad' });
    const worker = new Worker(queue, { fetch: async () => ({}) }, { concurrency: 1, queues: ['fetch'], pollIntervalMs: 100, log: (l) => lines.push(l) });
    worker.start();
    await waitFor('failure logged', async () => lines.some((l) => l.includes('malformed fetch job payload')), 10_000);
    await worker.stop(1000);
    assert.match(lines.join('\n'), /job [0-9a-f-]{36}: malformed fetch job payload \(url: /u);
  });
});
