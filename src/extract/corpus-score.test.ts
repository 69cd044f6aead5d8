// The corpus score as a test: runs the extractor in-process over ../shared/corpus, writes the predictions to a
// temporary folder and scores them with ../shared/tools/score-claims.mjs (the scorer CI uses), per language.
// Language engineers: add a row to THRESHOLDS when a language's pack is ready.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { toJson } from '../cli/commands/extract';
import { extract } from './index';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = path.resolve(projectRoot, '../shared/corpus');
const scorer = path.resolve(projectRoot, '../shared/tools/score-claims.mjs');

/** language → document-name prefixes scored together, and the F1 each must reach. */
const THRESHOLDS: Array<{ language: string; prefixes: string[]; value: number; full: number }> = [
  { language: 'en', prefixes: ['en-', 'seed'], value: 0.95, full: 0.9 },
  { language: 'de', prefixes: ['de-'], value: 0.95, full: 0.85 },
  { language: 'fr', prefixes: ['fr-'], value: 0.95, full: 0.85 },
  { language: 'pl', prefixes: ['pl-'], value: 0.95, full: 0.85 },
  // issue 3's full F1 of 0.85 for uk and ru (measured 1.000 for both on 2026-11-25)
  { language: 'uk', prefixes: ['uk-'], value: 0.95, full: 0.85 },
  { language: 'ru', prefixes: ['ru-'], value: 0.95, full: 0.85 },
  { language: 'it', prefixes: ['it-'], value: 0.95, full: 0.85 },
];

function predict(prefixes: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'absentia-pred-'));
  for (const f of readdirSync(corpus).filter((f) => f.endsWith('.gold.json'))) {
    const name = f.slice(0, -'.gold.json'.length);
    if (!prefixes.some((p) => name.startsWith(p))) continue;
    const gold = JSON.parse(readFileSync(path.join(corpus, f), 'utf8'));
    const text = readFileSync(path.join(corpus, gold.document ?? `${name}.txt`), 'utf8');
    const { claims } = extract(text, { published: gold.published, language: gold.language });
    writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(claims.map(toJson)));
  }
  return dir;
}

function score(dir: string, prefixes: string[]): string {
  const args = [scorer, '--pred', dir, ...prefixes.flatMap((p) => ['--only', p])];
  try {
    return execFileSync(process.execPath, args, { encoding: 'utf8' });
  } catch (err) {
    return String((err as { stdout?: string }).stdout ?? err);
  }
}

const available = existsSync(corpus) && existsSync(scorer);

test('seed article: all 12 gold claims matched in full, nothing spurious', { skip: !available && 'no ../shared/corpus' }, () => {
  const dir = predict(['seed']);
  try {
    const out = score(dir, ['seed']);
    assert.match(out, /seed-desertions-en: gold 12 pred 12 · value F1 1\.000 · full F1 1\.000/, out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

for (const row of THRESHOLDS) {
  test(`${row.language} corpus: value F1 >= ${row.value}, full F1 >= ${row.full}`, { skip: !available && 'no ../shared/corpus' }, () => {
    const dir = predict(row.prefixes);
    try {
      const out = score(dir, row.prefixes);
      const line = out.trim().split('\n').pop()!;
      const m = /value P [\d.]+ R [\d.]+ F1 ([\d.]+) · full P [\d.]+ R [\d.]+ F1 ([\d.]+)/.exec(line);
      assert.ok(m, `unexpected scorer output:\n${out}`);
      const [value, full] = [Number(m[1]), Number(m[2])];
      console.log(`${row.language}: ${line}`);
      assert.ok(value >= row.value && full >= row.full, `${row.language}: value F1 ${value}, full F1 ${full}\n${out}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
