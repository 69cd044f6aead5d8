// The language of a page: the declared one (html lang, og:locale, Content-Language) when it is usable,
// otherwise the extractor's own detection (src/extract/detect-language.ts), so there is one detector.
import { detectedLanguageCode } from '../../extract/detect-language';

/** A declared language tag reduced to its primary subtag ("uk-UA" → "uk", the common mistake "ua" → "uk"). */
export function declaredCode(declared: string | null | undefined): string | null {
  const d = declared?.trim().toLowerCase().split(/[-_]/u)[0];
  if (!d || !/^[a-z]{2,3}$/u.test(d)) return null;
  return d === 'ua' ? 'uk' : d;
}

export function pageLanguage(declared: string | null, text: string): string | null {
  return declaredCode(declared) ?? detectedLanguageCode(text);
}
