// German number data: dot (or space) thousands, decimal comma, scale words ("Tsd.", "Mio."), numerals written
// as one word ("zwanzigtausend", "einundzwanzig"), ranges and x-fold words.

export const thousandsSeparators = ['.', ' ', '\u00A0', '\u202F', '\u2009'];
export const decimalSeparator = ',';

/** Scale words and abbreviations after a number ("1,5 Mio.", "18 Tsd.", "45 Tausend"). */
export const scales: Record<string, number> = {
  tausend: 1e3, 'tsd.': 1e3, tsd: 1e3,
  million: 1e6, millionen: 1e6, 'mio.': 1e6, mio: 1e6,
  milliarde: 1e9, milliarden: 1e9, 'mrd.': 1e9, mrd: 1e9,
};

const units: Array<[string, number]> = [
  ['ein', 1], ['zwei', 2], ['drei', 3], ['vier', 4], ['fünf', 5], ['sechs', 6], ['sieben', 7], ['acht', 8], ['neun', 9],
];
const tens: Array<[string, number]> = [
  ['zwanzig', 20], ['dreißig', 30], ['dreissig', 30], ['vierzig', 40], ['fünfzig', 50], ['sechzig', 60], ['siebzig', 70],
  ['achtzig', 80], ['neunzig', 90],
];

/** "einundzwanzig" … "neunundneunzig": unit + "und" + ten, listed whole so that "und" between words never joins. */
function unitAndTen(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [u, uv] of units) for (const [t, tv] of tens) out[`${u}und${t}`] = uv + tv;
  return out;
}

/** Numeral parts; a spelled number is a run of them glued ("dreihundertfünfzigtausend"). */
export const numerals: Record<string, number> = {
  null: 0, ein: 1, eins: 1, eine: 1, einen: 1, einem: 1, einer: 1, zwei: 2, zwo: 2, drei: 3, vier: 4, fünf: 5,
  sechs: 6, sieben: 7, sieb: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14,
  fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
  ...Object.fromEntries(tens),
  ...unitAndTen(),
  hundert: 100, tausend: 1e3, million: 1e6, millionen: 1e6, milliarde: 1e9, milliarden: 1e9,
};
/** "und" only joins inside a word, and those words are listed whole above. */
export const numeralJoiners: string[] = [];
/** German writes a whole number below a million as one word. */
export const numeralsGlued = true;
/** Numerals that are no figure on their own ("ein Soldat", "eine Woche", "null Toleranz"). */
export const numeralsNotAlone = [
  'null', 'ein', 'eins', 'eine', 'einen', 'einem', 'einer', 'sieb', 'hundert', 'tausend', 'million', 'millionen',
  'milliarde', 'milliarden',
];

/** Lexical approximations: "ein Dutzend" = about 12, "ein halbes Tausend" = about 500. */
export const approximateNumerals: Record<string, number> = {
  'ein dutzend': 12, 'einem dutzend': 12, 'ein halbes tausend': 500, 'anderthalb': 1.5, 'eineinhalb': 1.5,
};

/** Range frames [before the low end, between the ends]: "zwischen 14.000 und 18.000", "von 14 bis 18 Tsd.". */
export const ranges: Array<[string, string]> = [
  ['zwischen', 'und'], ['von', 'bis'], ['von', 'bis zu'], ['', 'bis'], ['', '–'], ['', '—'], ['', '-'],
];

/** x-fold words carrying their factor ("verdoppelt", "verfünffacht"). */
export const foldWords: Record<string, number> = {
  verdoppelt: 2, verdoppelte: 2, verdoppelten: 2, verdoppelung: 2, 'doppelt so viele': 2, 'doppelt so viel': 2,
  'doppelt so hoch': 2, 'das doppelte': 2, verdreifacht: 3, verdreifachte: 3, verdreifachung: 3, 'das dreifache': 3,
  vervierfacht: 4, vervierfachte: 4, 'das vierfache': 4, verfünffacht: 5, verfünffachte: 5, 'das fünffache': 5,
  versechsfacht: 6, versiebenfacht: 7, verachtfacht: 8, verzehnfacht: 10,
};
/** "dreimal so viele", "3-mal mehr", "fünffach": [before the factor, after it]. German glues "mal" and "fach". */
export const foldFrames: Array<[string, string]> = [
  ['', 'mal'], ['', '-mal'], ['', ' mal'], ['', 'fach'], ['', '-fach'], ['', 'fache'], ['', 'fachen'], ['', 'facher'],
];
/** Comparatives that make "dreimal" a change ("so viele", "mehr", "gestiegen"). */
export const foldComparatives = [
  'so viele', 'so viel', 'so hoch', 'so groß', 'mehr', 'höher', 'weniger', 'gestiegen', 'angestiegen', 'erhöht',
  'zugenommen', 'gewachsen', 'gesunken',
];
export const percentWords = ['%', 'prozent', 'v. h.'];
/** "47. Brigade", "25. Februar": a dot after one to three digits before a word makes an ordinal. */
export const ordinalSuffixes = ['.'];
