// Stored claim rows as the API shows them, with their verdict when the analysis has one.
import { createHash } from 'node:crypto';
import type { ClaimRow } from '../store/index';
import type { ApiClaim } from './dto';

export type VerdictInfo = ApiClaim['verdict'];

export function toApiClaim(r: ClaimRow, verdict: VerdictInfo = null): ApiClaim {
  return {
    id: r.id,
    document_id: r.document_id,
    origin: r.origin,
    status: r.status,
    superseded: Boolean(r.superseded),
    force: r.force,
    event: r.event,
    counted: r.counted,
    statistic: r.statistic,
    value: r.is_range ? { low: r.value_low, high: r.value_high } : { exact: r.value_low },
    qualifier: r.qualifier,
    period: r.period_start === null && r.period_end === null ? null : { start: r.period_start, end: r.period_end },
    per: r.per,
    kind: r.kind,
    scope: r.scope,
    source: r.source,
    quote: r.quote,
    span: r.span_start !== null && r.span_end !== null ? { start: r.span_start, end: r.span_end } : null,
    sentence: r.sentence_start !== null && r.sentence_end !== null ? { start: r.sentence_start, end: r.sentence_end } : null,
    confidence: r.confidence,
    language: r.language,
    published: r.published,
    source_url: r.source_url,
    publisher: r.publisher,
    updated_at: r.updated_at,
    verdict,
  };
}

/** The version tag of a claim for If-Match: it changes whenever the row changes (updated_at is a version stamp). */
export function claimEtag(r: Pick<ClaimRow, 'id' | 'updated_at'>): string {
  return `"c${r.id}-${createHash('sha1').update(r.updated_at).digest('base64url').slice(0, 12)}"`;
}

/** JSON schema of ApiClaim for responses (also drives fast serialisation). */
export const claimSchema = {
  $id: 'Claim',
  type: 'object',
  properties: {
    id: { type: 'integer' },
    document_id: { type: ['integer', 'null'] },
    origin: { type: 'string', enum: ['machine', 'human', 'dataset', 'table'] },
    status: { type: 'string', enum: ['unreviewed', 'accepted', 'rejected', 'corrected'] },
    superseded: { type: 'boolean' },
    force: { type: 'string' },
    event: { type: 'string' },
    counted: { type: 'string' },
    statistic: { type: 'string' },
    value: {
      type: 'object',
      properties: { exact: { type: 'number' }, low: { type: 'number' }, high: { type: 'number' } },
      description: '{exact} for one number, {low, high} for a stated range',
    },
    qualifier: { type: 'string' },
    period: { type: ['object', 'null'], properties: { start: { type: ['string', 'null'] }, end: { type: ['string', 'null'] } } },
    per: { type: ['string', 'null'] },
    kind: { type: 'string' },
    scope: { type: ['string', 'null'] },
    source: { type: ['string', 'null'] },
    quote: { type: 'string' },
    span: { type: ['object', 'null'], properties: { start: { type: 'integer' }, end: { type: 'integer' } } },
    sentence: { type: ['object', 'null'], properties: { start: { type: 'integer' }, end: { type: 'integer' } } },
    confidence: { type: ['number', 'null'] },
    language: { type: ['string', 'null'] },
    published: { type: ['string', 'null'] },
    source_url: { type: ['string', 'null'] },
    publisher: { type: ['string', 'null'] },
    updated_at: { type: 'string' },
    verdict: {
      type: ['object', 'null'],
      properties: { verdict: { type: 'string' }, explanation: { type: 'string' }, check: { type: 'string' } },
    },
  },
} as const;
