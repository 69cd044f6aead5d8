import assert from 'node:assert/strict';
import { test } from 'node:test';
import { factsOf } from './facts';
import { modelOf } from './series';
import { claim, month, span } from './test-support';

test('year-to-date figures are differenced into the months between them', () => {
  const m = modelOf([span(2024, 1, 9, 35307), span(2024, 1, 10, 41950)].flatMap(factsOf), ['2024-10-01', '2024-11-01']);
  const oct = m.bounds('2024-10-01', '2024-11-01');
  assert.deepEqual([oct.low, oct.high], [6643, 6643]);
  assert.equal(oct.lowFacts.length, 2, 'both totals stand behind the derived month');
});

test('annual figures plus a part-year figure add up to the cumulative total (202,997)', () => {
  const facts = [span(2022, 1, 12, 6988), span(2023, 1, 12, 17658), span(2024, 1, 12, 67840), span(2025, 1, 7, 110511)].flatMap(factsOf);
  const m = modelOf(facts);
  const total = m.bounds('2022-01-01', '2025-08-01');
  assert.deepEqual([total.low, total.high], [202997, 202997]);
});

test('a figure that contradicts more trusted ones is refused, not averaged in', () => {
  const good = [span(2023, 1, 12, 17658), span(2023, 1, 12, 17658, { source: 'Prosecutor General (reply to Ukrainska Pravda)' })];
  const typo = month(2023, 5, 18628); // a month larger than its whole year
  const m = modelOf([...good, typo].flatMap(factsOf));
  assert.equal(m.refused.length, 1);
  assert.equal(m.refused[0].claim, typo);
});

test('an "until" figure with no start does not build the series', () => {
  assert.deepEqual(factsOf(claim({ value: { exact: 300000 }, qualifier: 'approx', period: { start: null, end: '2025-10-25' } })), []);
});
