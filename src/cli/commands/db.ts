// `absentia db copy --from A --to B`: moves a whole store between SQLite and PostgreSQL (either way).
import type { Command } from 'commander';
import { copyStore } from '../../store/copy';
import { openStore } from '../../store/index';
import { AbsentiaError, usageError } from '../../util/errors';
import { renderTable } from '../render-table';

export function registerDb(program: Command): void {
  const db = program.command('db').description('database maintenance');
  db.command('copy')
    .description('copy every table (documents, versions, claims, archives, audit log, ...) into an empty database, then compare counts and checksums')
    .requiredOption('--from <db>', 'source: sqlite:PATH, a path, or postgres://...')
    .requiredOption('--to <db>', 'target, empty (created and migrated if needed): sqlite:PATH, a path, or postgres://...')
    .action(async (opts: { from: string; to: string }) => {
      if (opts.from === opts.to) throw usageError('--from and --to name the same database', opts.from);
      const source = await openStore(opts.from);
      try {
        const target = await openStore(opts.to);
        try {
          console.error(`copying ${source.location} -> ${target.location}`);
          const report = await copyStore(source, target, (table, rows) => console.error(`  ${table}: ${rows} rows`));
          process.stdout.write(
            renderTable(
              ['table', 'source rows', 'target rows', 'source checksum', 'target checksum', 'ok'],
              report.tables.map((t) => [t.table, String(t.sourceRows), String(t.targetRows), t.sourceChecksum, t.targetChecksum, t.ok ? 'ok' : 'DIFFERENT']),
            ),
          );
          if (!report.ok) throw new AbsentiaError('internal', 'the copy differs from its source (see the table above)', target.location);
          console.error(`copied ${report.tables.reduce((n, t) => n + t.targetRows, 0)} rows in ${report.tables.length} tables; counts and checksums equal`);
        } finally {
          await target.close();
        }
      } finally {
        await source.close();
      }
    });
}
