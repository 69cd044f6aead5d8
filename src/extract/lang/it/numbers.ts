// Italian number data: dot thousands, decimal comma, "mila"/"milioni" (also glued: "19mila"), numerals written
// as one word ("duemilacinquecento", "ventuno"), ranges and x-fold words.
export const thousandsSeparators = ['.', ' ', '\u00A0', '\u202F', '\u2009'];
export const decimalSeparator = ',';
export const scales: Record<string, number> = {
  mila: 1e3, mille: 1e3, milione: 1e6, milioni: 1e6, 'mln': 1e6, 'mln.': 1e6, miliardo: 1e9, miliardi: 1e9, 'mld': 1e9,
  'mld.': 1e9,
};
/** Numeral parts; "vent", "trent" … are the elided tens of "ventuno", "trentotto". */
export const numerals: Record<string, number> = {
  zero: 0, uno: 1, una: 1, un: 1, due: 2, tre: 3, tré: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9,
  dieci: 10, undici: 11, dodici: 12, tredici: 13, quattordici: 14, quindici: 15, sedici: 16, diciassette: 17,
  diciotto: 18, diciannove: 19, venti: 20, vent: 20, trenta: 30, trent: 30, quaranta: 40, quarant: 40, cinquanta: 50,
  cinquant: 50, sessanta: 60, sessant: 60, settanta: 70, settant: 70, ottanta: 80, ottant: 80, novanta: 90, novant: 90,
  cento: 100, cent: 100, mille: 1e3, mila: 1e3, milione: 1e6, milioni: 1e6, miliardo: 1e9, miliardi: 1e9,
};
export const numeralJoiners: string[] = [];
export const numeralsGlued = true;
export const numeralsNotAlone = [
  'zero', 'un', 'uno', 'una', 'vent', 'trent', 'quarant', 'cinquant', 'sessant', 'settant', 'ottant', 'novant', 'cent',
  'mila', 'milione', 'milioni', 'miliardo', 'miliardi',
];
/** "una cinquantina" = about 50, "un migliaio" = about 1000. */
export const approximateNumerals: Record<string, number> = {
  'una decina': 10, 'una dozzina': 12, 'una quindicina': 15, 'una ventina': 20, 'una trentina': 30, 'una quarantina': 40,
  'una cinquantina': 50, 'una sessantina': 60, 'un centinaio': 100, 'un migliaio': 1000,
};
export const ranges: Array<[string, string]> = [
  ['tra', 'e'], ['fra', 'e'], ['da', 'a'], ['dai', 'ai'], ['dalle', 'alle'], ['', '–'], ['', '—'], ['', '-'],
];
export const foldWords: Record<string, number> = {
  'il doppio': 2, raddoppiato: 2, raddoppiata: 2, raddoppiati: 2, raddoppiate: 2, 'il triplo': 3, triplicato: 3,
  triplicata: 3, triplicati: 3, 'il quadruplo': 4, quadruplicato: 4, quadruplicati: 4, quintuplicato: 5, decuplicato: 10,
};
/** "cinque volte più", "3 volte tanti": the factor and "volte" as separate words, with a comparative near. */
export const foldFrames: Array<[string, string]> = [['', ' volte']];
export const foldComparatives = ['più', 'di più', 'in più', 'tanto', 'tanti', 'tante', 'superiore', 'superiori', 'aumentat*', 'cresciut*', 'meno'];
export const percentWords = ['%', 'per cento', 'percento'];
/** "155ª brigata", "1° marzo", "47esima brigata". */
export const ordinalSuffixes = ['ª', 'º', '°', 'esima', 'esimo'];
