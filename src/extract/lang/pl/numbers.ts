// Polish number data: space (or dot) thousands, decimal comma, "tys."/"mln", spelled numerals in their cases.
export const thousandsSeparators = [' ', '\u00A0', '\u202F', '\u2009', '.'];
export const decimalSeparator = ',';
export const scales: Record<string, number> = {
  'tys.': 1e3, tys: 1e3, tysiąc: 1e3, tysiące: 1e3, tysięcy: 1e3, tysiąca: 1e3, tysiącach: 1e3, tysiącami: 1e3,
  'mln': 1e6, 'mln.': 1e6, milion: 1e6, miliony: 1e6, milionów: 1e6, miliona: 1e6, 'mld': 1e9, 'mld.': 1e9,
  miliard: 1e9, miliardy: 1e9, miliardów: 1e9, miliarda: 1e9,
};
/** Numerals in their cases (nominative, genitive/locative "pięciu", instrumental "pięcioma", masculine-personal "trzej"). */
export const numerals: Record<string, number> = {
  zero: 0, jeden: 1, jedna: 1, jedno: 1, jednego: 1, jednej: 1, jednym: 1,
  dwa: 2, dwie: 2, dwóch: 2, dwu: 2, dwom: 2, dwoma: 2, dwaj: 2, dwoje: 2,
  trzy: 3, trzech: 3, trzem: 3, trzema: 3, trzej: 3, troje: 3, cztery: 4, czterech: 4, czterem: 4, czterema: 4, czterej: 4,
  pięć: 5, pięciu: 5, pięcioma: 5, sześć: 6, sześciu: 6, sześcioma: 6, siedem: 7, siedmiu: 7, siedmioma: 7,
  osiem: 8, ośmiu: 8, ośmioma: 8, dziewięć: 9, dziewięciu: 9, dziewięcioma: 9, dziesięć: 10, dziesięciu: 10,
  dziesięcioma: 10, jedenaście: 11, jedenastu: 11, dwanaście: 12, dwunastu: 12, trzynaście: 13, trzynastu: 13,
  czternaście: 14, czternastu: 14, piętnaście: 15, piętnastu: 15, szesnaście: 16, szesnastu: 16, siedemnaście: 17,
  siedemnastu: 17, osiemnaście: 18, osiemnastu: 18, dziewiętnaście: 19, dziewiętnastu: 19,
  dwadzieścia: 20, dwudziestu: 20, dwudziestoma: 20, trzydzieści: 30, trzydziestu: 30, czterdzieści: 40, czterdziestu: 40,
  pięćdziesiąt: 50, pięćdziesięciu: 50, sześćdziesiąt: 60, sześćdziesięciu: 60, siedemdziesiąt: 70, siedemdziesięciu: 70,
  osiemdziesiąt: 80, osiemdziesięciu: 80, dziewięćdziesiąt: 90, dziewięćdziesięciu: 90,
  sto: 100, stu: 100, dwieście: 200, dwustu: 200, trzysta: 300, trzystu: 300, czterysta: 400, czterystu: 400,
  pięćset: 500, pięciuset: 500, sześćset: 600, sześciuset: 600, siedemset: 700, siedmiuset: 700, osiemset: 800,
  ośmiuset: 800, dziewięćset: 900, dziewięciuset: 900,
  tysiąc: 1e3, tysiące: 1e3, tysięcy: 1e3, tysiąca: 1e3, milion: 1e6, miliony: 1e6, milionów: 1e6, miliona: 1e6,
};
export const numeralJoiners: string[] = [];
export const numeralsGlued = false;
/** "jeden z powodów" is no figure; "tysięcy" alone ("kilkadziesiąt tysięcy") neither. */
export const numeralsNotAlone = [
  'zero', 'jeden', 'jedna', 'jedno', 'jednego', 'jednej', 'jednym', 'tysiąc', 'tysiące', 'tysięcy', 'tysiąca', 'milion',
  'miliony', 'milionów', 'miliona',
];
/** "półtora tysiąca" = 1500. Vague words ("kilkadziesiąt", "setki") are no figure and are not listed. */
export const approximateNumerals: Record<string, number> = {};
export const ranges: Array<[string, string]> = [['od', 'do'], ['między', 'a'], ['pomiędzy', 'a'], ['', '–'], ['', '—'], ['', '-']];
export const foldWords: Record<string, number> = {
  dwukrotnie: 2, podwoiła: 2, podwoił: 2, podwoiło: 2, podwoiły: 2, 'podwoiła się': 2, 'podwoił się': 2, 'podwoiło się': 2, trzykrotnie: 3,
  potroiła: 3, potroił: 3, potroiło: 3, czterokrotnie: 4, pięciokrotnie: 5, sześciokrotnie: 6, siedmiokrotnie: 7,
  ośmiokrotnie: 8, dziewięciokrotnie: 9, dziesięciokrotnie: 10, półtorakrotnie: 1.5,
};
/** "trzy razy więcej", "2,5 raza więcej": the factor and "razy" as separate words, with a comparative near. */
export const foldFrames: Array<[string, string]> = [['', ' razy'], ['', ' raza']];
export const foldComparatives = ['więcej', 'mniej', 'wyższ*', 'niższ*', 'wzrosł*', 'zwiększył*', 'spadł*', 'większ*', 'mniejsz*'];
export const percentWords = ['%', 'proc.', 'procent', 'procenta', 'procentach'];
/** "123. brygada", "24. brygady": a dot after the digits before a word makes an ordinal. */
export const ordinalSuffixes = ['.'];
