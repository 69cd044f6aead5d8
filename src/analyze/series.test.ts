import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSeries } from './series';
import { month, span } from './test-support';

test('each month knows whether it is reported, derived or estimated, and which claims stand behind it', () => {
  const jan = month(2024, 1, 2159);
  const q1 = span(2024, 1, 3, 7313); // Jan-Mar total: Feb+Mar = 5,154, neither known alone
  const ytdApr = span(2024, 1, 4, 10628); // Apr = 10,628 - 7,313 = 3,315 by differencing
  const [s] = buildSeries([jan, q1, ytdApr]);
  const by = new Map(s.points.map((p) => [p.month, p]));
  assert.deepEqual([by.get('2024-01')!.status, by.get('2024-01')!.value], ['reported', 2159]);
  assert.deepEqual(by.get('2024-01')!.claims, [jan.id]);
  assert.deepEqual([by.get('2024-04')!.status, by.get('2024-04')!.value], ['derived', 3315]);
  assert.deepEqual(new Set(by.get('2024-04')!.claims), new Set([q1.id, ytdApr.id]));
  assert.equal(by.get('2024-02')!.status, 'estimated');
  assert.equal(by.get('2024-02')!.value, 2577);
  assert.deepEqual([by.get('2024-02')!.low, by.get('2024-02')!.high], [0, 5154]);
});

test('cumulative figures become monthly values by differencing', () => {
  const c = (end: number, v: number) => span(2022, 1, end, v, {}, 2025);
  const [s] = buildSeries([c(7, 202997), c(9, 235646), month(2025, 8, 15470)]);
  const sep = s.points.find((p) => p.month === '2025-09')!;
  assert.equal(sep.status, 'derived');
  assert.equal(sep.value, 235646 - 202997 - 15470);
});

test('--as-of leaves out figures published later', () => {
  const early = month(2024, 1, 2159, { published: '2024-02-10' });
  const late = month(2024, 2, 2300, { published: '2024-03-10' });
  const [s] = buildSeries([early, late], { asOf: '2024-02-28' });
  assert.deepEqual(s.points.map((p) => p.month), ['2024-01']);
});
