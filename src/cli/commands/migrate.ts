// `absentia migrate`: brings the database's schema up to date (opening it does the same; this reports).
import type { Command } from 'commander';
import { migrate, openStore, pendingMigrations } from '../../store/index';

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description('apply pending schema migrations to the database (SQLite or PostgreSQL)')
    .option('--status', 'list pending migrations without applying them')
    .option('--db <path-or-url>', 'the database: an SQLite path or postgres:// URL (default ABSENTIA_DB, else ./absentia.db)')
    .action(async (opts) => {
      const store = await openStore(opts.db ?? null, { migrate: false });
      try {
        if (opts.status) {
          const pending = await pendingMigrations(store);
          console.log(pending.length ? `pending on ${store.location}:\n${pending.join('\n')}` : `${store.location} is up to date`);
          return;
        }
        const report = await migrate(store);
        for (const name of report.applied) console.log(`applied ${name}`);
        console.log(`${store.location}: ${report.applied.length} applied, ${report.alreadyApplied.length} already in place`);
      } finally {
        await store.close();
      }
    });
}
