// `absentia serve`: the API and the dashboard on one port, on the embedded SQLite database (or Postgres),
// with the bundled dataset loaded on first start.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { ensureBundledDataset } from '../../dataset/index';
import { buildApp } from '../../server/app';
import { DEFAULT_PAGE_CACHE_MB } from '../../server/context';
import { isLoopbackHost } from '../../server/auth/secure-cookie';
import { openStore } from '../../store/index';
import { AbsentiaError, usageError } from '../../util/errors';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (/api, docs at /api/docs) and the dashboard')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <port>', 'port to listen on', '8080')
    .option('--db <url>', 'the store (an SQLite path or postgres://...); default ABSENTIA_DB or ./absentia.db')
    .option('--no-dataset', 'do not load the bundled dataset into an empty database')
    .option('--public-url <url>', 'the URL people reach this server at (links in feeds and webhooks)')
    .option('--cache-mb <n>', `megabytes of claims-listing pages kept in memory for repeated requests, dropped on any write to the database (SQLite only; 0 keeps none)`, String(DEFAULT_PAGE_CACHE_MB))
    .option('--quiet', 'no request log')
    .action(async (opts) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw usageError('must be a port number 0-65535', `--port ${opts.port}`);
      const cacheMb = Number(opts.cacheMb);
      if (!/^\d+(\.\d+)?$/u.test(String(opts.cacheMb)) || cacheMb > 65536) throw usageError('must be a number of megabytes from 0 to 65536', `--cache-mb ${opts.cacheMb}`);
      const store = await openStore(opts.db);
      if (opts.dataset) {
        const r = await ensureBundledDataset(store);
        console.error(`absentia: bundled dataset: ${JSON.stringify(r)}`);
      }
      const webRoot = findWebRoot();
      if (!webRoot) console.error('absentia: dist/web not found (run npm run build); serving the API only');
      const app = await buildApp({
        store, webRoot: webRoot ?? undefined, publicUrl: opts.publicUrl, pageCacheMb: cacheMb,
        logger: opts.quiet ? false : { level: 'info', redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'] },
      });
      let address: string;
      try {
        address = await app.listen({ host: opts.host, port });
      } catch (err) {
        await store.close();
        throw new AbsentiaError('usage', `cannot listen (${(err as Error).message})`, `${opts.host}:${port}`);
      }
      console.error(`absentia: serving ${store.location} at ${address} (API docs at ${address}/api/docs)`);
      if (!isLoopbackHost(opts.host) && !opts.publicUrl?.startsWith('https:')) {
        console.error('absentia: warning: plain HTTP on a network address: passwords and session cookies travel unencrypted; put a TLS proxy in front and pass --public-url https://...');
      }
      const stop = async () => {
        await app.close();
        await store.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}

/** dist/web beside the running bundle (dist/cli.js) or in the project root when run from source. */
function findWebRoot(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    for (const c of [join(dir, 'web'), join(dir, 'dist', 'web')]) if (existsSync(join(c, 'index.html')) && existsSync(join(c, 'app.js'))) return c;
    dir = dirname(dir);
  }
  return null;
}
