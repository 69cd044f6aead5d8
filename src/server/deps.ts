// What the HTTP app is built from. Tests build it with a temporary database and no port.
import type { Kysely } from 'kysely';

export interface AppDeps {
  /** The open store database (SQLite or Postgres through Kysely), migrated. */
  db: Kysely<any>;
  /** Folder of the built dashboard (dist/web); the API alone when absent. */
  webRoot?: string;
  /** Sign-in attempts per IP per minute (default 10). */
  loginRateLimit?: number;
  /** Largest request body in bytes (default 256 KiB). */
  bodyLimit?: number;
  logger?: boolean | object;
}
