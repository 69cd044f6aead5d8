// What the HTTP app is built from. Tests build it with a temporary database and no port.
import type { Store } from '../store/index';

export interface AppDeps {
  /** The open, migrated store (SQLite or Postgres). */
  store: Store;
  /** Folder of the built dashboard (dist/web); the API alone when absent. */
  webRoot?: string;
  /** Sign-in attempts per IP per minute (default 10). */
  loginRateLimit?: number;
  /** Largest request body in bytes (default 256 KiB). */
  bodyLimit?: number;
  logger?: boolean | object;
  /** Compute the analysis (series, verdicts) in the background at start (default true). */
  warmAnalysis?: boolean;
  /** The URL people reach this server at (links in webhooks); default http://127.0.0.1:8080. */
  publicUrl?: string;
  /**
   * Megabytes of claims-listing pages kept in memory as sent, for repeated requests (default 64; 0 keeps none).
   * Only over SQLite, whose data version tells when a page is out of date.
   */
  pageCacheMb?: number;
  /** Seconds between webhook delivery rounds; 0 turns the dispatcher off (default 30). */
  webhookIntervalSeconds?: number;
}
