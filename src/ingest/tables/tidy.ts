// The tidy table format (docs/tables.md): one figure per row, named columns, any order.
// Required: force, event, counted, period_start, period_end, value, source, published.
// Optional: source_url, statistic (count), qualifier (exact), per, kind (reported), scope, note.
import { COUNTED, EVENTS, KINDS, QUALIFIERS, RATE_UNITS, STATISTICS } from '../../claim/index';
import { isIsoDate } from '../../util/dates';
import { AbsentiaError } from '../../util/errors';
import type { Cell } from './read';
import type { TableValue } from './value';

export const TIDY_REQUIRED = ['force', 'event', 'counted', 'period_start', 'period_end', 'value', 'source', 'published'] as const;
const OPTIONAL = ['source_url', 'statistic', 'qualifier', 'per', 'kind', 'scope', 'note', 'value_low', 'value_high'] as const;

export function isTidy(rows: Cell[][]): boolean {
  const header = (rows[0] ?? []).map((c) => String(c ?? '').trim().toLowerCase());
  return TIDY_REQUIRED.filter((k) => k !== 'value').every((k) => header.includes(k)) && (header.includes('value') || header.includes('value_low'));
}

export interface ParsedRows {
  values: TableValue[];
  /** One line per row that could not be used: "row N: problem". */
  problems: string[];
}

export function readTidy(rows: Cell[][], defaults: { published?: string | null; sourceUrl?: string | null } = {}): ParsedRows {
  const header = (rows[0] ?? []).map((c) => String(c ?? '').trim().toLowerCase());
  const col = new Map<string, number>();
  header.forEach((h, i) => {
    if (((TIDY_REQUIRED as readonly string[]).includes(h) || (OPTIONAL as readonly string[]).includes(h)) && !col.has(h)) col.set(h, i);
  });
  const values: TableValue[] = [];
  const problems: string[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r];
    if (row.every((c) => c === null || String(c).trim() === '')) continue;
    const get = (k: string): string | null => {
      const i = col.get(k);
      const v = i === undefined ? null : row[i];
      return v === null || v === undefined || String(v).trim() === '' ? null : String(v).trim();
    };
    try {
      values.push(tidyRow(get, r + 1, defaults));
    } catch (err) {
      problems.push(`row ${r + 1}: ${err instanceof AbsentiaError ? err.message : String(err)}`);
    }
  }
  return { values, problems };
}

function tidyRow(get: (k: string) => string | null, rowNumber: number, defaults: { published?: string | null; sourceUrl?: string | null }): TableValue {
  const need = (k: string) => {
    const v = get(k);
    if (v === null) throw new AbsentiaError('invalid_input', `missing ${k}`);
    return v;
  };
  const oneOf = <T extends string>(k: string, allowed: readonly T[], fallback?: T): T => {
    const v = get(k) ?? fallback ?? need(k);
    if (!(allowed as readonly string[]).includes(v)) throw new AbsentiaError('invalid_input', `${k} "${v}" is not one of ${allowed.join(', ')}`);
    return v as T;
  };
  const force = need('force').toUpperCase();
  if (!/^[A-Z]{2}$/u.test(force)) throw new AbsentiaError('invalid_input', `force "${force}" is not an ISO 3166-1 alpha-2 code`);
  const event = oneOf('event', EVENTS);
  const counted = oneOf('counted', COUNTED);
  const statistic = oneOf('statistic', STATISTICS, 'count');
  const qualifierGiven = get('qualifier');
  const low = get('value_low');
  const high = get('value_high');
  let value: TableValue['value'];
  if (low !== null && high !== null && low !== high) {
    value = { low: parseNumber(low), high: parseNumber(high) };
    if (value.low > value.high) throw new AbsentiaError('invalid_input', `value_low ${low} exceeds value_high ${high}`);
  } else value = { exact: parseNumber(get('value') ?? low ?? need('value')) };
  const qualifier = qualifierGiven ? oneOf('qualifier', QUALIFIERS) : 'low' in value ? 'range' : 'exact';
  const periodStart = date(get('period_start'), 'period_start');
  const periodEnd = date(get('period_end'), 'period_end');
  if (periodStart && periodEnd && periodStart > periodEnd) throw new AbsentiaError('invalid_input', `period_start ${periodStart} is after period_end ${periodEnd}`);
  const published = date(get('published') ?? defaults.published ?? null, 'published');
  if (!published) throw new AbsentiaError('invalid_input', 'missing published (the date this figure was published)');
  return {
    force,
    event,
    counted,
    statistic,
    value,
    qualifier,
    periodStart,
    periodEnd,
    per: get('per') ? oneOf('per', RATE_UNITS) : null,
    kind: oneOf('kind', KINDS, 'reported'),
    scope: get('scope'),
    source: need('source'),
    sourceUrl: get('source_url') ?? defaults.sourceUrl ?? null,
    published,
    note: get('note'),
    row: rowNumber,
    rule: 'table:tidy',
  };
}

function date(v: string | null, name: string): string | null {
  if (v === null) return null;
  const s = v.slice(0, 10);
  if (!isIsoDate(s)) throw new AbsentiaError('invalid_input', `${name} "${v}" is not a YYYY-MM-DD date`);
  return s;
}

/** "67 840", "67,840", "67840", "1 234,5" (comma decimal after a space-grouped number), "1,234.5". */
export function parseNumber(raw: string | number): number {
  if (typeof raw === 'number') return raw;
  let s = raw.replace(/[\s\u00a0\u202f']/gu, '');
  if (/^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/u.test(s)) s = s.replaceAll(',', '');
  else if (/^-?\d+,\d+$/u.test(s)) s = s.replace(',', '.');
  if (!/^-?\d+(?:\.\d+)?$/u.test(s)) throw new AbsentiaError('invalid_input', `value "${raw}" is not a number`);
  return Number(s);
}
