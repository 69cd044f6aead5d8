// Claims, series points and verdicts as flat rows (CSV) and as JSON, with provenance on every row.
import { stringify } from 'csv-stringify/sync';
import { toRecord } from '../../claim';
import type { Series } from '../series';
import { citationChain } from '../sources';
import type { TrackRecord } from '../track-record';
import type { AnalysisClaim, VerdictResult } from '../types';

export const CLAIM_FIELDS = [
  'id', 'force', 'event', 'counted', 'statistic', 'value_low', 'value_high', 'qualifier', 'period_start', 'period_end',
  'per', 'kind', 'scope', 'source', 'publisher', 'url', 'published', 'published_estimated', 'origin', 'chain', 'quote',
] as const;

export function claimRow(c: AnalysisClaim): Record<(typeof CLAIM_FIELDS)[number], string | number | null> {
  const low = 'exact' in c.value ? c.value.exact : c.value.low;
  const high = 'exact' in c.value ? c.value.exact : c.value.high;
  return {
    id: c.id, force: c.force, event: c.event, counted: c.counted, statistic: c.statistic, value_low: low, value_high: high,
    qualifier: c.qualifier, period_start: c.period?.start ?? null, period_end: c.period?.end ?? null, per: c.per, kind: c.kind,
    scope: c.scope, source: c.source, publisher: c.publisher, url: c.url, published: c.published,
    published_estimated: c.publishedEstimated ? 1 : 0, origin: c.origin,
    chain: citationChain(c).map((l) => l.name).join(' > '), quote: c.quote,
  };
}

export const SERIES_FIELDS = ['series', 'force', 'event', 'counted', 'statistic', 'scope', 'month', 'value', 'low', 'high', 'status', 'claims'] as const;

export function seriesRows(series: readonly Series[]) {
  return series.flatMap((s) =>
    s.points.map((p) => ({
      series: s.id, force: s.key.force, event: s.key.event, counted: s.key.counted, statistic: s.key.statistic, scope: s.key.scope,
      month: p.month, value: p.value, low: p.low, high: Number.isFinite(p.high) ? p.high : null, status: p.status, claims: p.claims.join(' '),
    })),
  );
}

export const VERDICT_FIELDS = ['claim_id', 'verdict', 'check', 'expected_low', 'expected_high', 'explanation', 'evidence'] as const;

export function verdictRows(verdicts: readonly VerdictResult[]) {
  return verdicts.map((v) => ({
    claim_id: v.claimId, verdict: v.verdict, check: v.check,
    expected_low: v.expected?.low ?? null, expected_high: v.expected && Number.isFinite(v.expected.high) ? v.expected.high : null,
    explanation: v.explanation, evidence: v.evidence.join(' '),
  }));
}

export function toCsv(rows: readonly Record<string, unknown>[], columns: readonly string[]): string {
  return stringify(rows as Record<string, unknown>[], { header: true, columns: [...columns], cast: { number: (n) => String(n) } });
}

/** A claim as FORMAT.md prints it, plus its verdict (the `check --format json` shape). */
export function claimWithVerdict(c: AnalysisClaim, v: VerdictResult | undefined) {
  return { ...toRecord(c), verdict: v?.verdict ?? 'unverifiable', explanation: v?.explanation ?? '', check: v?.check ?? null, expected: v?.expected ?? null, evidence: v?.evidence ?? [] };
}

export const jsonNumber = (n: number) => (Number.isFinite(n) ? n : null);

export const SOURCE_FIELDS = ['source', 'name', 'role', 'series', 'matched', 'total'] as const;

export function sourceRows(records: readonly TrackRecord[]) {
  return records.map((r) => ({ ...r }));
}
