import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compile } from './compile';
import { extractNumbers, joinRanges, parseDigits, parseSpelled } from './numbers';
import { normalize } from './text';
import { en } from '../lang/en/index';
import { assertSpan } from '../test/spans';

const c = compile(en);
const nums = (s: string) => {
  const t = normalize(s);
  return joinRanges(c, t, 0, extractNumbers(c, t, 0));
};

test('digits with comma, space, no-break and narrow no-break thousands', () => {
  for (const s of ['14,000', '14 000', '14\u00a0000', '14\u202f000']) {
    const [n] = nums(`about ${s} cases`);
    assert.equal(n!.value, 14000, s);
    assertSpan(`about ${s} cases`, n!, s);
  }
});

test('scales: 1.5 million, 16 thousand, 53.2k', () => {
  assert.equal(nums('1.5 million soldiers')[0]!.value, 1_500_000);
  assert.equal(nums('16 thousand soldiers')[0]!.value, 16_000);
  assert.equal(nums('53.2k cases')[0]!.value, 53_200);
});

test('a one-letter scale must touch the digits', () => {
  assert.deepEqual(nums('5 m away').map((n) => n.value), [5]);
});

test('spelled numbers', () => {
  assert.equal(parseSpelled(c, 'twenty-one thousand'), 21_000);
  assert.equal(parseSpelled(c, 'three hundred'), 300);
  assert.equal(parseSpelled(c, 'one hundred and twenty'), 120);
  assert.equal(nums('as many as three hundred a day')[0]!.value, 300);
});

test('numerals that are no figure alone are skipped', () => {
  assert.deepEqual(nums('one officer said several hundred names were missing'), []);
});

test('ordinals are no numbers', () => {
  assert.deepEqual(nums('the 47th Brigade and the 155th'), []);
});

test('percentages, including ranges of percentages', () => {
  const [a] = nums('about 6% of cases');
  assert.equal(a!.percent, true);
  const [r] = nums('between 40 and 60 percent of soldiers');
  assert.deepEqual([r!.value, r!.high, r!.percent], [40, 60, true]);
  assertSpan('between 40 and 60 percent of soldiers', r!, 'between 40 and 60 percent');
});

test('ranges: dash, to, between … and with a shared scale', () => {
  assert.deepEqual(nums('14,000-18,000 cases').map((n) => [n.value, n.high]), [[14000, 18000]]);
  assert.deepEqual(nums('from 14,000 to 18,000 cases').map((n) => [n.value, n.high]), [[14000, 18000]]);
  assert.deepEqual(nums('between 14 and 18 thousand').map((n) => [n.value, n.high]), [[14000, 18000]]);
});

test('a descending pair is no range', () => {
  assert.deepEqual(nums('18,000-14,000').map((n) => n.high), [undefined, undefined]);
});

test('x-fold: fivefold, 5-fold, five times more, doubled', () => {
  assert.deepEqual(nums('rose fivefold').map((n) => [n.value, n.fold]), [[5, true]]);
  assert.deepEqual(nums('rose 5-fold').map((n) => [n.value, n.fold]), [[5, true]]);
  assert.deepEqual(nums('five times more cases').map((n) => [n.value, n.fold]), [[5, true]]);
  assert.deepEqual(nums('cases doubled').map((n) => [n.value, n.fold]), [[2, true]]);
});

test('"three times" without a comparative is a frequency, not a change', () => {
  assert.ok(nums('he called three times').every((n) => !n.fold));
});

test('parseDigits keeps a decimal point apart from thousands', () => {
  assert.equal(parseDigits(c, '1.5'), 1.5);
  assert.equal(parseDigits(c, '231,500'), 231500);
});
