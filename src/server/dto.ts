// The shapes the API answers with (shared with the dashboard as types only).
export interface ApiClaim {
  id: number;
  document_id: number | null;
  origin: string;
  status: string;
  superseded: boolean;
  force: string;
  event: string;
  counted: string;
  statistic: string;
  value: { exact: number } | { low: number; high: number };
  qualifier: string;
  period: { start: string | null; end: string | null } | null;
  per: string | null;
  kind: string;
  scope: string | null;
  source: string | null;
  quote: string;
  span: { start: number; end: number } | null;
  sentence: { start: number; end: number } | null;
  confidence: number | null;
  language: string | null;
  published: string | null;
  source_url: string | null;
  publisher: string | null;
  updated_at: string;
  verdict: { verdict: string; explanation: string; check: string } | null;
}

export interface ApiAudit {
  id: number;
  actor: string;
  action: string;
  at: string;
  before: unknown;
  after: unknown;
  reason: string | null;
}

export interface ApiDocument {
  id: number;
  title: string | null;
  outlet: string | null;
  url: string | null;
  language: string | null;
  published: string | null;
  claims: number;
}

export interface Page<T> {
  items: T[];
  next: string | null;
}

export interface ApiSeriesPoint {
  month: string; // YYYY-MM
  value: number | null;
  low: number | null;
  high: number | null;
  basis: string; // reported | derived | estimated
  claims: number[];
}

export interface ApiSeries {
  key: string;
  force: string;
  event: string;
  counted: string;
  statistic: string;
  scope: string | null;
  points: ApiSeriesPoint[];
  projection: { period: { start: string; end: string }; value: number; low: number; high: number; method: string } | null;
}

export interface ApiAnnotation {
  start: string;
  end: string | null;
  force: string | null;
  label: { en: string; uk: string };
  url: string;
}

export interface ApiContradiction {
  id: string;
  force: string;
  event: string;
  counted: string;
  period: { start: string | null; end: string | null } | null;
  claims: { id: number; value: ApiClaim['value']; source: string | null; publisher: string | null; quote: string; source_url: string | null }[];
  explanation: string;
}

export interface ApiSource {
  name: string;
  claims: number;
  forces: string[];
  events: string[];
  publishers: string[];
  repeated_by: string[];
  verdicts: Record<string, number>;
}
