// `absentia watch`: poll a list of feeds every N minutes until stopped. The loop re-reads the feed list each
// round (so feeds can be added without a restart), polls feeds one after another with one shared polite
// fetcher, and stops cleanly when its signal aborts: the feed in progress finishes, no new one starts.
import { readFile } from 'node:fs/promises';
import type { Store } from '../../store/index';
import { AbsentiaError, inputError, usageError } from '../../util/errors';
import { runFetcher, summaryLine, type WebIngestOptions } from './context';
import { pollFeed, type FeedPollResult } from './feed-poll';

/** "15m", "90s", "1h" → milliseconds. */
export function parseEvery(s: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(s|m|h)$/u.exec(s.trim());
  if (!m) throw usageError('expected a duration such as 90s, 15m or 1h', `--every ${s}`);
  const ms = Number(m[1]) * { s: 1000, m: 60_000, h: 3_600_000 }[m[2] as 's' | 'm' | 'h'];
  if (ms < 1000) throw usageError('the interval must be at least 1s', `--every ${s}`);
  return ms;
}

/** Feed URLs from a file: one per line, blank lines and "#" comments ignored. */
export async function readFeedList(path: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw inputError((err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `cannot read (${(err as Error).message})`, path);
  }
  const urls: string[] = [];
  text.split(/\r?\n/u).forEach((line, i) => {
    const t = line.replace(/#.*$/u, '').trim();
    if (!t) return;
    if (!/^https?:\/\/\S+$/iu.test(t)) throw inputError(`line ${i + 1}: "${t.slice(0, 80)}" is not an http(s) URL`, path);
    urls.push(t);
  });
  return [...new Set(urls)];
}

export interface WatchOptions extends Omit<WebIngestOptions, 'store' | 'fetcher'> {
  store: Store;
  feedsFile: string;
  everyMs: number;
  signal: AbortSignal;
  /** Stop after this many rounds (tests, cron); unlimited by default. */
  rounds?: number;
  log?: (line: string) => void;
}

export async function watchFeeds(options: WatchOptions): Promise<{ rounds: number; results: FeedPollResult[] }> {
  const log = options.log ?? ((l: string) => console.error(l));
  const { fetcher, release } = runFetcher(options as WebIngestOptions);
  const results: FeedPollResult[] = [];
  let rounds = 0;
  try {
    while (!options.signal.aborted && (options.rounds === undefined || rounds < options.rounds)) {
      const started = Date.now();
      let feeds: string[];
      try {
        feeds = await readFeedList(options.feedsFile);
      } catch (err) {
        // A broken list while running keeps the watcher alive: say so and try again next round.
        if (rounds === 0) throw err;
        log(`absentia: ${err instanceof AbsentiaError ? err.line : String(err)}`);
        feeds = [];
      }
      for (const url of feeds) {
        if (options.signal.aborted) break;
        const r = await pollFeed(options.store, url, { ...options, fetcher });
        results.push(r);
        log(`${new Date().toISOString()} ${url}: ${r.feedStatus === 'failed' ? `failed: ${r.error}` : r.feedStatus === 'not_modified' ? 'not modified' : summaryLine(r)}`);
      }
      rounds++;
      if (options.rounds !== undefined && rounds >= options.rounds) break;
      await sleep(Math.max(0, options.everyMs - (Date.now() - started)), options.signal);
    }
  } finally {
    await release();
  }
  return { rounds, results };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const t = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(t);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
