// PostgreSQL for the queue tests: a throwaway cluster from scripts/pg-cluster.sh (or the server named by
// ABSENTIA_TEST_PG), and a fresh database per test so that tests never see each other's jobs or rows.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import pg from 'pg';

export interface PgServer {
  /** postgres://... of a database on the server (new databases are made beside it). */
  url: string;
  /** Restarts the server as a crash would (pg_ctl restart -m immediate, same port); null when not ours. */
  restart: (() => void) | null;
}

const servers = new Map<string, PgServer | null>();

/**
 * The shared throwaway cluster of scripts/pg-cluster.sh (leased for this test process), or the server
 * named by ABSENTIA_TEST_PG. With `own`, a cluster of this process alone, in a folder of its own, that
 * the test may restart without disturbing anyone else's tests. Null (reason printed) when none can be had.
 */
export function pgServer(options: { own?: boolean } = {}): PgServer | null {
  const key = options.own ? 'own' : 'shared';
  if (servers.has(key)) return servers.get(key)!;
  let server: PgServer | null = null;
  const given = process.env.ABSENTIA_TEST_PG;
  if (given && !options.own) {
    server = { url: given, restart: null };
  } else if (!existsSync('scripts/pg-cluster.sh') || !existsSync('/usr/lib/postgresql')) {
    console.error('# no PostgreSQL for the queue tests: install Debian\'s postgresql (scripts/pg-cluster.sh uses it)');
  } else {
    const dir = options.own ? `${process.env.TMPDIR ?? '/tmp'}/absentia-pg-queue-${process.pid}` : undefined;
    const env = { ...process.env, ...(dir ? { ABSENTIA_PG_DIR: dir } : {}) };
    const url = execFileSync('bash', ['scripts/pg-cluster.sh', 'lease', String(process.pid)], { encoding: 'utf8', env }).trim().split('\n').pop()!;
    process.on('exit', () => {
      try {
        execFileSync('bash', ['scripts/pg-cluster.sh', 'release', String(process.pid)], { env, stdio: 'ignore' });
      } catch {
        // the cluster stops with its last lease; nothing to do if that fails here
      }
    });
    server = { url, restart: dir ? () => pgCtl(['restart', '-m', 'immediate', '-w', '-D', `${dir}/data`, '-l', `${dir}/server.log`]) : null };
  }
  servers.set(key, server);
  return server;
}

function pgCtl(args: string[]): void {
  const bin = execFileSync('bash', ['-c', 'ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1'], { encoding: 'utf8' }).trim();
  // pg_ctl refuses to run as root; the cluster belongs to an unprivileged user (see pg-cluster.sh).
  const asOwner = process.getuid?.() === 0 ? ['runuser', '-u', process.env.ABSENTIA_PG_USER ?? 'postgres', '--'] : [];
  execFileSync(asOwner[0] ?? `${bin}/pg_ctl`, [...asOwner.slice(1), ...(asOwner.length ? [`${bin}/pg_ctl`] : []), ...args], { stdio: 'ignore' });
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
  client.on('error', () => {});
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
