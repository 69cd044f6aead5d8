// Claims from the store as analysis sees them (rows -> AnalysisClaim), read page by page.
import { estimatePublished } from './published';
import type { AnalysisClaim } from './types';
import { listClaims, MAX_PAGE, toClaimRecord, type ClaimFilter, type ClaimRow, type Store } from '../store';

/** echoRoots: document id -> the original it re-publishes (originals with echoes map to themselves). */
export function rowToAnalysisClaim(row: ClaimRow, echoRoots?: ReadonlyMap<number, number>): AnalysisClaim {
  const root = row.document_id !== null ? echoRoots?.get(row.document_id) : undefined;
  const record = toClaimRecord(row);
  const estimated = row.published || row.origin !== 'dataset' ? null : estimatePublished(row.quote, row.period_end);
  return {
    ...record,
    id: String(row.id),
    published: row.published ?? estimated,
    publishedEstimated: !row.published && estimated !== null,
    publisher: row.publisher,
    url: row.source_url,
    document: row.document_id !== null ? `doc:${row.document_id}` : row.source_url,
    echoOf: root !== undefined ? `doc:${root}` : null,
    origin: row.origin,
    note: row.origin === 'dataset' ? row.quote || null : null,
  };
}

/** Every claim the filter selects (all pages), in id order. */
export async function loadAnalysisClaims(store: Store, filter: ClaimFilter = {}): Promise<AnalysisClaim[]> {
  const echoRoots = new Map<number, number>();
  for (const d of await store.db.selectFrom('documents').select(['id', 'echo_of']).where('echo_of', 'is not', null).execute()) {
    echoRoots.set(d.id, d.echo_of as number);
    echoRoots.set(d.echo_of as number, d.echo_of as number);
  }
  const out: AnalysisClaim[] = [];
  let cursor: string | null = null;
  do {
    const page = await listClaims(store, filter, { sort: 'id', limit: MAX_PAGE, cursor });
    for (const row of page.rows) out.push(rowToAnalysisClaim(row, echoRoots));
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}
