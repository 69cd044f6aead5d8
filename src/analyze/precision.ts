// What a stated figure admits: "18,000" stated to the thousand accepts 17,500-18,499; "over 21,000"
// accepts anything above; a range accepts its span widened by the precision of its ends.
import type { ClaimValue, Qualifier } from '../claim';
import { isRange } from '../claim';

export interface Interval {
  low: number;
  high: number;
}

/**
 * The power of ten a whole number is taken to be rounded to: its trailing zeros, but never beyond two
 * significant digits ("18,000" -> 1,000; "20,000" -> 1,000, not 10,000; "300,000" -> 10,000), and a single
 * trailing zero is read as a real digit ("41,950", "67,840" are register counts, not roundings).
 */
export function statedStep(v: number): number {
  if (!Number.isInteger(v) || v === 0) return 1;
  let step = 1;
  let x = Math.abs(v);
  while (x % 10 === 0) {
    x /= 10;
    step *= 10;
  }
  if (step < 100) return 1;
  const digits = String(Math.abs(v)).length;
  return Math.min(step, 10 ** Math.max(0, digits - 2));
}

/** Rounding half-widths: counts are integers, so "18,000" is [17,500, 18,499]; ratios/shares are continuous. */
function roundedBounds(v: number, integer: boolean): Interval {
  const step = statedStep(v);
  if (step === 1) return integer || Number.isInteger(v) ? { low: v, high: v } : { low: v, high: v };
  return integer ? { low: v - step / 2, high: v + step / 2 - 1 } : { low: v - step / 2, high: v + step / 2 };
}

/** Relative slack granted to "about"/"almost" on top of rounding. */
export const APPROX_SLACK = 0.05;

/**
 * The interval of true values a claim admits at its stated precision.
 * `integer` is true for counts (whole numbers); false for ratios, shares and mean ages.
 */
export function acceptedInterval(value: ClaimValue, qualifier: Qualifier, integer = true): Interval {
  if (isRange(value)) {
    return { low: roundedBounds(value.low, integer).low, high: roundedBounds(value.high, integer).high };
  }
  const v = value.exact;
  const r = roundedBounds(v, integer);
  switch (qualifier) {
    case 'at_least':
      return { low: v, high: Infinity };
    case 'at_most':
      return { low: 0, high: v };
    case 'approx': {
      const slack = Math.max(v * APPROX_SLACK, v - r.low);
      return { low: v - slack, high: v + slack };
    }
    default:
      return r;
  }
}

export const overlaps = (a: Interval, b: Interval): boolean => a.low <= b.high && b.low <= a.high;
export const contains = (outer: Interval, inner: Interval): boolean => outer.low <= inner.low && inner.high <= outer.high;

export function formatNumber(v: number): string {
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '-∞';
  // Hand-rolled: toLocaleString is slow enough to show in the benchmark.
  const neg = v < 0;
  const rounded = Math.round(Math.abs(v) * 100) / 100;
  const [int, frac] = String(rounded).split('.');
  const grouped = int.replace(/(?<=\d)(?=(\d{3})+$)/gu, ',');
  return `${neg ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

export function formatInterval(i: Interval): string {
  if (i.low === i.high) return formatNumber(i.low);
  if (i.high === Infinity) return `at least ${formatNumber(i.low)}`;
  return `${formatNumber(i.low)}–${formatNumber(i.high)}`;
}

/** "18,000", "over 21,000", "14,000–18,000", "about 20,000". */
export function describeValue(value: ClaimValue, qualifier: Qualifier): string {
  if (isRange(value)) return `${formatNumber(value.low)}–${formatNumber(value.high)}`;
  const n = formatNumber(value.exact);
  switch (qualifier) {
    case 'at_least':
      return `over ${n}`;
    case 'at_most':
      return `up to ${n}`;
    case 'approx':
      return `about ${n}`;
    default:
      return n;
  }
}
