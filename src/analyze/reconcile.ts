// Reconciliation: claims about the same quantity and period, across documents, become one group with
// a consensus value, the independent reports behind it, and the reports that contradict it.
import { seriesId, seriesKeyOf } from './measure';
import { acceptedInterval, overlaps, type Interval } from './precision';
import { independenceKey } from './sources';
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
  return `${seriesId(seriesKeyOf(c))}|${p?.start ?? ''}|${p?.end ?? ''}|${c.per ?? ''}|${c.kind === 'projection' ? 'P' : ''}`;
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
  const keys = claims.map(independenceKey);
  // Distinct positions: claims with the same interval stand together.
  const positions = new Map<string, number[]>();
  intervals.forEach((iv, i) => {
    const k = `${iv.low}:${iv.high}`;
    const list = positions.get(k);
    if (list) list.push(i);
    else positions.set(k, [i]);
  });
  // The position admitted by the most independent reports wins; ties go to the narrower, then the newer.
  let bestScore = -1;
  let bestWidth = Infinity;
  let bestDate = '';
  let chosen: Interval = intervals[0];
  const reps = [...positions.values()].map((idx) => intervals[idx[0]]);
  const repCount = reps.length;
  for (let r = 0; r < repCount; r++) {
    const iv = reps[r];
    const agreeing = new Set<string>();
    let newest = '';
    for (let i = 0; i < claims.length; i++) {
      if (overlaps(iv, intervals[i])) {
        agreeing.add(keys[i]);
        const p = claims[i].published ?? '';
        if (p > newest) newest = p;
      }
    }
    const score = agreeing.size;
    const w = width(iv);
    if (score > bestScore || (score === bestScore && (w < bestWidth || (w === bestWidth && newest > bestDate)))) {
      bestScore = score;
      bestWidth = w;
      bestDate = newest;
      chosen = iv;
    }
  }
  const agreeing: AnalysisClaim[] = [];
  const dissenting: AnalysisClaim[] = [];
  let consensus: Interval = { low: chosen.low, high: chosen.high };
  for (let i = 0; i < claims.length; i++) {
    if (overlaps(chosen, intervals[i])) {
      agreeing.push(claims[i]);
      const low = Math.max(consensus.low, intervals[i].low);
      const high = Math.min(consensus.high, intervals[i].high);
      if (low <= high) consensus = { low, high };
    } else dissenting.push(claims[i]);
  }
  let best = agreeing[0];
  for (const c of agreeing) {
    const a = QUALIFIER_PRECISION[c.qualifier] ?? 9;
    const b = QUALIFIER_PRECISION[best.qualifier] ?? 9;
    if (a < b || (a === b && (c.published ?? '') > (best.published ?? ''))) best = c;
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
    best,
    agreeing,
    independent: [...new Set(agreeing.map(independenceKey))],
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
    const positions = [...byValue.values()]
      .map((p) => ({ ...p, independent: new Set(p.claims.map(independenceKey)).size }))
      .sort((a, b) => b.independent - a.independent);
    out.push({ group, positions });
  }
  return out;
}
