// `absentia series`: monthly series assembled from every stored figure, as a table, JSON or CSV.
import type { Command } from 'commander';
import { withAnalysisClaims } from '../../analyze/load';
import { describeKey } from '../../analyze/measure';
import { formatNumber } from '../../analyze/precision';
import { buildSeries } from '../../analyze/series';
import { SERIES_FIELDS, seriesRows, toCsv } from '../../analyze/export/tables';
import { isIsoDate } from '../../util/dates';
import { usageError } from '../../util/errors';

export function registerSeries(program: Command): void {
  program
    .command('series')
    .description('monthly series (reported, derived by differencing totals, or estimated) with the claims behind each month')
    .option('--force <codes>', 'forces, comma-separated (UA,RU)')
    .option('--event <events>', 'events, comma-separated (awol,desertion,...)')
    .option('--counted <units>', 'what is counted, comma-separated (cases,persons,...)')
    .option('--scope <text>', "only series of this scope ('none' for whole forces)")
    .option('--from <month>', 'first month shown (YYYY-MM)')
    .option('--to <month>', 'last month shown (YYYY-MM)')
    .option('--as-of <date>', 'only figures published on or before this date (YYYY-MM-DD)')
    .option('--format <format>', 'table, json or csv', 'table')
    .option('--db <path-or-url>', 'the database (default ABSENTIA_DB, else ./absentia.db)')
    .action(async (opts) => {
      const format = String(opts.format);
      if (!['table', 'json', 'csv'].includes(format)) throw usageError('unknown format (use table, json or csv)', `--format ${format}`);
      if (opts.asOf && !isIsoDate(opts.asOf)) throw usageError('expected a date YYYY-MM-DD', `--as-of ${opts.asOf}`);
      for (const [flag, v] of [['--from', opts.from], ['--to', opts.to]] as const) {
        if (v !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/u.test(v)) throw usageError('expected a month YYYY-MM', `${flag} ${v}`);
      }
      const list = (v?: string) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : undefined);
      const filter = { force: list(opts.force), event: list(opts.event), counted: list(opts.counted) };
      await withAnalysisClaims(opts.db ?? null, filter, (claims) => {
        let series = buildSeries(claims, { asOf: opts.asOf });
        if (opts.scope) series = series.filter((s) => (opts.scope === 'none' ? s.key.scope === null : s.key.scope?.toLowerCase().includes(String(opts.scope).toLowerCase())));
        for (const s of series) s.points = s.points.filter((p) => (!opts.from || p.month >= opts.from) && (!opts.to || p.month <= opts.to));
        series = series.filter((s) => s.points.length > 0);
        if (format === 'json') process.stdout.write(`${JSON.stringify(series.map((s) => ({ ...s, refused: s.refused.map((c) => c.id), points: s.points.map((p) => ({ ...p, high: Number.isFinite(p.high) ? p.high : null })) })), null, 2)}\n`);
        else if (format === 'csv') process.stdout.write(toCsv(seriesRows(series), SERIES_FIELDS));
        else {
          if (series.length === 0) console.error('no series match');
          for (const s of series) {
            process.stdout.write(`${s.id}  ${describeKey(s.key)}  (${s.facts} figures used, ${s.refused.length} refused as inconsistent)\n`);
            for (const p of s.points) {
              if (p.status === 'unknown' && p.low === 0 && p.high === Infinity) continue;
              const range = p.low === p.high ? '' : `  [${formatNumber(p.low)}–${formatNumber(p.high)}]`;
              process.stdout.write(`  ${p.month}  ${(p.value === null ? '—' : formatNumber(p.value)).padStart(9)}  ${p.status.padEnd(9)}${range}\n`);
            }
          }
        }
      });
    });
}
