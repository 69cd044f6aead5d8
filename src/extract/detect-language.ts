// Language detection per document and per paragraph for the seven languages absentia reads.
//
// Exported for the extraction core (src/extract/index.ts wires it into extractClaims):
//
//   detectLanguage(text: string): LanguageDetection
//   detectDocumentLanguages(text: string): DocumentLanguages   // { document, paragraphs[], mixed }
//   unsupportedLanguageWarning(detection: LanguageDetection, input?: string): string
//
// A LanguageDetection has `language` (one of LANGUAGES, or 'und' when the text is in a language
// absentia does not read or too short to tell), `detected` (ISO 639-1 where one exists: 'bg', 'es';
// 'und' when nothing could be told), `name` ('Bulgarian'), `supported`, `confidence` (0..1) and
// `method` (which evidence decided). When `supported` is false the caller extracts no claims and
// prints unsupportedLanguageWarning(...), which names the detected language.
//
// How: the script decides the family (Cyrillic, Latin, other). In Cyrillic the alphabet rule decides
// where it can (і ї є ґ only in Ukrainian; ы э ё only in Russian; ъ without ы э ё is Bulgarian; ў
// Belarusian; ј љ њ ћ ђ џ Serbian/Macedonian; ә ғ қ ... Kazakh). Everywhere, stop-words vote. franc-min
// (trigrams) is consulted only when those leave the answer open, because it is the slow part
// (about 2 MB/s here) and is unreliable on short text and between ru/bg (franc#83, #131).
import { francAll } from 'franc-min';
import { LANGUAGES, type Language } from '../claim/taxonomy';
import type { Span } from '../claim/claim';

export type DetectionMethod = 'alphabet' | 'stopwords' | 'trigrams' | 'script' | 'too-short';

export interface LanguageDetection {
  /** A language absentia reads, or 'und' (unsupported or undetermined). */
  language: Language | 'und';
  /** What the text is in: ISO 639-1 where one exists ('bg', 'es'), else ISO 639-3; 'und' if unknown. */
  detected: string;
  /** English name of `detected`, for messages ('Bulgarian'); 'undetermined' for 'und'. */
  name: string;
  supported: boolean;
  /** 0..1 */
  confidence: number;
  method: DetectionMethod;
}

export interface ParagraphLanguage extends LanguageDetection {
  /** The paragraph, half-open, in the original text. */
  span: Span;
  /** True when the paragraph was too short or unclear and took the document's language. */
  inherited: boolean;
}

export interface DocumentLanguages {
  document: LanguageDetection;
  paragraphs: ParagraphLanguage[];
  /** More than one supported language holds a sizeable share of the text. */
  mixed: boolean;
}

/** Letters looked at per text: enough for every signal, and bounded for 50 MB inputs. */
const SAMPLE_CHARS = 4096;
/** Fewer letters than this: too short to tell. */
const MIN_LETTERS = 8;
/** A paragraph with fewer letters (or less confidence) takes the document's language. */
const PARAGRAPH_MIN_LETTERS = 40;
const PARAGRAPH_MIN_CONFIDENCE = 0.5;

interface LanguageInfo {
  name: string;
  /** franc-min's ISO 639-3 code, when franc knows the language. */
  franc?: string;
  script: 'Cyrillic' | 'Latin';
}

/** Languages told apart: the supported ones and their usual neighbours, so an unsupported text is named. */
const INFO: Record<string, LanguageInfo> = {
  en: { name: 'English', franc: 'eng', script: 'Latin' },
  de: { name: 'German', franc: 'deu', script: 'Latin' },
  fr: { name: 'French', franc: 'fra', script: 'Latin' },
  pl: { name: 'Polish', franc: 'pol', script: 'Latin' },
  it: { name: 'Italian', franc: 'ita', script: 'Latin' },
  es: { name: 'Spanish', franc: 'spa', script: 'Latin' },
  pt: { name: 'Portuguese', franc: 'por', script: 'Latin' },
  nl: { name: 'Dutch', franc: 'nld', script: 'Latin' },
  ro: { name: 'Romanian', franc: 'ron', script: 'Latin' },
  cs: { name: 'Czech', franc: 'ces', script: 'Latin' },
  hu: { name: 'Hungarian', franc: 'hun', script: 'Latin' },
  sv: { name: 'Swedish', franc: 'swe', script: 'Latin' },
  tr: { name: 'Turkish', franc: 'tur', script: 'Latin' },
  hr: { name: 'Croatian', franc: 'hrv', script: 'Latin' },
  uk: { name: 'Ukrainian', franc: 'ukr', script: 'Cyrillic' },
  ru: { name: 'Russian', franc: 'rus', script: 'Cyrillic' },
  bg: { name: 'Bulgarian', franc: 'bul', script: 'Cyrillic' },
  be: { name: 'Belarusian', franc: 'bel', script: 'Cyrillic' },
  sr: { name: 'Serbian', franc: 'srp', script: 'Cyrillic' },
  kk: { name: 'Kazakh', franc: 'kaz', script: 'Cyrillic' },
};

const FROM_FRANC = new Map(Object.entries(INFO).flatMap(([code, i]) => (i.franc ? [[i.franc, code]] : [])));
const SUPPORTED = new Set<string>(LANGUAGES);

/** Short, frequent function words; a language's share of these among a text's words is its vote. */
const STOPWORDS: Record<string, string> = {
  en: 'the and of to in is was that for with by from on are have has were this it its said their which been not be as at an or',
  de: 'der die das und ist nicht mit von den dem des ein eine einer eines auf für sich im zu auch es als wie wurde sind bei nach aus seit zum zur dass werden hat',
  fr: 'le la les de des du et est un une en dans pour que qui au aux sur par pas ne plus avec ce cette sont été depuis selon a ont leur',
  pl: 'i w z na się nie jest to że do od o po przez jak ale dla są był była było tym roku który która które oraz już jego ich we ze',
  it: 'il lo la i gli le di del della dei delle e è un una che in per con non sono da dal nel nella al alla si anche più come ha stato',
  es: 'el la los las de del y es un una que en por con no se para su al lo como más pero sus fue ha este esta son según',
  pt: 'o a os as de do da dos das e é um uma que em no na por com não se para seu ao como mais mas foi são pelo pela',
  nl: 'de het een en van is niet dat die op te zijn voor met als ook er maar om aan door wordt bij naar werd',
  uk: 'і й що та це не на як від до за у в з із про його її які який яка було був була року також але щоб вже ще після під через між або цей ця ці тому якщо коли де при він вона вони має буде їх',
  ru: 'и что это не на как от до за в с о об его её ее который которые была был были года также но чтобы уже ещё еще после под через между или этот эта эти поэтому если когда где при он она они по из для так то бы же',
  hr: 'je i u na se da su za od ovo koji koja kao ali iz sa će bio bila nije što ili prema',
  bg: 'и на за от се че да е са това като при по не в с със във към след през бил била които който която но или ще тази този тези му ги',
};
const STOP: Record<string, Set<string>> = Object.fromEntries(
  Object.entries(STOPWORDS).map(([l, words]) => [l, new Set(words.split(' '))]),
);
/** Bulgarian function words that Russian and Ukrainian do not have. */
const BULGARIAN_ONLY = new Set(['е', 'са', 'това', 'че', 'със', 'във', 'към', 'ще', 'тази', 'този', 'тези', 'които', 'който', 'която', 'ги']);
const LATIN_CANDIDATES = Object.keys(INFO).filter((l) => INFO[l]!.script === 'Latin');

/** Letters found (almost) only in one Latin-script language: strong but not decisive votes. */
const LATIN_MARKS: Record<string, RegExp> = {
  pl: /[ąęłńśźż]/gu,
  de: /[äöüß]/gu,
  fr: /[çœêâîôûëïÿ]/gu,
  es: /[ñ¿¡]/gu,
  pt: /[ãõ]/gu,
  ro: /[ășțşţ]/gu,
  hr: /đ/gu,
  cs: /[ěřůčš]/gu,
  tr: /[ğı]/gu,
  hu: /[őű]/gu,
  sv: /[åø]/gu,
};

const WORD = /\p{L}[\p{L}\p{M}]*(?:['’ʼ][\p{L}\p{M}]+)*/gu;

interface Profile {
  letters: number;
  cyrillic: number;
  latin: number;
  otherScript: string | null;
  words: string[];
  sample: string;
}

function profile(text: string): Profile {
  const sample = (text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text).toLowerCase();
  let letters = 0;
  let cyrillic = 0;
  let latin = 0;
  const others = new Map<string, number>();
  // by UTF-16 unit: every script counted lies in the BMP, and a surrogate counts as no letter either way
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x41) continue;
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) {
      letters++;
      latin++;
    } else if (c >= 0x400 && c <= 0x52f) {
      letters++;
      cyrillic++;
    } else if (c > 0x24f) {
      const script = otherScriptOf(c);
      if (script) {
        letters++;
        others.set(script, (others.get(script) ?? 0) + 1);
      }
    }
  }
  let otherScript: string | null = null;
  let best = Math.max(cyrillic, latin);
  for (const [s, n] of others) if (n > best) [otherScript, best] = [s, n];
  return { letters, cyrillic, latin, otherScript, words: sample.match(WORD) ?? [], sample };
}

/** Non-Latin, non-Cyrillic scripts, each named by the language it almost always writes here. */
function otherScriptOf(c: number): string | null {
  if (c >= 0x370 && c <= 0x3ff) return 'el';
  if (c >= 0x590 && c <= 0x5ff) return 'he';
  if (c >= 0x600 && c <= 0x6ff) return 'ar';
  if (c >= 0x900 && c <= 0x97f) return 'hi';
  if (c >= 0x10a0 && c <= 0x10ff) return 'ka';
  if (c >= 0x530 && c <= 0x58f) return 'hy';
  if (c >= 0xac00 && c <= 0xd7af) return 'ko';
  if (c >= 0x3040 && c <= 0x30ff) return 'ja';
  if (c >= 0x4e00 && c <= 0x9fff) return 'zh';
  return null;
}

const OTHER_NAMES: Record<string, string> = {
  el: 'Greek', he: 'Hebrew', ar: 'Arabic', hi: 'Hindi', ka: 'Georgian', hy: 'Armenian', ko: 'Korean', ja: 'Japanese', zh: 'Chinese',
};

function result(code: string, confidence: number, method: DetectionMethod): LanguageDetection {
  const supported = SUPPORTED.has(code);
  return {
    language: supported ? (code as Language) : 'und',
    detected: code,
    name: code === 'und' ? 'undetermined' : (INFO[code]?.name ?? OTHER_NAMES[code] ?? code),
    supported,
    confidence: round(confidence),
    method,
  };
}

const round = (x: number) => Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;

/** Confidence from how many pieces of evidence there are and how one-sided they are. */
function strength(evidence: number, purity: number): number {
  return (1 - Math.pow(0.6, evidence)) * purity;
}

function count(s: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}

/** Each stop-word to the languages it is one in: one lookup per word instead of one per word and language. */
const STOP_LANGUAGES = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOP)) for (const w of words) STOP_LANGUAGES.set(w, [...(STOP_LANGUAGES.get(w) ?? []), lang]);

function stopVotes(words: string[], candidates: string[]): Map<string, number> {
  const votes = new Map<string, number>(candidates.map((c) => [c, 0]));
  for (const w of words) {
    const langs = STOP_LANGUAGES.get(w);
    if (langs) for (const c of langs) {
      const v = votes.get(c);
      if (v !== undefined) votes.set(c, v + 1);
    }
  }
  return votes;
}

function ranked(votes: Map<string, number>): [string, number][] {
  return [...votes].sort((a, b) => b[1] - a[1]);
}

/** Detects the language of one text (a paragraph or a whole document). Never throws. */
export function detectLanguage(text: string): LanguageDetection {
  const p = profile(text);
  if (p.letters < MIN_LETTERS) return result('und', 0, 'too-short');
  if (p.otherScript) return result(p.otherScript, p.letters >= 20 ? 0.9 : 0.6, 'script');
  return p.cyrillic >= p.latin ? detectCyrillic(p) : detectLatin(p);
}

function detectCyrillic(p: Profile): LanguageDetection {
  const s = p.sample;
  const per = (n: number) => n / p.cyrillic;
  // Letters no supported language uses: name the language that does.
  const exclusive: [string, number][] = [
    ['sr', count(s, /[јљњћђџѓќѕ]/gu)],
    ['kk', count(s, /[әғқңөұүһ]/gu)],
    ['be', count(s, /ў/gu)],
  ];
  for (const [code, n] of exclusive) {
    if (n >= 2 && per(n) >= 0.005) return result(code, strength(n, 1), 'alphabet');
  }
  const uk = count(s, /[іїєґ]/gu);
  const ru = count(s, /[ыэё]/gu);
  const hard = count(s, /ъ/gu);
  if (uk > 0 && uk >= 3 * (ru + hard)) return result('uk', strength(uk, uk / (uk + ru + hard)), 'alphabet');
  if (ru > 0 && ru >= 3 * uk) return result('ru', strength(ru + hard, (ru + hard) / (uk + ru + hard)), 'alphabet');
  // ъ alone: Bulgarian writes it constantly, Russian rarely (объявить, подъезд); the stop-words decide.
  // Without ъ or a Bulgarian function word, Bulgarian is no candidate (franc leans to it on short Russian).
  const votes = stopVotes(p.words, ['uk', 'ru', 'bg']);
  if (hard > 0 && uk === 0 && ru === 0) votes.set('bg', votes.get('bg')! + hard);
  votes.set('uk', votes.get('uk')! + uk);
  votes.set('ru', votes.get('ru')! + ru);
  const bulgarian = hard > 0 || p.words.some((w) => BULGARIAN_ONLY.has(w));
  if (!bulgarian) votes.delete('bg');
  return decide(p, votes, bulgarian ? ['uk', 'ru', 'bg'] : ['uk', 'ru']);
}

function detectLatin(p: Profile): LanguageDetection {
  const votes = stopVotes(p.words, LATIN_CANDIDATES);
  for (const [code, re] of Object.entries(LATIN_MARKS)) {
    const n = count(p.sample, re);
    if (n > 0) votes.set(code, votes.get(code)! + Math.min(n, 1 + p.words.length / 10));
  }
  return decide(p, votes, LATIN_CANDIDATES);
}

/**
 * Evidence from the alphabet and stop-words; when it is thin or close, franc's trigram ranking over
 * the same candidates is added in (scaled to the evidence, so neither swamps the other).
 */
function decide(p: Profile, votes: Map<string, number>, candidates: string[]): LanguageDetection {
  const order = ranked(votes);
  const [top, topVotes] = order[0]!;
  const second = order[1]?.[1] ?? 0;
  const total = order.reduce((a, [, v]) => a + v, 0);
  if (topVotes >= 4 && topVotes >= 3 * second) return result(top, strength(topVotes, topVotes / total), 'stopwords');
  const only = candidates.map((c) => INFO[c]!.franc!);
  const trigrams = francAll(p.sample, { only, minLength: MIN_LETTERS });
  if (trigrams[0]![0] === 'und') {
    return total > 0 ? result(top, strength(topVotes, topVotes / total) * 0.8, 'stopwords') : result('und', 0, 'too-short');
  }
  // franc scores are 1 for its best guess and fall off below; give them the weight of a few words.
  const weight = Math.max(3, p.words.length / 8);
  const combined = new Map(votes);
  for (const [code3, score] of trigrams) {
    const code = FROM_FRANC.get(code3);
    if (code) combined.set(code, (combined.get(code) ?? 0) + weight * Math.max(0, score - 0.5) * 2);
  }
  const final = ranked(combined);
  const [best, bestScore] = final[0]!;
  const runnerUp = final[1]?.[1] ?? 0;
  const purity = bestScore / (bestScore + runnerUp || 1);
  return result(best, strength(2 + topVotes / 2, purity), 'trigrams');
}

/** Paragraphs: runs of text separated by blank lines, as half-open spans. */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  const re = /\n[ \t\r\u00a0]*\n\s*/gu;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > start) spans.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans.filter((s) => /\S/u.test(text.slice(s.start, s.end)));
}

/**
 * The document's language (a letter-weighted vote of its paragraphs) and each paragraph's own.
 * Short or unclear paragraphs (headlines, bylines, a three-word quote) take the document's language.
 */
export function detectDocumentLanguages(text: string): DocumentLanguages {
  const spans = paragraphSpans(text);
  const own = spans.map((span) => {
    const body = text.slice(span.start, Math.min(span.end, span.start + SAMPLE_CHARS));
    return { span, detection: detectLanguage(body), letters: letterCount(body) };
  });
  const weight = new Map<string, number>();
  let totalWeight = 0;
  for (const { detection, letters } of own) {
    if (detection.detected === 'und') continue;
    const w = letters * (0.25 + detection.confidence);
    weight.set(detection.detected, (weight.get(detection.detected) ?? 0) + w);
    totalWeight += w;
  }
  const order = ranked(weight);
  let document: LanguageDetection;
  if (own.length === 1) document = own[0]!.detection;
  else if (order.length === 0) document = detectLanguage(text);
  else {
    const [code, w] = order[0]!;
    const agreeing = own.filter((o) => o.detection.detected === code);
    const mean = agreeing.reduce((a, o) => a + o.detection.confidence, 0) / agreeing.length;
    const methods = new Set(agreeing.map((o) => o.detection.method));
    document = result(code, mean * Math.sqrt(w / totalWeight), methods.size === 1 ? agreeing[0]!.detection.method : 'stopwords');
  }
  const paragraphs: ParagraphLanguage[] = own.map(({ span, detection, letters }) => {
    const unclear = letters < PARAGRAPH_MIN_LETTERS || detection.confidence < PARAGRAPH_MIN_CONFIDENCE;
    return unclear && document.detected !== 'und'
      ? { ...document, span, inherited: true }
      : { ...detection, span, inherited: false };
  });
  const shares = new Map<string, number>();
  for (const p of paragraphs) if (p.supported) shares.set(p.language, (shares.get(p.language) ?? 0) + p.span.end - p.span.start);
  const sized = [...shares.values()].filter((n) => n >= 0.15 * text.length).length;
  return { document, paragraphs, mixed: sized > 1 };
}

/** How many letters a text has. */
export function letterCount(s: string): number {
  return count(s, /\p{L}/gu);
}

/** The code of the language a text is in, supported or not (for storing with a document); null when unknown. */
export function detectedLanguageCode(text: string): string | null {
  const d = detectLanguage(text);
  return d.detected === 'und' ? null : d.detected;
}

/** The one-line warning for a text that yields no claims because of its language. */
export function unsupportedLanguageWarning(detection: LanguageDetection, input?: string): string {
  const what =
    detection.detected === 'und'
      ? 'the language could not be determined (too little text)'
      : `the text appears to be ${detection.name} (${detection.detected}, confidence ${detection.confidence}), which absentia does not read`;
  return `${input ? `${input}: ` : ''}${what}; no claims extracted (supported: ${LANGUAGES.join(', ')}; override with --language)`;
}
