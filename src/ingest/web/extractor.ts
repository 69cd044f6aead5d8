// The real extractor adapted to the web ingest: the page's language is passed on only when a language
// pack reads it (otherwise the extractor detects, and an unreadable language yields no claims).
import * as extraction from '../../extract/index';
import type { Extractor } from './context';

export { EXTRACTOR_VERSION } from '../../extract/index';

export const webExtractor: Extractor = (text, { published, language }) =>
  extraction.extractClaims(text, {
    published: published ?? new Date().toISOString().slice(0, 10),
    language: extraction.readableLanguage(language),
  });
