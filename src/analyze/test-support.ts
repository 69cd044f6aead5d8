// Building analysis claims in tests: hand-made series where the right verdict is known.
import type { ClaimRecord } from '../claim';
import type { AnalysisClaim } from './types';

let n = 0;

export function claim(over: Partial<AnalysisClaim> & { value: ClaimRecord['value'] }): AnalysisClaim {
  n++;
  return {
    force: 'UA',
    event: 'awol',
    counted: 'cases',
    statistic: 'count',
    qualifier: 'exact',
    period: null,
    per: null,
    kind: 'reported',
    scope: null,
    source: "Prosecutor General's Office",
    quote: '',
    id: `c${n}`,
    published: '2025-01-15',
    publisher: `outlet${n}.example`,
    url: `https://outlet${n}.example/${n}`,
    document: `doc${n}`,
    echoOf: null,
    origin: 'machine',
    ...over,
  };
}

const pad = (m: number) => String(m).padStart(2, '0');
const last = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** A figure for one calendar month. */
export function month(y: number, m: number, v: number, over: Partial<AnalysisClaim> = {}): AnalysisClaim {
  return claim({ value: { exact: v }, period: { start: `${y}-${pad(m)}-01`, end: `${y}-${pad(m)}-${last(y, m)}` }, ...over });
}

/** A figure for months m1..m2 of one year (or across years with y2). */
export function span(y: number, m1: number, m2: number, v: number, over: Partial<AnalysisClaim> = {}, y2 = y): AnalysisClaim {
  return claim({ value: { exact: v }, period: { start: `${y}-${pad(m1)}-01`, end: `${y2}-${pad(m2)}-${last(y2, m2)}` }, ...over });
}
