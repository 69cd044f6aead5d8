// Reconciliation: claims about the same quantity and period, across documents, become one group with
// a consensus value, the independent reports behind it, and the reports that contradict it.
import { seriesId, seriesKeyOf } from './measure';
import { acceptedInterval, overlaps, type Interval } from './precision';
import { collapseEchoes, independenceKey, normalisePublisher } from './sources';
import type { AnalysisClaim } from './types';

export interface ClaimGroup {
  /** seriesId | start | end | per | projection? */
  key: string;
  series: string;
  period: { start: string | null; end: string | null } | null;
  per: string | null;
  projection: boolean;
  claims: AnalysisClaim[];
  /** The value the most independent reports agree on, narrowed to what all of them admit. */
  consensus: Interval;
  /** The most precise figure among the agreeing claims (what people should quote). */
  best: AnalysisClaim;
  agreeing: AnalysisClaim[];
  /** Distinct independent reports among the agreeing claims. */
  independent: string[];
  dissenting: AnalysisClaim[];
}

export interface Contradiction {
  group: ClaimGroup;
  /** Each distinct value with who said it. */
  positions: { interval: Interval; claims: AnalysisClaim[]; independent: number }[];
}

export function groupKey(c: AnalysisClaim): string {
  const p = c.period;
  return `${seriesId(c)}|${p?.start ?? ''}|${p?.end ?? ''}|${c.per ?? ''}|${c.kind === 'projection' ? 'P' : ''}`;
}

const integerStat = (statistic: string) => statistic === 'count';

export function intervalOf(c: AnalysisClaim): Interval {
  return acceptedInterval(c.value, c.qualifier, integerStat(c.statistic));
}

/** Groups claims by quantity and period (a Map pass) and reconciles each group. */
export function reconcile(claims: readonly AnalysisClaim[]): ClaimGroup[] {
  const byKey = new Map<string, AnalysisClaim[]>();
  for (const c of claims) {
    const k = groupKey(c);
    const list = byKey.get(k);
    if (list) list.push(c);
    else byKey.set(k, [c]);
  }
  const out: ClaimGroup[] = [];
  for (const [key, list] of byKey) out.push(reconcileGroup(key, list));
  return out;
}

const QUALIFIER_PRECISION: Record<string, number> = { exact: 0, range: 1, approx: 2, at_least: 3, at_most: 3 };

function width(i: Interval): number {
  return i.high - i.low;
}

export function reconcileGroup(key: string, claims: AnalysisClaim[]): ClaimGroup {
  const intervals = claims.map(intervalOf);
  const keys = collapseEchoes(claims.map(independenceKey));
  // Distinct positions: claims with the same interval stand together.
  const positions = new Map<string, number[]>();
  intervals.forEach((iv, i) => {
    const k = `${iv.low}:${iv.high}`;
    const list = positions.get(k);
    if (list) list.push(i);
    else positions.set(k, [i]);
  });
  // The position admitted by the most independent reports wins; ties go to the one more outlets carried,
  // then to the narrower, then the newer.
  const publishers = claims.map((c) => normalisePublisher(c.publisher) ?? c.document ?? c.id);
  let best = { score: -1, carriers: -1, width: Infinity, date: '' };
  let chosen: Interval = intervals[0];
  for (const idx of positions.values()) {
    const iv = intervals[idx[0]];
    const agreeing = new Set<string>();
    const carriers = new Set<string>();
    let newest = '';
    for (let i = 0; i < claims.length; i++) {
      if (!overlaps(iv, intervals[i])) continue;
      agreeing.add(keys[i]);
      carriers.add(publishers[i]);
      const p = claims[i].published ?? '';
      if (p > newest) newest = p;
    }
    const cand = { score: agreeing.size, carriers: carriers.size, width: width(iv), date: newest };
    const better =
      cand.score - best.score ||
      cand.carriers - best.carriers ||
      best.width - cand.width ||
      (cand.date > best.date ? 1 : cand.date < best.date ? -1 : 0);
    if (better > 0) {
      best = cand;
      chosen = iv;
    }
  }
  const agreeing: AnalysisClaim[] = [];
  const agreeingKeys: string[] = [];
  const dissenting: AnalysisClaim[] = [];
  let consensus: Interval = { low: chosen.low, high: chosen.high };
  for (let i = 0; i < claims.length; i++) {
    if (overlaps(chosen, intervals[i])) {
      agreeing.push(claims[i]);
      agreeingKeys.push(keys[i]);
      const low = Math.max(consensus.low, intervals[i].low);
      const high = Math.min(consensus.high, intervals[i].high);
      if (low <= high) consensus = { low, high };
    } else dissenting.push(claims[i]);
  }
  let quote = agreeing[0];
  for (const c of agreeing) {
    const a = QUALIFIER_PRECISION[c.qualifier] ?? 9;
    const b = QUALIFIER_PRECISION[quote.qualifier] ?? 9;
    if (a < b || (a === b && (c.published ?? '') > (quote.published ?? ''))) quote = c;
  }
  const first = claims[0];
  return {
    key,
    series: seriesId(seriesKeyOf(first)),
    period: first.period,
    per: first.per,
    projection: first.kind === 'projection',
    claims,
    consensus,
    best: quote,
    agreeing,
    independent: [...new Set(agreeingKeys)],
    dissenting,
  };
}

/** Groups whose claims disagree beyond stated precision, each distinct value with who said it. */
export function contradictions(groups: readonly ClaimGroup[]): Contradiction[] {
  const out: Contradiction[] = [];
  for (const group of groups) {
    if (group.dissenting.length === 0) continue;
    const byValue = new Map<string, { interval: Interval; claims: AnalysisClaim[] }>();
    for (const c of group.claims) {
      const iv = intervalOf(c);
      const inConsensus = group.agreeing.includes(c);
      const k = inConsensus ? 'consensus' : `${iv.low}:${iv.high}`;
      const entry = byValue.get(k) ?? { interval: inConsensus ? group.consensus : iv, claims: [] };
      entry.claims.push(c);
      byValue.set(k, entry);
    }
    const consensus = byValue.get('consensus');
    const positions = [...byValue.values()]
      .map((p) => ({ ...p, independent: new Set(collapseEchoes(p.claims.map(independenceKey))).size }))
      .sort((a, b) => Number(b.interval === consensus?.interval) - Number(a.interval === consensus?.interval) || b.independent - a.independent || b.claims.length - a.claims.length);
    out.push({ group, positions });
  }
  return out;
}
