// English number data: comma (or space) thousands, decimal point, scale words, spelled numerals, ranges, x-fold.
export const thousandsSeparators = [',', ' ', '\u00A0', '\u202F', '\u2009'];
export const decimalSeparator = '.';
export const scales: Record<string, number> = {
  thousand: 1e3, thousands: 1e3, k: 1e3, million: 1e6, millions: 1e6, mln: 1e6, m: 1e6, billion: 1e9, bn: 1e9,
};
export const numerals: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9,
};
export const numeralJoiners = ['and'];
export const numeralsGlued = false;
export const numeralsNotAlone = ['one', 'zero', 'hundred', 'thousand', 'million', 'billion'];
export const approximateNumerals: Record<string, number> = { 'a dozen': 12, 'a hundred': 100, 'a thousand': 1000 };
export const ranges: Array<[string, string]> = [
  ['between', 'and'], ['from', 'to'], ['', '-'], ['', '–'], ['', '—'], ['', 'to'],
];
export const foldWords: Record<string, number> = {
  doubled: 2, doubling: 2, twice: 2, tripled: 3, tripling: 3, trebled: 3, quadrupled: 4, quintupled: 5,
};
export const foldFrames: Array<[string, string]> = [['', 'fold'], ['', '-fold'], ['', ' times']];
export const foldComparatives = [
  'more', 'higher', 'greater', 'larger', 'as many', 'as much', 'increase*', 'rose', 'risen', 'grew', 'grown',
  'jump*', 'up', 'fewer', 'less', 'lower', 'fell', 'dropped',
];
export const percentWords = ['%', 'percent', 'per cent', 'pct'];
export const ordinalSuffixes = ['st', 'nd', 'rd', 'th'];
