// `absentia watch --feeds FILE --every 15m`: poll feeds until SIGINT/SIGTERM, storing new and updated articles.
import type { Command } from 'commander';
import { EXTRACTOR_VERSION, webExtractor } from '../../ingest/web/extractor';
import { parseEvery, readFeedList, watchFeeds } from '../../ingest/web/watch';
import { openStore } from '../../store/index';
import { usageError } from '../../util/errors';
import { queueUrlFrom } from '../../queue/config';
import { watchByQueue } from '../../queue/watch';

interface WatchOpts {
  feeds?: string;
  every: string;
  once?: boolean;
  allowPrivate?: boolean;
  delay: string;
  db?: string;
}

export function registerWatch(program: Command): void {
  program
    .command('watch')
    .description('poll RSS/Atom/JSON feeds on a schedule and ingest new and updated articles, until SIGINT/SIGTERM')
    .requiredOption('--feeds <file>', 'a file with one feed URL per line (# comments allowed); re-read every round')
    .option('--every <duration>', 'time between the starts of two rounds: 90s, 15m, 1h', '15m')
    .option('--once', 'poll every feed once and exit')
    .option('--delay <ms>', 'pause between two requests to the same host, in ms', '1000')
    .option('--allow-private', 'let feeds and articles reach loopback and private addresses (tests, intranets)')
    .option('--db <path-or-url>', 'the database: an SQLite path or postgres:// URL (default ABSENTIA_DB, else ./absentia.db)')
    .action(async (opts: WatchOpts) => {
      const everyMs = parseEvery(opts.every);
      const delayMs = Number(opts.delay);
      if (!Number.isInteger(delayMs) || delayMs < 0) throw usageError('expected a whole number of milliseconds', `--delay ${opts.delay}`);
      await readFeedList(opts.feeds!); // a bad list fails before the database is opened
      // With a queue (ABSENTIA_QUEUE, or a postgres database), queue one fetch job per feed each round for `absentia worker`.
      const queueUrl = queueUrlFrom({ ...process.env, ABSENTIA_DB: opts.db ?? process.env.ABSENTIA_DB });
      if (queueUrl) {
        const rounds = await watchByQueue({ queueUrl, feedsFile: opts.feeds!, everyMs, rounds: opts.once ? 1 : undefined, allowPrivate: Boolean(opts.allowPrivate) });
        if (rounds.some((r) => r.refused.length > 0)) process.exitCode = 1;
        return;
      }
      const store = await openStore(opts.db ?? null);
      const controller = new AbortController();
      const onSignal = (signal: NodeJS.Signals) => {
        if (controller.signal.aborted) process.exit(130);
        console.error(`absentia: ${signal}: finishing the current feed, then stopping (again to exit now)`);
        controller.abort();
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      try {
        const { results } = await watchFeeds({
          store,
          feedsFile: opts.feeds!,
          everyMs,
          signal: controller.signal,
          rounds: opts.once ? 1 : undefined,
          extract: webExtractor,
          extractorVersion: EXTRACTOR_VERSION,
          fetch: { allowPrivate: Boolean(opts.allowPrivate) },
          politeness: { delayMs },
        });
        if (opts.once && results.some((r) => r.feedStatus === 'failed' || r.failed > 0)) process.exitCode = 1;
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await store.close();
      }
      console.error('absentia: watch stopped');
    });
}
