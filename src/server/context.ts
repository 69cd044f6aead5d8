// What every route group shares: the store, the cached analysis, the options.
import type { Kysely } from 'kysely';
import type { Store } from '../store/index';
import { AnalysisCache } from './analysis';
import type { AppDeps } from './deps';
import { PageCache } from './http/page-cache';

export const DEFAULT_PAGE_CACHE_MB = 64;

export interface ServerContext {
  store: Store;
  /** The same database, untyped, for the account and webhook tables. */
  db: Kysely<any>;
  analysis: AnalysisCache;
  /** Claims-listing pages as sent (SQLite, a budget above 0), else null. */
  pages: PageCache | null;
  deps: AppDeps;
}

export function makeContext(deps: AppDeps, onAnalysisError?: (err: unknown) => void): ServerContext {
  const pageBytes = Math.floor((deps.pageCacheMb ?? DEFAULT_PAGE_CACHE_MB) * 1024 * 1024);
  return {
    store: deps.store,
    db: deps.store.db as unknown as Kysely<any>,
    analysis: new AnalysisCache(deps.store, 2000, onAnalysisError),
    pages: deps.store.dataVersion && pageBytes > 0 ? new PageCache(pageBytes) : null,
    deps,
  };
}
