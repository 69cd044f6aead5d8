// Refiners run in order over the claims of a document, batch by batch as the pipeline settles them (pipeline.ts):
// each must stay local to one claim or to one span, and a span lies within its sentence, never across a batch.
import type { ExtractedClaim } from '../../claim/claim';

export interface Refiner {
  name: string;
  run(claims: ExtractedClaim[], text: string): ExtractedClaim[];
}

export const refiners: Refiner[] = [
  {
    // the same span can be reached twice (a range and its parts): keep the first
    name: 'dedupe-spans',
    run: (claims) => {
      const seen = new Set<string>();
      return claims.filter((c) => {
        const k = `${c.span.start}:${c.span.end}`;
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      });
    },
  },
  {
    // spans must lie inside the text; a bug elsewhere must not emit an out-of-range claim
    name: 'spans-inside-text',
    run: (claims, text) => claims.filter((c) => c.span.start >= 0 && c.span.end <= text.length && c.span.start < c.span.end),
  },
  {
    // a period that ends before it starts is no period
    name: 'valid-periods',
    run: (claims) =>
      claims.map((c) => (c.period && c.period.start && c.period.end && c.period.start > c.period.end ? { ...c, period: null, periodBasis: 'none' } : c)),
  },
];
