// The claim record of FORMAT.md, and the extra provenance the extractor attaches to it.
import type { ClaimEvent, ClaimKind, Counted, Qualifier, RateUnit, Statistic } from './taxonomy';

export type ClaimValue = { exact: number } | { low: number; high: number };

/** Inclusive ISO dates (YYYY-MM-DD); either end may be null when the text gives only the other. */
export interface Period {
  start: string | null;
  end: string | null;
}

/** Exactly the fields of FORMAT.md, in its order. */
export interface ClaimRecord {
  force: string;
  event: ClaimEvent | string;
  counted: Counted;
  statistic: Statistic;
  value: ClaimValue;
  qualifier: Qualifier;
  period: Period | null;
  per: RateUnit | null;
  kind: ClaimKind;
  scope: string | null;
  source: string | null;
  quote: string;
}

/** A half-open character range [start, end) in the original text. */
export interface Span {
  start: number;
  end: number;
}

/** How the period was arrived at: stated in the text, inferred (e.g. year from the published date), or absent. */
export type PeriodBasis = 'stated' | 'inferred' | 'none';

/** A claim as the extractor emits it: the record plus where it came from. */
export interface ExtractedClaim extends ClaimRecord {
  /** Span of the number (or range) in the text. */
  span: Span;
  /** Span of the sentence (the quote). */
  sentence: Span;
  /** Names of the rules that fired, in order (number parser first). */
  rules: string[];
  periodBasis: PeriodBasis;
  /** 0..1: how sure the extractor is that this is a claim with these attributes. */
  confidence: number;
  language: string;
}

export function isRange(v: ClaimValue): v is { low: number; high: number } {
  return 'low' in v;
}

/** Low and high ends of a value (equal for an exact value). */
export function valueBounds(v: ClaimValue): [number, number] {
  return isRange(v) ? [v.low, v.high] : [v.exact, v.exact];
}

/** The FORMAT.md record of a claim, dropping extractor-only fields, with keys in FORMAT.md order. */
export function toRecord(c: ClaimRecord): ClaimRecord {
  return {
    force: c.force,
    event: c.event,
    counted: c.counted,
    statistic: c.statistic,
    value: c.value,
    qualifier: c.qualifier,
    period: c.period,
    per: c.per,
    kind: c.kind,
    scope: c.scope,
    source: c.source,
    quote: c.quote,
  };
}
