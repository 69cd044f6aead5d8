// `absentia worker`: takes fetch, extract and analyze jobs from the PostgreSQL queue until stopped.
// `absentia enqueue`: puts page or feed URLs on the queue from any machine that reaches the database.
// Both live here because they are the two ends of one queue; registered with one line in index.ts.
import type { Command } from 'commander';
import { openStore } from '../../store/db';
import { AbsentiaError, usageError } from '../../util/errors';
import { policiesFrom, queueUrlFrom, redactUrl } from '../../queue/config';
import { enqueueFetches, formatSummary } from '../../queue/enqueue';
import { createHandlers } from '../../queue/handlers';
import { QUEUE_NAMES, isQueueName, type QueueName } from '../../queue/jobs';
import { JobQueue } from '../../queue/queue';
import { Worker } from '../../queue/worker';

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('take fetch, extract and analyze jobs from the PostgreSQL job queue until SIGTERM/SIGINT')
    .option('--concurrency <n>', 'jobs run at the same time in this process', '4')
    .option('--queues <list>', `queues to serve, comma-separated, first preferred (${QUEUE_NAMES.join(',')})`, 'extract,analyze,fetch')
    .option('--queue <url>', 'the job queue (postgres://...); default ABSENTIA_QUEUE, else a postgres ABSENTIA_DB')
    .option('--db <url>', 'the store (postgres://... or an SQLite path); default ABSENTIA_DB or ./absentia.db')
    .option('--poll <seconds>', 'wait between polls while the queues are empty', '1')
    .option('--grace <seconds>', 'on shutdown, wait this long for running jobs before handing them back', '30')
    .option('--maintenance <seconds>', 'how often this worker expires stuck jobs and archives old ones (0: never)', '60')
    .option('--host-delay <seconds>', 'pause between two requests to one host from this worker', '1')
    .option('--allow-private', 'let fetch jobs reach loopback and private addresses (tests, intranets)')
    .option('--verbose', 'print one line per job')
    .action(async (opts) => {
      const concurrency = positiveNumber(opts.concurrency, '--concurrency', true);
      const queues = parseQueues(opts.queues);
      const pollMs = positiveNumber(opts.poll, '--poll') * 1000;
      const graceMs = positiveNumber(opts.grace, '--grace', false, true) * 1000;
      const maintenance = positiveNumber(opts.maintenance, '--maintenance', true, true);
      const hostDelayMs = positiveNumber(opts.hostDelay, '--host-delay', false, true) * 1000;
      const policies = policiesFrom(process.env);
      const url = queueUrlFrom(process.env, opts.queue);
      if (!url) throw usageError('no job queue configured: set ABSENTIA_QUEUE or a postgres:// ABSENTIA_DB, or pass --queue', 'worker');
      const log = (line: string) => console.error(`worker ${process.pid}: ${line}`);
      let lastQueueError = 0;
      const onError = (err: Error) => {
        // Maintenance and idle connections fail while the database restarts: say so, at most every 10 s.
        if (Date.now() - lastQueueError < 10_000) return;
        lastQueueError = Date.now();
        log(`queue: ${err.message}`);
      };

      const store = await openStore(opts.db ?? null);
      let queue: JobQueue;
      try {
        queue = await JobQueue.open({ url, policies, maintenanceIntervalSeconds: maintenance, poolSize: concurrency + 2, onError });
      } catch (err) {
        await store.close();
        throw err;
      }
      const handlers = createHandlers(store, { allowPrivate: Boolean(opts.allowPrivate), hostDelayMs, log: opts.verbose ? log : undefined });
      const worker = new Worker(queue, handlers, { concurrency, queues, pollIntervalMs: pollMs, log });
      worker.start();
      // the signal handlers are in place before "serving" is announced: a supervisor may stop us as soon as it reads it
      const stopping = new Promise<void>((resolve) => {
        let signals = 0;
        const onSignal = (signal: NodeJS.Signals) => {
          if (++signals > 1) {
            log(`${signal} again: exiting now; running jobs will be retried after their expiry`);
            process.exit(130);
          }
          log(`${signal}: finishing ${worker.active} running job(s), taking no new ones`);
          resolve();
        };
        process.on('SIGTERM', onSignal);
        process.on('SIGINT', onSignal);
      });
      log(`serving ${queues.join(', ')} with ${concurrency} slot(s); queue ${redactUrl(url)}, store ${store.location}`);
      await stopping;
      await worker.stop(graceMs);
      await handlers.close();
      await queue.close();
      await store.close();
      const s = worker.stats;
      log(`stopped: ${s.completed} completed, ${s.failed} failed runs, ${s.unacknowledged} unacknowledged`);
    });

  program
    .command('enqueue')
    .description('put page URLs (or feed URLs with --feed) on the job queue for workers to fetch')
    .argument('<url...>', 'http(s) URLs')
    .option('--feed', 'the URLs are RSS/Atom/JSON feeds: workers poll them and queue their articles')
    .option('--queue <url>', 'the job queue (postgres://...); default ABSENTIA_QUEUE, else a postgres ABSENTIA_DB')
    .option('--allow-private', 'let workers fetch loopback and private addresses for these URLs')
    .action(async (urls: string[], opts) => {
      const url = queueUrlFrom(process.env, opts.queue);
      if (!url) throw usageError('no job queue configured: set ABSENTIA_QUEUE or a postgres:// ABSENTIA_DB, or pass --queue', 'enqueue');
      const queue = await JobQueue.open({ url, policies: policiesFrom(process.env), maintenanceIntervalSeconds: 0, poolSize: 2 });
      try {
        const summary = await enqueueFetches(queue, urls, { kind: opts.feed ? 'feed' : 'page', allowPrivate: Boolean(opts.allowPrivate) });
        for (const line of summary.refused) console.error(`absentia: ${line}`);
        console.log(formatSummary(summary));
        if (summary.refused.length > 0) process.exitCode = 1;
      } finally {
        await queue.close();
      }
    });
}

function parseQueues(list: string): QueueName[] {
  const names = list.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = names.find((n) => !isQueueName(n));
  if (bad !== undefined) throw usageError(`unknown queue (known: ${QUEUE_NAMES.join(', ')})`, bad);
  if (names.length === 0) throw usageError('no queue named', '--queues');
  return [...new Set(names)] as QueueName[];
}

function positiveNumber(raw: string, flag: string, integer = false, zeroOk = false): number {
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0 || (!zeroOk && n === 0) || (integer && !Number.isInteger(n))) {
    throw new AbsentiaError('usage', `expected a ${integer ? 'whole ' : ''}number${zeroOk ? '' : ' above 0'}`, `${flag} ${raw}`);
  }
  return n;
}
