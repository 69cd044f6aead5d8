// The language of a page: the declared one (html lang, og:locale, Content-Language) when it is usable,
// otherwise guessed from the text: letters unique to Ukrainian or Russian first, then franc-min.
import { franc } from 'franc-min';

const ISO3_TO_1: Record<string, string> = { ukr: 'uk', rus: 'ru', eng: 'en', deu: 'de', fra: 'fr', pol: 'pl', ita: 'it' };

export function pageLanguage(declared: string | null, text: string): string | null {
  const d = declared?.trim().toLowerCase().split(/[-_]/u)[0];
  if (d && /^[a-z]{2,3}$/u.test(d)) return d === 'ua' ? 'uk' : d;
  return guessLanguage(text);
}

export function guessLanguage(text: string): string | null {
  const sample = text.slice(0, 5000);
  const uk = (sample.match(/[іїєґІЇЄҐ]/gu) ?? []).length;
  const ru = (sample.match(/[ыэъёЫЭЪЁ]/gu) ?? []).length;
  if (uk + ru >= 3) return uk > ru ? 'uk' : 'ru';
  const code = franc(sample, { only: Object.keys(ISO3_TO_1), minLength: 20 });
  return ISO3_TO_1[code] ?? null;
}
