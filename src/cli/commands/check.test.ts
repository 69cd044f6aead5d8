// The analysis commands end to end (through the CLI entry point) on a new database with the bundled dataset.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const dir = mkdtempSync(join(tmpdir(), 'absentia-analysis-cli-'));
const db = join(dir, 'a.db');
after(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', timeout: 180_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const seedClaims = join(import.meta.dirname, '../../dataset/fixtures/seed-desertions-en.claims.json');

test('check --format json: the 12 seed claims, each with a verdict and an explanation', () => {
  const r = cli('check', seedClaims, '--published', '2025-11-03', '--format', 'json', '--db', db);
  assert.equal(r.code, 0, r.err);
  const claims = JSON.parse(r.out);
  assert.equal(claims.length, 12);
  for (const c of claims) {
    assert.ok(['supported', 'contradicted', 'unverifiable', 'internally_inconsistent'].includes(c.verdict));
    assert.ok(c.explanation.length > 20);
    assert.ok('force' in c && 'quote' in c && 'period' in c, 'FORMAT.md fields are kept');
  }
  assert.equal(claims[1].verdict, 'supported');
  assert.match(claims[1].explanation, /18,134/u);
});

test('series: the bundled data give monthly art. 407 figures with their status', () => {
  const r = cli('series', '--force', 'UA', '--event', 'awol', '--counted', 'cases', '--scope', 'none', '--from', '2025-05', '--to', '2025-09', '--format', 'json', '--db', db);
  assert.equal(r.code, 0, r.err);
  const [s] = JSON.parse(r.out);
  assert.equal(s.id, 'UA/awol/cases/count');
  const may = s.points.find((p: { month: string }) => p.month === '2025-05');
  assert.deepEqual([may.value, may.status], [18134, 'reported']);
});

test('contradictions name who said what', () => {
  const r = cli('contradictions', '--force', 'UA', '--event', 'awol', '--format', 'json', '--db', db);
  assert.equal(r.code, 0, r.err);
  const found = JSON.parse(r.out) as { period: { start: string; end: string }; positions: { low: number; claims: { publisher: string }[] }[] }[];
  const y2023 = found.find((c) => c.period?.start === '2023-01-01' && c.period.end === '2023-12-31');
  assert.ok(y2023, 'the 17,658 / 18,628 conflict for 2023 is listed');
  assert.equal(y2023.positions[0].low, 17658);
  assert.ok(y2023.positions.some((p) => p.low === 18628 && p.claims.some((c) => c.publisher === 'news.mail.ru')));
});

test('export writes CSV, JSON, a Frictionless package and ClaimReview JSON-LD', () => {
  const out = join(dir, 'export');
  const r = cli('export', '--out', out, '--db', db);
  assert.equal(r.code, 0, r.err);
  for (const f of ['claims.csv', 'series.csv', 'verdicts.csv', 'sources.csv', 'claims.json', 'datapackage.json', 'claimreview.jsonld']) assert.ok(existsSync(join(out, f)), f);
  const pkg = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8'));
  assert.equal(pkg.licenses[0].name, 'CC-BY-4.0');
  const header = readFileSync(join(out, 'claims.csv'), 'utf8').split('\n')[0].split(',');
  const claimsResource = pkg.resources.find((x: { name: string }) => x.name === 'claims');
  assert.deepEqual(claimsResource.schema.fields.map((f: { name: string }) => f.name), header);
  assert.ok(claimsResource.schema.fields.every((f: { description: string }) => f.description.length > 3));
  const reviews = JSON.parse(readFileSync(join(out, 'claimreview.jsonld'), 'utf8'));
  assert.equal(reviews[0]['@type'], 'ClaimReview');
  assert.ok(reviews[0]['absentia:detail'].measure.force);
});

test('bad input: a one-line error naming the input', () => {
  const missing = cli('check', join(dir, 'nope.txt'), '--db', db);
  assert.equal(missing.code, 1);
  assert.match(missing.err.trim(), /nope\.txt: no such file$/u);
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, '[{"force": "Ukraine"}]');
  const r = cli('check', bad, '--db', db);
  assert.equal(r.code, 1);
  assert.match(r.err, /bad\.json: claim 1: force/u);
  assert.equal(cli('series', '--as-of', '2025-13-01', '--db', db).code, 2);
});

test('check FILE: a text is extracted, then each claim gets a verdict', () => {
  const text = join(dir, 'note.txt');
  writeFileSync(
    text,
    "Ukraine's Prosecutor General's Office registered 17,176 cases of unauthorized abandonment of a unit in September 2025.\n" +
      "In May 2025 the office registered 25,000 such cases, according to a blogger.\n",
  );
  const r = cli('check', text, '--published', '2025-11-03', '--format', 'json', '--db', db);
  assert.equal(r.code, 0, r.err);
  const claims = JSON.parse(r.out) as { value: { exact: number }; verdict: string; explanation: string }[];
  const sep = claims.find((c) => c.value.exact === 17176);
  const may = claims.find((c) => c.value.exact === 25000);
  assert.equal(sep?.verdict, 'supported', sep?.explanation);
  assert.equal(may?.verdict, 'contradicted', may?.explanation);
  assert.match(may!.explanation, /18,134/u);
});
