// The extract job's call into src/extract: the text of one stored version, read against the
// document's published date (else the day it was fetched) and its language when the extractor reads it.
import type { ExtractedClaim } from '../claim/claim';
import * as extraction from '../extract/index';
import type { DocumentRow, DocumentVersionRow } from '../store/schema';

/** Recorded with the claims (the same value `absentia ingest` records), so re-extraction follows extractor changes. */
export { EXTRACTOR_VERSION } from '../extract/index';

const readable = (language: string | null) => (language && extraction.SUPPORTED_LANGUAGES().includes(language) ? { language } : {});

export function extractForVersion(version: DocumentVersionRow, document: DocumentRow): ExtractedClaim[] {
  return extraction.extractClaims(version.text, { published: document.published ?? version.fetched_at.slice(0, 10), ...readable(document.language) });
}

/** The same extraction for a text in hand (the web ingest's Extractor shape). */
export function extractText(text: string, o: { published: string | null; language: string | null }): ExtractedClaim[] {
  return extraction.extractClaims(text, { published: o.published ?? new Date().toISOString().slice(0, 10), ...readable(o.language) });
}
