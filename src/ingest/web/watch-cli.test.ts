// `absentia watch` as a process: it polls, stores, and on SIGINT finishes and exits 0 with the store intact.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { openStore } from '../../store/index';
import { fixture, startSite, type Site } from './test-support/site';

let site: Site;
let dir: string;
before(async () => {
  site = await startSite();
  dir = mkdtempSync(join(tmpdir(), 'absentia-watch-cli-'));
  site.page('/atom.xml', fixture('feed-atom.xml'), { 'content-type': 'application/atom+xml' });
  site.page('/news/soch-200k', fixture('article-ru.html'));
});
after(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

test('watch polls the feeds, stores the article with claims, and stops cleanly on SIGINT', async () => {
  const list = join(dir, 'feeds.txt');
  const db = join(dir, 'w.db');
  writeFileSync(list, `# test feeds\n${site.url('/atom.xml')}\n`);
  const root = join(import.meta.dirname, '../../..');
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), 'watch', '--feeds', list, '--every', '1h', '--delay', '0', '--allow-private', '--db', db], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  const polled = new Promise<void>((resolve) => {
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (stderr.includes('/atom.xml: 1 new')) resolve();
    });
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await Promise.race([polled, exited]);
  child.kill('SIGINT');
  const code = await exited;
  assert.equal(code, 0, stderr);
  assert.match(stderr, /SIGINT: finishing the current feed/u);
  assert.match(stderr, /watch stopped/u);
  const store = await openStore(db);
  try {
    const docs = await store.db.selectFrom('documents').select(['id', 'title']).execute();
    assert.deepEqual(docs.map((d) => d.title), ['Число дел о СОЧ в Украине превысило 200 тысяч']);
    const claims = await store.db.selectFrom('claims').select('value_low').where('document_id', '=', docs[0].id).execute();
    assert.ok(claims.some((c) => c.value_low === 202997), JSON.stringify(claims));
  } finally {
    await store.close();
  }
});
