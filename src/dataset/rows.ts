// The bundled dataset's CSV (data/reported-figures.csv) read into claim records with provenance.
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import type { ClaimRecord } from '../claim';
import { claimRecordSchema } from '../claim';
import { isIsoDate } from '../util/dates';
import { inputError } from '../util/errors';

export const DATASET_COLUMNS = [
  'force', 'event', 'counted', 'statistic', 'value_low', 'value_high', 'qualifier', 'period_start', 'period_end',
  'per', 'kind', 'scope', 'source', 'publisher', 'url', 'published', 'language', 'note',
] as const;

export interface DatasetRow {
  /** Stable across re-orderings of the file: a hash of the row's content. */
  externalId: string;
  line: number;
  record: ClaimRecord;
  publisher: string;
  url: string;
  published: string | null;
  language: string;
  note: string;
}

const empty = (s: string | undefined) => (s === undefined || s.trim() === '' ? null : s.trim());

export function parseDatasetCsv(text: string, name: string): DatasetRow[] {
  let rows: Record<string, string>[];
  try {
    rows = parse(text, { columns: true, skip_empty_lines: true, bom: true, relax_column_count: false });
  } catch (err) {
    throw inputError(`not a readable CSV: ${(err as Error).message}`, name, err);
  }
  if (rows.length === 0) throw inputError('the dataset has no rows', name);
  const missing = DATASET_COLUMNS.filter((c) => !(c in rows[0]));
  if (missing.length) throw inputError(`missing columns: ${missing.join(', ')}`, name);
  const seen = new Set<string>();
  return rows.map((r, i) => {
    const line = i + 2;
    const where = `${name}:${line}`;
    const low = Number(r.value_low);
    const high = Number(r.value_high);
    if (!Number.isFinite(low) || !Number.isFinite(high)) throw inputError('value_low/value_high must be numbers', where);
    const quote = r.note?.trim() ?? '';
    const candidate = {
      force: r.force,
      event: r.event,
      counted: r.counted,
      statistic: r.statistic,
      value: low === high && r.qualifier !== 'range' ? { exact: low } : { low, high },
      qualifier: r.qualifier,
      period: empty(r.period_start) || empty(r.period_end) ? { start: empty(r.period_start), end: empty(r.period_end) } : null,
      per: empty(r.per),
      kind: r.kind,
      scope: empty(r.scope),
      source: empty(r.source),
      quote,
    };
    const parsed = claimRecordSchema.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw inputError(`${issue.path.join('.') || 'row'}: ${issue.message}`, where);
    }
    const published = empty(r.published);
    if (published && !isIsoDate(published)) throw inputError('published must be YYYY-MM-DD', where);
    const hash = createHash('sha256').update(DATASET_COLUMNS.map((c) => r[c] ?? '').join('\u001f')).digest('hex').slice(0, 20);
    let externalId = `dataset:${hash}`;
    for (let k = 2; seen.has(externalId); k++) externalId = `dataset:${hash}:${k}`;
    seen.add(externalId);
    return {
      externalId,
      line,
      record: parsed.data as ClaimRecord,
      publisher: r.publisher.trim(),
      url: r.url.trim(),
      published,
      language: r.language.trim(),
      note: quote,
    };
  });
}
