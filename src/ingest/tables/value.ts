// One figure read from an official table, before it is stored as a claim with origin "table".
import type { ClaimValue, ClaimKind, Counted, Qualifier, RateUnit, Statistic } from '../../claim/index';
import type { StorableClaim } from '../../store/index';

export interface TableValue {
  force: string;
  event: string;
  counted: Counted;
  statistic: Statistic;
  value: ClaimValue;
  qualifier: Qualifier;
  periodStart: string | null;
  periodEnd: string | null;
  per: RateUnit | null;
  kind: ClaimKind;
  scope: string | null;
  source: string;
  sourceUrl: string | null;
  /** The date this vintage of the figure was published. */
  published: string;
  note: string | null;
  /** 1-based row in the file (for messages and the quote). */
  row: number;
  /** 'table:tidy', 'table:ytd' (a year-to-date cumulative cell), 'table:ytd-difference' (a month derived from two). */
  rule: string;
}

export function toStorableClaim(v: TableValue, fileName: string): StorableClaim {
  const shown = 'exact' in v.value ? String(v.value.exact) : `${v.value.low}-${v.value.high}`;
  return {
    force: v.force,
    event: v.event,
    counted: v.counted,
    statistic: v.statistic,
    value: v.value,
    qualifier: v.qualifier,
    period: v.periodStart === null && v.periodEnd === null ? null : { start: v.periodStart, end: v.periodEnd },
    per: v.per,
    kind: v.kind,
    scope: v.scope,
    source: v.source,
    quote: `${fileName}, row ${v.row}: ${shown}${v.note ? ` (${v.note})` : ''}`,
    rules: [v.rule],
    periodBasis: v.periodStart || v.periodEnd ? 'stated' : 'none',
    confidence: 1,
  };
}

/**
 * The identity of one vintage of one figure: what it counts, for which period, from whom, published when,
 * and the number. The same figure published again with a different number or on a different date is a
 * different vintage and is kept beside the earlier one; the same vintage imported twice is one claim.
 */
export function vintageKey(v: TableValue): string {
  const value = 'exact' in v.value ? `${v.value.exact}` : `${v.value.low}-${v.value.high}`;
  return ['table', v.force, v.event, v.counted, v.statistic, v.periodStart ?? '', v.periodEnd ?? '', v.per ?? '', v.scope ?? '', v.source, v.published, value, v.rule].join('|');
}
