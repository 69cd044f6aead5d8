// Months as integers (year*12 + month-1), so series are plain arrays and periods plain index ranges.
import { dateParts, daysInMonth } from '../util/dates';

export const monthIndex = (iso: string): number => {
  const [y, m] = dateParts(iso);
  return y * 12 + (m - 1);
};

export const monthKey = (index: number): string =>
  `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

export const monthLastDay = (index: number): string => {
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return `${monthKey(index)}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
};

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
