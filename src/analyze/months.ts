// Months as integers (year*12 + month-1), so series are plain arrays and periods plain index ranges.
import { dateParts, daysInMonth, isWholeMonths } from '../util/dates';

export const monthIndex = (iso: string): number => {
  const [y, m] = dateParts(iso);
  return y * 12 + (m - 1);
};

export const monthKey = (index: number): string =>
  `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

export const monthFirstDay = (index: number): string => `${monthKey(index)}-01`;
export const monthLastDay = (index: number): string => {
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return `${monthKey(index)}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
};

/**
 * The whole months a span covers, in two readings: `inner` (months entirely inside the span; null when
 * none) and `outer` (every month it touches). For whole-month spans the two are equal.
 */
export interface MonthSpan {
  inner: [number, number] | null;
  outer: [number, number];
  whole: boolean;
}

export function monthSpan(start: string, end: string): MonthSpan {
  const outer: [number, number] = [monthIndex(start), monthIndex(end)];
  if (isWholeMonths(start, end)) return { inner: outer, outer, whole: true };
  const [, , sd] = dateParts(start);
  const [ey, em, ed] = dateParts(end);
  const a = sd === 1 ? outer[0] : outer[0] + 1;
  const b = ed === daysInMonth(ey, em) ? outer[1] : outer[1] - 1;
  return { inner: a <= b ? [a, b] : null, outer, whole: false };
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "May 2025", "2024", "Jan–Jul 2025", "Mar 2022–Sep 2025". */
export function describeMonths(a: number, b: number): string {
  const ya = Math.floor(a / 12);
  const yb = Math.floor(b / 12);
  const ma = a % 12;
  const mb = b % 12;
  if (a === b) return `${MONTH_NAMES[ma]} ${ya}`;
  if (ya === yb && ma === 0 && mb === 11) return String(ya);
  if (ya === yb) return `${MONTH_NAMES[ma]}–${MONTH_NAMES[mb]} ${ya}`;
  if (ma === 0 && mb === 11) return `${ya}–${yb}`;
  return `${MONTH_NAMES[ma]} ${ya}–${MONTH_NAMES[mb]} ${yb}`;
}
