import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { cliReference } from '../../scripts/cli-docs';

test('docs/cli.md is the commands\' current --help (regenerate: npx tsx scripts/cli-docs.ts)', async () => {
  const expected = await cliReference();
  assert.equal(readFileSync('docs/cli.md', 'utf8'), expected);
  for (const cmd of ['extract', 'ingest', 'claims', 'check', 'serve', 'worker', 'db copy', 'user add']) {
    assert.match(expected, new RegExp(`^## absentia ${cmd}$`, 'm'), `${cmd} is documented`);
  }
});
