// The claims listing's JSON written straight from row tuples: the same bytes the route's response schema
// (fast-json-stringify over toApiClaim, claimSchema) gives, without an object per row for the database
// driver, another for the API and a third walk to serialise them. A row holding anything the fast path does
// not expect (a non-integer in an integer column, a number where text belongs) makes it answer null, and
// the route falls back to the schema's serializer: the output never differs (claims-json.test.ts).
import type { ClaimRow } from '../store/index';
import type { VerdictInfo } from './claims-view';

/** The columns toApiClaim reads, in the order the tuples carry them. */
export const API_COLUMNS = [
  'id', 'document_id', 'origin', 'status', 'superseded', 'force', 'event', 'counted', 'statistic', 'value_low', 'value_high',
  'is_range', 'qualifier', 'period_start', 'period_end', 'per', 'kind', 'scope', 'source', 'quote', 'span_start', 'span_end',
  'sentence_start', 'sentence_end', 'confidence', 'language', 'published', 'source_url', 'publisher', 'updated_at',
] as const satisfies readonly (keyof ClaimRow)[];

/** A tuple of API_COLUMNS as the row object toApiClaim takes (for the fallback and for CSV). */
export function rowOfTuple(t: readonly unknown[]): ClaimRow {
  const row: Record<string, unknown> = {};
  for (let i = 0; i < API_COLUMNS.length; i++) row[API_COLUMNS[i]] = t[i];
  return row as unknown as ClaimRow;
}

class Unexpected extends Error {}
const UNEXPECTED = new Unexpected();

const text = (v: unknown): string => {
  if (typeof v !== 'string') throw UNEXPECTED;
  return JSON.stringify(v);
};
const textOrNull = (v: unknown): string => (v === null ? 'null' : text(v));
const int = (v: unknown): string => {
  if (!Number.isInteger(v)) throw UNEXPECTED;
  return `${v}`;
};
const intOrNull = (v: unknown): string => (v === null ? 'null' : int(v));
const num = (v: unknown): string => {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw UNEXPECTED;
  return `${v}`;
};
const numOrNull = (v: unknown): string => (v === null ? 'null' : num(v));

/** One claim's JSON from its tuple, or throws UNEXPECTED. */
function claimJson(t: readonly unknown[], verdict: VerdictInfo): string {
  const value = t[11] ? `{"low":${num(t[9])},"high":${num(t[10])}}` : `{"exact":${num(t[9])}}`;
  const period = t[13] === null && t[14] === null ? 'null' : `{"start":${textOrNull(t[13])},"end":${textOrNull(t[14])}}`;
  const span = t[20] !== null && t[21] !== null ? `{"start":${int(t[20])},"end":${int(t[21])}}` : 'null';
  const sentence = t[22] !== null && t[23] !== null ? `{"start":${int(t[22])},"end":${int(t[23])}}` : 'null';
  const v = verdict === null ? 'null' : `{"verdict":${text(verdict.verdict)},"explanation":${text(verdict.explanation)},"check":${text(verdict.check)}}`;
  return `{"id":${int(t[0])},"document_id":${intOrNull(t[1])},"origin":${text(t[2])},"status":${text(t[3])},"superseded":${t[4] ? 'true' : 'false'},`
    + `"force":${text(t[5])},"event":${text(t[6])},"counted":${text(t[7])},"statistic":${text(t[8])},"value":${value},"qualifier":${text(t[12])},`
    + `"period":${period},"per":${textOrNull(t[15])},"kind":${text(t[16])},"scope":${textOrNull(t[17])},"source":${textOrNull(t[18])},"quote":${text(t[19])},`
    + `"span":${span},"sentence":${sentence},"confidence":${numOrNull(t[24])},"language":${textOrNull(t[25])},"published":${textOrNull(t[26])},`
    + `"source_url":${textOrNull(t[27])},"publisher":${textOrNull(t[28])},"updated_at":${text(t[29])},"verdict":${v}}`;
}

/** `{"items": [...], "next": ...}` for tuples of API_COLUMNS, or null when a row needs the schema's serializer. */
export function claimsPageJson(rows: readonly (readonly unknown[])[], next: string | null, verdictOf: (id: number) => VerdictInfo): string | null {
  let out = '{"items":[';
  try {
    for (let i = 0; i < rows.length; i++) out += (i === 0 ? '' : ',') + claimJson(rows[i], verdictOf(rows[i][0] as number));
  } catch (err) {
    if (err === UNEXPECTED) return null;
    throw err;
  }
  return `${out}],"next":${next === null ? 'null' : JSON.stringify(next)}}`;
}
