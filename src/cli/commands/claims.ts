// `absentia claims`: the stored claims, filtered, as a table for people or JSON / CSV for tools.
import type { Command } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { CLAIM_ORIGINS, CLAIM_SORTS, type ClaimFilter, type ClaimRow, type ClaimSort, listClaims, MAX_PAGE, openStore, REVIEW_STATUSES, toClaimRecord, type Store } from '../../store/index';
import { isIsoDate } from '../../util/dates';
import { usageError } from '../../util/errors';
import { renderTable } from '../render-table';

export function registerClaims(program: Command): void {
  program
    .command('claims')
    .description('list stored claims (newest first; rejected, corrected and superseded claims left out unless asked for)')
    .option('--force <codes>', 'forces, comma-separated ISO codes (UA,RU)')
    .option('--event <events>', 'events, comma-separated (awol,desertion,...)')
    .option('--counted <units>', 'what is counted, comma-separated (cases,persons,...)')
    .option('--from <date>', 'claims covering this date or later (YYYY-MM-DD)')
    .option('--to <date>', 'claims covering this date or earlier (YYYY-MM-DD)')
    .option('--source <text>', 'part of the source name, any case')
    .option('--document <id>', 'claims of one document (its id)')
    .option('--status <list>', `review statuses, comma-separated (${REVIEW_STATUSES.join(',')})`)
    .option('--origin <list>', `origins, comma-separated (${CLAIM_ORIGINS.join(',')})`)
    .option('--q <words>', 'words that must all occur in the quote')
    .option('--superseded', 'include claims of older document versions')
    .option('--sort <key>', `order (${CLAIM_SORTS.join(', ')})`, '-published')
    .option('--limit <n>', 'at most this many claims (0 for all)', '100')
    .option('--cursor <cursor>', 'continue a listing where the previous page ended')
    .option('--format <format>', 'table, json or csv', 'table')
    .option('--db <path-or-url>', 'the database: an SQLite path or postgres:// URL (default ABSENTIA_DB, else ./absentia.db)')
    .action(async (opts) => {
      const format = parseFormat(opts.format);
      const filter = claimFilterFrom(opts);
      const limit = parseLimit(opts.limit);
      const sort = opts.sort as ClaimSort;
      if (!CLAIM_SORTS.includes(sort)) throw usageError(`unknown sort (use one of ${CLAIM_SORTS.join(', ')})`, `--sort ${opts.sort}`);
      const store = await openStore(opts.db ?? null);
      try {
        const { rows, nextCursor } = await collect(store, filter, sort, limit, opts.cursor ?? null);
        if (format === 'json') process.stdout.write(`${JSON.stringify(rows.map(claimJson), null, 2)}\n`);
        else if (format === 'csv') process.stdout.write(claimsCsv(rows));
        else {
          process.stdout.write(renderTable(CLAIM_TABLE, rows.map(claimTableRow)));
          if (rows.length === 0) console.error('no claims match');
        }
        if (nextCursor) console.error(`more claims: --cursor ${nextCursor}`);
      } finally {
        await store.close();
      }
    });
}

async function collect(store: Store, filter: ClaimFilter, sort: ClaimSort, limit: number, cursor: string | null): Promise<{ rows: ClaimRow[]; nextCursor: string | null }> {
  const rows: ClaimRow[] = [];
  let next = cursor;
  do {
    const want = limit === 0 ? MAX_PAGE : Math.min(MAX_PAGE, limit - rows.length);
    const page = await listClaims(store, filter, { sort, limit: want, cursor: next });
    rows.push(...page.rows);
    next = page.nextCursor;
  } while (next && (limit === 0 || rows.length < limit));
  return { rows, nextCursor: next };
}

export function claimFilterFrom(opts: Record<string, string | boolean | undefined>): ClaimFilter {
  const csv = (v: unknown) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : undefined);
  const date = (v: unknown, flag: string) => {
    if (v === undefined) return undefined;
    if (typeof v !== 'string' || !isIsoDate(v)) throw usageError('expected a date YYYY-MM-DD', `${flag} ${String(v)}`);
    return v;
  };
  const filter: ClaimFilter = {};
  if (opts.force) filter.force = csv(opts.force)!.map((f) => f.toUpperCase());
  if (opts.event) filter.event = csv(opts.event);
  if (opts.counted) filter.counted = csv(opts.counted);
  filter.from = date(opts.from, '--from');
  filter.to = date(opts.to, '--to');
  if (filter.from && filter.to && filter.from > filter.to) throw usageError('--from is after --to', `${filter.from} > ${filter.to}`);
  if (typeof opts.source === 'string') filter.source = opts.source;
  if (opts.document !== undefined) {
    if (!/^\d+$/.test(String(opts.document))) throw usageError('expected a document id (a whole number)', `--document ${opts.document}`);
    filter.document = Number(opts.document);
  }
  if (opts.status) {
    const s = csv(opts.status)!;
    const bad = s.find((x) => !(REVIEW_STATUSES as readonly string[]).includes(x));
    if (bad) throw usageError(`unknown status (use ${REVIEW_STATUSES.join(', ')})`, `--status ${bad}`);
    filter.status = s as ClaimFilter['status'];
  }
  if (opts.origin) {
    const o = csv(opts.origin)!;
    const bad = o.find((x) => !(CLAIM_ORIGINS as readonly string[]).includes(x));
    if (bad) throw usageError(`unknown origin (use ${CLAIM_ORIGINS.join(', ')})`, `--origin ${bad}`);
    filter.origin = o as ClaimFilter['origin'];
  }
  if (typeof opts.q === 'string') filter.q = opts.q;
  if (opts.superseded) filter.includeSuperseded = true;
  return filter;
}

export function parseFormat(v: string): 'table' | 'json' | 'csv' {
  if (v === 'table' || v === 'json' || v === 'csv') return v;
  throw usageError('unknown format (use table, json or csv)', `--format ${v}`);
}

export function parseLimit(v: string): number {
  if (!/^\d+$/.test(v)) throw usageError('expected a whole number (0 for all)', `--limit ${v}`);
  return Number(v);
}

/** The FORMAT.md record with the claim's id and provenance. */
export function claimJson(r: ClaimRow) {
  return {
    id: r.id,
    ...toClaimRecord(r),
    document: r.document_id,
    version: r.version_id,
    origin: r.origin,
    status: r.status,
    superseded: r.superseded === 1,
    published: r.published,
    source_url: r.source_url,
    publisher: r.publisher,
    span: r.span_start === null ? null : { start: r.span_start, end: r.span_end },
    sentence: r.sentence_start === null ? null : { start: r.sentence_start, end: r.sentence_end },
    rules: r.rules ? (JSON.parse(r.rules) as string[]) : [],
    period_basis: r.period_basis,
    confidence: r.confidence,
    language: r.language,
    extractor_version: r.extractor_version,
  };
}

const CSV_COLUMNS = [
  'id', 'force', 'event', 'counted', 'statistic', 'value_low', 'value_high', 'is_range', 'qualifier', 'period_start', 'period_end',
  'per', 'kind', 'scope', 'source', 'quote', 'document_id', 'origin', 'status', 'published', 'source_url', 'publisher', 'confidence', 'language',
] as const;

/** CSV of claims; a text cell that a spreadsheet would run as a formula is neutralised, numbers are left alone. */
export function claimsCsv(rows: readonly ClaimRow[]): string {
  return toCsv(CSV_COLUMNS, rows.map((r) => CSV_COLUMNS.map((c) => r[c])));
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<unknown>>): string {
  return stringify([header as string[], ...rows.map((r) => r.map(csvCell))]);
}

export function csvCell(v: unknown): string | number {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return v;
  const s = String(v);
  return /^[=+\-@\t\r|%]/u.test(s) ? `'${s}` : s;
}

const CLAIM_TABLE = ['id', 'force', 'event', 'counted', 'value', 'period', 'per', 'kind', 'source', 'published', 'doc'];

function claimTableRow(r: ClaimRow): string[] {
  const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const q = { exact: '', approx: '~', at_least: '>=', at_most: '<=', range: '' }[r.qualifier] ?? '';
  const value = `${q}${r.is_range ? `${fmt(r.value_low)}-${fmt(r.value_high)}` : fmt(r.value_low)}${r.statistic === 'share' ? '%' : r.statistic === 'ratio' ? 'x' : ''}`;
  const period = r.period_start || r.period_end ? `${r.period_start ?? '?'}..${r.period_end ?? '?'}` : '';
  return [String(r.id), r.force, r.event, r.counted, value, period, r.per ?? '', r.kind, r.source ?? '', r.published ?? '', String(r.document_id ?? '')];
}
