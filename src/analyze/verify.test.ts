// Hand-made series where each verdict is known, and each check failing when it should.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claim, month, span } from './test-support';
import type { AnalysisClaim } from './types';
import { verifyClaims } from './verify';

const published = '2025-11-03';
const one = (t: AnalysisClaim, data: AnalysisClaim[]) => verifyClaims([t], data)[0];

// A year of monthly figures (2025: Jan..Sep), published in October, and full years 2023-2024.
const monthly = [14113, 15217, 14906, 16042, 18134, 14936, 15589, 15470, 17176].map((v, i) => month(2025, i + 1, v, { published: '2025-10-29' }));
const years = [span(2023, 1, 12, 17658, { published: '2025-08-26' }), span(2024, 1, 12, 67840, { published: '2025-08-26' })];
const data = [...monthly, ...years];

test('record: supported when no month known before the claim was higher', () => {
  const v = one(month(2025, 5, 18000, { kind: 'record', published }), data);
  assert.equal(v.verdict, 'supported', v.explanation);
  assert.equal(v.check, 'record');
  assert.match(v.explanation, /18,134/u);
});

test('record: contradicted when another month was higher', () => {
  const v = one(month(2025, 9, 17176, { kind: 'record', published }), data);
  assert.equal(v.verdict, 'contradicted', v.explanation);
  assert.match(v.explanation, /not a record/u);
});

test('record: judged only on figures published before the claim', () => {
  const later = month(2025, 10, 25000, { published: '2025-12-01' });
  const v = one(month(2025, 5, 18000, { kind: 'record', published }), [...data, later]);
  assert.equal(v.verdict, 'supported', v.explanation);
  const after = one(month(2025, 5, 18000, { kind: 'record', published: '2025-12-02' }), [...data, later]);
  assert.equal(after.verdict, 'contradicted', after.explanation);
});

test('a figure for a month: supported within stated precision, contradicted outside it', () => {
  assert.equal(one(month(2025, 9, 17000, { counted: 'cases', published }), data).verdict, 'supported');
  const v = one(month(2025, 9, 16000, { published }), data);
  assert.equal(v.verdict, 'contradicted', v.explanation);
  assert.match(v.explanation, /17,176/u);
});

test('"each month between A and B": supported when every month fits, contradicted when one does not', () => {
  const ok = claim({ value: { low: 14000, high: 18000 }, qualifier: 'range', per: 'month', published });
  assert.equal(one(ok, data).verdict, 'supported');
  const narrow = claim({ value: { low: 15000, high: 18000 }, qualifier: 'range', per: 'month', published });
  const v = one(narrow, data);
  assert.equal(v.verdict, 'contradicted', v.explanation);
  assert.match(v.explanation, /2025-01/u);
  const withPeriod = claim({ value: { low: 15500, high: 16000 }, qualifier: 'range', per: 'month', period: { start: '2025-06-01', end: '2025-08-31' }, published });
  assert.equal(one(withPeriod, data).verdict, 'contradicted');
});

test('totals against the sum of their months', () => {
  const sum = 14113 + 15217 + 14906 + 16042 + 18134 + 14936 + 15589 + 15470 + 17176;
  assert.equal(one(span(2025, 1, 9, sum, { published }), data).verdict, 'supported');
  const v = one(span(2025, 1, 9, sum + 2000, { published }), data);
  assert.equal(v.verdict, 'contradicted', v.explanation);
  assert.match(v.explanation, /Jan 2025/u);
});

test('x-fold change against the same stretch a year earlier', () => {
  const d = [span(2024, 1, 9, 10012, { published: '2024-10-20' }), span(2025, 1, 9, 50060, { published: '2025-10-20' })];
  const fivefold = claim({ statistic: 'ratio', kind: 'change', value: { exact: 5 }, qualifier: 'approx', period: { start: '2025-01-01', end: '2025-09-30' }, published });
  assert.equal(one(fivefold, d).verdict, 'supported');
  const twofold = { ...fivefold, id: 'two', value: { exact: 2 } };
  const v = one(twofold, d);
  assert.equal(v.verdict, 'contradicted', v.explanation);
  assert.match(v.explanation, /5-fold/u);
});

test('period arithmetic: a nine-month period must cover nine months', () => {
  const ok = span(2024, 11, 7, 25000, { qualifier: 'at_least', quote: 'Over a nine-month period – from November 2024 to July 2025 – over 25,000 left.', published }, 2025);
  const okV = one(ok, []);
  assert.notEqual(okV.verdict, 'internally_inconsistent');
  const bad = span(2024, 11, 7, 25000, { qualifier: 'at_least', quote: 'Over a six-month period – from November 2024 to July 2025 – over 25,000 left.', published }, 2025);
  const v = one(bad, []);
  assert.equal(v.verdict, 'internally_inconsistent');
  assert.match(v.explanation, /9 months/u);
});

test('funnel order: convictions since the start cannot exceed the cases registered since the start', () => {
  const cases = span(2022, 1, 12, 5000, { published: '2025-02-01' }, 2024);
  const tooMany = span(2022, 1, 12, 6000, { counted: 'convictions', published }, 2024);
  const v = one(tooMany, [cases]);
  assert.equal(v.verdict, 'contradicted', v.explanation);
  assert.equal(v.check, 'funnel');
  assert.notEqual(one(span(2022, 1, 12, 900, { counted: 'convictions', published }, 2024), [cases]).verdict, 'contradicted');
  // Within one year, convictions of earlier years' cases may outnumber the year's new cases.
  const yearCases = span(2024, 1, 12, 5000, { published: '2025-02-01' });
  assert.notEqual(one(span(2024, 1, 12, 6000, { counted: 'convictions', published }), [yearCases]).check, 'funnel');
});

test('a document whose own figures break the funnel is internally inconsistent', () => {
  const a = span(2022, 1, 12, 500, { document: 'd', published }, 2024);
  const b = span(2022, 1, 12, 800, { counted: 'suspects', document: 'd', published }, 2024);
  const [va, vb] = verifyClaims([a, b], []);
  assert.equal(vb.verdict, 'internally_inconsistent', vb.explanation);
  assert.equal(va.verdict, 'internally_inconsistent');
});

test('projection: "may reach" against the year-end projection with a backtest', () => {
  const past = [2023, 2024].flatMap((y) => Array.from({ length: 12 }, (_, i) => month(y, i + 1, 1003 + 50 * i + (y - 2023) * 211, { published: `${y + 1}-01-10` })));
  const thisYear = Array.from({ length: 9 }, (_, i) => month(2025, i + 1, 2007 + 100 * i, { published: '2025-10-10' }));
  const d = [...past, ...thisYear];
  const reach = (v: number) => claim({ value: { exact: v }, qualifier: 'at_most', kind: 'projection', period: { start: '2025-01-01', end: '2025-12-31' }, published });
  const ok = one(reach(30000), d);
  assert.equal(ok.verdict, 'supported', ok.explanation);
  assert.match(ok.explanation, /Backtest/u);
  const far = one(reach(300000), d);
  assert.equal(far.verdict, 'contradicted', far.explanation);
});

test('no figures: unverifiable, saying so', () => {
  const v = one(month(2025, 5, 18000, { force: 'RU', published }), data);
  assert.equal(v.verdict, 'unverifiable');
  assert.match(v.explanation, /no figure/u);
});
