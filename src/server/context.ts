// What every route group shares: the store, the cached analysis, the options.
import type { Kysely } from 'kysely';
import type { Store } from '../store/index';
import { AnalysisCache } from './analysis';
import type { AppDeps } from './deps';

export interface ServerContext {
  store: Store;
  /** The same database, untyped, for the account and webhook tables. */
  db: Kysely<any>;
  analysis: AnalysisCache;
  deps: AppDeps;
}

export function makeContext(deps: AppDeps, onAnalysisError?: (err: unknown) => void): ServerContext {
  return { store: deps.store, db: deps.store.db as unknown as Kysely<any>, analysis: new AnalysisCache(deps.store, 2000, onAnalysisError), deps };
}
