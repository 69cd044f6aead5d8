// The claim as analysis sees it: the FORMAT.md record plus where it came from.
import type { ClaimRecord } from '../claim';

export type ClaimOrigin = 'machine' | 'human' | 'dataset' | 'table';

export interface AnalysisClaim extends ClaimRecord {
  /** Stable id (store id, dataset row id, or "doc#n" for a document being checked). */
  id: string;
  /** ISO date the figure became public; null when unknown. */
  published: string | null;
  /** True when `published` was estimated (from a note or the period end), not printed on the page. */
  publishedEstimated?: boolean;
  /** The outlet that printed it (domain or name). */
  publisher: string | null;
  url: string | null;
  /** The document (page) the claim stands in; claims of one document never check each other. */
  document: string | null;
  /** Id of the claim this one repeats, when known (a relay of a relay). */
  echoOf: string | null;
  origin: ClaimOrigin;
  /** Free-text note (the dataset's remarks). */
  note?: string | null;
}

export type Verdict = 'supported' | 'contradicted' | 'unverifiable' | 'internally_inconsistent';

export interface VerdictResult {
  claimId: string;
  verdict: Verdict;
  /** One or more sentences for people, naming the data used. */
  explanation: string;
  /** Which check decided (record, change, per_month, total, funnel, projection, period, ...). */
  check: string;
  /** What the data say the value is, as an interval; null when nothing is known. */
  expected: { low: number; high: number } | null;
  /** Ids of the claims whose figures the verdict rests on. */
  evidence: string[];
}
