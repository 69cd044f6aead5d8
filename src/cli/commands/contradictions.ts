// `absentia contradictions`: figures for the same quantity and period that disagree beyond their stated precision.
import type { Command } from 'commander';
import { attribution, describePeriod } from '../../analyze/explain';
import { withAnalysisClaims } from '../../analyze/load';
import { describeKey, parseSeriesId } from '../../analyze/measure';
import { formatInterval } from '../../analyze/precision';
import { contradictions, reconcile } from '../../analyze/reconcile';
import { usageError } from '../../util/errors';

export function registerContradictions(program: Command): void {
  program
    .command('contradictions')
    .description('groups of claims about the same quantity and period that disagree, with who said what')
    .option('--force <codes>', 'forces, comma-separated (UA,RU)')
    .option('--event <events>', 'events, comma-separated')
    .option('--format <format>', 'table or json', 'table')
    .option('--db <path-or-url>', 'the database (default ABSENTIA_DB, else ./absentia.db)')
    .action(async (opts) => {
      const format = String(opts.format);
      if (!['table', 'json'].includes(format)) throw usageError('unknown format (use table or json)', `--format ${format}`);
      const list = (v?: string) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : undefined);
      await withAnalysisClaims(opts.db ?? null, { force: list(opts.force), event: list(opts.event) }, (claims) => {
        const found = contradictions(reconcile(claims)).sort((a, b) => a.group.key.localeCompare(b.group.key));
        if (format === 'json') {
          const out = found.map((c) => ({
            series: c.group.series,
            period: c.group.period,
            per: c.group.per,
            consensus: { low: c.group.consensus.low, high: Number.isFinite(c.group.consensus.high) ? c.group.consensus.high : null },
            positions: c.positions.map((p) => ({
              low: p.interval.low,
              high: Number.isFinite(p.interval.high) ? p.interval.high : null,
              independent: p.independent,
              claims: p.claims.map((x) => ({ id: x.id, source: x.source, publisher: x.publisher, url: x.url, published: x.published })),
            })),
          }));
          process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
          return;
        }
        if (found.length === 0) console.error('no contradictions');
        for (const c of found) {
          process.stdout.write(`${describeKey(parseSeriesId(c.group.series))}, ${describePeriod(c.group.period)}${c.group.per ? ` per ${c.group.per}` : ''}\n`);
          for (const p of c.positions) {
            const who = p.claims.slice(0, 4).map(attribution).join('; ');
            const more = p.claims.length > 4 ? `; +${p.claims.length - 4} more` : '';
            process.stdout.write(`  ${formatInterval(p.interval).padEnd(22)} ${p.independent} independent: ${who}${more}\n`);
          }
        }
      });
    });
}
