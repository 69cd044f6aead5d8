// Several processes open one fresh database at once (migrations serialised) and write at the same
// time: every write lands, none fails with "database is locked" (SQLite) or a unique violation.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { build } from 'esbuild';
import { openStore } from './index';
import { testDatabases } from './test-databases';

const HERE = dirname(fileURLToPath(import.meta.url));
const CHILD = join(HERE, '../../node_modules/.cache/absentia-tests/crash-child-concurrency.mjs');
await build({ entryPoints: [join(HERE, 'crash-child.ts')], outfile: CHILD, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });

const PROCESSES = 3;
const DOCS_EACH = 25;
const CLAIMS_PER_DOC = 10;

function writer(url: string, prefix: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, url, prefix, String(CLAIMS_PER_DOC), String(DOCS_EACH)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let acks = 0;
    let err = '';
    child.stdout.on('data', (d: Buffer) => (acks += d.toString().split('\n').filter((l) => l.startsWith('ack ')).length));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(acks) : reject(new Error(`writer ${prefix} failed (${code}): ${err}`))));
  });
}

for (const target of await testDatabases()) {
  describe(`concurrent writers on ${target.dialect}`, () => {
    test(`${PROCESSES} processes migrate a fresh database and write ${DOCS_EACH} documents each at once`, async () => {
      const url = await target.fresh();
      const acks = await Promise.all(Array.from({ length: PROCESSES }, (_, i) => writer(url, `w${i}`)));
      assert.deepEqual(acks, Array(PROCESSES).fill(DOCS_EACH));
      const store = await openStore(url);
      try {
        const docs = await store.db.selectFrom('documents').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
        const claims = await store.db.selectFrom('claims').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
        const migrations = await store.db.selectFrom('store_migrations').select('name').execute();
        assert.equal(Number(docs.n), PROCESSES * DOCS_EACH);
        assert.equal(Number(claims.n), PROCESSES * DOCS_EACH * CLAIMS_PER_DOC);
        assert.equal(new Set(migrations.map((m) => m.name)).size, migrations.length, 'each migration applied once');
      } finally {
        await store.close();
        await target.drop(url);
      }
    });
  });
}
