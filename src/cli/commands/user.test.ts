// `absentia user add|list|password` through the real CLI: the first admin can be made, bad input is refused
// with a one-line error and exit code 2, and the password never comes from a flag.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { checkPassword } from '../../store/accounts';
import { openStore } from '../../store/index';

const dir = mkdtempSync(join(tmpdir(), 'absentia-user-'));
const db = join(dir, 'u.db');
after(() => rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[], input?: string, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { input, encoding: 'utf8', env: { ...process.env, ABSENTIA_PASSWORD: '', ...env } });

describe('absentia user', () => {
  it('adds the first admin with the password from stdin, and lists it', async () => {
    const r = cli(['user', 'add', 'alice', '--role', 'admin', '--db', db], 'a long passphrase\n');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /created alice \(admin\)/u);
    const list = cli(['user', 'list', '--db', db]);
    assert.match(list.stdout, /^alice\tadmin\t/mu);
    const store = await openStore(db);
    try {
      assert.equal((await checkPassword(store.db as any, 'alice', 'a long passphrase'))?.role, 'admin');
      assert.equal(await checkPassword(store.db as any, 'alice', 'a long passphrase\n'), null, 'the trailing newline is not part of it');
    } finally {
      await store.close();
    }
  });

  it('refuses a bad role, a short password and a taken name with one line each', () => {
    const role = cli(['user', 'add', 'bob', '--role', 'boss', '--db', db], 'a long passphrase');
    assert.equal(role.status, 2);
    assert.equal(role.stderr.trim().split('\n').length, 1);
    assert.match(role.stderr, /--role boss: must be one of viewer, editor, admin/u);
    const short = cli(['user', 'add', 'bob', '--role', 'editor', '--db', db], 'short');
    assert.equal(short.status, 2);
    assert.match(short.stderr, /password: must be at least 10 characters/u);
    const taken = cli(['user', 'add', 'alice', '--role', 'editor', '--db', db], undefined, { ABSENTIA_PASSWORD: 'another long one' });
    assert.equal(taken.status, 1);
    assert.match(taken.stderr, /username alice: is already taken/u);
  });
});
