// The watch loop: rounds on a schedule, the feed list re-read each round, a clean stop on abort.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openStore, type Store } from '../../store/index';
import { AbsentiaError } from '../../util/errors';
import { listFeeds } from '../../store/web';
import { countExtractor } from './test-support/count-extractor';
import { fixture, startSite, type Site } from './test-support/site';
import { parseEvery, readFeedList, watchFeeds } from './watch';

describe('watch', () => {
  let site: Site;
  let store: Store;
  let dir: string;
  before(async () => {
    site = await startSite();
    dir = mkdtempSync(join(tmpdir(), 'absentia-watch-'));
    store = await openStore(join(dir, 'w.db'));
    site.page('/atom.xml', fixture('feed-atom.xml'), { 'content-type': 'application/atom+xml' });
    site.page('/news/soch-200k', fixture('article-ru.html'));
    site.page('/feed.json', fixture('feed.json'), { 'content-type': 'application/feed+json' });
    site.page('/news/json-1', fixture('article-uk.html'));
  });
  after(async () => {
    await store.close();
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('durations and feed lists are checked with clear errors', async () => {
    assert.equal(parseEvery('15m'), 900_000);
    assert.equal(parseEvery('90s'), 90_000);
    assert.throws(() => parseEvery('soon'), (e: unknown) => e instanceof AbsentiaError && e.line === '--every soon: expected a duration such as 90s, 15m or 1h');
    const list = join(dir, 'bad.txt');
    writeFileSync(list, `# feeds\n${site.url('/atom.xml')}\nfile:///etc/passwd\n`);
    await assert.rejects(readFeedList(list), /line 3: "file:\/\/\/etc\/passwd" is not an http\(s\) URL/u);
  });

  test('polls every round, picks up a feed added to the list, and stops when aborted', async () => {
    const list = join(dir, 'feeds.txt');
    writeFileSync(list, `${site.url('/atom.xml')}\n`);
    const controller = new AbortController();
    const lines: string[] = [];
    let round = 0;
    const run = watchFeeds({
      store,
      feedsFile: list,
      everyMs: 1000,
      signal: controller.signal,
      extract: countExtractor,
      fetch: { allowPrivate: true },
      politeness: { delayMs: 0 },
      log: (l) => {
        lines.push(l);
        if (l.includes('/atom.xml')) {
          round++;
          if (round === 1) writeFileSync(list, `${site.url('/atom.xml')}\n${site.url('/feed.json')}\n`);
        }
        if (l.includes('/feed.json')) controller.abort();
      },
    });
    const t0 = Date.now();
    const { rounds, results } = await run;
    assert.equal(rounds, 2);
    assert.ok(Date.now() - t0 >= 900, 'the second round waited for the interval');
    assert.equal(results[0].new, 1);
    assert.equal(results[1].feedStatus, 'ok');
    assert.equal(results[1].seen, 1, 'the same Atom entry is not ingested twice');
    assert.equal(results[2].feedUrl, site.url('/feed.json'));
    assert.equal((await listFeeds(store)).length, 2);
  });
});
