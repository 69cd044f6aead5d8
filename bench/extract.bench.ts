// Extraction throughput on English news-like text, beside chrono-node's `parse` over the same text in the
// same run, and peak memory of one large document. Prints figures; never asserts timings.
//
//   npx tsx bench/extract.bench.ts                     # 2 MB throughput, 8 MB memory run (CI-sized)
//   BENCH_EXTRACT_MB=20 BENCH_EXTRACT_BIG_MB=50 npx tsx bench/extract.bench.ts   # the 50 MB input
import { readFileSync, writeFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as chrono from 'chrono-node';
import { extractClaims } from '../src/extract/index';
import { COMPILED_REGEXPS_FLAG, compiledRegexps } from '../src/extract/regexp-engine';
import { rng } from './rng';

const MB = Number(process.env.BENCH_EXTRACT_MB ?? 2);
const BIG_MB = Number(process.env.BENCH_EXTRACT_BIG_MB ?? 8);
const PUBLISHED = '2025-11-03';


const months = ['January', 'March', 'April', 'May', 'June', 'September', 'October', 'November'];
const spans = [
  'from November 2024 to July 2025', 'in the first half of 2025', 'since the start of the full-scale invasion',
  'so far this year', 'last year', 'in January-October 2025', 'between March and September',
];
const sources = [
  'according to the Prosecutor General’s Office', 'the State Bureau of Investigation said', 'Mediazona found',
  'journalist Yurii Butusov reported', 'citing data from the Defence Ministry', 'the regional prosecutor’s office said',
];
const qualifiers = ['', 'more than ', 'about ', 'nearly ', 'at least ', 'up to '];
const what = [
  'cases of unauthorized abandonment of a unit', 'desertion cases', 'soldiers returned to service', 'AWOL verdicts',
  'criminal proceedings under Article 407', 'Russian soldiers were killed', 'notices of suspicion for desertion',
];
const forces = ['Ukrainian', 'Russian'];
const filler = [
  'The hearing was postponed to 9:30 a.m. on Thursday because of an air-raid alert.',
  'Lawyers note that desertion under martial law carries 5 to 12 years in prison.',
  'A 34-year-old sergeant said he had waited three months for a transfer.',
  'Hotline staff can be reached on +380 44 555 0147 on weekdays.',
  'The brigade was meant to number about 5,800 troops at full strength.',
  'Night temperatures are expected to drop below 10 degrees by mid-September.',
  'The report runs to 48 pages and was published on the ministry’s website.',
  'Commanders blamed rushed training and the lack of rotation for the trend.',
];

function number(r: () => number): string {
  const n = Math.floor(r() * 90_000) + 100;
  return r() < 0.2 ? `${(n / 1000).toFixed(1)}k` : n.toLocaleString('en-US');
}

export function newsText(bytes: number, seed = 7): string {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const paras: string[] = [];
  let size = 0;
  while (size < bytes) {
    const sentences: string[] = [];
    for (let i = 0; i < 4; i++) {
      const k = r();
      if (k < 0.35) sentences.push(pick(filler));
      else if (k < 0.6) sentences.push(`${pick(forces)} authorities registered ${pick(qualifiers)}${number(r)} ${pick(what)} in ${pick(months)}, ${pick(sources)}.`);
      else if (k < 0.8) sentences.push(`${capital(pick(spans))}, ${pick(qualifiers)}${number(r)} ${pick(what)}, ${pick(sources)}.`);
      else if (k < 0.9) sentences.push(`The number of ${pick(forces)} desertion cases rose ${pick(['almost ', 'more than ', ''])}${pick(['fivefold', 'threefold', 'twofold'])} compared with 2023.`);
      else sentences.push(`Between ${number(r)} and ${number(r)} ${pick(forces)} soldiers leave their units without permission each month, officials estimate.`);
    }
    const p = sentences.join(' ');
    paras.push(p);
    size += p.length + 2;
  }
  return paras.join('\n\n');
}

const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** CPU seconds (user + system) of f: "per core", and fair on a machine shared with other work. */
function time<T>(f: () => T): [T, number] {
  const t0 = process.cpuUsage();
  const v = f();
  const t = process.cpuUsage(t0);
  return [v, (t.user + t.system) / 1e6];
}

/** A full garbage collection, also without --expose-gc (the flag set at run time, gc taken from a new context). */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/** Resets the process's peak RSS (VmHWM) on Linux ("5" to clear_refs); false where that is not possible. */
function resetPeakRss(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

/** The process's peak RSS in bytes since start or the last reset (Linux), else undefined. */
function peakRss(): number | undefined {
  try {
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    return kb ? Number(kb[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Whether node runs with regexps compiled at once, as absentia's CLI does (scripts/bench.mjs passes the flag). */
function engineSetting(): string {
  return compiledRegexps() ? `regexps compiled at once (${COMPILED_REGEXPS_FLAG}), as the CLI runs` : `V8 default regexp tier-up (the CLI runs with ${COMPILED_REGEXPS_FLAG})`;
}

function run(): void {
  console.log(`engine: ${engineSetting()} (both sides)`);
  const text = newsText(MB * 1_000_000);
  const mb = Buffer.byteLength(text) / 1_000_000;
  extractClaims(newsText(200_000, 3), { published: PUBLISHED, language: 'en' }); // warm-up: compile, JIT
  chrono.parse(newsText(200_000, 3).slice(0, 50_000), new Date(PUBLISHED));
  const [claims, te] = time(() => extractClaims(text, { published: PUBLISHED, language: 'en' }));
  const [dates, tc] = time(() => chrono.parse(text, new Date(PUBLISHED)));
  console.log(`English news-like text: ${mb.toFixed(1)} MB, ${text.split(/\n\n/).length} paragraphs`);
  console.log(`absentia extract (all extractors + refiners): ${(mb / te).toFixed(2)} MB/s per core, ${claims.length} claims, ${te.toFixed(2)} s CPU`);
  console.log(`chrono-node parse (dates only, baseline):     ${(mb / tc).toFixed(2)} MB/s per core, ${dates.length} dates, ${tc.toFixed(2)} s CPU`);
  console.log(`ratio: absentia is ${(tc / te).toFixed(2)}x chrono-node's throughput (target: >= 5 MB/s)`);

  // Peak memory of one large document in a fresh measurement: text, claims and all intermediate state.
  const big = newsText(BIG_MB * 1_000_000, 11);
  const bigMb = Buffer.byteLength(big) / 1_000_000;
  collectGarbage(); // the runs above leave garbage that would otherwise count as the document's
  const base = process.memoryUsage().rss;
  // the run is synchronous, so a timer would never sample it: the kernel's high-water mark is read instead,
  // reset first where Linux allows it so that the earlier runs do not count
  const reset = resetPeakRss();
  const [bigClaims, tb] = time(() => extractClaims(big, { published: PUBLISHED, language: 'en' }));
  const peak = peakRss() ?? process.memoryUsage().rss;
  const how = reset ? 'VmHWM' : peakRss() === undefined ? 'RSS after the run; no /proc here' : 'VmHWM, not reset: includes the runs above';
  console.log(`large document: ${bigMb.toFixed(1)} MB -> ${bigClaims.length} claims in ${tb.toFixed(2)} s CPU; peak RSS ${(peak / 1048576).toFixed(0)} MB (${how}; before: ${(base / 1048576).toFixed(0)} MB; target for 50 MB: < 500 MB)`);
}

if (process.argv[1]?.endsWith("extract.bench.ts")) run();
