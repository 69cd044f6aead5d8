import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { factsOf } from '../analyze/facts';
import { modelOf } from '../analyze/series';
import type { AnalysisClaim } from '../analyze/types';
import { verifyClaims } from '../analyze/verify';
import { openStore } from '../store';
import type { AbsentiaError } from '../util/errors';
import { bundledClaims, bundledRows, ensureBundledDataset } from './index';
import { parseDatasetCsv } from './rows';

const UA_AWOL = (c: AnalysisClaim) => c.force === 'UA' && c.event === 'awol' && c.counted === 'cases' && c.statistic === 'count' && c.scope === null;

test('every bundled row is a valid claim with its URL; undated rows get a date only from their note', () => {
  const claims = bundledClaims();
  assert.equal(claims.length, 951);
  assert.ok(claims.every((c) => c.url?.startsWith('http')));
  assert.equal(new Set(claims.map((c) => c.id)).size, claims.length, 'ids are unique');
  const estimated = claims.filter((c) => c.publishedEstimated);
  assert.ok(estimated.length > 0);
  assert.ok(estimated.every((c) => c.note && /\d{4}/u.test(c.note)));
});

test('the 2022-2024 art. 407 figures plus January-July 2025 equal the reported total of 202,997', () => {
  const parts = bundledClaims().filter((c) => UA_AWOL(c) && c.publisher === 'interfax.com.ua' && c.published === '2025-08-26');
  const byPeriod = new Map(parts.map((c) => [`${c.period?.start}..${c.period?.end}`, c]));
  const used = ['2022-01-01..2022-12-31', '2023-01-01..2023-12-31', '2024-01-01..2024-12-31', '2025-01-01..2025-07-31'].map((k) => byPeriod.get(k)!);
  assert.deepEqual(used.map((c) => ('exact' in c.value ? c.value.exact : 0)), [6988, 17658, 67840, 110511]);
  const b = modelOf(used.flatMap(factsOf)).bounds('2022-01-01', '2025-08-01');
  assert.deepEqual([b.low, b.high], [202997, 202997]);
  // And as a verdict: the reported total, checked against everything published before it except itself.
  const total = bundledClaims().find((c) => UA_AWOL(c) && c.publisher === 'interfax.com.ua' && c.period?.end === '2025-07-31' && c.period.start === '2022-01-01' && 'exact' in c.value && c.value.exact === 202997)!;
  const data = bundledClaims().filter((c) => !('exact' in c.value && c.value.exact === 202997));
  const [v] = verifyClaims([{ ...total, published: '2025-08-27' }], data);
  assert.equal(v.verdict, 'supported', v.explanation);
  assert.deepEqual(v.expected, { low: 202997, high: 202997 });
});

test('the seed article: a verdict and an explanation for each of its 12 claims, pinned where the data decide', () => {
  const gold = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/seed-desertions-en.claims.json'), 'utf8'));
  const targets: AnalysisClaim[] = gold.claims.map((c: AnalysisClaim, i: number) => ({ ...c, id: `seed#${i + 1}`, published: '2025-11-03', publisher: null, url: null, document: 'seed', echoOf: null, origin: 'machine' }));
  const verdicts = verifyClaims(targets, bundledClaims());
  assert.equal(verdicts.length, 12);
  for (const v of verdicts) assert.ok(v.explanation.length > 20, v.claimId);
  assert.deepEqual(
    verdicts.map((v) => v.verdict),
    [
      'supported', // 14,000-18,000 each month: Jan-Sep 2025 months all fit
      'supported', // record 18,000 in May: 18,134, the highest month known
      'supported', // 17,000 in September: 17,176 (case counts)
      // 231,500 "since the start" to date: official counts lag up to two months, and 231,500 lies between
      // the counts to end-August (at least 218,123) and end-September (235,646), so the data cannot decide.
      'unverifiable',
      'unverifiable', // 53,200 desertion cases: likewise between end-July (50,058) and end-September (53,954)
      'contradicted', // "almost fivefold" for art. 408: about 1x on the same months of 2024
      'contradicted', // 300,000 desertion cases in 2025: far above the projection
      'supported', // over 21,000 returned by 30 August
      'supported', // over 25,000 left the Central MD, nine months
      'supported', // over 30 defections with weapons (HUR)
      'unverifiable', // at least 133,000 dead: the latest count before was 128,115 (5 Sep)
      'unverifiable', // mean age 35: no figure for the same period
    ],
  );
  assert.match(verdicts[3].explanation, /235,646/u);
  assert.match(verdicts[5].explanation, /18,196/u);
  assert.match(verdicts[6].explanation, /Backtest|backtest/u);
});

test('ensureBundledDataset loads a new database once and is idempotent', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'absentia-dataset-'));
  const store = await openStore(join(dir, 'a.db'));
  try {
    const first = await ensureBundledDataset(store);
    assert.deepEqual(first, { added: bundledRows().length, skipped: 0, loaded: true });
    assert.deepEqual(await ensureBundledDataset(store), { added: 0, skipped: 0, loaded: false });
    await store.db.deleteFrom('store_meta').execute();
    assert.deepEqual(await ensureBundledDataset(store), { added: 0, skipped: bundledRows().length, loaded: true });
    const n = await store.db.selectFrom('claims').select((eb) => eb.fn.countAll().as('n')).where('origin', '=', 'dataset').executeTakeFirst();
    assert.equal(Number(n?.n), bundledRows().length);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a broken dataset row is named by file and line', () => {
  const header = 'force,event,counted,statistic,value_low,value_high,qualifier,period_start,period_end,per,kind,scope,source,publisher,url,published,language,note';
  assert.throws(() => parseDatasetCsv(`${header}\nUA,awol,cases,count,x,1,exact,,,,reported,,,p,https://e.x,,en,\n`, 'f.csv'), (e: AbsentiaError) => /^f\.csv:2: value_low/u.test(e.line));
  assert.throws(() => parseDatasetCsv(`${header}\nUA,awol,bananas,count,1,1,exact,,,,reported,,,p,https://e.x,,en,\n`, 'f.csv'), (e: AbsentiaError) => /^f\.csv:2: counted/u.test(e.line));
});
