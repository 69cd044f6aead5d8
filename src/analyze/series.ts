// Monthly series assembled from every figure about a quantity: reported months, months derived by
// differencing year-to-date and cumulative totals, and months estimated from totals that cover them.
import { Timeline } from './constraints';
import { factsOf, boundaries, nextMonthFirst, type Fact } from './facts';
import { parseSeriesId, seriesId, seriesKeyOf, type SeriesKey } from './measure';
import { SeriesModel } from './model';
import { monthIndex, monthKey } from './months';
import { trustOrder } from './trust';
import type { AnalysisClaim } from './types';

export type PointStatus = 'reported' | 'derived' | 'estimated' | 'unknown';

export interface SeriesPoint {
  month: string;
  /** Best value: the reported or derived figure, or an estimate; null when nothing bounds it. */
  value: number | null;
  low: number;
  high: number;
  status: PointStatus;
  /** Ids of the claims this point rests on. */
  claims: string[];
}

export interface Series {
  id: string;
  key: SeriesKey;
  points: SeriesPoint[];
  /** Claims refused because they contradict more trusted figures. */
  refused: AnalysisClaim[];
  facts: number;
}

/** Tolerance under which bounds count as determining a value. */
export const determined = (low: number, high: number) => high - low <= Math.max(1, low * 0.002);

export function groupBySeries(claims: readonly AnalysisClaim[]): Map<string, AnalysisClaim[]> {
  const out = new Map<string, AnalysisClaim[]>();
  for (const c of claims) {
    const id = seriesId(seriesKeyOf(c));
    const list = out.get(id);
    if (list) list.push(c);
    else out.set(id, [c]);
  }
  return out;
}

/** Builds a model of one series from its facts (trusted first), with month boundaries added. */
export function modelOf(facts: readonly Fact[], extraDays: Iterable<string> = []): SeriesModel {
  const days = new Set([...boundaries(facts), ...extraDays]);
  const model = new SeriesModel(new Timeline(days));
  for (const f of trustOrder(facts)) model.add(f);
  return model;
}

export function buildSeries(claims: readonly AnalysisClaim[], opts: { asOf?: string } = {}): Series[] {
  const out: Series[] = [];
  for (const [id, list] of groupBySeries(claims)) {
    const usable = opts.asOf ? list.filter((c) => !c.published || c.published <= opts.asOf!) : list;
    const facts = usable.flatMap(factsOf);
    if (facts.length === 0) continue;
    out.push(seriesFromFacts(id, facts));
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

export function seriesFromFacts(id: string, facts: readonly Fact[]): Series {
  let first = Infinity;
  let last = -Infinity;
  for (const f of facts) {
    if (f.from) first = Math.min(first, monthIndex(f.from));
    last = Math.max(last, monthIndex(f.to) - (f.to.endsWith('-01') ? 1 : 0));
  }
  if (first === Infinity) first = last;
  const monthFirsts: string[] = [];
  for (let m = first; m <= last + 1; m++) monthFirsts.push(`${monthKey(m)}-01`);
  const model = modelOf(facts, monthFirsts);
  const points: SeriesPoint[] = [];
  for (let m = first; m <= last; m++) points.push(pointOf(model, m));
  estimateGaps(model, points, first);
  return { id, key: parseSeriesId(id), points, refused: [...new Set(model.refused.map((f) => f.claim))], facts: model.facts.length };
}

function pointOf(model: SeriesModel, m: number): SeriesPoint {
  const start = `${monthKey(m)}-01`;
  const end = nextMonthFirst(start);
  const b = model.bounds(start, end);
  const direct = model.facts.filter((f) => f.from === start && f.to === end && f.low <= b.high && f.high >= b.low);
  const used = new Set<string>([...b.lowFacts, ...b.highFacts].map((s) => s.fact.claim.id));
  if (determined(b.low, b.high)) {
    const reported = direct.length > 0;
    for (const f of direct) used.add(f.claim.id);
    return { month: monthKey(m), value: Math.round((b.low + b.high) / 2), low: b.low, high: b.high, status: reported ? 'reported' : 'derived', claims: [...used] };
  }
  if (direct.length > 0) {
    // A reported month whose figure is itself a bound or rounded ("over 15,000"): keep the stated value.
    const best = direct[0].claim;
    const v = 'exact' in best.value ? best.value.exact : (best.value.low + best.value.high) / 2;
    return { month: monthKey(m), value: Math.min(b.high, Math.max(b.low, v)), low: b.low, high: b.high, status: 'reported', claims: direct.map((f) => f.claim.id) };
  }
  return { month: monthKey(m), value: null, low: b.low, high: b.high, status: 'unknown', claims: [...used] };
}

/**
 * Months with no figure of their own get a share of the smallest determined total that covers them:
 * (total - months known inside it) spread evenly over the unknown months inside it.
 */
function estimateGaps(model: SeriesModel, points: SeriesPoint[], first: number): void {
  const n = points.length;
  const known = (p: SeriesPoint) => p.status === 'reported' || p.status === 'derived';
  for (let i = 0; i < n; i++) {
    if (points[i].status !== 'unknown') continue;
    search: for (let size = 2; size <= n; size++) {
      for (let a = Math.max(0, i - size + 1); a <= i && a + size <= n; a++) {
        const start = `${monthKey(first + a)}-01`;
        const end = nextMonthFirst(`${monthKey(first + a + size - 1)}-01`);
        const w = model.bounds(start, end);
        if (!determined(w.low, w.high)) continue;
        let knownSum = 0;
        let unknown = 0;
        for (let k = a; k < a + size; k++) {
          if (known(points[k])) knownSum += points[k].value ?? 0;
          else unknown++;
        }
        const share = (w.low - knownSum) / unknown;
        const p = points[i];
        p.value = Math.round(Math.min(p.high, Math.max(p.low, share)));
        p.status = 'estimated';
        p.claims = [...new Set([...p.claims, ...w.lowFacts.map((s) => s.fact.claim.id), ...w.highFacts.map((s) => s.fact.claim.id)])];
        break search;
      }
    }
  }
}
