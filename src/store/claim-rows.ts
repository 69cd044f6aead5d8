// Between claim records (FORMAT.md, as the extractor emits them) and rows of the claims table.
import type { ClaimRecord, ExtractedClaim, PeriodBasis } from '../claim/index';
import type { ClaimOrigin, ClaimRow, NewClaim, ReviewStatus } from './schema';

/** Where a claim comes from, stored with it. */
export interface ClaimContext {
  documentId: number | null;
  versionId: number | null;
  origin: ClaimOrigin;
  status?: ReviewStatus;
  extractorVersion?: string | null;
  externalId?: string | null;
  published?: string | null;
  sourceUrl?: string | null;
  publisher?: string | null;
  language?: string | null;
}

/** A record, optionally with the extractor's extras. */
export type StorableClaim = ClaimRecord & Partial<Pick<ExtractedClaim, 'span' | 'sentence' | 'rules' | 'periodBasis' | 'confidence' | 'language'>>;

/** Lower-cased, compatibility-normalised text for case-insensitive matching on both databases. */
export const foldKey = (s: string) => s.normalize('NFKC').toLowerCase();

export function claimToRow(c: StorableClaim, ctx: ClaimContext, now: string): NewClaim {
  const range = 'low' in c.value;
  const low = range ? (c.value as { low: number }).low : (c.value as { exact: number }).exact;
  const high = range ? (c.value as { high: number }).high : low;
  return {
    document_id: ctx.documentId,
    version_id: ctx.versionId,
    origin: ctx.origin,
    status: ctx.status ?? 'unreviewed',
    superseded: 0,
    superseded_by: null,
    external_id: ctx.externalId ?? null,
    force: c.force,
    event: c.event,
    counted: c.counted,
    statistic: c.statistic,
    value_low: low,
    value_high: high,
    is_range: range ? 1 : 0,
    qualifier: c.qualifier,
    period_start: c.period?.start ?? null,
    period_end: c.period?.end ?? null,
    per: c.per,
    kind: c.kind,
    scope: c.scope,
    source: c.source,
    source_key: c.source ? foldKey(c.source) : null,
    quote: c.quote,
    span_start: c.span?.start ?? null,
    span_end: c.span?.end ?? null,
    sentence_start: c.sentence?.start ?? null,
    sentence_end: c.sentence?.end ?? null,
    rules: c.rules ? JSON.stringify(c.rules) : null,
    period_basis: c.periodBasis ?? null,
    confidence: c.confidence ?? null,
    language: c.language ?? ctx.language ?? null,
    extractor_version: ctx.extractorVersion ?? null,
    published: ctx.published ?? null,
    source_url: ctx.sourceUrl ?? null,
    publisher: ctx.publisher ?? null,
    created_at: now,
    updated_at: now,
  };
}

/** The FORMAT.md record of a stored claim, keys in FORMAT.md order. */
export function toClaimRecord(row: ClaimRow): ClaimRecord {
  return {
    force: row.force,
    event: row.event,
    counted: row.counted as ClaimRecord['counted'],
    statistic: row.statistic as ClaimRecord['statistic'],
    value: row.is_range ? { low: row.value_low, high: row.value_high } : { exact: row.value_low },
    qualifier: row.qualifier as ClaimRecord['qualifier'],
    period: row.period_start === null && row.period_end === null ? null : { start: row.period_start, end: row.period_end },
    per: row.per as ClaimRecord['per'],
    kind: row.kind as ClaimRecord['kind'],
    scope: row.scope,
    source: row.source,
    quote: row.quote,
  };
}

/** The record with the extractor's extras back (spans, rules, basis, confidence, language). */
export function toExtractedClaim(row: ClaimRow): ExtractedClaim {
  return {
    ...toClaimRecord(row),
    span: { start: row.span_start ?? 0, end: row.span_end ?? 0 },
    sentence: { start: row.sentence_start ?? 0, end: row.sentence_end ?? 0 },
    rules: row.rules ? (JSON.parse(row.rules) as string[]) : [],
    periodBasis: (row.period_basis ?? 'none') as PeriodBasis,
    confidence: row.confidence ?? 1,
    language: row.language ?? '',
  };
}

/**
 * What makes two machine claims "the same claim" across re-extractions: where the number stands and what
 * it says. A human decision on one of them carries over to its twin in a new extraction.
 */
export function claimIdentity(r: Partial<Pick<ClaimRow, 'span_start' | 'span_end' | 'force' | 'event' | 'counted' | 'statistic' | 'value_low' | 'value_high'>>): string {
  return [r.span_start ?? null, r.span_end ?? null, r.force, r.event, r.counted, r.statistic, r.value_low, r.value_high].join('|');
}
