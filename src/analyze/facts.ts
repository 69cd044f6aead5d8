// Which claims constrain a series, and how: a count over a period is lo <= S(end+1) - S(start) <= hi.
import { shiftDay as addDays } from './days';
import { monthsOf } from '../util/dates';
import { intervalOf } from './reconcile';
import { FULL_SCALE_WAR_START } from '../claim';
import type { AnalysisClaim } from './types';

export const WAR_YEAR_START = '2022-01-01';
export const WAR_FIRST_WHOLE_MONTH = '2022-03-01';

export interface Fact {
  claim: AnalysisClaim;
  /** First day counted. */
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
  // "Until <date>" figures with no start ("over 21,000 have returned", "300,000 cases now") are checked, but
  // do not build series: their start is unknown, and a rough stock figure would otherwise force the
  // months nothing else bounds.
  if (!isAdditive(c) || !c.period?.end || !c.period.start) return [];
  const iv = intervalOf(c);
  if (c.per === null) {
    const r = readings(c);
    if (r.widest[0] === r.narrowest[0] && r.widest[1] === r.narrowest[1]) return [{ claim: c, from: r.widest[0], to: r.widest[1], low: iv.low, high: iv.high }];
    // The true span lies between the two readings: the figure is at least what the narrowest holds
    // and at most what the widest holds, so it bounds the widest from below and the narrowest from above.
    return [
      { claim: c, from: r.widest[0], to: r.widest[1], low: iv.low, high: Infinity },
      { claim: c, from: r.narrowest[0], to: r.narrowest[1], low: 0, high: iv.high },
    ];
  }
  if (c.per === 'month' && c.period.start) {
    return monthsOf(c.period.start, c.period.end).map((m) => {
      const first = `${m}-01`;
      return { claim: c, from: first, to: nextMonthFirst(first), low: iv.low, high: iv.high };
    });
  }
  return [];
}

/** How long official counts lag: a "to date" figure counts up to a day at most this long before it is printed. */
export const TO_DATE_LAG_DAYS = 62;

export interface Readings {
  /** [first day, day after the last] of the widest span the figure may cover. */
  widest: [string, string];
  narrowest: [string, string];
}

/**
 * The spans a count may really cover. "Since the full-scale invasion" may start on 24 February or, as
 * official totals often do, on 1 January 2022 (data/README.md); a total "to date" (its period ends on the
 * day it is printed) counts up to a day within the reporting lag before that.
 */
export function readings(c: Pick<AnalysisClaim, 'period' | 'published'>): Readings {
  const start = c.period!.start!;
  const end = c.period!.end!;
  const wideStart = start === FULL_SCALE_WAR_START ? WAR_YEAR_START : start;
  const narrowStart = start === FULL_SCALE_WAR_START ? WAR_FIRST_WHOLE_MONTH : start;
  const to = addDays(end, 1);
  let narrowTo = to;
  if (c.published && end === c.published) {
    const lagged = addDays(end, 1 - TO_DATE_LAG_DAYS);
    narrowTo = lagged > narrowStart ? lagged : narrowStart;
  }
  return { widest: [wideStart, to], narrowest: [narrowStart, narrowTo] };
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
