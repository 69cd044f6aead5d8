// A Frictionless data package (datapackage.json) describing the exported CSV files.
import { CLAIM_FIELDS, SERIES_FIELDS, SOURCE_FIELDS, VERDICT_FIELDS } from './tables';

const DESCRIPTIONS: Record<string, string> = {
  id: 'Claim id in this export', force: 'Armed forces the figure is about (ISO 3166-1 alpha-2)',
  event: 'What happened: awol, desertion, awol_or_desertion, return, defection, death, self_harm',
  counted: 'What the number counts: cases, persons, suspects, court_cases, convictions, years',
  statistic: 'count, mean_age, ratio (x-fold change) or share (percent)', value_low: 'Stated value, or the low end of a stated range',
  value_high: 'Stated value, or the high end of a stated range', qualifier: 'exact, approx, at_least, at_most or range',
  period_start: 'First day the figure covers (inclusive)', period_end: 'Last day the figure covers (inclusive)',
  per: 'Rate unit when the figure is per day/week/month/year', kind: 'reported, record, projection or change',
  scope: 'Sub-unit or region the figure is limited to', source: 'Who the page says the figure comes from',
  publisher: 'The outlet that printed it', url: 'The page it was printed on', published: 'Publication date of the page',
  published_estimated: '1 when the publication date was estimated from a note, not printed on the page',
  origin: 'machine (extracted), human, dataset (bundled) or table (official table)', quote: 'The sentence (or dataset note) that states it',
  series: 'Series id: force/event/counted/statistic[/scope]', month: 'Calendar month YYYY-MM', value: 'Best value for the month',
  low: 'Lowest value the published figures allow', high: 'Highest value the published figures allow (empty: unbounded)',
  status: 'reported (a figure for the month), derived (by differencing totals), estimated (share of a covering total) or unknown',
  claims: 'Ids of the claims the value rests on, space-separated', claim_id: 'The claim the verdict is about',
  verdict: 'supported, contradicted, unverifiable or internally_inconsistent', check: 'Which check decided',
  expected_low: 'Lowest value the data allow for the claim', expected_high: 'Highest value the data allow for the claim',
  explanation: 'Why, naming the figures used', chain: 'The chain the figure travelled, origin first (register > data project > outlet)',
  name: 'Name of the source or outlet', role: 'source (credited origin) or outlet (publisher)', matched: 'Figures that matched the reconciled value', total: 'Figures checked against a reconciled value', evidence: 'Ids of the claims the verdict rests on, space-separated',
};

const NUMBERS = new Set(['value_low', 'value_high', 'value', 'low', 'high', 'expected_low', 'expected_high']);
const INTEGERS = new Set(['published_estimated', 'matched', 'total']);
const DATES = new Set(['period_start', 'period_end', 'published']);

function schema(fields: readonly string[]) {
  return {
    fields: fields.map((name) => ({
      name,
      type: NUMBERS.has(name) ? 'number' : INTEGERS.has(name) ? 'integer' : DATES.has(name) ? 'date' : 'string',
      description: DESCRIPTIONS[name] ?? name,
    })),
  };
}

export function dataPackage(opts: { created: string; sources: { title: string; path: string }[] }) {
  return {
    profile: 'tabular-data-package',
    name: 'absentia-export',
    title: 'Reported figures on military desertion and unauthorized absence, reconciled and checked',
    description: 'Claims with provenance, monthly series assembled from them, and a verdict for each claim. Made by absentia.',
    created: opts.created,
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' }],
    sources: opts.sources,
    resources: [
      { name: 'claims', path: 'claims.csv', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', schema: { ...schema(CLAIM_FIELDS), primaryKey: ['id'] } },
      { name: 'series', path: 'series.csv', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', schema: schema(SERIES_FIELDS) },
      { name: 'sources', path: 'sources.csv', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', schema: schema(SOURCE_FIELDS) },
      { name: 'verdicts', path: 'verdicts.csv', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', schema: { ...schema(VERDICT_FIELDS), foreignKeys: [{ fields: ['claim_id'], reference: { resource: 'claims', fields: ['id'] } }] } },
    ],
  };
}
