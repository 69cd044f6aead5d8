// A date window against the published order (to with newest first, from with oldest first) is read date by
// date at the head of the order: the same rows, in the same order, page for page, as the listing otherwise
// gives, checked against a sort of every matching row done here.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ExtractedClaim } from '../claim/index';
import { type ClaimFilter, type ClaimSort, insertClaims, listClaims } from './index';
import type { Store } from './db';
import { readHeadByDate, windowAgainstOrder } from './list-window';
import { testDatabases } from './test-databases';
import { testClaim } from './test-claims';

const CLAIMS = 3000;

/** Claims published over four years, each about its own month, with some reports of older periods and some unknown dates. */
function claims() {
  return Array.from({ length: CLAIMS }, (_, i) => {
    const year = 2022 + Math.floor((i * 4) / CLAIMS);
    const month = ((i * 7) % 12) + 1;
    const mm = String(month).padStart(2, '0');
    const late = i % 97 === 0; // a 2023 report of a period that began in 2022
    const published = i % 101 === 0 ? null : late ? `2023-05-${String((i % 27) + 1).padStart(2, '0')}` : `${year}-${mm}-${String((i % 28) + 1).padStart(2, '0')}`;
    const period = i % 89 === 0 ? null : late ? { start: '2022-03-01', end: '2025-07-31' } : { start: i % 13 === 0 ? null : `${year}-${mm}-01`, end: `${year}-${mm}-28` };
    const claim: ExtractedClaim = testClaim({
      force: i % 3 === 0 ? 'RU' : 'UA',
      counted: (['cases', 'persons', 'court_cases'] as const)[i % 3],
      period,
      quote: `Claim number ${i}.`,
      span: { start: 0, end: 5 },
    });
    return { claim, context: { documentId: null, versionId: null, origin: 'dataset' as const, externalId: `w${i}`, published } };
  });
}

for (const target of await testDatabases()) {
  describe(`date windows against the published order on ${target.dialect}`, () => {
    let store: Store;
    before(async () => {
      store = await target.open();
      await insertClaims(store, claims());
    });
    after(async () => store.close());

    /** Every matching claim, sorted here by (published or '', id) in the listing's direction. */
    async function expected(filter: ClaimFilter, sort: ClaimSort): Promise<string[]> {
      const rows = (await listClaims(store, filter, { sort: 'id', limit: 10_000 })).rows;
      const sign = sort.startsWith('-') ? -1 : 1;
      rows.sort((a, b) => sign * ((a.published ?? '').localeCompare(b.published ?? '') || a.id - b.id));
      return rows.map((r) => r.external_id as string);
    }

    async function paged(filter: ClaimFilter, sort: ClaimSort, limit: number): Promise<string[]> {
      const out: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Awaited<ReturnType<typeof listClaims>> = await listClaims(store, filter, { sort, limit, cursor });
        out.push(...page.rows.map((r) => r.external_id as string));
        cursor = page.nextCursor;
      } while (cursor);
      return out;
    }

    const cases: [ClaimFilter, ClaimSort][] = [
      [{ to: '2022-06-30' }, '-published'],
      [{ to: '2022-06-30', force: 'UA', counted: 'persons' }, '-published'],
      [{ to: '2023-02-28', from: '2022-11-01' }, '-published'],
      [{ from: '2025-06-01' }, 'published'],
      [{ from: '2025-06-01', force: 'RU' }, 'published'],
      [{ from: '2024-12-01', to: '2025-03-31', counted: 'cases' }, 'published'],
    ];

    test('the head is read by date where the window is rare there', async () => {
      for (const [filter, sort] of cases) {
        const w = windowAgainstOrder(filter, sort.startsWith('-'));
        assert.ok(w && (await readHeadByDate(store, w, null, 51)), `${JSON.stringify(filter)} is read by date`);
      }
      // A window that holds the head of the order (claims published after the 15th about December) is walked as before.
      const wide = windowAgainstOrder({ to: '2025-12-15' }, true);
      assert.ok(wide && !(await readHeadByDate(store, wide, null, 51)));
    });

    test('the same rows in the same order, whole and page by page by cursor', async () => {
      for (const [filter, sort] of cases) {
        const want = await expected(filter, sort);
        assert.ok(want.length > 10, `${JSON.stringify(filter)} matches`);
        assert.deepEqual((await listClaims(store, filter, { sort, limit: 10_000 })).rows.map((r) => r.external_id), want, JSON.stringify(filter));
        for (const limit of [3, 50]) assert.deepEqual(await paged(filter, sort, limit), want, `${JSON.stringify(filter)} ${sort} by ${limit}`);
      }
    });

    test('reports of older periods, published at the head, come first', async () => {
      const page = await listClaims(store, { to: '2022-06-30' }, { limit: 5 });
      assert.ok(page.rows.every((r) => r.published?.startsWith('2023-05') && r.period_start === '2022-03-01'));
    });
  });
}
