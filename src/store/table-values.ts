// Figures imported from official tables (claims with origin "table"), every vintage kept: for the analysis,
// one row per published value, so a figure revised between two releases shows both with their dates.
import type { Store } from './db';

export interface TableValueRow {
  claimId: number;
  documentId: number | null;
  force: string;
  event: string;
  counted: string;
  statistic: string;
  valueLow: number;
  valueHigh: number;
  periodStart: string | null;
  periodEnd: string | null;
  per: string | null;
  source: string | null;
  sourceUrl: string | null;
  /** The publication date of this vintage. */
  published: string | null;
  /** 'table:tidy', 'table:ytd' (cumulative cell as published) or 'table:ytd-difference' (derived month). */
  rule: string | null;
  status: string;
}

export interface TableValueFilter {
  force?: string;
  event?: string;
  counted?: string;
  /** Only figures as published ('table:tidy' and 'table:ytd'), or only derived months. */
  derived?: boolean;
}

/** Every table figure, ordered by what it counts, its period, then its publication date (oldest first). */
export async function listTableValues(store: Store, filter: TableValueFilter = {}): Promise<TableValueRow[]> {
  let q = store.db
    .selectFrom('claims')
    .select(['id', 'document_id', 'force', 'event', 'counted', 'statistic', 'value_low', 'value_high', 'period_start', 'period_end', 'per', 'source', 'source_url', 'published', 'rules', 'status'])
    .where('origin', '=', 'table')
    .where('status', '!=', 'rejected');
  if (filter.force) q = q.where('force', '=', filter.force);
  if (filter.event) q = q.where('event', '=', filter.event);
  if (filter.counted) q = q.where('counted', '=', filter.counted);
  if (filter.derived === true) q = q.where('rules', '=', JSON.stringify(['table:ytd-difference']));
  if (filter.derived === false) q = q.where('rules', '!=', JSON.stringify(['table:ytd-difference']));
  const rows = await q
    .orderBy('force')
    .orderBy('event')
    .orderBy('counted')
    .orderBy('period_start')
    .orderBy('period_end')
    .orderBy('published')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    claimId: r.id,
    documentId: r.document_id,
    force: r.force,
    event: r.event,
    counted: r.counted,
    statistic: r.statistic,
    valueLow: r.value_low,
    valueHigh: r.value_high,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    per: r.per,
    source: r.source,
    sourceUrl: r.source_url,
    published: r.published,
    rule: r.rules ? ((JSON.parse(r.rules) as string[])[0] ?? null) : null,
    status: r.status,
  }));
}
