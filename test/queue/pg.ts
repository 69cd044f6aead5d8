// PostgreSQL for the queue tests: a throwaway cluster from scripts/pg-cluster.sh (or the server named by
// ABSENTIA_TEST_PG), and a fresh database per test so that tests never see each other's jobs or rows.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import pg from 'pg';

export interface PgServer {
  /** postgres://... of the maintenance database `postgres`. */
  url: string;
  /** Restarts the server as a crash would (pg_ctl restart -m immediate); null when the server is not ours. */
  restart: (() => void) | null;
}

let server: PgServer | null | undefined;

/** The server, or null (with the reason printed once) when none can be had: the tests that need it skip. */
export function pgServer(): PgServer | null {
  if (server !== undefined) return server;
  const given = process.env.ABSENTIA_TEST_PG;
  if (given) {
    const dataDir = process.env.ABSENTIA_TEST_PGDATA;
    server = { url: given, restart: dataDir ? () => pgCtl(['restart', '-m', 'immediate', '-w', '-D', dataDir]) : null };
    return server;
  }
  if (!existsSync('scripts/pg-cluster.sh')) {
    console.error('# no PostgreSQL for the queue tests: set ABSENTIA_TEST_PG or add scripts/pg-cluster.sh');
    return (server = null);
  }
  const url = execFileSync('bash', ['scripts/pg-cluster.sh'], { encoding: 'utf8' }).trim().split('\n').pop() ?? '';
  server = { url, restart: null };
  return server;
}

function pgCtl(args: string[]): void {
  const bin = execFileSync('bash', ['-c', 'ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1'], { encoding: 'utf8' }).trim();
  const cmd = [`${bin}/pg_ctl`, ...args].map((a) => `'${a}'`).join(' ');
  // pg_ctl refuses to run as root; the cluster belongs to an unprivileged user.
  if (process.getuid?.() === 0) execFileSync('su', ['postgres', '-c', cmd], { stdio: 'ignore' });
  else execFileSync('bash', ['-c', cmd], { stdio: 'ignore' });
}

/** A new empty database on the server; drop() removes it (forcing out leftover connections). */
export async function freshDatabase(s: PgServer): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `absentia_q_${randomBytes(5).toString('hex')}`;
  await admin(s, `CREATE DATABASE ${name}`);
  const u = new URL(s.url);
  u.pathname = `/${name}`;
  return { url: u.toString(), drop: () => admin(s, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function admin(s: PgServer, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: s.url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Waits until check() is true, polling; throws with the label after timeoutMs. */
export async function waitFor(label: string, check: () => Promise<boolean>, timeoutMs = 30_000, everyMs = 200): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${label}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
