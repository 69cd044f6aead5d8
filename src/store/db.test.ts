// Choosing and opening a store: --db / ABSENTIA_DB / default, clear errors, migrations applied once.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { AbsentiaError } from '../util/errors';
import { migrate, openStore, pendingMigrations, redactUrl, resolveStoreTarget } from './index';
import { MIGRATIONS } from './migrations/index';

const dir = mkdtempSync(join(tmpdir(), 'absentia-db-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('the argument wins over ABSENTIA_DB, which wins over ./absentia.db', () => {
  const saved = process.env.ABSENTIA_DB;
  try {
    delete process.env.ABSENTIA_DB;
    assert.deepEqual(resolveStoreTarget(), { kind: 'sqlite', path: './absentia.db' });
    process.env.ABSENTIA_DB = 'postgres://u:p@db.example:5432/absentia';
    assert.deepEqual(resolveStoreTarget(), { kind: 'postgres', url: 'postgres://u:p@db.example:5432/absentia' });
    assert.deepEqual(resolveStoreTarget('sqlite:/data/a.db'), { kind: 'sqlite', path: '/data/a.db' });
    assert.deepEqual(resolveStoreTarget('postgresql://h/x'), { kind: 'postgres', url: 'postgresql://h/x' });
    assert.throws(() => resolveStoreTarget('mysql://h/x'), (e) => e instanceof AbsentiaError && e.code === 'usage');
  } finally {
    if (saved === undefined) delete process.env.ABSENTIA_DB;
    else process.env.ABSENTIA_DB = saved;
  }
});

test('passwords never appear in the location shown to people', () => {
  assert.equal(redactUrl('postgres://absentia:s3cret@db.example/absentia'), 'postgres://absentia:***@db.example/absentia');
});

test('a missing folder, a folder, or a file that is not a database: one clear error', async () => {
  await assert.rejects(openStore(join(dir, 'no/such/folder/x.db')), (e) => e instanceof AbsentiaError && /does not exist/.test(e.message));
  await assert.rejects(openStore(dir), (e) => e instanceof AbsentiaError && /is a directory/.test(e.message));
  const text = join(dir, 'notes.txt');
  writeFileSync(text, 'These are notes, not a database. '.repeat(200));
  await assert.rejects(openStore(text), (e) => e instanceof AbsentiaError && e.line.startsWith(`${text}: cannot open as an SQLite database`));
});

test('migrations run once, in order, and report what they did', async () => {
  const path = join(dir, 'm.db');
  const bare = await openStore(path, { migrate: false });
  assert.deepEqual(await pendingMigrations(bare), MIGRATIONS.map(([n]) => n));
  const first = await migrate(bare);
  assert.deepEqual(first.applied, MIGRATIONS.map(([n]) => n));
  const second = await migrate(bare);
  assert.deepEqual([second.applied, second.alreadyApplied.length], [[], MIGRATIONS.length]);
  assert.deepEqual(await pendingMigrations(bare), []);
  await bare.close();
  const again = await openStore(path);
  await again.close();
});
