// Public entry of extraction: text in, claim records (FORMAT.md + provenance) out.
import type { ExtractedClaim } from '../claim/claim';
import { isIsoDate } from '../util/dates';
import { usageError } from '../util/errors';
import { runPipeline } from './core/pipeline';
import { detectLanguage as detect } from './detect-language';
import { PACKS, packFor } from './lang/registry';

export { EXTRACTOR_VERSION } from './version';

export interface ExtractOptions {
  /** Publication date (YYYY-MM-DD) that relative dates resolve against; default today (UTC). */
  published?: string;
  /** ISO 639-1 code, or 'auto' / undefined to detect. */
  language?: string;
  /** Receives the pipeline's trace (which rules fired). */
  trace?: string[];
}

export interface ExtractResult {
  language: string;
  claims: ExtractedClaim[];
  /** Set when the text is in a language absentia does not read: no claims, and this message. */
  warning?: string;
}

export const SUPPORTED_LANGUAGES = () => Object.keys(PACKS);

/** A language a document declares (<html lang>, feed metadata), if absentia reads it; otherwise detection decides. */
export function readableLanguage(code: string | null | undefined): string | undefined {
  return code && Object.hasOwn(PACKS, code) ? code : undefined;
}

/** The language of a text among the packs present; falls back to English when detection cannot tell. */
export function detectLanguage(text: string): { language: string; supported: boolean; name: string } {
  try {
    const d = detect(text);
    if (d.language !== 'und' && packFor(d.language)) return { language: d.language, supported: true, name: d.name };
    if (d.detected === 'und' || d.method === 'too-short') return { language: 'en', supported: true, name: 'English' };
    return { language: d.detected, supported: false, name: d.name };
  } catch {
    return { language: 'en', supported: true, name: 'English' };
  }
}

export function extract(text: string, opts: ExtractOptions = {}): ExtractResult {
  const published = opts.published ?? new Date().toISOString().slice(0, 10);
  if (!isIsoDate(published)) throw usageError(`published date must be YYYY-MM-DD, got "${published}"`, '--published');
  let language = opts.language && opts.language !== 'auto' ? opts.language : undefined;
  if (!language) {
    const d = detectLanguage(text);
    if (!d.supported) {
      return { language: d.language, claims: [], warning: `text is in ${d.name} (${d.language}), which absentia does not read yet: no claims extracted` };
    }
    language = d.language;
  }
  const pack = packFor(language);
  if (!pack) throw usageError(`unsupported language "${language}" (supported: ${Object.keys(PACKS).join(', ')})`, '--language');
  return { language, claims: runPipeline(pack, text, { published, language, trace: opts.trace }) };
}

/** extractClaims(text, {published, language}) → claims; see extract() for the language warning. */
export function extractClaims(text: string, opts: ExtractOptions = {}): ExtractedClaim[] {
  return extract(text, opts).claims;
}
