// The order facts go into a series model: figures that more independent reports agree on first, then
// exact before rounded, then the newer vintage (later releases revise earlier ones).
import type { Fact } from './facts';
import { reconcile } from './reconcile';

const PRECISION: Record<string, number> = { exact: 0, range: 1, approx: 2, at_least: 3, at_most: 3 };

export function trustOrder(facts: readonly Fact[]): Fact[] {
  const claims = [...new Set(facts.map((f) => f.claim))];
  const score = new Map<object, number>();
  for (const g of reconcile(claims)) {
    for (const c of g.agreeing) score.set(c, g.independent.length);
    for (const c of g.dissenting) score.set(c, 0);
  }
  return [...facts].sort(
    (a, b) =>
      (score.get(b.claim) ?? 0) - (score.get(a.claim) ?? 0) ||
      (PRECISION[a.claim.qualifier] ?? 9) - (PRECISION[b.claim.qualifier] ?? 9) ||
      (b.claim.published ?? '').localeCompare(a.claim.published ?? ''),
  );
}
