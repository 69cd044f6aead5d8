// Runs every bench/*.bench.ts in turn (or those whose name contains an argument) and prints their figures.
// Benchmarks print numbers and compare against a baseline measured in the same run; they never fail on timings.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const filters = process.argv.slice(2);
const files = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)))
  .sort();
let failed = 0;
for (const f of files) {
  console.log(`\n=== bench/${f} ===`);
  // as the CLI runs (src/extract/regexp-engine.ts); BENCH_REGEXP_TIER_UP=1 measures V8's default instead
  const engine = process.env.BENCH_REGEXP_TIER_UP === '1' ? [] : ['--no-regexp-tier-up'];
  const r = spawnSync(process.execPath, [...engine, '--expose-gc', '--import', 'tsx', `bench/${f}`], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.log(`bench/${f} exited with ${r.status ?? r.signal}`);
  }
}
process.exit(failed ? 1 : 0);
