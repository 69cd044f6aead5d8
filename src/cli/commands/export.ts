// `absentia export`: claims, series and verdicts as CSV and JSON, a Frictionless data package, and
// verdicts as schema.org ClaimReview JSON-LD, written into one folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { claimReview } from '../../analyze/export/claimreview';
import { dataPackage } from '../../analyze/export/datapackage';
import { CLAIM_FIELDS, claimRow, SERIES_FIELDS, seriesRows, SOURCE_FIELDS, sourceRows, toCsv, VERDICT_FIELDS, verdictRows } from '../../analyze/export/tables';
import { reconcile } from '../../analyze/reconcile';
import { trackRecords } from '../../analyze/track-record';
import { withAnalysisClaims } from '../../analyze/load';
import { buildSeries } from '../../analyze/series';
import { verifyClaims } from '../../analyze/verify';
import { inputError, usageError } from '../../util/errors';

const FORMATS = ['csv', 'json', 'datapackage', 'claimreview'] as const;

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write claims, series and verdicts (CSV, JSON, Frictionless datapackage.json, ClaimReview JSON-LD) into a folder')
    .requiredOption('--out <dir>', 'the folder to write into (created if missing)')
    .option('--formats <list>', `comma-separated: ${FORMATS.join(',')}`, FORMATS.join(','))
    .option('--force <codes>', 'forces, comma-separated (UA,RU)')
    .option('--db <path-or-url>', 'the database (default ABSENTIA_DB, else ./absentia.db)')
    .action(async (opts) => {
      const formats = String(opts.formats).split(',').map((s) => s.trim()).filter(Boolean);
      for (const f of formats) if (!(FORMATS as readonly string[]).includes(f)) throw usageError(`unknown format (use ${FORMATS.join(', ')})`, `--formats ${f}`);
      const dir = String(opts.out);
      try {
        mkdirSync(dir, { recursive: true });
      } catch (err) {
        throw inputError(`cannot create the folder: ${(err as Error).message}`, dir, err);
      }
      const force = opts.force ? String(opts.force).split(',') : undefined;
      await withAnalysisClaims(opts.db ?? null, { force }, (claims) => {
        const series = buildSeries(claims);
        const verdicts = verifyClaims(claims, claims);
        const sources = trackRecords(reconcile(claims));
        const byId = new Map(claims.map((c) => [c.id, c]));
        const written: string[] = [];
        const write = (name: string, text: string) => {
          writeFileSync(join(dir, name), text);
          written.push(name);
        };
        if (formats.includes('csv') || formats.includes('datapackage')) {
          write('claims.csv', toCsv(claims.map(claimRow), CLAIM_FIELDS));
          write('series.csv', toCsv(seriesRows(series), SERIES_FIELDS));
          write('verdicts.csv', toCsv(verdictRows(verdicts), VERDICT_FIELDS));
          write('sources.csv', toCsv(sourceRows(sources), SOURCE_FIELDS));
        }
        if (formats.includes('json')) {
          write('claims.json', `${JSON.stringify(claims.map(claimRow), null, 2)}\n`);
          write('series.json', `${JSON.stringify(seriesRows(series), null, 2)}\n`);
          write('verdicts.json', `${JSON.stringify(verdictRows(verdicts), null, 2)}\n`);
          write('sources.json', `${JSON.stringify(sourceRows(sources), null, 2)}\n`);
        }
        const today = new Date().toISOString().slice(0, 10);
        if (formats.includes('datapackage')) {
          const urls = [...new Set(claims.map((c) => c.url).filter((u): u is string => Boolean(u)))];
          write('datapackage.json', `${JSON.stringify(dataPackage({ created: new Date().toISOString(), sources: urls.map((u) => ({ title: u, path: u })) }), null, 2)}\n`);
        }
        if (formats.includes('claimreview')) {
          const reviews = verdicts.map((v) => claimReview(byId.get(v.claimId)!, v, { reviewer: 'absentia', date: today }));
          write('claimreview.jsonld', `${JSON.stringify(reviews, null, 2)}\n`);
        }
        console.error(`wrote ${written.join(', ')} to ${dir} (${claims.length} claims, ${series.length} series, ${verdicts.length} verdicts)`);
      });
    });
}
