// Reconcile and verify synthetic claims over many series; prints seconds and peak memory.
// Default: 100,000 claims over 1,000 series. Full size (the issue's target): --full or ABSENTIA_BENCH_FULL=1
// (1,000,000 claims over 10,000 series); or --claims N --series M. Baseline, same run: grouping and sorting the same claims by
// series and publication date, the least any per-series analysis must do.
import { createHash } from 'node:crypto';
import { reconcile, contradictions } from '../src/analyze/reconcile';
import type { AnalysisClaim } from '../src/analyze/types';
import { verifyClaims } from '../src/analyze/verify';
import { seriesId, seriesKeyOf } from '../src/analyze/measure';

const full = process.argv.includes('--full') || process.env.ABSENTIA_BENCH_FULL === '1';
const flag = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : undefined;
};
const CLAIMS = flag('--claims') ?? (full ? 1_000_000 : 100_000);
const SERIES = flag('--series') ?? (full ? 10_000 : 1_000);

// A small deterministic PRNG so runs compare.
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const first = (y: number, m: number) => `${y}-${pad(m)}-01`;
const last = (y: number, m: number) => `${y}-${pad(m)}-${pad(lastDay(y, m))}`;
const addMonths = (y: number, m: number, k: number): [number, number] => {
  const i = y * 12 + m - 1 + k;
  return [Math.floor(i / 12), (i % 12) + 1];
};
const PUBLISHERS = Array.from({ length: 200 }, (_, i) => `outlet${i}.example`);
const SOURCES = ["Prosecutor General's Office", "Prosecutor General's Office (reply to Ukrainska Pravda)", 'Opendatabot', 'Slovo i Dilo', 'HUR', 'Mediazona', null];
const EVENTS = ['awol', 'desertion', 'return', 'death'];
const FORCES = ['UA', 'RU', 'PL', 'DE', 'FR'];

function makeClaims(): AnalysisClaim[] {
  const out: AnalysisClaim[] = [];
  const perSeries = Math.floor(CLAIMS / SERIES);
  let id = 0;
  for (let s = 0; s < SERIES; s++) {
    const force = FORCES[s % FORCES.length];
    const event = EVENTS[Math.floor(s / FORCES.length) % EVENTS.length];
    const scope = s < FORCES.length * EVENTS.length ? null : `unit ${s}`;
    const months = Array.from({ length: 24 }, () => 1000 + Math.floor(rand() * 19000));
    const base = { force, event, counted: 'cases' as const, statistic: 'count' as const, per: null, scope, quote: '', echoOf: null, origin: 'machine' as const };
    for (let k = 0; k < perSeries; k++) {
      const roll = rand();
      const mi = Math.floor(rand() * 24);
      const [y, m] = addMonths(2023, 1, mi);
      const [py, pm] = addMonths(y, m, 1 + Math.floor(rand() * 3));
      const published = `${py}-${pad(pm)}-${pad(1 + Math.floor(rand() * 27))}`;
      const publisher = pick(PUBLISHERS);
      const common = { ...base, id: `b${id++}`, published, publisher, url: `https://${publisher}/${id}`, document: `d${id}`, source: pick(SOURCES) };
      if (roll < 0.45) {
        const typo = rand() < 0.03 ? 10 : 1;
        out.push({ ...common, value: { exact: months[mi] * typo }, qualifier: 'exact', period: { start: first(y, m), end: last(y, m) }, kind: rand() < 0.05 ? 'record' : 'reported' });
      } else if (roll < 0.7) {
        const yStart = y;
        const startIdx = (yStart - 2023) * 12;
        let sum = 0;
        for (let j = startIdx; j <= mi; j++) sum += months[j];
        const rounded = rand() < 0.3;
        out.push({ ...common, value: { exact: rounded ? Math.round(sum / 1000) * 1000 : sum }, qualifier: rounded ? 'approx' : 'exact', period: { start: first(yStart, 1), end: last(y, m) }, kind: 'reported' });
      } else if (roll < 0.85) {
        let sum = 0;
        for (let j = 0; j <= mi; j++) sum += months[j];
        out.push({ ...common, value: { exact: sum }, qualifier: rand() < 0.2 ? 'at_least' : 'exact', period: { start: '2023-01-01', end: last(y, m) }, kind: 'reported' });
      } else if (roll < 0.93) {
        const lo = Math.min(...months.slice(Math.max(0, mi - 5), mi + 1));
        out.push({ ...common, value: { low: Math.floor(lo / 1000) * 1000, high: 20000 }, qualifier: 'range', period: null, per: 'month', kind: 'reported' });
      } else if (y === 2024) {
        let cur = 0;
        let prev = 0;
        for (let j = 12; j <= mi; j++) cur += months[j];
        for (let j = 0; j <= mi - 12; j++) prev += months[j];
        out.push({ ...common, statistic: 'ratio', value: { exact: Math.round((cur / prev) * 10) / 10 }, qualifier: 'approx', period: { start: '2024-01-01', end: last(y, m) }, kind: 'change' });
      } else {
        out.push({ ...common, value: { exact: months[mi] + 7 }, qualifier: 'exact', period: { start: first(y, m), end: last(y, m) }, kind: 'reported' });
      }
    }
  }
  return out;
}

let peakRss = 0;
const sample = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const sampler = setInterval(sample, 50);
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
const secs = (t: number) => `${((performance.now() - t) / 1000).toFixed(2)} s`;

const t0 = performance.now();
const claims = makeClaims();
console.log(`analyze bench: ${claims.length.toLocaleString('en-US')} claims over ${SERIES.toLocaleString('en-US')} series (${full ? 'full size' : 'default size; --full for 1,000,000 over 10,000'}); generated in ${secs(t0)}`);

// Each phase in its own block, so that what it built can be collected before the next one runs.
const digest = createHash('sha256');
let baseline = 0;
{
  const t = performance.now();
  const groups = new Map<string, AnalysisClaim[]>();
  for (const c of claims) {
    const k = seriesId(seriesKeyOf(c));
    const l = groups.get(k);
    if (l) l.push(c);
    else groups.set(k, [c]);
  }
  for (const l of groups.values()) l.sort((a, b) => (a.published! < b.published! ? -1 : a.published! > b.published! ? 1 : 0));
  baseline = (performance.now() - t) / 1000;
  console.log(`baseline (group by series + sort by date): ${baseline.toFixed(2)} s`);
}
{
  const t = performance.now();
  const reconciled = reconcile(claims);
  const contra = contradictions(reconciled);
  const reconcileSecs = (performance.now() - t) / 1000;
  sample();
  console.log(`reconcile: ${reconcileSecs.toFixed(2)} s (${reconciled.length.toLocaleString('en-US')} groups, ${contra.length.toLocaleString('en-US')} with contradictions) = ${(reconcileSecs / baseline).toFixed(1)}x baseline`);
  for (const g of reconciled) digest.update(`${g.key}\u0000${g.consensus.low}:${g.consensus.high}\u0000${g.best.id}\u0000${g.independent.join(',')}\u0000${g.dissenting.length}\n`);
}
{
  const t = performance.now();
  const verdicts = verifyClaims(claims, claims);
  const verifySecs = (performance.now() - t) / 1000;
  sample();
  const counts: Record<string, number> = {};
  for (const v of verdicts) counts[v.verdict] = (counts[v.verdict] ?? 0) + 1;
  console.log(`verify: ${verifySecs.toFixed(2)} s (${Math.round(claims.length / verifySecs).toLocaleString('en-US')} claims/s; ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}) = ${(verifySecs / baseline).toFixed(1)}x baseline`);
  // A digest of every verdict, explanation and evidence list (and of the reconciled groups above): equal
  // digests for the same seed mean optimised code decides and explains exactly as before.
  for (const v of verdicts) digest.update(`${v.claimId}\u0000${v.verdict}\u0000${v.check}\u0000${v.explanation}\u0000${JSON.stringify(v.expected)}\u0000${v.evidence.join(',')}\n`);
  console.log(`verdicts digest: ${digest.digest('hex').slice(0, 16)}`);
}
clearInterval(sampler);
console.log(`peak memory: ${mb(peakRss)} RSS (maxRSS ${mb(process.resourceUsage().maxRSS * 1024)})`);
