// The extractor's version: stored with every machine claim, so that a changed extractor re-extracts
// documents already ingested. The build stamps a hash of src/extract's code and language data
// (scripts/build.mjs); running from source (tsx) reports "source".
declare const __ABSENTIA_EXTRACTOR_HASH__: string | undefined;

export const EXTRACTOR_VERSION: string =
  typeof __ABSENTIA_EXTRACTOR_HASH__ === 'string' ? `x-${__ABSENTIA_EXTRACTOR_HASH__}` : 'x-source';
