// One document in, with its claims: the text stored as a new document or version (or found unchanged)
// and its machine claims replaced, both in ONE transaction. Extraction runs before the transaction
// (it may take a while), and is skipped when this text was already extracted by the same extractor.
import { peekDocumentVersion, upsertDocumentVersionTx, type DocumentInput, type UpsertResult } from './documents';
import { replaceMachineClaimsTx } from './claims';
import type { StorableClaim } from './claim-rows';
import type { Store } from './db';

export interface Extraction {
  extractorVersion: string;
  extract: (text: string) => readonly StorableClaim[] | Promise<readonly StorableClaim[]>;
}

export interface SaveResult extends UpsertResult {
  /** Machine claims stored by this call (0 when nothing needed extracting). */
  claimsAdded: number;
  /** True when an unchanged text was extracted again (a new extractor, or an interrupted first run). */
  reextracted: boolean;
}

export async function saveDocument(store: Store, input: DocumentInput, extraction: Extraction | null): Promise<SaveResult> {
  const known = await peekDocumentVersion(store, input);
  if (known && (!extraction || known.extractorVersion === extraction.extractorVersion)) {
    return { ...known, claimsAdded: 0, reextracted: false };
  }
  const claims = extraction ? await extraction.extract(input.text) : null;
  return store.write(async (trx) => {
    const stored = await upsertDocumentVersionTx(trx, store.caps.rowLocks, input);
    if (!extraction || !claims || (stored.status === 'unchanged' && stored.extractorVersion === extraction.extractorVersion)) {
      return { ...stored, claimsAdded: 0, reextracted: false };
    }
    const r = await replaceMachineClaimsTx(trx, stored.versionId, claims, extraction.extractorVersion);
    return { ...stored, extractorVersion: extraction.extractorVersion, claimsAdded: r.added, reextracted: stored.status === 'unchanged' };
  });
}
