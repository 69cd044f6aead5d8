// Where the job queue lives: pg-boss needs PostgreSQL, so a queue exists only when one is configured,
// either explicitly (ABSENTIA_QUEUE) or implicitly by a Postgres store (ABSENTIA_DB=postgres://...).
import { z } from 'zod';
import { usageError } from '../util/errors';
import type { QueueName, QueuePolicy } from './jobs';

const POSTGRES_URL = /^postgres(?:ql)?:\/\//u;

export function isPostgresUrl(url: string | undefined): url is string {
  return typeof url === 'string' && POSTGRES_URL.test(url);
}

/**
 * The queue's connection string, or null when no queue is configured.
 * `explicit` is a --queue flag value; it wins over the environment.
 */
export function queueUrlFrom(env: NodeJS.ProcessEnv, explicit?: string): string | null {
  const chosen = explicit ?? env.ABSENTIA_QUEUE;
  if (chosen !== undefined && chosen !== '') {
    if (!isPostgresUrl(chosen)) {
      throw usageError('the job queue needs a PostgreSQL URL (postgres://user@host:port/db)', redactUrl(chosen));
    }
    return chosen;
  }
  return isPostgresUrl(env.ABSENTIA_DB) ? env.ABSENTIA_DB : null;
}

/** A connection string with its password hidden, for messages and logs. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z]+:\/\/[^:/@]+):[^@]*@/iu, '$1:***@');
}

const PolicyOverride = z
  .object({
    retryLimit: z.number().int().min(0).max(100),
    retryDelaySeconds: z.number().int().min(0).max(86_400),
    retryBackoff: z.boolean(),
    expireInSeconds: z.number().int().min(1).max(23 * 3600),
  })
  .partial()
  .strict();
const PolicyOverrides = z.object({ fetch: PolicyOverride, extract: PolicyOverride, analyze: PolicyOverride }).partial().strict();

/**
 * Retry and expiry overrides for the jobs a process sends, from ABSENTIA_QUEUE_POLICIES, e.g.
 * {"fetch":{"expireInSeconds":60,"retryLimit":2}}. Every sender (enqueue, watch, workers chaining
 * extract and analyze jobs) reads the same variable, so set it alike on every machine.
 */
export function policiesFrom(env: NodeJS.ProcessEnv): Partial<Record<QueueName, Partial<QueuePolicy>>> {
  const raw = env.ABSENTIA_QUEUE_POLICIES;
  if (!raw) return {};
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw usageError('not JSON', 'ABSENTIA_QUEUE_POLICIES');
  }
  const parsed = PolicyOverrides.safeParse(json);
  if (!parsed.success) {
    throw usageError(parsed.error.issues.map((i) => `${i.path.join('.') || 'value'}: ${i.message}`).join('; '), 'ABSENTIA_QUEUE_POLICIES');
  }
  return parsed.data;
}
