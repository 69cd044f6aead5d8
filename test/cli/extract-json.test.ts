// `absentia extract --format json` through the built CLI streams its claims: the bytes must be those of
// JSON.stringify(claims.map(toJson), null, 2) and a newline, as before it streamed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { toJson } from '../../src/cli/commands/extract';
import { extract } from '../../src/extract/index';

const CLI = join(resolve(import.meta.dirname, '../..'), 'bin/absentia.js');

/** Enough figures for many output pieces, with paragraphs that carry and complete periods. */
function article(): string {
  const paras: string[] = [];
  for (let i = 0; i < 120; i++) {
    paras.push(`In ${['January', 'May', 'August'][i % 3]} 2025, prosecutors registered about ${(800 + i * 13).toLocaleString('en-US')} cases of desertion in the Ukrainian army, the office said.`);
    if (i % 10 === 0) paras.push('The figures are as of September 1.');
    if (i % 7 === 0) paras.push('Over this period, 2,300 more soldiers returned to service.');
  }
  return paras.join('\n\n');
}

test('extract --format json writes what JSON.stringify of the collected claims gives', () => {
  const dir = mkdtempSync(join(tmpdir(), 'absentia-extract-json-'));
  try {
    const text = article();
    const file = join(dir, 'article.txt');
    writeFileSync(file, text);
    const r = spawnSync(process.execPath, [CLI, 'extract', file, '--published', '2025-11-03', '--language', 'en', '--format', 'json'],
      { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
    assert.equal(r.status, 0, r.stderr);
    const claims = extract(text, { published: '2025-11-03', language: 'en' }).claims;
    assert.ok(claims.length > 100);
    assert.equal(r.stdout, `${JSON.stringify(claims.map(toJson), null, 2)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
