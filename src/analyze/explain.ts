// Words for people: a figure with its period and who published it, and a bound as the sum it came from.
import { isWholeMonths } from '../util/dates';
import { shiftDay as addDays } from './days';
import type { Fact } from './facts';
import { describeMonths, monthIndex } from './months';
import { describeValue, formatNumber } from './precision';
import type { AnalysisClaim } from './types';

export function describeSpan(from: string | null, toExclusive: string): string {
  const last = addDays(toExclusive, -1);
  if (!from) return `until ${last}`;
  if (isWholeMonths(from, last)) return describeMonths(monthIndex(from), monthIndex(last));
  return `${from} to ${last}`;
}

export function describePeriod(p: { start: string | null; end: string | null } | null): string {
  if (!p) return 'no stated period';
  if (!p.end) return `from ${p.start}`;
  return describeSpan(p.start, addDays(p.end, 1));
}

/** "Prosecutor General's Office (reply to Ukrainska Pravda), pravda.com.ua, 2025-08-26" */
export function attribution(c: AnalysisClaim): string {
  const parts = [c.source, c.publisher].filter(Boolean);
  const date = c.published ? (c.publishedEstimated ? `~${c.published.slice(0, 7)}` : c.published) : 'undated';
  return `${parts.join(', ') || 'unattributed'}, ${date}`;
}

export function describeClaim(c: AnalysisClaim): string {
  return `${describeValue(c.value, c.qualifier)} (${describePeriod(c.period)}; ${attribution(c)})`;
}

export function describeFact(f: Fact): string {
  return `${describeValue(f.claim.value, f.claim.qualifier)} (${describeSpan(f.from, f.to)}; ${attribution(f.claim)})`;
}

/** "6,988 (2022; ...) + 17,658 (2023; ...) − 347 (...) = 24,299" */
export function describeSum(steps: { fact: Fact; sign: 1 | -1 }[], total: number, limit = 8): string {
  if (steps.length === 0) return formatNumber(total);
  const shown = steps.slice(0, limit).map((s, i) => `${s.sign < 0 ? '− ' : i === 0 ? '' : '+ '}${describeFact(s.fact)}`);
  const more = steps.length > limit ? ` … (${steps.length - limit} more)` : '';
  if (steps.length === 1 && steps[0].sign > 0) return shown[0];
  return `${shown.join(' ')}${more} = ${formatNumber(total)}`;
}
