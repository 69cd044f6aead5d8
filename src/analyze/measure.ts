// The measure model: which quantity a claim is about, and how quantities relate (the legal funnel).
import type { ClaimRecord, Counted } from '../claim';

/** A series is (force, event, counted, statistic, scope) over months. */
export interface SeriesKey {
  force: string;
  event: string;
  counted: Counted;
  statistic: string;
  scope: string | null;
}

export function seriesKeyOf(c: Pick<ClaimRecord, 'force' | 'event' | 'counted' | 'statistic' | 'scope'>): SeriesKey {
  return { force: c.force, event: c.event, counted: c.counted, statistic: c.statistic, scope: c.scope };
}

/** One string per series, usable as a Map key and in URLs: "UA/awol/cases/count" or ".../scope". */
export function seriesId(k: SeriesKey): string {
  const base = `${k.force}/${k.event}/${k.counted}/${k.statistic}`;
  return k.scope ? `${base}/${normaliseScope(k.scope)}` : base;
}

export function parseSeriesId(id: string): SeriesKey {
  const [force, event, counted, statistic, ...scope] = id.split('/');
  return { force, event, counted: counted as Counted, statistic, scope: scope.length ? scope.join('/') : null };
}

const SCOPES = new Map<string, string>();

function normaliseScope(s: string): string {
  let out = SCOPES.get(s);
  if (out === undefined) {
    out = s.normalize('NFC').trim().replace(/\s+/gu, ' ');
    if (SCOPES.size > 100_000) SCOPES.clear();
    SCOPES.set(s, out);
  }
  return out;
}

/** The legal funnel, widest first: every conviction was a court case, every court case a suspect, every suspect a case. */
export const FUNNEL: readonly Counted[] = ['cases', 'suspects', 'court_cases', 'convictions'];

export function funnelRank(c: Counted): number {
  return FUNNEL.indexOf(c);
}

/**
 * The counted unit a claim may be checked against when its own has no data: pages often call
 * case counts "deserters" or "soldiers who fled" (see data/README.md), so persons fall back to cases.
 */
export function proxyCounted(c: Counted, event: string): Counted | null {
  if (c === 'persons' && (event === 'awol' || event === 'desertion' || event === 'awol_or_desertion')) return 'cases';
  return null;
}

/** Events whose counts add up: awol + desertion = awol_or_desertion. */
export const EVENT_SUMS: Record<string, readonly string[]> = { awol_or_desertion: ['awol', 'desertion'] };

export const MEASURE_LABELS: Record<string, string> = {
  awol: 'AWOL (unauthorized absence)',
  desertion: 'desertion',
  awol_or_desertion: 'AWOL and desertion together',
  return: 'returns to service',
  defection: 'defections',
  death: 'deaths',
  self_harm: 'self-harm',
};

export function describeKey(k: SeriesKey): string {
  const what = MEASURE_LABELS[k.event] ?? k.event;
  const stat = k.statistic === 'count' ? k.counted : `${k.statistic} of ${k.counted}`;
  return `${k.force} ${what}, ${stat}${k.scope ? ` (${k.scope})` : ''}`;
}

/**
 * The funnel binds totals since the start, not flows within a stretch: this year's convictions can
 * outnumber this year's new cases (they come from earlier years' cases), so only cumulative periods
 * (open start, or starting by March 2022) are held to it.
 */
export function funnelApplies(period: { start: string | null; end: string | null } | null): boolean {
  return period !== null && period.end !== null && (period.start === null || period.start <= '2022-03-01');
}
