import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compile } from './compile';
import { extractPeriods } from './periods';
import { normalize } from './text';
import { en } from '../lang/en/index';

const c = compile(en);
const first = (s: string, published: string) => {
  const p = extractPeriods(c, normalize(s), 0, published).filter((x) => x.role !== 'report');
  return p[0] ? { role: p[0].role, ...p[0].period } : null;
};

test('a month without a year is the latest such month not after publication', () => {
  assert.deepEqual(first('in September', '2025-11-03'), { role: 'closed', start: '2025-09-01', end: '2025-09-30' });
  assert.deepEqual(first('in December', '2026-01-10'), { role: 'closed', start: '2025-12-01', end: '2025-12-31' });
  assert.deepEqual(first('Last May', '2025-11-03'), { role: 'closed', start: '2025-05-01', end: '2025-05-31' });
});

test('"may" and "march" as words are no months', () => {
  assert.equal(first('the figure may reach 300,000', '2025-11-03'), null);
});

test('spans: from … to, between … and, month-month year, end of a month', () => {
  assert.deepEqual(first('from November 2024 to July 2025', '2025-11-03'), { role: 'closed', start: '2024-11-01', end: '2025-07-31' });
  assert.deepEqual(first('in January-July 2025', '2025-11-03'), { role: 'closed', start: '2025-01-01', end: '2025-07-31' });
  assert.deepEqual(first('between Nov. 29, 2024 and the end of August 2025', '2025-09-10'), { role: 'closed', start: '2024-11-29', end: '2025-08-31' });
  assert.deepEqual(first('from 2022 to the end of July 2025', '2025-08-28'), { role: 'closed', start: '2022-01-01', end: '2025-07-31' });
  assert.deepEqual(first('Between March and September', '2025-11-20'), { role: 'closed', start: '2025-03-01', end: '2025-09-30' });
});

test('since the full-scale war runs to the published date', () => {
  for (const s of ['since the start of the full-scale war', 'Since the full-scale invasion began', 'since the war began', "since Russia's full-scale invasion"]) {
    assert.deepEqual(first(s, '2025-11-03'), { role: 'toDate', start: '2022-02-24', end: '2025-11-03' }, s);
  }
});

test('this year, last year, the first N months, first half', () => {
  assert.deepEqual(first('this year', '2025-11-03'), { role: 'toDate', start: '2025-01-01', end: '2025-11-03' });
  assert.deepEqual(first('last year', '2025-01-15'), { role: 'closed', start: '2024-01-01', end: '2024-12-31' });
  assert.deepEqual(first('For the first ten months of this year', '2025-11-20'), { role: 'closed', start: '2025-01-01', end: '2025-10-31' });
  assert.deepEqual(first('in the first half of 2024', '2025-11-20'), { role: 'closed', start: '2024-01-01', end: '2024-06-30' });
  assert.deepEqual(first('in the first nine months', '2025-02-01'), { role: 'closed', start: '2024-01-01', end: '2024-09-30' });
});

test('until/by give only an end; runs to / as of are cut-offs', () => {
  assert.deepEqual(first('Until Aug. 30', '2025-11-03'), { role: 'endOnly', start: null, end: '2025-08-30' });
  assert.deepEqual(first('By March 1, 2025', '2025-09-10'), { role: 'endOnly', start: null, end: '2025-03-01' });
  assert.deepEqual(first('which runs to Feb. 14', '2025-02-17'), { role: 'cutoff', start: null, end: '2025-02-14' });
});

test('report-time phrases are no periods of a figure', () => {
  const p = extractPeriods(c, 'said in an interview earlier this month that', 0, '2025-02-17');
  assert.deepEqual(p.map((x) => x.role), ['report']);
});
