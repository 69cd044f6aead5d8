// Which claims constrain a series, and how: a count over a period is lo <= S(end+1) - S(start) <= hi.
import { addDays } from '../util/dates';
import { monthsOf } from '../util/dates';
import { intervalOf } from './reconcile';
import { FULL_SCALE_WAR_START } from '../claim';
import type { AnalysisClaim } from './types';

export const WAR_YEAR_START = '2022-01-01';
export const WAR_FIRST_WHOLE_MONTH = '2022-03-01';

export interface Fact {
  claim: AnalysisClaim;
  /** First day counted. null: "until <end>", counted from the series' origin (a lower bound only). */
  from: string | null;
  /** The day after the last day counted. */
  to: string;
  low: number;
  high: number;
}

/** Counts that add up over time: the only claims a series is built from. */
export function isAdditive(c: AnalysisClaim): boolean {
  return c.statistic === 'count' && (c.kind === 'reported' || c.kind === 'record');
}

/** The constraints a claim puts on its series: none, one per period, or one per month for "N each month". */
export function factsOf(c: AnalysisClaim): Fact[] {
  if (!isAdditive(c) || !c.period?.end) return [];
  const iv = intervalOf(c);
  if (c.per === null) {
    const to = addDays(c.period.end, 1);
    if (c.period.start === FULL_SCALE_WAR_START) {
      // "Since the full-scale invasion" is a label: official totals under it often start on 1 January 2022
      // (data/README.md). The figure is at least what [Jan 2022, end] holds and at most what [Mar 2022, end] holds.
      return [
        { claim: c, from: WAR_YEAR_START, to, low: iv.low, high: Infinity },
        { claim: c, from: WAR_FIRST_WHOLE_MONTH, to, low: 0, high: iv.high },
      ];
    }
    return [{ claim: c, from: c.period.start, to, low: iv.low, high: c.period.start ? iv.high : Infinity }];
  }
  if (c.per === 'month' && c.period.start) {
    return monthsOf(c.period.start, c.period.end).map((m) => {
      const first = `${m}-01`;
      return { claim: c, from: first, to: nextMonthFirst(first), low: iv.low, high: iv.high };
    });
  }
  return [];
}

export function nextMonthFirst(first: string): string {
  const y = Number(first.slice(0, 4));
  const m = Number(first.slice(5, 7));
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/** The days a set of facts needs as boundaries. */
export function boundaries(facts: readonly Fact[]): string[] {
  const out: string[] = [];
  for (const f of facts) {
    if (f.from) out.push(f.from);
    out.push(f.to);
  }
  return out;
}
