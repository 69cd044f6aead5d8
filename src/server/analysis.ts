// The analysis the API serves (series, reconciliation, contradictions, sources, verdicts), computed from the
// stored claims and cached until the claims change. The stamp (count and latest update) is cheap on an index.
import { contradictions as findContradictions, reconcile, type ClaimGroup, type Contradiction } from '../analyze/reconcile';
import { factsOf } from '../analyze/facts';
import { rowToAnalysisClaim } from '../analyze/from-store';
import { projectYear, type Projection } from '../analyze/project';
import { buildSeries, groupBySeries, modelOf, type Series } from '../analyze/series';
import { verifyClaims } from '../analyze/verify';
import { citationChain, creditedSource, sourceName } from '../analyze/sources';
import type { AnalysisClaim, VerdictResult } from '../analyze/types';
import { type ClaimRow, type Store } from '../store/index';

export interface Analysis {
  stamp: string;
  claims: Map<number, ClaimRow>;
  series: Series[];
  groups: ClaimGroup[];
  contradictions: Contradiction[];
  verdicts: Map<number, VerdictResult>;
  /** Claim ids that take part in a contradiction. */
  contradicting: Set<number>;
  /** Year-end projection per series id, for the latest year with data (when it is not complete). */
  projections: Map<string, Projection>;
}

export class AnalysisCache {
  private current: Analysis | null = null;
  private pending: Promise<Analysis> | null = null;
  private checkedAt = 0;

  constructor(private readonly store: Store, private readonly maxAgeMs = 2000, private readonly onError?: (err: unknown) => void) {}

  /** The analysis of the claims as stored; `fresh` checks the stamp now instead of trusting a recent check. */
  async get(fresh = false): Promise<Analysis> {
    if (!fresh && this.current && Date.now() - this.checkedAt < this.maxAgeMs) return this.current;
    if (this.pending) return this.pending;
    this.pending = (async () => {
      const stamp = await this.stamp();
      this.checkedAt = Date.now();
      if (this.current?.stamp === stamp) return this.current;
      this.current = await this.compute(stamp);
      return this.current;
    })().finally(() => (this.pending = null));
    return this.pending;
  }

  /**
   * The analysis as last computed (maybe a little stale), or null when none was ever computed; refreshes a
   * stale one in the background. Never starts the first computation: a plain listing must not pay for it.
   */
  peek(): Analysis | null {
    if (this.current && Date.now() - this.checkedAt >= this.maxAgeMs) void this.get().catch(() => {});
    return this.current;
  }

  /** Forget the cached analysis (after a write through this server). */
  invalidate(): void {
    this.checkedAt = 0;
  }

  private async stamp(): Promise<string> {
    const r = await this.store.db
      .selectFrom('claims')
      .select((eb) => [eb.fn.countAll().as('n'), eb.fn.max('updated_at').as('u')])
      .executeTakeFirst();
    return `${r?.n}:${r?.u}`;
  }

  private async compute(stamp: string): Promise<Analysis> {
    const rows = await this.store.db
      .selectFrom('claims')
      .selectAll()
      .where('superseded', '=', 0)
      .where('status', 'in', ['unreviewed', 'accepted'])
      .execute();
    const claims = new Map(rows.map((r) => [r.id, r]));
    // Echoes of one original count once: documents that re-publish another map to it.
    const echoRoots = new Map<number, number>();
    for (const d of await this.store.db.selectFrom('documents').select(['id', 'echo_of']).where('echo_of', 'is not', null).execute()) {
      echoRoots.set(d.id, d.echo_of as number);
      echoRoots.set(d.echo_of as number, d.echo_of as number);
    }
    const ac = rows.map((r) => rowToAnalysisClaim(r, echoRoots));
    const series = buildSeries(ac);
    const groups = reconcile(ac);
    const contradictions = findContradictions(groups);
    const contradicting = new Set<number>();
    for (const c of contradictions) for (const x of c.group.claims) contradicting.add(Number(x.id));
    const verdicts = new Map<number, VerdictResult>();
    try {
      for (const v of verifyClaims(ac, ac)) verdicts.set(Number(v.claimId), v);
    } catch (err) {
      // Without verdicts the figures, series and contradictions still serve; the log says why.
      this.onError?.(err);
    }
    const projections = new Map<string, Projection>();
    const bySeries = groupBySeries(ac);
    for (const s of series) {
      const last = [...s.points].reverse().find((p) => p.value !== null);
      if (!last || s.key.statistic !== 'count' || s.key.scope) continue;
      const facts = (bySeries.get(s.id) ?? []).flatMap(factsOf);
      const year = Number(last.month.slice(0, 4));
      // The model must know every month boundary of the year (and the next January) to total months.
      // (Backtests on earlier years need theirs too.)
      const firstYear = Number(s.points[0].month.slice(0, 4));
      const days: string[] = [`${year + 1}-01-01`];
      for (let y = firstYear; y <= year; y++) for (let m = 1; m <= 12; m++) days.push(`${y}-${String(m).padStart(2, '0')}-01`);
      try {
        const p = projectYear(modelOf(facts, days), year);
        if (p && p.monthsKnown < 12) projections.set(s.id, p);
      } catch (err) {
        // A projection is an extra: a series the model cannot project keeps its points and verdicts.
        this.onError?.(err);
      }
    }
    return { stamp, claims, series, groups, contradictions, verdicts, contradicting, projections };
  }
}

export function verdictOf(a: Analysis | null, id: number) {
  const v = a?.verdicts.get(id);
  return v ? { verdict: v.verdict, explanation: v.explanation, check: v.check } : null;
}

export function chainOf(r: ClaimRow): { name: string; url: string | null; role: string }[] {
  const links = citationChain({ source: r.source, publisher: r.publisher });
  return links.map((l, i) => ({
    name: l.name,
    url: i === links.length - 1 && l.tier === 2 ? r.source_url : null,
    role: i === 0 ? 'origin' : l.tier === 2 ? 'outlet' : 'relay',
  }));
}

export { creditedSource, sourceName };
