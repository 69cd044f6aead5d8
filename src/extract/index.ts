// Public entry of extraction: text in, claim records (FORMAT.md + provenance) out.
import type { ExtractedClaim } from '../claim/claim';
import { isIsoDate } from '../util/dates';
import { usageError } from '../util/errors';
import { runPipelineStream } from './core/pipeline';
import { detectLanguage as detect } from './detect-language';
import { paragraphLanguages, type ParagraphLanguage } from './paragraph-languages';
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

/**
 * Text to claims. With `language` given, every paragraph is read in it. Detected, the document's language
 * reads every paragraph except those confidently in another: those are read with their own language's
 * pack, or skipped with a warning when absentia does not read that language.
 */
export function extract(text: string, opts: ExtractOptions = {}): ExtractResult {
  const stream = extractStream(text, opts);
  return { ...stream, claims: [...stream.claims] };
}

export interface ExtractStream extends Omit<ExtractResult, 'claims'> {
  /** The claims of extract(), in its order, made as they are pulled; iterable once. */
  claims: Generator<ExtractedClaim, void, undefined>;
}

/**
 * extract() for a consumer that handles each claim in turn (writes it out, counts it): the document's claims are
 * never all in memory. Language and warning are known on return, before the first claim is pulled.
 */
export function extractStream(text: string, opts: ExtractOptions = {}): ExtractStream {
  const published = opts.published ?? new Date().toISOString().slice(0, 10);
  if (!isIsoDate(published)) throw usageError(`published date must be YYYY-MM-DD, got "${published}"`, '--published');
  if (opts.language && opts.language !== 'auto') {
    const language = opts.language;
    const pack = packFor(language);
    if (!pack) throw usageError(`unsupported language "${language}" (supported: ${Object.keys(PACKS).join(', ')})`, '--language');
    return { language, claims: runPipelineStream(pack, text, { published, language, trace: opts.trace }) };
  }
  const d = detectLanguage(text);
  // filled in by the pipeline, which calls back once it has the paragraphs (before runPipelineStream returns)
  const found: { others: Array<ParagraphLanguage | null> } = { others: [] };
  const claims = runPipelineStream(d.supported ? packFor(d.language)! : null, text, {
    published, language: d.language, trace: opts.trace,
    paragraphLanguages: (whole, spans) => {
      found.others = paragraphLanguages(whole, spans, d.language) ?? [];
      return found.others.map((p) => p && { language: p.language, pack: (p.supported && packFor(p.language)) || null });
    },
  });
  const language = d.supported ? d.language : (found.others.find((p) => p?.supported)?.language ?? d.language);
  const warning = unreadWarning(d, found.others);
  return { language, claims, ...(warning ? { warning } : {}) };
}

/** Names what was not read: the whole text, or its paragraphs in languages absentia does not read. */
function unreadWarning(d: { language: string; supported: boolean; name: string }, others: Array<ParagraphLanguage | null>): string | undefined {
  const unread = new Map<string, number>();
  const total = others.length;
  let readOthers = 0;
  for (const p of others) {
    if (p?.supported) readOthers++;
    else if (p) unread.set(`${p.name} (${p.language})`, (unread.get(`${p.name} (${p.language})`) ?? 0) + 1);
  }
  if (!d.supported) {
    if (readOthers === 0) return `text is in ${d.name} (${d.language}), which absentia does not read yet: no claims extracted`;
    unread.set(`${d.name} (${d.language})`, total - readOthers - [...unread.values()].reduce((a, b) => a + b, 0));
  }
  if (!unread.size) return undefined;
  const parts = [...unread].map(([name, n]) => `${n} paragraph${n === 1 ? '' : 's'} in ${name}`);
  return `${parts.join(', ')} not read (absentia does not read ${unread.size === 1 ? 'that language' : 'those languages'} yet): no claims from ${unread.size === 1 && [...unread.values()][0] === 1 ? 'it' : 'them'}`;
}

/** extractClaims(text, {published, language}) → claims; see extract() for the language warning. */
export function extractClaims(text: string, opts: ExtractOptions = {}): ExtractedClaim[] {
  return extract(text, opts).claims;
}
