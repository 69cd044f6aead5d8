// Web ingest end to end: generated news pages served by local HTTP servers (four hosts, so the per-host
// politeness still lets hosts run in parallel), fetched, decoded, reduced to article text, stored with
// archived bytes, echo bands and claims in SQLite. Baseline in the same run: fetching the same pages alone.
// Prints documents per second (without and with claim extraction) and peak memory; never asserts timings.
//
//   npx tsx bench/ingest-web.bench.ts                 # 500 pages (CI-sized)
//   BENCH_WEB_PAGES=5000 npx tsx bench/ingest-web.bench.ts   # the 5,000 pages
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestUrls, type Extractor } from '../src/ingest/web/index';
import { EXTRACTOR_VERSION, webExtractor } from '../src/ingest/web/extractor';
import { Fetcher } from '../src/ingest/web/fetch';
import { openStore } from '../src/store/index';
import { rng } from './rng';

const PAGES = Number(process.env.BENCH_WEB_PAGES ?? 500);
const HOSTS = ['127.0.0.1', '127.0.0.2', '127.0.0.3', '127.0.0.4'];


const WORDS = ('прокуратура повідомила військовослужбовці частини фронт мобілізація суд провадження бригада командир ' +
  'служба статистика область місто реєстр відповідь запит журналісти аналітики армія закон повернення резерв навчання ' +
  'штаб оборона звіт місяць тиждень рік кількість зростання зниження дані джерело').split(' ');
const MONTHS = ['січні', 'лютому', 'березні', 'квітні', 'травні', 'червні', 'липні', 'серпні', 'вересні', 'жовтні'];

/** A ~8 KB news page: navigation and footer boilerplate around 6-10 paragraphs with a few figures. */
function page(i: number): string {
  const r = rng(i + 1);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const sentence = () => {
    const n = 10 + Math.floor(r() * 14);
    const words = Array.from({ length: n }, () => pick(WORDS));
    if (r() < 0.35) words.splice(3, 0, `у ${pick(MONTHS)} зареєстровано ${Math.floor(1 + r() * 30)} ${String(Math.floor(r() * 1000)).padStart(3, '0')}`);
    words[0] = words[0][0].toUpperCase() + words[0].slice(1);
    return `${words.join(' ')} (${i}-${Math.floor(r() * 1e6)}).`;
  };
  const paragraphs = Array.from({ length: 6 + Math.floor(r() * 5) }, () => `<p>${Array.from({ length: 3 + Math.floor(r() * 3) }, sentence).join(' ')}</p>`).join('\n');
  const nav = Array.from({ length: 30 }, (_, k) => `<li><a href="/section/${k}">Розділ ${k}</a></li>`).join('');
  return `<!doctype html><html lang="uk"><head><meta charset="utf-8"><title>Новина ${i}</title>
<meta property="og:site_name" content="Тестове видання ${i % HOSTS.length}"><meta property="article:published_time" content="2025-${String(1 + (i % 10)).padStart(2, '0')}-15T10:00:00+03:00">
<link rel="canonical" href="/news/${i}"></head><body><header><ul>${nav}</ul></header>
<main><article><h1>Новина номер ${i}</h1>${paragraphs}</article></main>
<aside>Читайте також: ${Array.from({ length: 8 }, (_, k) => `<a href="/news/${k}">матеріал ${k}</a>`).join(', ')}</aside>
<footer>© Тестове видання, 2025. Усі права захищені.</footer></body></html>`;
}

async function serve(host: string): Promise<{ server: http.Server; origin: string }> {
  const server = http.createServer((req, res) => {
    const m = /^\/news\/(\d+)$/u.exec(req.url ?? '');
    if (!m) {
      res.writeHead(404);
      return void res.end();
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page(Number(m[1])));
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return { server, origin: `http://${host}:${(server.address() as AddressInfo).port}` };
}

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 25);
const mb = (b: number) => (b / 1024 / 1024).toFixed(0);

async function main(): Promise<void> {
  const servers = await Promise.all(HOSTS.map(serve));
  const urls = Array.from({ length: PAGES }, (_, i) => `${servers[i % servers.length].origin}/news/${i}`);
  const extract: Extractor | undefined = process.env.BENCH_WEB_NO_EXTRACT ? undefined : webExtractor;
  const extractorName = extract ? `src/extract (${EXTRACTOR_VERSION})` : 'none (BENCH_WEB_NO_EXTRACT set)';
  const bytes = urls.reduce((n, _u, i) => n + Buffer.byteLength(page(i)), 0);
  console.log(`pages: ${PAGES} (${mb(bytes)} MB of HTML) on ${HOSTS.length} local hosts; extractor: ${extractorName}`);

  // Baseline: the fetches alone, four at a time, no parsing or storing.
  const fetcher = new Fetcher({ allowPrivate: true });
  let t0 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < urls.length) await fetcher.fetch(urls[next++]);
    }),
  );
  const fetchSeconds = (performance.now() - t0) / 1000;
  await fetcher.close();
  console.log(`${'baseline: fetch only'.padEnd(26)} ${(PAGES / fetchSeconds).toFixed(0)} documents/s (${fetchSeconds.toFixed(2)} s)`);
  const MACHINE = `load average ${(await import('node:os')).loadavg()[0].toFixed(1)} on ${(await import('node:os')).cpus().length} cores`;
  console.log(`(${MACHINE})`);

  // End to end twice: the ingest machinery alone, then with claim extraction, each into a fresh database.
  const phases: Array<[string, Extractor | undefined]> = [['ingest without extraction', undefined]];
  if (extract) phases.push(['ingest with extraction', extract]);
  for (const [label, ex] of phases) {
    const dir = mkdtempSync(join(tmpdir(), 'absentia-bench-web-'));
    const store = await openStore(join(dir, 'bench.db'));
    const options = { store, extract: ex, extractorVersion: 'bench', fetch: { allowPrivate: true }, politeness: { delayMs: 0 }, concurrency: HOSTS.length };
    if (ex) await ex('Прогрів: у травні зареєстровано 18 134 провадження.', { published: '2025-11-01', language: 'uk' }); // compile the language pack once, outside the timing
    global.gc?.();
    peakRss = process.memoryUsage().rss;
    const rssBefore = peakRss;
    t0 = performance.now();
    const summary = await ingestUrls(urls, options);
    const seconds = (performance.now() - t0) / 1000;
    console.log(`${label.padEnd(26)} ${(PAGES / seconds).toFixed(1)} documents/s (${seconds.toFixed(2)} s; ${(seconds / fetchSeconds).toFixed(1)}x the fetch-only time)`);
    console.log(`  summary: ${summary.new} new, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.echoes} echoes, ${summary.failed} failed, ${summary.claimsAdded} claims added`);
    console.log(`  peak RSS: ${mb(peakRss)} MB (${mb(rssBefore)} MB before)`);
    t0 = performance.now();
    const again = await ingestUrls(urls, options);
    const againSeconds = (performance.now() - t0) / 1000;
    console.log(`  re-run, all unchanged:   ${(PAGES / againSeconds).toFixed(1)} documents/s (${again.unchanged} unchanged)`);
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  for (const s of servers) s.server.close();
  clearInterval(sampler);
}

await main();
