// HTTP benchmark: a generated database of claims (1,000,000 with --full or ABSENTIA_BENCH_CLAIMS), then
// p50/p95 latency of filtered, paginated claim requests (one at a time) and requests per second under load
// (autocannon, 10 connections), printed beside the same server's trivial health route in the same run.
// Targets (issue 6): p95 under 50 ms, and at least a third of the health route's rate. Figures only.
// Two servers in turn on the same database: without the listing's page cache (every request reads the
// database), then with it (64 MB, as `serve` defaults to; the mix is repeated, so pages come from memory).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import BetterSqlite3 from 'better-sqlite3';
import { openStore } from '../src/store/index';

const FULL = process.argv.includes('--full');
const N = Number(process.env.ABSENTIA_BENCH_CLAIMS ?? (FULL ? 1_000_000 : 200_000));
const SECONDS = Number(process.env.ABSENTIA_BENCH_SECONDS ?? 8);

const SOURCES = ["Prosecutor General's Office", 'Mediazona', 'HUR', 'Ukrainska Pravda', 'Slovo i Dilo', 'BBC Russian Service', 'Opendatabot', 'SBI', 'Kyiv Independent', 'Meduza', 'Verstka', 'RFE/RL'];
const EVENTS = ['awol', 'desertion', 'awol_or_desertion', 'return', 'defection', 'death', 'self_harm'];
const COUNTED = ['cases', 'persons', 'suspects', 'court_cases', 'convictions'];
const TOPICAL = 'soldiers left units without permission prosecutors registered cases court convicted deserters returned service brigade district month record figure according data reported'.split(' ');
/** A vocabulary with a natural (Zipf-like) spread: a few words are everywhere, most are rare, as in news text. */
const SYLLABLES = ['ka', 'ro', 'mi', 'ten', 'vol', 'da', 'sin', 'pre', 'lu', 'gor', 'an', 'shev', 'tri', 'no', 'bel', 'za'];
const VOCAB = Array.from({ length: 5000 }, (_, i) => (i < TOPICAL.length ? TOPICAL[i] : `${SYLLABLES[i % 16]}${SYLLABLES[(i >> 4) % 16]}${SYLLABLES[(i >> 8) % 16]}`));

/** Deterministic pseudo-random numbers (mulberry32) so every run builds the same database. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function generate(path: string): Promise<number> {
  const store = await openStore(path); // creates the schema through the real migrations
  await store.close();
  const db = new BetterSqlite3(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  // Bulk load: set the claims table's indexes and full-text triggers aside, load, then rebuild them from
  // their own SQL (the migrations' definitions, whatever they are), and rebuild the FTS index in one pass.
  const aside = db.prepare("select type, name, sql from sqlite_schema where tbl_name = 'claims' and type in ('index', 'trigger') and sql is not null").all() as { type: string; name: string; sql: string }[];
  for (const o of aside) db.exec(`drop ${o.type} ${o.name}`);
  const ins = db.prepare(`insert into claims (document_id, version_id, origin, status, superseded, force, event, counted, statistic, value_low, value_high, is_range,
    qualifier, period_start, period_end, per, kind, scope, source, source_key, quote, published, source_url, publisher, created_at, updated_at)
    values (null, null, ?, ?, 0, ?, ?, ?, 'count', ?, ?, ?, ?, ?, ?, null, ?, null, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const r = rng(407);
  const pick = <T>(a: T[]) => a[Math.floor(r() * a.length)];
  const t0 = performance.now();
  const batch = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const y = 2022 + Math.floor(r() * 4);
      const m = 1 + Math.floor(r() * 12);
      const mm = String(m).padStart(2, '0');
      const low = Math.floor(r() * 25_000);
      const range = r() < 0.1;
      const high = range ? low + Math.floor(r() * 3000) : low;
      const src = pick(SOURCES);
      const quote = Array.from({ length: 14 }, () => VOCAB[Math.floor(VOCAB.length ** r()) - 1]).join(' ') + ` ${low}.`;
      const now = new Date(Date.UTC(y, m - 1, 28)).toISOString();
      ins.run(r() < 0.7 ? 'machine' : 'dataset', r() < 0.8 ? 'unreviewed' : 'accepted', r() < 0.6 ? 'UA' : 'RU', pick(EVENTS), pick(COUNTED), low, high, range ? 1 : 0,
        range ? 'range' : 'exact', `${y}-${mm}-01`, `${y}-${mm}-28`, r() < 0.05 ? 'record' : 'reported', src, src.toLowerCase(), quote,
        `${y}-${mm}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`, `https://example.org/${i}`, `outlet${i % 50}.example`, now, now);
    }
  });
  for (let i = 0; i < N; i += 50_000) batch(i, Math.min(N, i + 50_000));
  for (const o of aside) db.exec(o.sql);
  // Every full-text index the migrations made (their triggers were set aside with the rest), each in one pass.
  const fts = db.prepare("select name from sqlite_schema where type = 'table' and sql like 'create virtual table % using fts5%'").pluck().all() as string[];
  for (const name of fts) db.exec(`insert into ${name}(${name}) values ('rebuild')`);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('analyze');
  db.close();
  return (performance.now() - t0) / 1000;
}

function startServer(dbPath: string, cacheMb: number): Promise<{ port: number; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/server-child.ts', dbPath, String(cacheMb)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  return new Promise((ok, fail) => {
    child.once('exit', (code) => fail(new Error(`server exited with ${code}`)));
    createInterface({ input: child.stdout! }).once('line', (line) =>
      ok({ port: Number(line), stop: () => (child.kill('SIGTERM'), exited) }));
  });
}

async function sequentialLatency(base: string, paths: string[], n: number): Promise<{ p50: number; p95: number; p99: number }> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const res = await fetch(base + paths[i % paths.length]);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${paths[i % paths.length]}: ${res.status}`);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
  return { p50: q(0.5), p95: q(0.95), p99: q(0.99) };
}

function load(base: string, paths: string[]): Promise<autocannon.Result> {
  return new Promise((ok, fail) => {
    autocannon({ url: base, connections: 10, duration: SECONDS, requests: paths.map((path) => ({ method: 'GET', path })) }, (err, res) => (err ? fail(err) : ok(res)));
  });
}

const dir = mkdtempSync(join(tmpdir(), 'absentia-bench-server-'));
// ABSENTIA_BENCH_DB=path keeps the generated database there and reuses it on the next run.
const keep = process.env.ABSENTIA_BENCH_DB;
const dbPath = keep ?? join(dir, 'bench.db');
try {
  if (keep && existsSync(keep)) {
    console.log(`reusing ${keep}`);
  } else {
    console.log(`generating ${N.toLocaleString('en')} claims${FULL ? '' : ' (pass --full or ABSENTIA_BENCH_CLAIMS=1000000 for the million)'} ...`);
    const gen = await generate(dbPath);
    console.log(`generated in ${gen.toFixed(1)} s (${Math.round(N / gen).toLocaleString('en')} claims/s, indexes and full-text indexes rebuilt after the load)`);
  }
  // Filtered, paginated requests, as the explorer makes them: a dozen filter combinations (forces, events,
  // counts, kinds, date windows, a source, full-text searches, every sort), each as its first page and, for
  // most, a page 5 and a page 20 deep by cursor: a different URL on almost every request.
  const first = ['/api/claims?force=UA&event=awol&limit=50', '/api/claims?force=RU&counted=court_cases&from=2024-01-01&limit=50',
    '/api/claims?event=desertion&source=mediazona&limit=50', '/api/claims?force=UA&q=deserters%20service&limit=50', '/api/claims?force=RU&event=return&sort=-value&limit=50',
    '/api/claims?force=UA&limit=50', '/api/claims?event=awol,desertion&from=2025-01-01&limit=50', '/api/claims?force=RU&kind=record&limit=50',
    '/api/claims?counted=persons&to=2023-06-30&limit=50', '/api/claims?q=court%20convicted&limit=50', '/api/claims?force=UA&sort=value&limit=50',
    '/api/claims?source=hur&from=2024-06-01&sort=published&limit=50'];
  const paths = [...first];
  const f = (n: number) => n.toFixed(2);
  const summary: string[] = [];
  for (const cacheMb of [0, 64]) {
    const label = cacheMb === 0 ? 'UNCACHED (serve --cache-mb 0: every request reads the database)' : `CACHED (serve --cache-mb ${cacheMb}: repeated pages come from memory)`;
    console.log(`\n== ${label}`);
    const server = await startServer(dbPath, cacheMb);
    const base = `http://127.0.0.1:${server.port}`;
    try {
      if (paths.length === first.length) {
        for (const p of first.filter((_, i) => i !== 4)) {
          let url = p;
          for (let depth = 1; depth <= 20; depth++) {
            const j = (await (await fetch(base + url)).json()) as { next: string | null };
            if (!j.next) break;
            url = `${p}&cursor=${j.next}`;
            if (depth === 4 || depth === 19) paths.push(url);
          }
        }
      }
      await sequentialLatency(base, paths, 40); // warm up (with the cache, this fills it)
      const lat = await sequentialLatency(base, paths, 400);
      if (cacheMb === 0) {
        for (const p of paths) {
          const one = await sequentialLatency(base, [p], 30);
          console.log(`  ${p.length > 90 ? `${p.slice(0, 87)}...` : p.padEnd(90)} p50 ${one.p50.toFixed(1).padStart(7)} ms  p95 ${one.p95.toFixed(1).padStart(7)} ms`);
        }
      }
      const hLat = await sequentialLatency(base, ['/api/health'], 400);
      const health = await load(base, ['/api/health']);
      const claims = await load(base, paths);
      const rate = claims.requests.average / health.requests.average;
      console.log(`claims in database: ${N.toLocaleString('en')}; requests: ${paths.length} filtered listings of 50 (${first.length} filter combinations, ${paths.length - first.length} pages 5 or 20 deep by cursor)`);
      console.log(`latency, one request at a time:   claims p50 ${f(lat.p50)} ms  p95 ${f(lat.p95)} ms  p99 ${f(lat.p99)} ms   | health p50 ${f(hLat.p50)} ms  p95 ${f(hLat.p95)} ms`);
      console.log(`under load (autocannon, 10 connections, ${SECONDS} s each):`);
      console.log(`  health route:   ${Math.round(health.requests.average).toLocaleString('en')} req/s  latency p50 ${health.latency.p50} ms  p97.5 ${health.latency.p97_5} ms  (errors ${health.errors}, non-2xx ${health.non2xx})`);
      console.log(`  claims listing: ${Math.round(claims.requests.average).toLocaleString('en')} req/s  latency p50 ${claims.latency.p50} ms  p97.5 ${claims.latency.p97_5} ms  (errors ${claims.errors}, non-2xx ${claims.non2xx})`);
      console.log(`claims rate / health rate: ${f(rate)} (target >= 0.33); claims p95 ${f(lat.p95)} ms (target < 50 ms)`);
      summary.push(`${cacheMb === 0 ? 'uncached' : 'cached  '}: claims p50 ${f(lat.p50)} ms, p95 ${f(lat.p95)} ms; ${Math.round(claims.requests.average).toLocaleString('en')} req/s = ${f(rate)} of health's ${Math.round(health.requests.average).toLocaleString('en')} req/s (same server, same run)`);
      if (cacheMb === 0) {
        // Conditional requests (a client revalidating pages it holds, If-None-Match with the ETag it was given):
        // reported apart, beside the figures above, never mixed into them.
        const tagged = await Promise.all(paths.map(async (path) => ({ path, etag: (await fetch(base + path)).headers.get('etag') ?? '' })));
        const revalidate = await new Promise<autocannon.Result>((ok, fail) => {
          autocannon({ url: base, connections: 10, duration: SECONDS, requests: tagged.map(({ path, etag }) => ({ method: 'GET', path, headers: { 'if-none-match': etag } })) }, (err, res) => (err ? fail(err) : ok(res)));
        });
        console.log(`apart: the same listings revalidated with If-None-Match: ${Math.round(revalidate.requests.average).toLocaleString('en')} req/s (3xx ${revalidate['3xx']}, 2xx ${revalidate['2xx']}), ${f(revalidate.requests.average / health.requests.average)} of the health route`);
      }
    } finally {
      await server.stop();
    }
  }
  console.log(`\nsummary (targets: p95 < 50 ms, rate >= 0.33 of health):\n  ${summary.join('\n  ')}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
