// Getting claims out of a document for `check`: a local text/HTML file or a URL, through the extractor.
// The extractor (src/extract/index.ts, extractClaims) and the article fetcher (src/ingest/web) are wired
// here, in one place, so the check command does not depend on how they are built.
import type { ClaimRecord } from '../claim';
import { AbsentiaError } from '../util/errors';

export interface ExtractInput {
  path?: string;
  url?: string;
  published: string | null;
  language: string | null;
}

export interface ExtractedDocument {
  claims: ClaimRecord[];
  published: string | null;
  publisher: string | null;
  url: string | null;
}

export async function extractForCheck(input: ExtractInput): Promise<ExtractedDocument> {
  throw new AbsentiaError(
    'invalid_input',
    'this build has no text extractor wired into check yet; pass the claims as JSON (absentia extract FILE --format json > claims.json; absentia check claims.json --published DATE)',
    input.path ?? input.url,
  );
}
