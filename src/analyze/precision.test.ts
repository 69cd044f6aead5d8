import assert from 'node:assert/strict';
import { test } from 'node:test';
import { acceptedInterval, statedStep } from './precision';

test('a figure stated to the thousand admits 17,500-18,499', () => {
  assert.equal(statedStep(18000), 1000);
  assert.deepEqual(acceptedInterval({ exact: 18000 }, 'exact'), { low: 17500, high: 18499 });
});

test('an unrounded figure admits only itself', () => {
  assert.deepEqual(acceptedInterval({ exact: 17176 }, 'exact'), { low: 17176, high: 17176 });
});

test('"over 21,000" admits anything above, "up to" anything below', () => {
  assert.deepEqual(acceptedInterval({ exact: 21000 }, 'at_least'), { low: 21000, high: Infinity });
  assert.deepEqual(acceptedInterval({ exact: 300000 }, 'at_most'), { low: 0, high: 300000 });
});

test('a range is widened by the precision of its ends', () => {
  assert.deepEqual(acceptedInterval({ low: 14000, high: 18000 }, 'range'), { low: 13500, high: 18499 });
});

test('"about" grants 5% or the rounding, whichever is wider; ratios are continuous', () => {
  assert.deepEqual(acceptedInterval({ exact: 20000 }, 'approx'), { low: 19000, high: 21000 });
  assert.deepEqual(acceptedInterval({ exact: 5 }, 'approx', false), { low: 4.75, high: 5.25 });
});
