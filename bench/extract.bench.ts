// Extraction throughput on English news-like text, beside chrono-node's `parse` over the same text in the
// same run, and peak memory of one large document: consumed claim by claim as `absentia extract` does, collected
// into an array, and through the built CLI itself. Prints figures; never asserts timings.
//
//   npx tsx bench/extract.bench.ts                     # 2 MB throughput, 8 MB memory run (CI-sized)
//   BENCH_EXTRACT_MB=20 BENCH_EXTRACT_BIG_MB=50 npx tsx bench/extract.bench.ts   # the 50 MB input
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as chrono from 'chrono-node';
import { toJson } from '../src/cli/commands/extract';
import { extractClaims, extractStream } from '../src/extract/index';
import { cpuTime, engineSetting, inTurns } from './cpu-time';
import { rng } from './rng';

const MB = Number(process.env.BENCH_EXTRACT_MB ?? 2);
const BIG_MB = Number(process.env.BENCH_EXTRACT_BIG_MB ?? 8);
const ROUNDS = Number(process.env.BENCH_EXTRACT_ROUNDS ?? 3);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
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

async function run(): Promise<void> {
  console.log(`engine: ${engineSetting()} (both sides)`);
  const text = newsText(MB * 1_000_000);
  const mb = Buffer.byteLength(text) / 1_000_000;
  extractClaims(newsText(200_000, 3), { published: PUBLISHED, language: 'en' }); // warm-up: compile, JIT
  chrono.parse(newsText(200_000, 3).slice(0, 50_000), new Date(PUBLISHED));
  const turns = inTurns(ROUNDS, () => extractClaims(text, { published: PUBLISHED, language: 'en' }), () => chrono.parse(text, new Date(PUBLISHED)));
  const ours = turns.ours.map((t) => mb / t.seconds);
  const theirs = turns.theirs.map((t) => mb / t.seconds);
  const claims = turns.ours[0]!.result;
  const dates = turns.theirs[0]!.result;
  const rates = (xs: number[]) => `median ${median(xs).toFixed(2)} MB/s per core (rounds: ${xs.map((x) => x.toFixed(2)).join(', ')})`;
  console.log(`English news-like text: ${mb.toFixed(1)} MB, ${text.split(/\n\n/).length} paragraphs, ${ROUNDS} rounds`);
  console.log(`absentia extract (all extractors + refiners): ${rates(ours)}, ${claims.length} claims`);
  console.log(`chrono-node parse (dates only, baseline):     ${rates(theirs)}, ${dates.length} dates`);
  console.log(`ratio: absentia is ${(median(ours) / median(theirs)).toFixed(2)}x chrono-node's throughput (target: >= 5 MB/s)`);

  // Peak memory of one large document, each way in a process of its own: in this one, the runs above leave pages
  // resident that a later run reuses unseen, and a larger heap that V8 lets grow further before collecting.
  const target = 'target for 50 MB: < 500 MB';
  const streamed = await peakInChild('stream');
  console.log(`large document: ${streamed.mb} MB, claims streamed and serialised one by one (as \`absentia extract\`): ${streamed.claims} claims, ${(streamed.bytes / 1e6).toFixed(0)} MB of claim JSON in ${streamed.cpu.toFixed(2)} s CPU; peak RSS ${mib(streamed.peak)} MB (${streamed.how}; before: ${mib(streamed.base)} MB; ${target})`);
  const collected = await peakInChild('array');
  console.log(`large document: ${collected.mb} MB, claims collected into one array (extractClaims): ${collected.claims} claims in ${collected.cpu.toFixed(2)} s CPU; peak RSS ${mib(collected.peak)} MB (${collected.how}; before: ${mib(collected.base)} MB)`);
}

type PeakMode = 'stream' | 'array';
interface PeakReport { mb: string; claims: number; bytes: number; cpu: number; peak: number; base: number; how: string }

/** Runs this file again with BENCH_EXTRACT_PEAK=mode, same node flags, and reads the one line it prints. */
async function peakInChild(mode: PeakMode): Promise<PeakReport> {
  const child = spawn(process.execPath, [...process.execArgv, process.argv[1]!], { env: { ...process.env, BENCH_EXTRACT_PEAK: mode }, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`peak measurement (${mode}) exited with ${code}`);
  return JSON.parse(out) as PeakReport;
}

/** In the child: the large document's text, then one measured run of `mode`; prints its report as JSON. */
function peakRun(mode: PeakMode): void {
  const big = newsText(BIG_MB * 1_000_000, 11);
  const mb = (Buffer.byteLength(big) / 1_000_000).toFixed(1);
  const r = measurePeak(() => (mode === 'stream' ? consumeAsTheCliDoes(big) : { claims: extractClaims(big, { published: PUBLISHED, language: 'en' }).length, bytes: 0 }));
  console.log(JSON.stringify({ mb, ...r.value, cpu: r.cpu, peak: r.peak, base: r.base, how: r.how }));
}

const mib = (bytes: number) => (bytes / 1048576).toFixed(0);

/** What `absentia extract --format json` does with each claim, less the writing: serialise it, count it, drop it. */
function consumeAsTheCliDoes(text: string): { claims: number; bytes: number } {
  let claims = 0;
  let bytes = 0;
  for (const c of extractStream(text, { published: PUBLISHED, language: 'en' }).claims) {
    bytes += Buffer.byteLength(JSON.stringify(toJson(c), null, 2));
    claims++;
  }
  return { claims, bytes };
}

function measurePeak<T>(f: () => T): { value: T; cpu: number; peak: number; base: number; how: string } {
  collectGarbage(); // the runs before leave garbage that would otherwise count as this one's
  const base = process.memoryUsage().rss;
  // the run is synchronous, so a timer would never sample it: the kernel's high-water mark is read instead,
  // reset first where Linux allows it so that the earlier runs do not count
  const reset = resetPeakRss();
  const { result: value, seconds: cpu } = cpuTime(f);
  const peak = peakRss() ?? process.memoryUsage().rss;
  const how = reset ? 'VmHWM' : peakRss() === undefined ? 'RSS after the run; no /proc here' : 'VmHWM, not reset: includes the runs above';
  return { value, cpu, peak, base, how };
}

/**
 * The built CLI's peak RSS on the large document, its JSON read from a pipe as a user's next command would:
 * the child's VmHWM, polled from /proc while it runs (Linux only).
 */
async function cliPeak(): Promise<void> {
  const cli = new URL('../bin/absentia.js', import.meta.url).pathname;
  if (!existsSync(new URL('../dist/cli.js', import.meta.url))) {
    console.log('absentia CLI: dist/cli.js missing, not measured (npm run bench builds it)');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'absentia-bench-'));
  try {
    const file = join(dir, 'big.txt');
    writeFileSync(file, newsText(BIG_MB * 1_000_000, 11));
    const child = spawn(process.execPath, ['--no-regexp-tier-up', cli, 'extract', file, '--published', PUBLISHED, '--language', 'en', '--format', 'json'],
      { stdio: ['ignore', 'pipe', 'inherit'] });
    let bytes = 0;
    child.stdout.on('data', (chunk: Buffer) => (bytes += chunk.length));
    let peak = 0;
    const poll = setInterval(() => (peak = Math.max(peak, childPeakRss(child.pid!) ?? 0)), 100);
    const t0 = Date.now();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearInterval(poll);
    const size = (Buffer.byteLength(readFileSync(file, 'utf8')) / 1_000_000).toFixed(1);
    const seen = peak ? `peak RSS ${mib(peak)} MB (VmHWM polled every 100 ms)` : 'peak RSS not readable here (no /proc)';
    console.log(`absentia extract (built CLI, child process): ${size} MB file -> ${(bytes / 1e6).toFixed(0)} MB of JSON through a pipe in ${((Date.now() - t0) / 1000).toFixed(1)} s, exit ${code}; ${seen}; target for 50 MB: < 500 MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function childPeakRss(pid: number): number | undefined {
  try {
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return kb ? Number(kb[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

if (process.argv[1]?.endsWith("extract.bench.ts")) {
  const mode = process.env.BENCH_EXTRACT_PEAK;
  if (mode === 'stream' || mode === 'array') peakRun(mode);
  else {
    await run();
    await cliPeak();
  }
}
