// Verdicts per claim. Until the analysis module exposes its verifier, a claim that takes part in a
// contradiction is "contradicted" when its reconciled group's consensus excludes it, "supported" when it agrees
// with at least one other independent report, and "unverifiable" otherwise.
import type { ClaimGroup } from '../analyze/reconcile';
import { formatInterval } from '../analyze/precision';
import type { Series } from '../analyze/series';
import type { AnalysisClaim, VerdictResult } from '../analyze/types';

export function verifyAll(claims: readonly AnalysisClaim[], ctx: { series: Series[]; groups: ClaimGroup[] }): VerdictResult[] {
  const out: VerdictResult[] = [];
  for (const g of ctx.groups) {
    const agreeing = new Set(g.agreeing);
    for (const c of g.claims) {
      if (!agreeing.has(c)) {
        out.push({
          claimId: c.id, verdict: 'contradicted', check: 'reconcile', expected: g.consensus,
          explanation: `${g.independent.length} independent report(s) for the same quantity and period agree on ${formatInterval(g.consensus)}, which excludes this figure.`,
          evidence: g.agreeing.map((x) => x.id),
        });
      } else if (g.independent.length >= 2) {
        out.push({
          claimId: c.id, verdict: 'supported', check: 'reconcile', expected: g.consensus,
          explanation: `${g.independent.length} independent reports for the same quantity and period agree on ${formatInterval(g.consensus)}.`,
          evidence: g.agreeing.filter((x) => x !== c).map((x) => x.id),
        });
      } else {
        out.push({
          claimId: c.id, verdict: 'unverifiable', check: 'reconcile', expected: null,
          explanation: 'No other independent report covers the same quantity and period.', evidence: [],
        });
      }
    }
  }
  void claims;
  return out;
}
