// The real extractor adapted to the web ingest: the page's language is passed on only when a language
// pack reads it (otherwise the extractor detects, and an unreadable language yields no claims).
import * as extraction from '../../extract/index';
import type { Extractor } from './context';

/** Read by name: until src/extract exports it, every extraction counts as the same ('unversioned'). */
export const EXTRACTOR_VERSION = String(Reflect.get(extraction, 'EXTRACTOR_VERSION') ?? 'unversioned');

export const webExtractor: Extractor = (text, { published, language }) =>
  extraction.extractClaims(text, {
    published: published ?? new Date().toISOString().slice(0, 10),
    ...(language && extraction.SUPPORTED_LANGUAGES().includes(language) ? { language } : {}),
  });
