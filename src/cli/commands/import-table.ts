// `absentia import-table FILE...`: official statistics tables (tidy CSV/XLSX, or the Prosecutor General's
// year-to-date cumulative layout) stored as figures with origin "table", every vintage kept.
import type { Command } from 'commander';
import { importTable, type ImportTableResult } from '../../ingest/tables/import';
import { openStore } from '../../store/index';
import { isIsoDate } from '../../util/dates';
import { AbsentiaError, usageError } from '../../util/errors';

interface ImportOpts {
  layout?: string;
  published?: string;
  year?: string;
  source?: string;
  sourceUrl?: string;
  format: string;
  db?: string;
}

export function registerImportTable(program: Command): void {
  program
    .command('import-table')
    .description('import official statistics tables (CSV or XLSX; tidy, or year-to-date cumulative by month) as figures with their publication dates')
    .argument('<files...>', 'CSV or XLSX files (docs/tables.md describes both layouts)')
    .option('--layout <layout>', 'tidy or ytd (default: recognised from the header)')
    .option('--published <date>', 'publication date of this release (YYYY-MM-DD), when the file does not say')
    .option('--year <year>', 'report year of a year-to-date table, when its title does not say')
    .option('--source <name>', "who published a year-to-date table (default: Prosecutor General's Office)")
    .option('--source-url <url>', 'where the table was published')
    .option('--format <format>', 'text or json', 'text')
    .option('--db <path-or-url>', 'the database: an SQLite path or postgres:// URL (default ABSENTIA_DB, else ./absentia.db)')
    .action(async (files: string[], opts: ImportOpts) => {
      if (opts.layout && opts.layout !== 'tidy' && opts.layout !== 'ytd') throw usageError('expected tidy or ytd', `--layout ${opts.layout}`);
      if (opts.published !== undefined && !isIsoDate(opts.published)) throw usageError('expected a date YYYY-MM-DD', `--published ${opts.published}`);
      if (opts.year !== undefined && !/^(19|20)\d\d$/u.test(opts.year)) throw usageError('expected a year such as 2025', `--year ${opts.year}`);
      if (opts.sourceUrl !== undefined && !/^https?:\/\//iu.test(opts.sourceUrl)) throw usageError('expected an http(s) URL', `--source-url ${opts.sourceUrl}`);
      if (opts.format !== 'text' && opts.format !== 'json') throw usageError('expected text or json', `--format ${opts.format}`);
      const store = await openStore(opts.db ?? null);
      const results: Array<ImportTableResult | { file: string; error: string }> = [];
      try {
        for (const file of files) {
          try {
            const r = await importTable(store, file, {
              layout: opts.layout as 'tidy' | 'ytd' | undefined,
              published: opts.published ?? null,
              year: opts.year ? Number(opts.year) : undefined,
              source: opts.source,
              sourceUrl: opts.sourceUrl ?? null,
            });
            results.push(r);
            if (opts.format === 'text') {
              console.log(`${file}: ${r.layout} ${r.format}, ${r.values} figures: ${r.added} added, ${r.skipped} already stored`);
              for (const p of r.problems) console.error(`absentia: ${file}: ${p}`);
            }
          } catch (err) {
            if (!(err instanceof AbsentiaError)) throw err;
            results.push({ file, error: err.line });
            console.error(`absentia: ${err.line}`);
          }
        }
      } finally {
        await store.close();
      }
      if (opts.format === 'json') console.log(JSON.stringify(results, null, 2));
      if (results.some((r) => 'error' in r)) process.exitCode = 1;
    });
}
