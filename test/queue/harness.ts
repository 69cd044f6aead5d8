// Shared by the pipeline tests and the queue benchmark: worker processes, queue drain, store checks.
import { spawn, type ChildProcess } from 'node:child_process';
import pg from 'pg';
import type { QueuePolicy, QueueName } from '../../src/queue/jobs';
import type { JobQueue } from '../../src/queue/queue';
import { waitFor } from './pg';

export type Policies = Partial<Record<QueueName, Partial<QueuePolicy>>>;

export interface WorkerProcess {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the exit code (or signal name) once the process is gone. */
  exited: Promise<number | string>;
}

/** `absentia worker` in a child process (TypeScript through tsx), store and queue in one database. */
export function spawnWorker(dbUrl: string, policies: Policies, args: string[] = []): WorkerProcess {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli/main.ts', 'worker', '--allow-private', '--host-delay', '0', '--poll', '0.2', '--maintenance', '1', ...args],
    {
      env: { ...process.env, ABSENTIA_DB: dbUrl, ABSENTIA_QUEUE: '', ABSENTIA_QUEUE_POLICIES: JSON.stringify(policies) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  return { child, output: () => out, exited };
}

export async function stopWorker(w: WorkerProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | string> {
  if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill(signal);
  return w.exited;
}

/** Waits until no job of the three queues is waiting, retrying or running. */
export async function drained(queue: JobQueue, timeoutMs = 60_000): Promise<void> {
  await waitFor(
    'the queue to drain',
    async () => {
      const c = await queue.counts();
      return (['fetch', 'extract', 'analyze'] as const).every((q) => c[q].created + c[q].retry + c[q].active === 0);
    },
    timeoutMs,
    250,
  );
}

export interface StoreFacts {
  documents: number;
  versions: number;
  claims: number;
  /** Claims whose identity (version, span, force, event, counted, statistic, value) occurs more than once. */
  duplicateClaims: number;
  /** Documents whose canonical URL occurs more than once (the unique index should make this 0). */
  duplicateDocuments: number;
  /** Versions without machine-claim extraction recorded. */
  unextracted: number;
  claimsPerVersion: Map<number, number>;
}

export async function storeFacts(dbUrl: string): Promise<StoreFacts> {
  const c = new pg.Client({ connectionString: dbUrl });
  c.on('error', () => {}); // a restarting server resets the connection; the query in flight fails instead
  await c.connect();
  try {
    const one = async (q: string) => Number((await c.query(q)).rows[0].n);
    const perVersion = await c.query('SELECT version_id, count(*)::int AS n FROM claims GROUP BY version_id');
    return {
      documents: await one('SELECT count(*) AS n FROM documents'),
      versions: await one('SELECT count(*) AS n FROM document_versions'),
      claims: await one('SELECT count(*) AS n FROM claims'),
      duplicateClaims: await one(
        `SELECT count(*) AS n FROM (SELECT 1 FROM claims GROUP BY version_id, span_start, span_end, force, event, counted,
           statistic, value_low, value_high HAVING count(*) > 1) d`,
      ),
      duplicateDocuments: await one('SELECT count(*) AS n FROM (SELECT 1 FROM documents GROUP BY canonical_url HAVING count(*) > 1) d'),
      unextracted: await one('SELECT count(*) AS n FROM document_versions WHERE extractor_version IS NULL'),
      claimsPerVersion: new Map(perVersion.rows.map((r) => [Number(r.version_id), Number(r.n)])),
    };
  } finally {
    await c.end();
  }
}
