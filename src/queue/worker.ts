// The worker loop: N slots, each taking one job at a time from the queues it serves, running its
// handler, and acknowledging it. Delivery is at least once (a job whose run dies or outlives its
// expiry is handed out again), so handlers must be idempotent; this loop only makes sure that no job
// is dropped on the floor: every run ends in complete, fail, or an expiry that pg-boss turns into a retry.
import { setTimeout as sleep } from 'node:timers/promises';
import { ZodError } from 'zod';
import { AbsentiaError, inputError } from '../util/errors';
import { PAYLOAD_SCHEMAS, type JobPayloads, type QueueName } from './jobs';
import { messageOf, type JobQueue, type TakenJob } from './queue';

export interface JobContext {
  jobId: string;
  /** 0 on the first run, 1 on the first retry, ... */
  attempt: number;
  /** Aborted when the job reaches its expiry or the worker gives up on it at shutdown. */
  signal: AbortSignal;
  queue: JobQueue;
}

export type Handler<Q extends QueueName> = (payload: JobPayloads[Q], ctx: JobContext) => Promise<object | void>;
export type Handlers = { [Q in QueueName]?: Handler<Q> };

export interface WorkerOptions {
  /** Jobs run at the same time in this process. */
  concurrency: number;
  /** Queues to serve, in order of preference (the first non-empty one is taken from). */
  queues: QueueName[];
  /** Wait between polls when every queue is empty. */
  pollIntervalMs?: number;
  log?: (line: string) => void;
}

export interface WorkerStats {
  completed: number;
  failed: number;
  /** Runs whose result could not be acknowledged (database away); pg-boss retries them after expiry. */
  unacknowledged: number;
}

interface Run {
  job: TakenJob;
  controller: AbortController;
  done: Promise<void>;
}

export class Worker {
  readonly stats: WorkerStats = { completed: 0, failed: 0, unacknowledged: 0 };
  private stopping = false;
  /** Aborted to wake every sleeping slot: on stop, and when a slot found work (there may be more). */
  private wake = new AbortController();
  private readonly runs = new Set<Run>();
  private slots: Promise<void>[] = [];
  private takeFailing = false;

  constructor(
    private readonly queue: JobQueue,
    private readonly handlers: Handlers,
    private readonly options: WorkerOptions,
  ) {
    if (!Number.isInteger(options.concurrency) || options.concurrency < 1) {
      throw new AbsentiaError('usage', 'concurrency must be a whole number of at least 1', String(options.concurrency));
    }
    for (const q of options.queues) {
      if (!handlers[q]) throw new AbsentiaError('usage', 'this worker has no handler for that queue', q);
    }
  }

  start(): void {
    this.slots = Array.from({ length: this.options.concurrency }, () => this.slot());
  }

  /** Jobs running now. */
  get active(): number {
    return this.runs.size;
  }

  /**
   * Stops taking jobs and waits up to graceMs for the running ones. Runs still going then are aborted
   * and failed, so pg-boss retries them at once instead of after their expiry.
   */
  async stop(graceMs = 30_000): Promise<void> {
    this.stopping = true;
    this.wake.abort();
    const all = Promise.all(this.slots);
    const timer = sleep(graceMs, 'timeout', { ref: false });
    if ((await Promise.race([all.then(() => 'done'), timer])) === 'timeout') {
      for (const run of this.runs) {
        run.controller.abort(new AbsentiaError('internal', 'the worker shut down while the job ran'));
        await this.acknowledge(run.job, () => this.queue.fail(run.job.queue, run.job.id, 'worker shut down'));
      }
      await Promise.race([all, sleep(2000, undefined, { ref: false })]);
    }
  }

  private log(line: string): void {
    this.options.log?.(line);
  }

  /**
   * One slot: take, run, repeat. An idle slot polls less often the longer it stays idle (up to four times
   * the poll interval), so that many idle workers do not load the database; a slot that finds work wakes
   * the others.
   */
  private async slot(): Promise<void> {
    let idle = 0;
    while (!this.stopping) {
      const job = await this.takeNext();
      if (job) {
        if (idle > 0 || this.runs.size === 0) this.wakeAll();
        idle = 0;
        await this.run(job);
        continue;
      }
      idle = Math.min(idle + 1, 3);
      await sleep((this.options.pollIntervalMs ?? 1000) * 2 ** (idle - 1), undefined, { signal: this.wake.signal }).catch(() => {});
    }
  }

  private wakeAll(): void {
    if (this.stopping) return;
    const sleeping = this.wake;
    this.wake = new AbortController();
    sleeping.abort();
  }

  private async takeNext(): Promise<TakenJob | null> {
    for (const q of this.options.queues) {
      if (this.stopping) return null;
      try {
        const job = await this.queue.take(q);
        if (this.takeFailing) this.log('queue reachable again');
        this.takeFailing = false;
        if (job) return job;
      } catch (err) {
        if (!this.takeFailing) this.log(`cannot take jobs: ${messageOf(err)}; retrying`);
        this.takeFailing = true;
        return null;
      }
    }
    return null;
  }

  private run(job: TakenJob): Promise<void> {
    const controller = new AbortController();
    const run: Run = { job, controller, done: Promise.resolve() };
    run.done = this.execute(job, controller).finally(() => this.runs.delete(run));
    this.runs.add(run);
    return run.done;
  }

  private async execute(job: TakenJob, controller: AbortController): Promise<void> {
    const expiry = setTimeout(
      () => controller.abort(new AbsentiaError('internal', `the job ran past its expiry of ${job.expireInSeconds}s`)),
      job.expireInSeconds * 1000,
    );
    expiry.unref();
    const label = `${job.queue} ${job.id}`;
    try {
      const payload = parsePayload(job);
      const handler = this.handlers[job.queue] as Handler<QueueName>;
      const output = await handler(payload, { jobId: job.id, attempt: job.retryCount, signal: controller.signal, queue: this.queue });
      const acked = await this.acknowledge(job, () => this.queue.complete(job.queue, job.id, output ?? undefined));
      if (acked !== undefined) this.stats.completed++;
    } catch (err) {
      this.stats.failed++;
      const last = job.retryCount >= job.retryLimit;
      this.log(`${label} failed (run ${job.retryCount + 1} of ${job.retryLimit + 1}${last ? ', dead-lettered' : ''}): ${messageOf(err)}`);
      await this.acknowledge(job, () => this.queue.fail(job.queue, job.id, err));
    } finally {
      clearTimeout(expiry);
    }
  }

  /**
   * Sends a completion or failure, retrying while the database is away (a restart takes seconds).
   * Gives up at the job's expiry: by then pg-boss hands the job out again anyway.
   */
  private async acknowledge(job: TakenJob, send: () => Promise<boolean>): Promise<boolean | undefined> {
    const deadline = Date.now() + job.expireInSeconds * 1000;
    for (let wait = 200; ; wait = Math.min(wait * 2, 5000)) {
      try {
        return await send();
      } catch (err) {
        if (Date.now() + wait > deadline) {
          this.stats.unacknowledged++;
          this.log(`${job.queue} ${job.id}: result not acknowledged (${messageOf(err)}); the job will run again after expiry`);
          return undefined;
        }
        await sleep(wait);
      }
    }
  }
}

function parsePayload(job: TakenJob): JobPayloads[QueueName] {
  try {
    return PAYLOAD_SCHEMAS[job.queue].parse(job.data);
  } catch (err) {
    const detail = err instanceof ZodError ? err.issues.map((i) => `${i.path.join('.') || 'payload'}: ${i.message}`).join('; ') : messageOf(err);
    throw inputError(`malformed ${job.queue} job payload (${detail})`, `job ${job.id}`);
  }
}
