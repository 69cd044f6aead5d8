// Text helpers shared by every extractor: length-preserving normalisation and the one alternation builder.
import { BoundedMemo } from './memo';

/** Characters folded onto one form before matching. Every replacement is one UTF-16 unit for one, so offsets
 *  into the normalised text are offsets into the original. */
const FOLD: Record<string, string> = {
  '\u00A0': ' ', '\u202F': ' ', '\u2009': ' ', '\u2007': ' ', '\u2002': ' ', '\u2003': ' ', '\t': ' ', '\r': ' ',
  '\u00AD': '-', '\u2019': "'", '\u02BC': "'", '\u2018': "'", '\u0060': "'", '\u00B4': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2212': '-', '\u2010': '-', '\u2011': '-', '\uFE63': '-', '\uFF0D': '-',
};
const FOLD_RE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');
const ANY_FOLD = new RegExp(FOLD_RE.source);

/** The text itself, not a copy, when nothing in it folds. */
export function normalize(text: string): string {
  return ANY_FOLD.test(text) ? text.replace(FOLD_RE, (c) => FOLD[c]!) : text;
}

/** The characters normalize() folds onto a space, for a regex character class over text not normalised. */
export const FOLDS_TO_SPACE = Object.keys(FOLD).filter((c) => FOLD[c] === ' ').join('');

const META = /[\\^$.*+?()[\]{}|/]/g;

/** One phrase of a language pack as a regex source: escaped; "*" = any word ending; a space = any spacing;
 *  an apostrophe also matches its typographic forms. */
export function phraseSource(phrase: string): string {
  let out = '';
  for (const part of phrase.trim().split(/(\*| +|')/)) {
    if (part === '*') out += '[\\p{L}\\p{M}]*';
    else if (part === "'") out += "['’ʼ]";
    else if (/^ +$/.test(part)) out += '\\s+';
    else out += part.replace(META, '\\$&');
  }
  return out;
}

/** Longest-first, de-duplicated, escaped alternation of phrases; never matches when the list is empty. */
export function alternation(phrases: Iterable<string>): string {
  const unique = [...new Set([...phrases].map((p) => p.trim().toLowerCase()).filter(Boolean))];
  if (unique.length === 0) return '(?!)';
  unique.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return `(?:${unique.map(phraseSource).join('|')})`;
}

/** Letter/digit boundaries (Unicode-aware replacements for \b). */
export const START = '(?<![\\p{L}\\p{N}])';
export const END = '(?![\\p{L}\\p{N}])';

/** A case-insensitive, bounded, global regex over a phrase list. */
export function phraseRegex(phrases: Iterable<string>): RegExp {
  const alt = alternation(phrases);
  // an empty list must cost nothing: a sticky regex fails at its first position instead of scanning the text
  if (alt === '(?!)') return /(?!)/y;
  return new RegExp(`${START}${alt}${END}`, 'giu');
}

/** Looks a matched phrase up in a dictionary whose keys are pack phrases (may hold "*" and spaces). */
export function makeLookup<T>(dict: Record<string, T>): (matched: string) => T | undefined {
  const exact = new Map<string, T>();
  const patterns: Array<[RegExp, T]> = [];
  for (const [k, v] of Object.entries(dict)) {
    const key = k.trim().toLowerCase();
    if (key.includes('*')) patterns.push([new RegExp(`^${phraseSource(key)}$`, 'iu'), v]);
    else exact.set(key.replace(/\s+/g, ' '), v);
  }
  const find = (matched: string): T | undefined => {
    const m = matched.toLowerCase().replace(/\s+/g, ' ').replace(/[’ʼ]/g, "'");
    const hit = exact.get(m);
    if (hit !== undefined) return hit;
    for (const [re, v] of patterns) if (re.test(m)) return v;
    return undefined;
  };
  // matched phrases repeat through a text, and the stem patterns are tried one by one: remember answers
  const seen = new BoundedMemo<string, T | undefined>(4096);
  return (matched) => seen.get(matched, find);
}

/** All matches of a global regex in s, with offsets shifted by base. */
export function findAll(re: RegExp, s: string, base = 0): Array<{ start: number; end: number; text: string; m: RegExpExecArray }> {
  const out: Array<{ start: number; end: number; text: string; m: RegExpExecArray }> = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: base + m.index, end: base + m.index + m[0].length, text: m[0], m });
  }
  return out;
}
