// `absentia watch` when a queue is configured: every round, the feed list is read again and one fetch job
// per feed is queued; workers anywhere poll the feeds and store their articles. A feed whose job from an
// earlier round is still waiting is not queued twice.
import { setTimeout as sleep } from 'node:timers/promises';
import { readFeedList } from '../ingest/web/watch';
import { policiesFrom, redactUrl } from './config';
import { enqueueFetches, formatSummary, type EnqueueSummary } from './enqueue';
import { JobQueue } from './queue';

export interface QueuedWatchOptions {
  queueUrl: string;
  feedsFile: string;
  everyMs: number;
  /** Ends the watch; without one, SIGINT/SIGTERM do (a second signal exits at once). */
  signal?: AbortSignal;
  /** Stop after this many rounds; unlimited by default. */
  rounds?: number;
  allowPrivate?: boolean;
  log?: (line: string) => void;
}

export async function watchByQueue(options: QueuedWatchOptions): Promise<EnqueueSummary[]> {
  const log = options.log ?? ((l: string) => console.error(l));
  const stop = options.signal ? null : stopOnSignals(log);
  const signal = options.signal ?? stop!.signal;
  const queue = await JobQueue.open({ url: options.queueUrl, policies: policiesFrom(process.env), maintenanceIntervalSeconds: 0, poolSize: 2 });
  log(`absentia: watch: queueing feed jobs on ${redactUrl(options.queueUrl)} for workers to run`);
  const rounds: EnqueueSummary[] = [];
  try {
    while (!signal.aborted && (options.rounds === undefined || rounds.length < options.rounds)) {
      const started = Date.now();
      const feeds = await readFeedList(options.feedsFile);
      const summary = await enqueueFetches(queue, feeds, { kind: 'feed', allowPrivate: options.allowPrivate });
      for (const line of summary.refused) log(`absentia: ${line}`);
      log(`absentia: watch round ${rounds.length + 1}: ${feeds.length} feeds; ${formatSummary(summary)}`);
      rounds.push(summary);
      if (options.rounds !== undefined && rounds.length >= options.rounds) break;
      await sleep(Math.max(0, options.everyMs - (Date.now() - started)), undefined, { signal }).catch(() => {});
    }
  } finally {
    stop?.dispose();
    await queue.close();
  }
  return rounds;
}

function stopOnSignals(log: (line: string) => void): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(130);
    log(`absentia: ${name}: stopping the watch (again to exit now)`);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}
