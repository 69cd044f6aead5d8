// What the analysis commands start from: the store (with the bundled dataset loaded once) and its claims.
import { ensureBundledDataset } from '../dataset/index';
import { openStore, type ClaimFilter } from '../store';
import { loadAnalysisClaims } from './from-store';
import type { AnalysisClaim } from './types';

export async function withAnalysisClaims<T>(db: string | null, filter: ClaimFilter, fn: (claims: AnalysisClaim[]) => Promise<T> | T): Promise<T> {
  const store = await openStore(db);
  try {
    await ensureBundledDataset(store);
    return await fn(await loadAnalysisClaims(store, filter));
  } finally {
    await store.close();
  }
}
