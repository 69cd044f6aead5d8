// Showing claim values and periods the same way everywhere.
import type { ApiClaim } from '../server/dto';
import { currentLang, fmtNumber } from './i18n';

const QUAL: Record<string, { en: string; uk: string }> = {
  approx: { en: '≈', uk: '≈' }, at_least: { en: '≥', uk: '≥' }, at_most: { en: '≤', uk: '≤' }, exact: { en: '', uk: '' }, range: { en: '', uk: '' },
};

export function fmtValue(c: Pick<ApiClaim, 'value' | 'qualifier' | 'statistic' | 'per'>): string {
  const v = c.value;
  const n = 'exact' in v ? fmtNumber(v.exact) : `${fmtNumber(v.low)}–${fmtNumber(v.high)}`;
  const q = QUAL[c.qualifier]?.[currentLang()] ?? '';
  const unit = c.statistic === 'share' ? '%' : c.statistic === 'ratio' ? '×' : '';
  const per = c.per ? (currentLang() === 'uk' ? ` / ${PER_UK[c.per] ?? c.per}` : ` / ${c.per}`) : '';
  return `${q}${q ? ' ' : ''}${n}${unit}${per}`;
}
const PER_UK: Record<string, string> = { month: 'міс.', day: 'день', week: 'тиж.', year: 'рік' };

export function fmtPeriod(p: ApiClaim['period']): string {
  if (!p) return '—';
  if (p.start && p.end) return p.start === p.end ? p.start : `${p.start} … ${p.end}`;
  return p.start ? `${p.start} …` : `… ${p.end}`;
}

/** The number a claim puts on a chart: the exact value or the middle of its range. */
export function midValue(v: ApiClaim['value']): number {
  return 'exact' in v ? v.exact : (v.low + v.high) / 2;
}
