// Ingestion through the job queue: generated news pages served by local HTTP servers on four loopback
// hosts, fetched, stored and extracted by `absentia worker` processes sharing one PostgreSQL database
// (store and queue), with 1 worker and with 2 workers. Baseline in the same run: the single-process
// SQLite ingest of the same pages (the web ingest's ingestUrls). Prints documents per second and the
// scaling ratio; never asserts timings. Needs Debian's postgresql (scripts/pg-cluster.sh).
//
//   npx tsx bench/queue.bench.ts                      # 300 pages (about 2 minutes on 2 cores)
//   BENCH_QUEUE_DOCS=10000 npx tsx bench/queue.bench.ts   # the 10,000 pages
//   BENCH_QUEUE_CONCURRENCY=8                         # jobs per worker process (default 4)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestUrls } from '../src/ingest/web/index';
import { EXTRACTOR_VERSION, webExtractor } from '../src/ingest/web/extractor';
import { JobQueue } from '../src/queue/queue';
import { openStore } from '../src/store/db';
import { drained, spawnWorker, stopWorker, storeFacts, type WorkerProcess } from '../test/queue/harness';
import { freshDatabase, pgServer, waitFor } from '../test/queue/pg';
import { startSite } from '../test/queue/site';

const DOCS = Number(process.env.BENCH_QUEUE_DOCS ?? 300);
const CONCURRENCY = Number(process.env.BENCH_QUEUE_CONCURRENCY ?? 4);
const HOSTS = ['127.0.0.1', '127.0.0.2', '127.0.0.3', '127.0.0.4'];

const server = pgServer();
if (!server) {
  console.log('queue bench skipped: no PostgreSQL (install Debian postgresql; scripts/pg-cluster.sh starts it)');
  process.exit(0);
}
const site = await startSite(HOSTS);
const urls = Array.from({ length: DOCS }, (_, i) => `${site.bases[i % site.bases.length]}/news/${i}`);
const rate = (n: number, ms: number) => (n / (ms / 1000)).toFixed(1);
console.log(`${DOCS} generated pages on ${HOSTS.length} local hosts; extractor ${EXTRACTOR_VERSION}; ${CONCURRENCY} jobs per worker process`);

// Baseline: one process, SQLite, the web ingest's own loop over the same pages.
const baseline = await (async () => {
  const dir = mkdtempSync(join(tmpdir(), 'absentia-qbench-'));
  const store = await openStore(join(dir, 'bench.db'));
  const t0 = performance.now();
  const summary = await ingestUrls(urls, {
    store,
    extract: webExtractor,
    extractorVersion: EXTRACTOR_VERSION,
    fetch: { allowPrivate: true },
    politeness: { delayMs: 0 },
    concurrency: CONCURRENCY,
  });
  const ms = performance.now() - t0;
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  console.log(`sqlite, 1 process (baseline): ${summary.new} documents, ${summary.claimsAdded} claims in ${(ms / 1000).toFixed(1)} s = ${rate(summary.new, ms)} docs/s`);
  return summary.new / (ms / 1000);
})();

const results: { workers: number; dps: number }[] = [];
for (const workers of [1, 2]) {
  const db = await freshDatabase(server);
  await (await openStore(db.url)).close();
  const queue = await JobQueue.open({ url: db.url, maintenanceIntervalSeconds: 0 });
  const procs: WorkerProcess[] = [];
  try {
    for (let w = 0; w < workers; w++) procs.push(spawnWorker(db.url, {}, ['--concurrency', String(CONCURRENCY)]));
    await waitFor('workers to start', async () => procs.every((p) => p.output().includes('serving')), 60_000);
    const t0 = performance.now();
    await queue.sendMany('fetch', urls.map((url) => ({ kind: 'page' as const, url, allowPrivate: true })));
    const queuedMs = performance.now() - t0;
    await drained(queue, 30 * 60_000);
    const ms = performance.now() - t0;
    const facts = await storeFacts(db.url);
    const dps = facts.documents / (ms / 1000);
    results.push({ workers, dps });
    console.log(
      `postgres queue, ${workers} worker process(es): ${facts.documents} documents, ${facts.claims} claims in ${(ms / 1000).toFixed(1)} s ` +
        `= ${dps.toFixed(1)} docs/s (enqueue of ${DOCS} jobs: ${queuedMs.toFixed(0)} ms; duplicates: ${facts.duplicateClaims})`,
    );
  } finally {
    for (const p of procs) await stopWorker(p);
    await queue.close();
    await db.drop();
  }
}
const [one, two] = results;
console.log(`scaling 1 -> 2 workers: x${(two.dps / one.dps).toFixed(2)}; queue (1 worker) vs sqlite baseline: x${(one.dps / baseline).toFixed(2)}`);
await site.close();
process.exit(0);
