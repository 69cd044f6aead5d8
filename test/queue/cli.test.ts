// `absentia enqueue` and `absentia worker` as people run them: exit codes, one-line errors naming the
// input, summaries, and a worker that stops cleanly on SIGTERM.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { JobQueue } from '../../src/queue/queue';
import { freshDatabase, pgServer, waitFor } from './pg';

const server = pgServer();

function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, ABSENTIA_DB: '', ABSENTIA_QUEUE: '', ABSENTIA_QUEUE_POLICIES: '', ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('queue commands without a queue', () => {
  test('enqueue with no queue configured is a usage error naming the command', () => {
    const r = cli(['enqueue', 'https://example.org/a']);
    assert.equal(r.code, 2, r.err);
    assert.match(r.err, /^absentia: enqueue: no job queue configured/mu);
  });

  test('a queue URL that is not PostgreSQL is refused, password hidden', () => {
    const r = cli(['enqueue', 'https://example.org/a'], { ABSENTIA_QUEUE: 'mysql://me:secret@db/x' });
    assert.equal(r.code, 2);
    assert.match(r.err, /mysql:\/\/me:\*\*\*@db\/x: the job queue needs a PostgreSQL URL/u);
    assert.doesNotMatch(r.err, /secret/u);
  });

  test('malformed ABSENTIA_QUEUE_POLICIES and unknown queues are usage errors', () => {
    const env = { ABSENTIA_QUEUE: 'postgres://absentia@127.0.0.1:1/none' };
    const bad = cli(['worker'], { ...env, ABSENTIA_QUEUE_POLICIES: '{"fetch":{"expireInSeconds":0}}' });
    assert.equal(bad.code, 2);
    assert.match(bad.err, /ABSENTIA_QUEUE_POLICIES: fetch\.expireInSeconds: /u);
    const unknown = cli(['worker', '--queues', 'fetch,parse'], env);
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /absentia: parse: unknown queue \(known: fetch, extract, analyze\)/u);
  });
});

describe('queue commands on PostgreSQL', { skip: server ? false : 'no PostgreSQL' }, () => {
  let db: { url: string; drop: () => Promise<void> };
  before(async () => {
    db = await freshDatabase(server!);
  });
  after(async () => {
    await db?.drop();
  });

  test('enqueue queues valid URLs, refuses the others one line each, and does not queue a waiting URL twice', async () => {
    const first = cli(['enqueue', 'https://example.org/news/1', 'file:///etc/passwd', 'https://example.org/news/2'], { ABSENTIA_QUEUE: db.url });
    assert.equal(first.code, 1, first.err);
    assert.equal(first.out.trim(), 'queued 2, already waiting 0, refused 1');
    assert.equal(first.err.trim(), 'absentia: file:///etc/passwd: not an http(s) URL that can be queued');
    const feed = cli(['enqueue', '--feed', 'https://example.org/news/2'], { ABSENTIA_DB: db.url });
    assert.equal(feed.code, 0, feed.err);
    assert.equal(feed.out.trim(), 'queued 1, already waiting 0, refused 0', 'a feed and a page at one URL are different jobs');
    const third = cli(['enqueue', 'https://example.org/news/1'], { ABSENTIA_DB: db.url });
    assert.equal(third.out.trim(), 'queued 0, already waiting 1, refused 0');
    const queue = await JobQueue.open({ url: db.url, maintenanceIntervalSeconds: 0 });
    try {
      assert.equal((await queue.counts()).fetch.created, 3);
    } finally {
      await queue.close();
    }
  });

  test('a worker stops on SIGTERM, exit code 0, with its summary', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'worker', '--queues', 'analyze', '--poll', '0.2'], {
      env: { ...process.env, ABSENTIA_DB: db.url, ABSENTIA_QUEUE: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await waitFor('the worker to serve', async () => err.includes('serving analyze'), 60_000);
    child.kill('SIGTERM');
    assert.equal(await exited, 0, err);
    assert.match(err, /SIGTERM: finishing 0 running job\(s\)/u);
    assert.match(err, /stopped: 0 completed, 0 failed runs, 0 unacknowledged/u);
  });
});
