// The order facts go into a series model: figures that more independent reports agree on first, then
// exact before rounded, then the newer vintage (later releases revise earlier ones).
import type { Fact } from './facts';
import { reconcile } from './reconcile';
import { lowReliability, normalisePublisher } from './sources';
import { statedStep } from './precision';
import { compareDays } from './days';

const PRECISION: Record<string, number> = { exact: 0, range: 1, approx: 2, at_least: 3, at_most: 3 };

function roundness(c: Fact['claim']): number {
  if (c.qualifier !== 'exact') return 1;
  return 'exact' in c.value && statedStep(c.value.exact) <= 10 ? 0 : 1;
}

export function trustOrder(facts: readonly Fact[]): Fact[] {
  const claims = [...new Set(facts.map((f) => f.claim))];
  const score = new Map<object, number>();
  const carriers = new Map<object, number>();
  const weak = new Map<object, number>();
  for (const g of reconcile(claims)) {
    const publishers = new Set(g.agreeing.map((c) => normalisePublisher(c.publisher) ?? c.document ?? c.id)).size;
    const onlyWeak = g.agreeing.every((c) => lowReliability(c.publisher)) ? 1 : 0;
    for (const c of g.agreeing) {
      weak.set(c, onlyWeak);
      score.set(c, g.independent.length);
      carriers.set(c, publishers);
    }
    for (const c of g.dissenting) {
      score.set(c, 0);
      weak.set(c, lowReliability(c.publisher) ? 1 : 0);
    }
  }
  // Independent reports first; among equals, a figure many outlets carried before one only one printed;
  // then figures printed to the unit (as registers release them) before rounded renderings of them.
  // Figures only content farms carried come last whatever else holds.
  return [...facts].sort(
    (a, b) =>
      (weak.get(a.claim) ?? 0) - (weak.get(b.claim) ?? 0) ||
      // "About 16,000 each month" describes a level, not a month's count: after figures for a span.
      Number(a.claim.per !== null) - Number(b.claim.per !== null) ||
      (score.get(b.claim) ?? 0) - (score.get(a.claim) ?? 0) ||
      (carriers.get(b.claim) ?? 0) - (carriers.get(a.claim) ?? 0) ||
      roundness(a.claim) - roundness(b.claim) ||
      Number(lowReliability(a.claim.publisher)) - Number(lowReliability(b.claim.publisher)) ||
      (PRECISION[a.claim.qualifier] ?? 9) - (PRECISION[b.claim.qualifier] ?? 9) ||
      Number(a.claim.publishedEstimated ?? false) - Number(b.claim.publishedEstimated ?? false) ||
      compareDays(b.claim.published ?? '', a.claim.published ?? ''),
  );
}
