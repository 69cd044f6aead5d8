// Verdicts as schema.org ClaimReview (JSON-LD), with the numbers in an "absentia:" extension block.
import { describeValue } from '../precision';
import { describePeriod } from '../explain';
import { describeKey, seriesKeyOf } from '../measure';
import { intervalOf } from '../reconcile';
import type { AnalysisClaim, VerdictResult } from '../types';

const RATING: Record<string, { value: number; name: string }> = {
  supported: { value: 5, name: 'Supported by the published figures' },
  contradicted: { value: 1, name: 'Contradicted by the published figures' },
  internally_inconsistent: { value: 2, name: 'Internally inconsistent' },
  unverifiable: { value: 3, name: 'Cannot be verified from the published figures' },
};

const finite = (n: number) => (Number.isFinite(n) ? n : null);

export function claimReview(c: AnalysisClaim, v: VerdictResult, opts: { reviewer: string; date: string }) {
  const rating = RATING[v.verdict];
  const iv = intervalOf(c);
  return {
    '@context': ['https://schema.org', { absentia: 'https://github.com/absentia/absentia#' }],
    '@type': 'ClaimReview',
    datePublished: opts.date,
    author: { '@type': 'Organization', name: opts.reviewer },
    claimReviewed: c.quote || `${describeValue(c.value, c.qualifier)} (${describeKey(seriesKeyOf(c))}, ${describePeriod(c.period)})`,
    itemReviewed: {
      '@type': 'Claim',
      ...(c.source ? { author: { '@type': 'Organization', name: c.source } } : {}),
      ...(c.published ? { datePublished: c.published } : {}),
      ...(c.url ? { appearance: { '@type': 'CreativeWork', url: c.url, ...(c.publisher ? { publisher: { '@type': 'Organization', name: c.publisher } } : {}) } } : {}),
    },
    reviewRating: { '@type': 'Rating', ratingValue: rating.value, bestRating: 5, worstRating: 1, alternateName: rating.name },
    reviewBody: v.explanation,
    'absentia:detail': {
      verdict: v.verdict,
      check: v.check,
      measure: { force: c.force, event: c.event, counted: c.counted, statistic: c.statistic, scope: c.scope },
      value: c.value,
      qualifier: c.qualifier,
      admits: { low: finite(iv.low), high: finite(iv.high) },
      expected: v.expected ? { low: finite(v.expected.low), high: finite(v.expected.high) } : null,
      period: c.period,
      per: c.per,
      evidence: v.evidence,
    },
  };
}
