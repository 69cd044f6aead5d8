// Year-end projections from the months so far: the year-to-date total plus the recent monthly rate for
// the months left, with a prediction interval widened by how the same method did on past years.
import type { SeriesModel } from './model';
import { determined } from './series';

export interface Backtest {
  year: number;
  projected: number;
  actual: number;
  /** actual / projected */
  ratio: number;
}

export interface Projection {
  year: number;
  /** Months of the year with a known total (1-12). */
  monthsKnown: number;
  ytd: { low: number; high: number };
  value: number;
  low: number;
  high: number;
  /** How the interval was made: 'backtest' (from past years' errors) or 'fallback' (±25% of the months left). */
  intervalBasis: 'backtest' | 'fallback';
  backtests: Backtest[];
}

const first = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}-01`;
const afterMonth = (year: number, month: number) => (month === 12 ? `${year + 1}-01-01` : first(year, month + 1));

function ytd(model: SeriesModel, year: number, month: number) {
  return model.bounds(first(year, 1), afterMonth(year, month));
}

/** Point projection (and its bounds) for `year` from months 1..c. */
function projectFrom(model: SeriesModel, year: number, c: number) {
  const y = ytd(model, year, c);
  const rem = 12 - c;
  let rateLow = y.low / c;
  let rateHigh = y.high / c;
  if (c >= 3) {
    const recent = model.bounds(first(year, c - 2), afterMonth(year, c));
    if (recent.high < Infinity && determined(recent.low, recent.high)) {
      rateLow = recent.low / 3;
      rateHigh = recent.high / 3;
    }
  }
  return { ytd: { low: y.low, high: y.high }, low: y.low + rateLow * rem, high: y.high + rateHigh * rem };
}

/**
 * Projects the total of `year` as known to `model` (the caller picks the model as of a date), using the
 * months up to `lastMonth` at most. Null when no month of the year has a finite total.
 */
export function projectYear(model: SeriesModel, year: number, lastMonth = 12): Projection | null {
  let c = 0;
  for (let m = Math.min(12, lastMonth); m >= 1; m--) {
    if (!model.timeline.has(afterMonth(year, m)) || !model.timeline.has(first(year, 1))) continue;
    const y = ytd(model, year, m);
    if (y.high < Infinity && y.low > 0) {
      c = m;
      break;
    }
  }
  if (c === 0) return null;
  const p = projectFrom(model, year, c);
  const backtests: Backtest[] = [];
  for (let past = year - 1; past >= year - 6; past--) {
    if (!model.timeline.has(first(past, 1)) || !model.timeline.has(afterMonth(past, 12)) || !model.timeline.has(afterMonth(past, c))) continue;
    const actual = model.bounds(first(past, 1), afterMonth(past, 12));
    if (!(actual.high < Infinity) || !determined(actual.low, actual.high)) continue;
    const q = projectFrom(model, past, c);
    if (!(q.high < Infinity) || !determined(q.ytd.low, q.ytd.high)) continue;
    const projected = (q.low + q.high) / 2;
    if (projected <= 0) continue;
    backtests.push({ year: past, projected: Math.round(projected), actual: actual.low, ratio: actual.low / projected });
  }
  const value = (p.low + p.high) / 2;
  let low = p.low;
  let high = p.high;
  let basis: Projection['intervalBasis'] = 'fallback';
  if (backtests.length > 0) {
    const ratios = backtests.map((b) => b.ratio);
    low = Math.max(p.ytd.low, p.low * Math.min(1, ...ratios));
    high = p.high * Math.max(1, ...ratios);
    basis = 'backtest';
  }
  if (backtests.length < 2) {
    const rest = Math.max(0, value - (p.ytd.low + p.ytd.high) / 2);
    low = Math.min(low, Math.max(p.ytd.low, p.low - 0.25 * rest));
    high = Math.max(high, p.high + 0.25 * rest);
    if (backtests.length === 0) basis = 'fallback';
  }
  return { year, monthsKnown: c, ytd: p.ytd, value: Math.round(value), low: Math.round(low), high: Math.round(high), intervalBasis: basis, backtests };
}
