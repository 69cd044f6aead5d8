// The analysis the API serves (series, reconciliation, contradictions, sources, verdicts), computed from the
// stored claims and cached until the claims change. The stamp (count and latest update) is cheap on an index.
import { contradictions as findContradictions, reconcile, type ClaimGroup, type Contradiction } from '../analyze/reconcile';
import { buildSeries, type Series } from '../analyze/series';
import { citationChain, creditedSource, sourceName } from '../analyze/sources';
import type { AnalysisClaim, VerdictResult } from '../analyze/types';
import { toClaimRecord, type ClaimRow, type Store } from '../store/index';
import { verifyAll } from './verify-adapter';

export interface Analysis {
  stamp: string;
  claims: Map<number, ClaimRow>;
  series: Series[];
  groups: ClaimGroup[];
  contradictions: Contradiction[];
  verdicts: Map<number, VerdictResult>;
  /** Claim ids that take part in a contradiction. */
  contradicting: Set<number>;
}

export function toAnalysisClaim(r: ClaimRow): AnalysisClaim {
  return {
    ...toClaimRecord(r),
    id: String(r.id),
    published: r.published,
    publisher: r.publisher,
    url: r.source_url,
    document: r.document_id === null ? null : String(r.document_id),
    echoOf: null,
    origin: r.origin,
  };
}

export class AnalysisCache {
  private current: Analysis | null = null;
  private pending: Promise<Analysis> | null = null;
  private checkedAt = 0;

  constructor(private readonly store: Store, private readonly maxAgeMs = 2000) {}

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
    const ac = rows.map(toAnalysisClaim);
    const series = buildSeries(ac);
    const groups = reconcile(ac);
    const contradictions = findContradictions(groups);
    const contradicting = new Set<number>();
    for (const c of contradictions) for (const x of c.group.claims) contradicting.add(Number(x.id));
    const verdicts = new Map<number, VerdictResult>();
    for (const v of verifyAll(ac, { series, groups })) verdicts.set(Number(v.claimId), v);
    return { stamp, claims, series, groups, contradictions, verdicts, contradicting };
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
