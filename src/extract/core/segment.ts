// Paragraphs and sentences as spans of the (normalised) text.
//
// Sentences: a linear scan for sentence-final punctuation followed by space and a capital, digit, quote or
// bracket, skipping abbreviations ("Aug. 30", "7 a.m. Moscow time") and initials. Intl.Segmenter gives the
// same splits on news text but was measured here at about 7 MB/s on short paragraphs and far slower on long
// strings, which alone would miss the 5 MB/s budget; it also splits after "Aug.".
import type { Span } from '../../claim/claim';
import { FOLDS_TO_SPACE } from './text';

// A blank line's spaces include what normalize() folds to a space (\s already does), so the paragraphs of a text
// are those of its normalised form: the pipeline splits the original and normalises one paragraph at a time.
const BLANK_LINE = new RegExp(`\\n[ ${FOLDS_TO_SPACE}]*\\n`);
const BLANK_LINES = new RegExp(`\\n[ ${FOLDS_TO_SPACE}]*\\n\\s*`, 'g');

/** Paragraphs: blank-line separated when the text has blank lines, else one per line. */
export function paragraphs(text: string): Span[] {
  const blank = BLANK_LINE.test(text);
  const sep = blank ? BLANK_LINES : /\n\s*/g;
  const out: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(sep)) {
    push(out, text, start, m.index);
    start = m.index + m[0].length;
  }
  push(out, text, start, text.length);
  return out;
}

function push(out: Span[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}

const BOUNDARY = /[.!?…]+["')\]]*(?=\s+["'(\[]?[\p{Lu}\p{N}])|[.!?…]+["')\]]*(?=\s*$)|\n/gu;

export function sentences(text: string, para: Span, abbreviations: Set<string>): Span[] {
  const s = text.slice(para.start, para.end);
  const out: Span[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(s)) !== null) {
    const end = m.index + m[0].length;
    if (m[0] !== '\n' && m[0][0] === '.' && isAbbreviation(s, m.index, abbreviations)) continue;
    push(out, text, para.start + start, para.start + end);
    start = end;
  }
  push(out, text, para.start + start, para.end);
  return out;
}

/** The word ending at the dot at `dot` is a known abbreviation or a single initial ("J."). */
function isAbbreviation(s: string, dot: number, abbreviations: Set<string>): boolean {
  let i = dot;
  while (i > 0 && !/[\s("'\[]/.test(s[i - 1]!)) i--;
  const word = s.slice(i, dot + 1).toLowerCase();
  if (abbreviations.has(word)) return true;
  return /^\p{Lu}\.$/u.test(s.slice(i, dot + 1));
}
