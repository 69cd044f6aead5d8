// Mixed-language documents: the language of each paragraph, where it is confidently not the document's.
// An English report quoting a Ukrainian paragraph is read paragraph by paragraph, each with its own pack.
import type { Span } from '../claim/claim';
import { normalize } from './core/text';
import { detectLanguage, letterCount, type LanguageDetection } from './detect-language';

/** A paragraph with fewer letters, or less confidence, keeps the document's language. */
const MIN_LETTERS = 40;
const MIN_CONFIDENCE = 0.5;
/**
 * Above this size only an even sample of paragraphs is looked at first, so a 50 MB single-language text
 * pays for a bounded number of detections; any disagreement in the sample means every paragraph is read.
 */
const PROBE_ABOVE_CHARS = 256 * 1024;
const PROBES = 64;

export interface ParagraphLanguage {
  span: Span;
  /** ISO code of a language absentia reads, or of the (unsupported) language detected. */
  language: string;
  supported: boolean;
  name: string;
}

/**
 * For each of `spans` (the pipeline's paragraphs), its own language where that confidently differs from
 * `document`, else null; null overall when every paragraph reads as the document's language, the common case.
 */
export function paragraphLanguages(text: string, spans: readonly Span[], document: string): Array<ParagraphLanguage | null> | null {
  if (spans.length < 2) return null;
  const differs = (span: Span) => differentLanguage(text, span, document) !== null;
  if (text.length > PROBE_ABOVE_CHARS) {
    const step = spans.length / Math.min(PROBES, spans.length);
    let seen = false;
    for (let k = 0; k < spans.length && !seen; k += step) seen = differs(spans[Math.floor(k)]!);
    if (!seen) return null;
  }
  let any = false;
  const out = spans.map((span) => {
    const d = differentLanguage(text, span, document);
    if (!d) return null;
    any = true;
    return { span, language: d.detected, supported: d.supported, name: d.name };
  });
  return any ? out : null;
}

function differentLanguage(text: string, span: Span, document: string): LanguageDetection | null {
  // read as the pipeline reads it; normalising a slice gives the slice of the normalised text
  const body = normalize(text.slice(span.start, Math.min(span.end, span.start + 2048)));
  if (letterCount(body) < MIN_LETTERS) return null;
  const d = detectLanguage(body);
  if (d.detected === 'und' || d.detected === document || d.confidence < MIN_CONFIDENCE) return null;
  return d;
}
