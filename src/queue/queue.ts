// The job queue: pg-boss 10 on PostgreSQL, wrapped so that the rest of absentia sees typed jobs,
// explicit completion and errors that never crash a process while the database restarts.
import PgBoss from 'pg-boss';
import { AbsentiaError } from '../util/errors';
import { redactUrl } from './config';
import {
  DEFAULT_POLICIES,
  QUEUE_NAMES,
  deadLetterOf,
  singletonKeyFor,
  type JobPayloads,
  type QueueName,
  type QueuePolicy,
} from './jobs';

export interface JobQueueOptions {
  url: string;
  /** Postgres schema that holds pg-boss's tables. */
  schema?: string;
  /** Per-queue overrides of retry and expiry, applied to the jobs this process sends. */
  policies?: Partial<Record<QueueName, Partial<QueuePolicy>>>;
  /** How often this process runs pg-boss maintenance (expiring stuck jobs, archiving); 0 turns it off. */
  maintenanceIntervalSeconds?: number;
  /** Connections in this process's pool. */
  poolSize?: number;
  /** Receives connection and maintenance errors; pg-boss would otherwise throw them as unhandled events. */
  onError?: (err: Error) => void;
}

export interface TakenJob<Q extends QueueName = QueueName> {
  id: string;
  queue: Q;
  data: unknown;
  expireInSeconds: number;
  retryCount: number;
  retryLimit: number;
}

export type JobState = 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed';
export type QueueCounts = Record<string, Record<JobState, number>>;

const STATES: JobState[] = ['created', 'retry', 'active', 'completed', 'cancelled', 'failed'];

export class JobQueue {
  private constructor(
    readonly boss: PgBoss,
    readonly policies: Record<QueueName, QueuePolicy>,
    private readonly schema: string,
  ) {}

  static async open(options: JobQueueOptions): Promise<JobQueue> {
    const schema = options.schema ?? 'pgboss';
    const maintenance = options.maintenanceIntervalSeconds ?? 60;
    const boss = new PgBoss({
      connectionString: options.url,
      schema,
      max: options.poolSize ?? 4,
      application_name: 'absentia',
      supervise: maintenance > 0,
      ...(maintenance > 0 ? { maintenanceIntervalSeconds: maintenance } : {}),
      schedule: false,
      // Completed jobs stay visible for a day, failed ones a week, then pg-boss drops them.
      archiveCompletedAfterSeconds: 24 * 3600,
      archiveFailedAfterSeconds: 7 * 24 * 3600,
      deleteAfterDays: 7,
    });
    boss.on('error', options.onError ?? (() => {}));
    try {
      await boss.start();
      for (const name of QUEUE_NAMES) {
        await boss.createQueue(deadLetterOf(name), { name: deadLetterOf(name), policy: 'standard' });
        // 'short': at most one waiting job per singleton key, so repeated enqueues of a URL do not pile up.
        await boss.createQueue(name, { name, policy: 'short', deadLetter: deadLetterOf(name) });
      }
    } catch (err) {
      await boss.stop({ graceful: false, wait: true }).catch(() => {});
      throw new AbsentiaError('fetch_failed', `cannot open the job queue: ${messageOf(err)}`, redactUrl(options.url), {
        cause: err,
      });
    }
    const policies = { ...DEFAULT_POLICIES };
    for (const name of QUEUE_NAMES) policies[name] = { ...DEFAULT_POLICIES[name], ...options.policies?.[name] };
    return new JobQueue(boss, policies, schema);
  }

  private sendOptions(queue: QueueName) {
    const p = this.policies[queue];
    return {
      retryLimit: p.retryLimit,
      retryDelay: p.retryDelaySeconds,
      retryBackoff: p.retryBackoff,
      expireInSeconds: p.expireInSeconds,
      deadLetter: deadLetterOf(queue),
    };
  }

  /** Puts one job on a queue; returns its id, or null when the same job is already waiting. */
  async send<Q extends QueueName>(queue: Q, payload: JobPayloads[Q], options: { startAfterSeconds?: number } = {}) {
    return this.boss.send(queue, payload as object, {
      ...this.sendOptions(queue),
      singletonKey: singletonKeyFor(queue, payload),
      ...(options.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
    });
  }

  /** Puts many jobs on a queue in one statement per thousand; jobs already waiting are skipped. */
  async sendMany<Q extends QueueName>(queue: Q, payloads: JobPayloads[Q][]): Promise<void> {
    const o = this.sendOptions(queue);
    for (let i = 0; i < payloads.length; i += 1000) {
      await this.boss.insert(
        payloads.slice(i, i + 1000).map((data) => ({
          name: queue,
          data: data as object,
          singletonKey: singletonKeyFor(queue, data),
          retryLimit: o.retryLimit,
          retryDelay: o.retryDelay,
          retryBackoff: o.retryBackoff,
          expireInSeconds: o.expireInSeconds,
          deadLetter: o.deadLetter,
        })),
      );
    }
  }

  /** Takes the next job of a queue (it becomes active until completed, failed or expired), or null. */
  async take<Q extends QueueName>(queue: Q): Promise<TakenJob<Q> | null> {
    const [job] = await this.boss.fetch<unknown>(queue, { batchSize: 1, includeMetadata: true });
    if (!job) return null;
    return {
      id: job.id,
      queue,
      data: job.data,
      expireInSeconds: Number(job.expireInSeconds),
      retryCount: job.retryCount,
      retryLimit: job.retryLimit,
    };
  }

  /** Marks a job done; false when it was no longer active (it expired and was handed to another run). */
  async complete(queue: QueueName, id: string, output?: object): Promise<boolean> {
    const r = await this.boss.complete(queue, id, output ?? {});
    return affected(r) > 0;
  }

  /** Marks a run failed: pg-boss retries it after its delay, or dead-letters it after the last retry. */
  async fail(queue: QueueName, id: string, error: unknown): Promise<boolean> {
    const r = await this.boss.fail(queue, id, { message: messageOf(error), code: codeOf(error) });
    return affected(r) > 0;
  }

  /** Job counts by queue and state (dead-letter queues included), read from pg-boss's job table. */
  async counts(): Promise<QueueCounts> {
    const { rows } = await this.boss
      .getDb()
      .executeSql(`SELECT name, state::text AS state, count(*)::int AS n FROM ${this.schema}.job GROUP BY 1, 2`, []);
    const out: QueueCounts = {};
    for (const name of [...QUEUE_NAMES, ...QUEUE_NAMES.map(deadLetterOf)]) out[name] = zeroCounts();
    for (const r of rows as { name: string; state: JobState; n: number }[]) {
      (out[r.name] ??= zeroCounts())[r.state] = r.n;
    }
    return out;
  }

  /** Runs pg-boss maintenance now: expired active jobs go back to retry (or fail), old jobs are archived. */
  async maintain(): Promise<void> {
    await this.boss.maintain();
  }

  async close(): Promise<void> {
    await this.boss.stop({ graceful: false, wait: true, close: true });
  }
}

function zeroCounts(): Record<JobState, number> {
  return Object.fromEntries(STATES.map((s) => [s, 0])) as Record<JobState, number>;
}

function affected(r: unknown): number {
  return typeof r === 'object' && r !== null && 'affected' in r ? Number((r as { affected: number }).affected) : 0;
}

export function messageOf(err: unknown): string {
  if (err instanceof AbsentiaError) return err.line;
  return err instanceof Error ? err.message : String(err);
}

function codeOf(err: unknown): string {
  if (err instanceof AbsentiaError) return err.code;
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'internal';
}
