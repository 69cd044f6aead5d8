// Claims for store tests: a valid extracted claim with any field overridden.
import type { ExtractedClaim } from '../claim/index';

export function testClaim(over: Partial<ExtractedClaim> = {}): ExtractedClaim {
  return {
    force: 'UA',
    event: 'awol',
    counted: 'cases',
    statistic: 'count',
    value: { exact: 21_000 },
    qualifier: 'exact',
    period: { start: '2025-01-01', end: '2025-09-30' },
    per: null,
    kind: 'reported',
    scope: null,
    source: "Prosecutor General's Office",
    quote: 'Prosecutors registered 21,000 cases of unauthorized abandonment of units in nine months.',
    span: { start: 23, end: 29 },
    sentence: { start: 0, end: 88 },
    rules: ['number.grouped', 'event.awol'],
    periodBasis: 'stated',
    confidence: 0.9,
    language: 'en',
    ...over,
  };
}
