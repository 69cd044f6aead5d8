// addDays with a memo: analysis asks for the same few thousand boundary days millions of times
// (day after a period's end, the day before a boundary), and Date parsing shows in the benchmark.
import { addDays } from '../util/dates';

const MEMO = new Map<number, Map<string, string>>();

export function shiftDay(iso: string, days: number): string {
  let byDay = MEMO.get(days);
  if (!byDay) MEMO.set(days, (byDay = new Map()));
  let out = byDay.get(iso);
  if (out === undefined) {
    out = addDays(iso, days);
    if (byDay.size > 100_000) byDay.clear();
    byDay.set(iso, out);
  }
  return out;
}

/**
 * Orders ISO dates as localeCompare did, without ICU: dates are digits and hyphens, which code-unit order
 * and the root collation both put as punctuation < digits < letters.
 */
export const compareDays = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
