// Each source's track record: how often its figures matched the reconciled value, per measure.
// Only groups with at least two independent reports say anything about who was right.
import type { ClaimGroup } from './reconcile';
import { creditedSource, normalisePublisher, sourceName } from './sources';

export interface TrackRecord {
  /** Registry id of the origin ("ua-pgo") or "outlet:<domain>" for outlets. */
  source: string;
  name: string;
  /** "source" when credited as the origin of a figure; "outlet" for the publisher that printed it. */
  role: 'source' | 'outlet';
  series: string;
  matched: number;
  total: number;
}

export function trackRecords(groups: readonly ClaimGroup[]): TrackRecord[] {
  const out = new Map<string, TrackRecord>();
  const bump = (source: string, role: TrackRecord['role'], series: string, ok: boolean) => {
    const k = `${role}|${source}|${series}`;
    let r = out.get(k);
    if (!r) out.set(k, (r = { source, name: sourceName(source), role, series, matched: 0, total: 0 }));
    r.total++;
    if (ok) r.matched++;
  };
  for (const g of groups) {
    if (g.independent.length < 2 && g.dissenting.length === 0) continue;
    const agreeing = new Set(g.agreeing);
    for (const c of g.claims) {
      const ok = agreeing.has(c);
      bump(creditedSource(c), 'source', g.series, ok);
      const pub = normalisePublisher(c.publisher);
      if (pub) bump(`outlet:${pub}`, 'outlet', g.series, ok);
    }
  }
  return [...out.values()].sort((a, b) => a.role.localeCompare(b.role) || a.source.localeCompare(b.source) || a.series.localeCompare(b.series));
}
