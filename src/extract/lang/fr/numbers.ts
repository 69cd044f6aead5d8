// French number data: space thousands (also no-break and narrow no-break), decimal comma, "mille"/"millions",
// spelled numerals (hyphenated compounds), ranges and x-fold words.
export const thousandsSeparators = [' ', '\u00A0', '\u202F', '\u2009', '.'];
export const decimalSeparator = ',';
export const scales: Record<string, number> = {
  mille: 1e3, million: 1e6, millions: 1e6, 'mln': 1e6, milliard: 1e9, milliards: 1e9, 'mds': 1e9, 'md': 1e9,
};

const tens: Array<[string, number]> = [['vingt', 20], ['trente', 30], ['quarante', 40], ['cinquante', 50], ['soixante', 60]];
/** "vingt et un" … "soixante et onze", listed whole so that "et" between two numbers never joins them. */
function tensAndOne(): Record<string, number> {
  const out: Record<string, number> = { 'soixante et onze': 71, 'soixante-et-onze': 71 };
  for (const [t, v] of tens) {
    out[`${t} et un`] = v + 1;
    out[`${t} et une`] = v + 1;
    out[`${t}-et-un`] = v + 1;
    out[`${t}-et-une`] = v + 1;
  }
  return out;
}

export const numerals: Record<string, number> = {
  zéro: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, 'dix-sept': 17, 'dix-huit': 18, 'dix-neuf': 19,
  ...Object.fromEntries(tens),
  ...tensAndOne(),
  'quatre-vingt': 80, 'quatre-vingts': 80, septante: 70, huitante: 80, octante: 80, nonante: 90,
  cent: 100, cents: 100, mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9,
};
export const numeralJoiners: string[] = [];
export const numeralsGlued = false;
/** "un soldat", "une fois", "cent" is a number but "un"/"une" alone is an article. */
export const numeralsNotAlone = ['zéro', 'un', 'une', 'million', 'millions', 'milliard', 'milliards'];
/** "une cinquantaine" = about 50, "un millier" = about 1000. */
export const approximateNumerals: Record<string, number> = {
  'une dizaine': 10, 'une douzaine': 12, 'une quinzaine': 15, 'une vingtaine': 20, 'une trentaine': 30,
  'une quarantaine': 40, 'une cinquantaine': 50, 'une soixantaine': 60, 'une centaine': 100, 'un millier': 1000,
};
export const ranges: Array<[string, string]> = [['entre', 'et'], ['de', 'à'], ["d'", 'à'], ['', 'à'], ['', '–'], ['', '—'], ['', '-']];
export const foldWords: Record<string, number> = {
  doublé: 2, doublée: 2, doublés: 2, doublées: 2, 'le double': 2, 'deux fois plus': 2, triplé: 3, triplée: 3, triplés: 3,
  'le triple': 3, quadruplé: 4, quadruplée: 4, quintuplé: 5, décuplé: 10,
};
/** "cinq fois plus", "3 fois plus": the factor and "fois" as a separate word, with a comparative near. */
export const foldFrames: Array<[string, string]> = [['', ' fois']];
export const foldComparatives = ['plus', 'moins', 'davantage', 'supérieur*', 'augmenté', 'progressé', 'multiplié*'];
export const percentWords = ['%', 'pour cent', 'pourcent'];
/** "155e brigade", "1er mars", "47ème brigade". */
export const ordinalSuffixes = ['e', 'er', 'ère', 're', 'ème', 'è', 'ᵉ', 'ᵉʳ'];
