import { test } from 'node:test';
import assert from 'node:assert/strict';
import { refiners } from './refine';
import type { ExtractedClaim } from '../../claim/claim';

const claim = (start: number, end: number, period: ExtractedClaim['period'] = null): ExtractedClaim => ({
  force: 'UA', event: 'awol', counted: 'cases', statistic: 'count', value: { exact: 1 }, qualifier: 'exact', period, per: null,
  kind: 'reported', scope: null, source: null, quote: '', span: { start, end }, sentence: { start: 0, end: 10 }, rules: [],
  periodBasis: period ? 'stated' : 'none', confidence: 0.5, language: 'en',
});
const run = (name: string, claims: ExtractedClaim[], text = '0123456789') => refiners.find((r) => r.name === name)!.run(claims, text);

test('dedupe-spans keeps the first claim of a span', () => {
  assert.equal(run('dedupe-spans', [claim(1, 3), claim(1, 3), claim(4, 5)]).length, 2);
});

test('spans-inside-text drops spans outside the text', () => {
  assert.equal(run('spans-inside-text', [claim(8, 12), claim(2, 4)]).length, 1);
});

test('valid-periods drops a period that ends before it starts', () => {
  const [c] = run('valid-periods', [claim(1, 2, { start: '2025-05-01', end: '2025-04-01' })]);
  assert.equal(c!.period, null);
  const [d] = run('valid-periods', [claim(1, 2, { start: '2025-04-01', end: '2025-05-01' })]);
  assert.deepEqual(d!.period, { start: '2025-04-01', end: '2025-05-01' });
});
