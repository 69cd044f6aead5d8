// Where the job queue lives: pg-boss needs PostgreSQL, so a queue exists only when one is configured,
// either explicitly (ABSENTIA_QUEUE) or implicitly by a Postgres store (ABSENTIA_DB=postgres://...).
import { usageError } from '../util/errors';

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
