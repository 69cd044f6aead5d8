// The claims command's pure parts: filters from flags, CSV that spreadsheets cannot run, tables safe to print.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { claimToRow, type ClaimRow } from '../../store/index';
import { AbsentiaError } from '../../util/errors';
import { testClaim } from '../../store/test-claims';
import { renderTable } from '../render-table';
import { claimFilterFrom, claimJson, claimsCsv, csvCell } from './claims';

const row = (over: Partial<ClaimRow> = {}): ClaimRow => ({ ...(claimToRow(testClaim(), { documentId: 1, versionId: 1, origin: 'machine' }, '2026-01-01T00:00:00.000Z') as ClaimRow), id: 1, ...over });

test('flags become a filter; bad values are usage errors naming the flag', () => {
  assert.deepEqual(claimFilterFrom({ force: 'ua,RU', event: 'awol', from: '2025-01-01', to: '2025-12-31', document: '7', status: 'accepted,unreviewed', q: 'cases' }), {
    force: ['UA', 'RU'],
    event: ['awol'],
    from: '2025-01-01',
    to: '2025-12-31',
    document: 7,
    status: ['accepted', 'unreviewed'],
    q: 'cases',
  });
  const usage = (re: RegExp) => (e: unknown) => e instanceof AbsentiaError && e.code === 'usage' && re.test(e.line);
  assert.throws(() => claimFilterFrom({ from: '2025-1-1' }), usage(/^--from 2025-1-1: expected a date/));
  assert.throws(() => claimFilterFrom({ from: '2025-02-01', to: '2025-01-01' }), usage(/--from is after --to/));
  assert.throws(() => claimFilterFrom({ status: 'maybe' }), usage(/^--status maybe: unknown status/));
  assert.throws(() => claimFilterFrom({ origin: 'robot' }), usage(/^--origin robot: unknown origin/));
  assert.throws(() => claimFilterFrom({ document: 'abc' }), usage(/^--document abc: expected a document id/));
});

test('CSV neutralises formulas in text cells only; numbers, including negative ones, stay numbers', () => {
  for (const bad of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '|calc']) assert.equal(csvCell(bad), `'${bad}`);
  assert.equal(csvCell(-5), -5);
  assert.equal(csvCell('Prosecutor'), 'Prosecutor');
  const csv = claimsCsv([row({ source: '=cmd|calc', quote: 'He said "over 1,000", then left.\nNext line.', value_low: -3, value_high: -3 })]);
  const [header, first] = parse(csv) as string[][];
  assert.equal(first[header.indexOf('source')], "'=cmd|calc");
  assert.equal(first[header.indexOf('quote')], 'He said "over 1,000", then left.\nNext line.');
  assert.equal(first[header.indexOf('value_low')], '-3');
});

test('JSON keeps the FORMAT.md record and adds provenance', () => {
  const j = claimJson(row());
  assert.deepEqual(Object.keys(j).slice(0, 13), ['id', 'force', 'event', 'counted', 'statistic', 'value', 'qualifier', 'period', 'per', 'kind', 'scope', 'source', 'quote']);
  assert.deepEqual(j.value, { exact: 21_000 });
  assert.deepEqual(j.span, { start: 23, end: 29 });
});

test('tables strip control and bidi characters and cut long cells', () => {
  const out = renderTable(['a', 'b'], [['x\u202Ey\u0007', 'z'.repeat(100)]]);
  assert.ok(!/[\u202E\u0007]/u.test(out));
  assert.ok(out.includes('z'.repeat(47) + '…'));
});

test('renderTable lays out a table of 300,000 rows (no spread of a whole column into Math.max)', () => {
  const rows = Array.from({ length: 300_000 }, (_, i) => [String(i), 'x']);
  const out = renderTable(['n', 'v'], rows);
  assert.equal(out.split('\n').length, 300_002);
  assert.ok(out.startsWith('n       v\n'));
});
