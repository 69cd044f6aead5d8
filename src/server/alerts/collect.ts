// Alerts: new records, new contradictions and claims that fail verification, newest first. The Atom feed and
// the webhooks are two ways of delivering the same list.
import { createHash } from 'node:crypto';
import type { Analysis } from '../analysis';

export const ALERT_KINDS = ['record', 'contradiction', 'failed_verification'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export interface Alert {
  /** Stable across runs: the same record or contradiction always has the same id. */
  id: string;
  kind: AlertKind;
  /** When it became known: the newest stored claim behind it (created_at). */
  at: string;
  force: string;
  event: string;
  title: string;
  summary: string;
  claims: number[];
}

export interface AlertFilter {
  force?: string;
  event?: string;
  kinds?: readonly AlertKind[];
  since?: string;
}

const fmt = (n: number) => n.toLocaleString('en-GB');

export function collectAlerts(a: Analysis, f: AlertFilter = {}): Alert[] {
  const out: Alert[] = [];
  const want = (k: AlertKind) => !f.kinds || f.kinds.includes(k);
  for (const r of a.claims.values()) {
    const value = r.is_range ? `${fmt(r.value_low)}–${fmt(r.value_high)}` : fmt(r.value_low);
    const period = r.period_start || r.period_end ? ` (${r.period_start ?? '…'} to ${r.period_end ?? '…'})` : '';
    if (want('record') && r.kind === 'record') {
      out.push({
        id: `record:${r.id}`, kind: 'record', at: r.created_at, force: r.force, event: r.event, claims: [r.id],
        title: `Record: ${value} ${r.event} ${r.counted} (${r.force})${period}`,
        summary: `${r.source ?? r.publisher ?? 'Unattributed'}: ${r.quote}`,
      });
    }
    const v = a.verdicts.get(r.id);
    if (want('failed_verification') && v && (v.verdict === 'contradicted' || v.verdict === 'internally_inconsistent')) {
      out.push({
        id: `failed:${r.id}:${v.verdict}`, kind: 'failed_verification', at: r.created_at, force: r.force, event: r.event, claims: [r.id],
        title: `Fails verification (${v.verdict.replace('_', ' ')}): ${value} ${r.event} ${r.counted} (${r.force})${period}`,
        summary: v.explanation,
      });
    }
  }
  if (want('contradiction')) {
    for (const c of a.contradictions) {
      const ids = c.group.claims.map((x) => Number(x.id)).sort((x, y) => x - y);
      const rows = ids.map((id) => a.claims.get(id)).filter((r) => r !== undefined);
      if (!rows.length) continue;
      const first = rows[0];
      out.push({
        id: `contradiction:${createHash('sha1').update(ids.join(',')).digest('hex').slice(0, 16)}`,
        kind: 'contradiction', at: rows.map((r) => r.created_at).sort().at(-1)!, force: first.force, event: first.event, claims: ids,
        title: `Contradiction: ${first.event} ${first.counted} (${first.force}), ${c.group.period?.start ?? '…'} to ${c.group.period?.end ?? '…'}`,
        summary: c.positions.map((p) => `${fmt(p.interval.low)}${p.interval.high !== p.interval.low ? `–${fmt(p.interval.high)}` : ''} by ${[...new Set(p.claims.map((x) => x.source ?? x.publisher ?? '?'))].join(', ')}`).join('; '),
      });
    }
  }
  return out
    .filter((x) => (!f.force || x.force === f.force) && (!f.event || x.event === f.event) && (!f.since || x.at > f.since))
    .sort((x, y) => y.at.localeCompare(x.at) || x.id.localeCompare(y.id));
}
