// Crash safety: a process storing documents and claims is killed with SIGKILL at random moments.
// Afterwards the database is intact, every acknowledged document has all its claims, and no
// document has only part of them. Rounds: ABSENTIA_CRASH_ROUNDS (default 10; the hostile-input list asks 100).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { build } from 'esbuild';
import { openStore, type Store } from './index';
import { testDatabases } from './test-databases';

const HERE = dirname(fileURLToPath(import.meta.url));
// The child is bundled once (plain node starts it in a fraction of tsx's time); dependencies resolve from the project.
const CHILD = join(HERE, '../../node_modules/.cache/absentia-tests/crash-child.mjs');
await build({ entryPoints: [join(HERE, 'crash-child.ts')], outfile: CHILD, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
const ROUNDS = Number(process.env.ABSENTIA_CRASH_ROUNDS ?? 10);
const CLAIMS_PER_DOC = 40;

/** Runs the child until it has acknowledged at least one document, then a random while longer, then SIGKILL. */
function runAndKill(url: string, prefix: string, seed: number): Promise<Map<number, number>> {
  return new Promise((resolve, reject) => {
    const acked = new Map<number, number>();
    const child = spawn(process.execPath, [CHILD, url, prefix, String(CLAIMS_PER_DOC)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | null = null;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      let nl: number;
      while ((nl = out.indexOf('\n')) >= 0) {
        const [, v, n] = out.slice(0, nl).split(' ');
        acked.set(Number(v), Number(n));
        out = out.slice(nl + 1);
      }
      // The kill lands anywhere from mid-transaction to between transactions.
      timer ??= setTimeout(() => child.kill('SIGKILL'), 5 + ((seed * 7919) % 120));
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const guard = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('exit', (code, signal) => {
      clearTimeout(guard);
      if (timer) clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`child ended by itself (${code}): ${err}`));
      else if (acked.size === 0) reject(new Error(`child acknowledged nothing before the kill: ${err}`));
      else resolve(acked);
    });
  });
}

for (const target of await testDatabases()) {
  describe(`crash safety on ${target.dialect}`, () => {
    let url: string;
    let store: Store;
    before(async () => {
      url = await target.fresh();
      store = await openStore(url);
    });
    after(async () => {
      await store.close();
      await target.drop(url);
    });

    test(`${ROUNDS} SIGKILLs while committing claims lose nothing acknowledged and leave nothing half-written`, async () => {
      const acked = new Map<number, number>();
      for (let round = 0; round < ROUNDS; round++) {
        for (const [v, n] of await runAndKill(url, `r${round}`, round + 1)) acked.set(v, n);
      }
      if (target.dialect === 'sqlite') {
        const raw = new BetterSqlite3(url);
        try {
          assert.equal(raw.pragma('integrity_check', { simple: true }), 'ok');
          assert.equal((raw.pragma('foreign_key_check') as unknown[]).length, 0);
        } finally {
          raw.close();
        }
      }
      const counts = await store.db
        .selectFrom('document_versions as v')
        .leftJoin('claims as c', 'c.version_id', 'v.id')
        .select(['v.id', 'v.extractor_version', (eb) => eb.fn.count('c.id').as('n')])
        .groupBy(['v.id', 'v.extractor_version'])
        .execute();
      const byVersion = new Map(counts.map((r) => [r.id, { n: Number(r.n), extracted: r.extractor_version }]));
      for (const [v, n] of acked) {
        assert.equal(n, CLAIMS_PER_DOC);
        assert.equal(byVersion.get(v)?.n, CLAIMS_PER_DOC, `acknowledged version ${v} lost claims`);
      }
      for (const [v, { n, extracted }] of byVersion) {
        // A version and its claims commit together: never a version without its claims, never part of them.
        assert.equal(n, CLAIMS_PER_DOC, `version ${v} has ${n} claims`);
        assert.equal(extracted, 'crash-1');
      }
      assert.ok(byVersion.size >= acked.size);
    });
  });
}
