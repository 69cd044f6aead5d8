// Listing claims on every supported database: filters, date windows, full-text search, keyset pages;
// then parity: the same queries give the same rows on SQLite and Postgres.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ExtractedClaim } from '../claim/index';
import { CLAIM_SORTS, type ClaimFilter, countClaims, insertClaims, listClaims, listClaimTuples } from './index';
import type { Store } from './db';
import { testDatabases } from './test-databases';
import { testClaim } from './test-claims';

interface Fixture {
  key: string;
  claim: ExtractedClaim;
  published: string | null;
}

/** 60 claims with every field varied deterministically, some without dates or sources. */
function fixtures(): Fixture[] {
  const sources = ["Prosecutor General's Office", 'Офіс Генерального прокурора', 'Mediazona', null, 'HUR'];
  const quotes = [
    'Prosecutors opened 1,200 desertion cases in March.',
    'Понад 2 тисячі військових самовільно залишили частини.',
    'Mediazona counted 340 court cases of unauthorized absence.',
    'Over 18,000 servicemen deserted, according to the office.',
  ];
  return Array.from({ length: 60 }, (_, i) => {
    const year = 2022 + (i % 4);
    const month = (i % 12) + 1;
    const mm = String(month).padStart(2, '0');
    const hasPeriod = i % 5 !== 0;
    const onlyEnd = i % 7 === 0;
    return {
      key: `f${i}`,
      published: i % 9 === 0 ? null : `${year}-${mm}-${String((i % 27) + 1).padStart(2, '0')}`,
      claim: testClaim({
        force: i % 3 === 0 ? 'RU' : 'UA',
        event: ['awol', 'desertion', 'return'][i % 3],
        counted: ['cases', 'persons', 'court_cases'][i % 3] as ExtractedClaim['counted'],
        value: i % 4 === 0 ? { low: i * 10, high: i * 10 + 50 } : { exact: (i * 37) % 500 },
        qualifier: i % 4 === 0 ? 'range' : 'exact',
        period: hasPeriod ? { start: onlyEnd ? null : `${year}-${mm}-01`, end: `${year}-${mm}-28` } : null,
        source: sources[i % sources.length],
        quote: quotes[i % quotes.length],
        span: { start: i, end: i + 3 },
      }),
    };
  });
}

const QUERIES: Record<string, ClaimFilter> = {
  all: {},
  ua: { force: 'UA' },
  uaAwolOrDesertion: { force: 'UA', event: ['awol', 'desertion'] },
  persons: { counted: 'persons' },
  from2024: { from: '2024-01-01' },
  to2022: { to: '2022-12-31' },
  window: { from: '2023-03-01', to: '2023-08-31' },
  sourcePart: { source: 'PROSECUTOR' },
  sourceCyrillic: { source: 'генерального' },
  likeEscape: { source: '%' },
  search: { q: 'desertion cases' },
  searchCyrillic: { q: 'ТИСЯЧІ військових' },
  searchNone: { q: 'zebra' },
  combined: { force: 'UA', from: '2023-01-01', q: 'servicemen' },
};

const results: Record<string, Record<string, string[]>> = {};

for (const target of await testDatabases()) {
  describe(`listing claims on ${target.dialect}`, () => {
    let store: Store;
    const fx = fixtures();
    const got: Record<string, string[]> = (results[target.dialect] = {});
    const keys = async (filter: ClaimFilter, sort: (typeof CLAIM_SORTS)[number] = '-published') =>
      (await listClaims(store, filter, { sort, limit: 1000 })).rows.map((r) => r.external_id as string);

    before(async () => {
      store = await target.open();
      await insertClaims(
        store,
        fx.map((f) => ({ claim: f.claim, context: { documentId: null, versionId: null, origin: 'dataset', externalId: f.key, published: f.published } })),
      );
    });
    after(async () => {
      await store.close();
    });

    test('each filter returns what it should', async () => {
      for (const [name, filter] of Object.entries(QUERIES)) {
        got[name] = await keys(filter);
        assert.equal(await countClaims(store, filter), got[name].length, name);
      }
      const where = (pred: (f: Fixture) => boolean) => fx.filter(pred).map((f) => f.key).sort();
      const sorted = (xs: string[]) => [...xs].sort();
      assert.equal(got.all.length, 60);
      assert.deepEqual(sorted(got.ua), where((f) => f.claim.force === 'UA'));
      assert.deepEqual(sorted(got.uaAwolOrDesertion), where((f) => f.claim.force === 'UA' && f.claim.event !== 'return'));
      // Date windows: a claim covers [period start (else end, else published), period end (else published, else start)].
      const lo = (f: Fixture) => f.claim.period?.start ?? f.claim.period?.end ?? f.published;
      const hi = (f: Fixture) => f.claim.period?.end ?? f.published ?? f.claim.period?.start;
      assert.deepEqual(sorted(got.from2024), where((f) => (hi(f) ?? '') >= '2024-01-01'));
      assert.deepEqual(sorted(got.to2022), where((f) => lo(f) !== null && (lo(f) as string) <= '2022-12-31'));
      assert.deepEqual(sorted(got.window), where((f) => lo(f) !== null && (hi(f) ?? '') >= '2023-03-01' && (lo(f) as string) <= '2023-08-31'));
      assert.deepEqual(sorted(got.sourcePart), where((f) => f.claim.source === "Prosecutor General's Office"));
      assert.deepEqual(sorted(got.sourceCyrillic), where((f) => f.claim.source === 'Офіс Генерального прокурора'));
      assert.deepEqual(got.likeEscape, [], 'a % in the search is a character, not a wildcard');
      assert.deepEqual(sorted(got.search), where((f) => f.claim.quote.startsWith('Prosecutors opened')));
      assert.deepEqual(sorted(got.searchCyrillic), where((f) => f.claim.quote.startsWith('Понад')));
      assert.deepEqual(got.searchNone, []);
      assert.ok(got.combined.length > 0);
      await assert.rejects(listClaims(store, { q: '!!!' }), /no words/);
      await assert.rejects(listClaims(store, { from: '2024-02-30' }), /YYYY-MM-DD/);
    });

    test('sorts put unknown dates last (newest first) and first (oldest first)', async () => {
      const newest = (await listClaims(store, {}, { limit: 1000 })).rows;
      const dates = newest.map((r) => r.published);
      const firstNull = dates.indexOf(null);
      assert.ok(firstNull > 0 && dates.slice(firstNull).every((d) => d === null));
      const known = dates.slice(0, firstNull) as string[];
      assert.deepEqual(known, [...known].sort().reverse());
      const oldest = (await listClaims(store, {}, { sort: 'published', limit: 1000 })).rows.map((r) => r.published);
      assert.equal(oldest[0], null);
      got.sortValue = await keys({}, '-value');
      got.sortPublished = await keys({}, 'published');
    });

    test('keyset pages cover every row exactly once, in order, for every sort', async () => {
      for (const sort of CLAIM_SORTS) {
        const whole = await keys({ force: 'UA' }, sort);
        const paged: string[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const page: Awaited<ReturnType<typeof listClaims>> = await listClaims(store, { force: 'UA' }, { sort, limit: 7, cursor });
          paged.push(...page.rows.map((r) => r.external_id as string));
          cursor = page.nextCursor;
          pages++;
        } while (cursor);
        assert.deepEqual(paged, whole, sort);
        assert.equal(pages, Math.ceil(whole.length / 7), sort);
      }
      // Searches page the same way, in the listing's order (SQLite reads published-sorted ones off their own index).
      for (const filter of [{ q: 'desertion cases' }, { q: 'servicemen according', force: 'UA' }, { q: 'ТИСЯЧІ' }] as ClaimFilter[]) {
        for (const sort of CLAIM_SORTS) {
          const matching = new Set(await keys(filter, sort));
          const { q: _q, ...rest } = filter;
          const expected = (await keys(rest, sort)).filter((k) => matching.has(k));
          const paged: string[] = [];
          let cursor: string | null = null;
          do {
            const page: Awaited<ReturnType<typeof listClaims>> = await listClaims(store, filter, { sort, limit: 4, cursor });
            paged.push(...page.rows.map((r) => r.external_id as string));
            cursor = page.nextCursor;
          } while (cursor);
          assert.ok(expected.length > 0, `${filter.q} matches`);
          assert.deepEqual(paged, expected, `${filter.q} ${sort}`);
        }
      }
      await assert.rejects(listClaims(store, {}, { sort: 'value', cursor: 'bm90IGEgY3Vyc29y' }), /invalid cursor/);
      await assert.rejects(listClaims(store, {}, { limit: 0 }), /limit/);
    });

    test('listClaimTuples: the same rows, values and cursors as listClaims, as arrays of the chosen columns', async () => {
      const columns = ['id', 'published', 'value_high', 'force', 'quote', 'confidence', 'span_start', 'superseded', 'period_end'] as const;
      for (const filter of [{}, { force: 'UA', event: ['awol', 'desertion'] }, { q: 'desertion cases' }, { from: '2023-01-01', source: 'hur' }] as ClaimFilter[]) {
        for (const sort of CLAIM_SORTS) {
          let cursor: string | null = null;
          let tupleCursor: string | null = null;
          do {
            const page: Awaited<ReturnType<typeof listClaims>> = await listClaims(store, filter, { sort, limit: 9, cursor });
            const tuples = await listClaimTuples(store, filter, { sort, limit: 9, cursor: tupleCursor }, columns);
            assert.deepEqual(tuples.rows, page.rows.map((r) => columns.map((c) => r[c])), `${JSON.stringify(filter)} ${sort}`);
            assert.equal(tuples.nextCursor, page.nextCursor);
            cursor = page.nextCursor;
            tupleCursor = tuples.nextCursor;
          } while (cursor);
        }
      }
    });

    test('a published date that is not an ISO date still sorts searches as text (the listing-key index steps aside)', async () => {
      const odd = await listClaims(store, { q: 'desertion cases' }, { limit: 1000 });
      await insertClaims(store, [{ claim: fx[0].claim, context: { documentId: null, versionId: null, origin: 'dataset', externalId: 'odd', published: '2024' } }]);
      for (const sort of ['-published', 'published'] as const) {
        const matching = new Set((await listClaims(store, { q: 'desertion cases' }, { sort, limit: 1000 })).rows.map((r) => r.external_id));
        const expected = (await keys({}, sort)).filter((k) => matching.has(k));
        assert.deepEqual([...matching], expected, sort);
        assert.ok(matching.has('odd') && matching.size === odd.rows.length + 1);
      }
    });
  });
}

test('parity: SQLite and Postgres return the same rows in the same order', { skip: Object.keys(results).length < 2 ? 'Postgres not available' : false }, () => {
  assert.deepEqual(results.postgres, results.sqlite);
});
