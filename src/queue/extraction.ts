// The extract job's call into src/extract: the text of one stored version, read against the
// document's published date (else the day it was fetched) and its language when the extractor reads it.
import type { ExtractedClaim } from '../claim/claim';
import * as extraction from '../extract/index';
import type { DocumentRow, DocumentVersionRow } from '../store/schema';

/** Recorded with the claims (the same value `absentia ingest` records), so re-extraction follows extractor changes. */
export { EXTRACTOR_VERSION } from '../extract/index';

export function extractForVersion(version: DocumentVersionRow, document: DocumentRow): ExtractedClaim[] {
  return extraction.extractClaims(version.text, { published: document.published ?? version.fetched_at.slice(0, 10), language: extraction.readableLanguage(document.language) });
}
