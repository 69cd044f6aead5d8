// Issue 2's bad inputs through the built CLI: each gets one line naming it and the problem, the other
// inputs are still processed, exit codes are 2 for usage and 1 for failed inputs, nothing stored is lost.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'bin/absentia.js');

function run(args: string[], timeout = 120_000) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, errors: r.stderr.split('\n').filter((l) => l.startsWith('absentia: ')) };
}

const ARTICLE = `Ukraine's Prosecutor General's Office registered 18,000 cases of unauthorized abandonment of a unit in May 2025, a record.
In September, 17,000 servicemen left their units without permission, according to the office.
`;

describe('absentia ingest with bad inputs (built CLI)', () => {
  let dir: string;
  let db: string;
  const file = (name: string, content: string | Buffer) => {
    const p = join(dir, name);
    mkdirSync(join(p, '..'), { recursive: true });
    writeFileSync(p, content);
    return p;
  };
  // Checks read the database directly: one CLI start costs seconds on a busy CI machine.
  const query = <T>(q: string): T[] => {
    const h = new BetterSqlite3(db, { readonly: true });
    try {
      return h.prepare(q).all() as T[];
    } finally {
      h.close();
    }
  };
  const claimsCount = () => query<{ n: number }>('select count(*) as n from claims')[0].n;
  const documents = () => query<{ location: string; versions: number }>('select path as location, (select count(*) from document_versions v where v.document_id = d.id) as versions from documents d');

  before(() => {
    if (!existsSync(join(ROOT, 'dist/cli.js'))) spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
    dir = mkdtempSync(join(tmpdir(), 'absentia-cli-'));
    db = join(dir, 'store.db');
    const first = run(['ingest', file('stored/first.txt', ARTICLE), '--published', '2025-11-03', '--db', db]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /ingested: 1 new, 0 updated, 0 unchanged, 0 failed, \d+ claims added/);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('a malformed --published is a usage error (exit 2), and nothing is read or stored', () => {
    const before = claimsCount();
    for (const bad of ['2025-02-30', 'yesterday']) {
      const r = run(['ingest', file('late.txt', `${ARTICLE} Again.`), '--published', bad, '--db', db]);
      assert.equal(r.code, 2, bad);
      assert.deepEqual(r.errors, [`absentia: --published ${bad}: expected a date YYYY-MM-DD`]);
    }
    assert.equal(claimsCount(), before);
    assert.equal(documents().length, 1);
  });

  test('no inputs is a usage error', () => {
    const r = run(['ingest', '--db', db]);
    assert.equal(r.code, 2);
    assert.equal(r.errors.length, 1);
  });

  test('missing, empty, binary and invalid UTF-8 files: one line each, the good ones stored, exit 1', () => {
    const good = file('batch/good.txt', ARTICLE.replace('18,000', '19,000'));
    const empty = file('batch/empty.txt', '');
    const binary = file('batch/image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
    const latin1 = file('batch/latin1.txt', Buffer.from('Déserteurs: 1 200 cas en mai.', 'latin1'));
    const missing = join(dir, 'batch/missing.txt');
    const r = run(['ingest', missing, empty, good, binary, latin1, '--published', '2025-11-03', '--db', db]);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.errors.length, 4, r.stderr);
    for (const [path, problem] of [
      [missing, /no such file/],
      [empty, /empty/],
      [binary, /binary/],
      [latin1, /UTF-8/],
    ] as const) {
      const line = r.errors.find((l) => l.startsWith(`absentia: ${path}: `));
      assert.ok(line, `no line for ${path} in:\n${r.stderr}`);
      assert.match(line, problem);
    }
    assert.match(r.stderr, /ingested: 1 new, 0 updated, 0 unchanged, 4 failed, \d+ claims added/);
    const docs = documents();
    assert.equal(docs.length, 2);
    assert.ok(docs.some((d) => d.location === good && d.versions === 1));
  });

  test('the same file again adds nothing', () => {
    const [docs, claims] = [documents(), claimsCount()];
    const r = run(['ingest', join(dir, 'stored/first.txt'), '--published', '2025-11-03', '--db', db]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /ingested: 0 new, 0 updated, 1 unchanged, 0 failed, 0 claims added/);
    assert.deepEqual([documents(), claimsCount()], [docs, claims]);
  });

  test('a folder of mixed files (hidden ones skipped) is processed file by file', () => {
    file('mixed/a.txt', ARTICLE.replace('18,000', '11,000'));
    file('mixed/b.html', `<html lang="en"><head><title>B</title></head><body><p>${ARTICLE.replace('18,000', '12,000')}</p></body></html>`);
    file('mixed/.secret.txt', ARTICLE);
    file('mixed/data.bin', Buffer.alloc(64, 0));
    const r = run(['ingest', join(dir, 'mixed'), '--published', '2025-11-03', '--db', db]);
    assert.equal(r.code, 1);
    assert.equal(r.errors.length, 1, r.stderr);
    assert.match(r.errors[0], /data\.bin: .*binary/);
    assert.match(r.stderr, /ingested: 2 new, 0 updated, 0 unchanged, 1 failed/);
    assert.ok(!documents().some((d) => d.location.includes('.secret')));
  });

  test('a database in a missing folder, or a file that is not a database: one line, exit 1', () => {
    const r1 = run(['ingest', join(dir, 'stored/first.txt'), '--db', join(dir, 'nowhere/x.db')]);
    assert.equal(r1.code, 1);
    assert.deepEqual(r1.errors.length, 1);
    assert.match(r1.errors[0], /nowhere.*does not exist/);
    const r2 = run(['claims', '--db', join(dir, 'stored/first.txt')]);
    assert.equal(r2.code, 1);
    assert.match(r2.errors[0], /first\.txt: cannot open as an SQLite database/);
  });

  test('a 50 MB file is read and stored (or refused with one line) while the others go on; nothing stored is lost', () => {
    const before = documents().length;
    const paragraph = `${ARTICLE}Officials declined to comment on the figures for the other months of the year.\n\n`;
    const big = file('big/fifty.txt', paragraph.repeat(Math.ceil((50 * 1024 * 1024) / paragraph.length)));
    const small = file('big/small.txt', ARTICLE.replace('18,000', '13,000'));
    const r = run(['ingest', big, small, '--published', '2025-11-03', '--db', db], 600_000);
    assert.ok(r.code === 0 || (r.code === 1 && r.errors.length === 1 && r.errors[0].includes('fifty.txt')), r.stderr.slice(0, 2000));
    const docs = documents();
    assert.ok(docs.some((d) => d.location === small));
    assert.ok(docs.length >= before + 1);
  });
});
