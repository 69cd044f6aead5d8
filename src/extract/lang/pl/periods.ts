// Polish calendar words: months in every case ("w maju", "od stycznia", "1 marca"), relative years, spans, rates.
export const months: Record<string, number> = {
  styczeń: 1, stycznia: 1, styczniu: 1, styczniem: 1, luty: 2, lutego: 2, lutym: 2, marzec: 3, marca: 3, marcu: 3,
  marcem: 3, kwiecień: 4, kwietnia: 4, kwietniu: 4, kwietniem: 4, maj: 5, maja: 5, maju: 5, majem: 5, czerwiec: 6,
  czerwca: 6, czerwcu: 6, czerwcem: 6, lipiec: 7, lipca: 7, lipcu: 7, lipcem: 7, sierpień: 8, sierpnia: 8,
  sierpniu: 8, sierpniem: 8, wrzesień: 9, września: 9, wrześniu: 9, wrześniem: 9, październik: 10, października: 10,
  październiku: 10, październikiem: 10, listopad: 11, listopada: 11, listopadzie: 11, listopadem: 11, grudzień: 12,
  grudnia: 12, grudniu: 12, grudniem: 12,
};
/** "2024 r.", "2024 roku", "w latach 2022 i 2023". */
export const yearWords = ['roku', 'rok', 'r.', 'rr.', 'latach'];
export const yearSuffixes: string[] = [];
export const wholeYearWords = ['w', 'za', 'przez cały', 'w całym', 'cały', 'całym', 'w ciągu', 'niż w', 'niż w całym'];
export const relativeYears: Record<string, number> = {
  'w tym roku': 0, 'tego roku': 0, 'bieżącego roku': 0, 'w bieżącym roku': 0, 'obecnym roku': 0, 'w obecnym roku': 0,
  'w zeszłym roku': -1, 'w ubiegłym roku': -1, 'zeszłego roku': -1, 'ubiegłego roku': -1, 'w poprzednim roku': -1,
  'rok wcześniej': -1, 'przed rokiem': -1, 'rok temu': -1, 'dwa lata temu': -2,
};
export const wholeYearPhrases = ['cały rok', 'całym roku', 'całego roku'];
export const relativeMonths: Record<string, number> = {
  'w zeszłym miesiącu': -1, 'w ubiegłym miesiącu': -1, 'w poprzednim miesiącu': -1, 'miesiąc wcześniej': -1,
  'w tym miesiącu': 0, 'w bieżącym miesiącu': 0,
};
export const ordinals: Record<string, number> = {
  pierwszy: 1, pierwsza: 1, pierwsze: 1, pierwszego: 1, pierwszej: 1, pierwszym: 1, pierwszych: 1, drugi: 2, druga: 2,
  drugie: 2, drugiego: 2, drugiej: 2, drugim: 2, trzeci: 3, trzecia: 3, trzecie: 3, trzeciego: 3, trzeciej: 3,
  trzecim: 3, czwarty: 4, czwartym: 4, czwartego: 4, ostatni: -1, ostatnie: -1, ostatnich: -1, ostatnim: -1,
};
export const yearParts: Record<string, number> = {
  półrocze: 6, półrocza: 6, półroczu: 6, półroczem: 6, kwartał: 3, kwartału: 3, kwartale: 3, kwartałem: 3,
};
export const spanUnits: Record<string, 'day' | 'week' | 'month' | 'year'> = {
  miesiąc: 'month', miesiąca: 'month', miesiące: 'month', miesięcy: 'month', miesiącach: 'month', miesiącami: 'month',
  tydzień: 'week', tygodnia: 'week', tygodnie: 'week', tygodni: 'week', tygodniach: 'week', dzień: 'day', dnia: 'day',
  dni: 'day', dniach: 'day', rok: 'year', roku: 'year', lata: 'year', lat: 'year', latach: 'year',
};
export const sinceWords = ['od', 'począwszy od', 'od czasu'];
export const startOfWords = ['początku', 'początek', 'startu', 'rozpoczęcia'];
export const sinceYearStartPhrases = [
  'od początku roku', 'od początku tego roku', 'od początku bieżącego roku', 'od stycznia tego roku', 'od 1 stycznia',
  'od początku obecnego roku',
];
export const fullScaleWarPhrases = [
  'pełnoskalowej inwazji', 'inwazji', 'wojny', 'pełnoskalowej wojny', 'wybuchu wojny', 'agresji', 'rosyjskiej inwazji',
  '24 lutego 2022',
];
export const spanConnectors: Array<[string, string]> = [
  ['od', 'do'], ['między', 'a'], ['pomiędzy', 'a'], ['', '–'], ['', '—'], ['', '-'],
];
export const untilWords = ['do', 'do dnia', 'do końca'];
export const endOfWords = ['końca', 'koniec', 'końcu'];
export const asOfWords = ['na dzień', 'według stanu na', 'stan na', 'stan z'];
export const rates: Record<string, 'day' | 'week' | 'month' | 'year'> = {
  miesięcznie: 'month', 'co miesiąc': 'month', 'na miesiąc': 'month', 'każdego miesiąca': 'month', 'w miesiącu': 'month',
  tygodniowo: 'week', 'co tydzień': 'week', 'na tydzień': 'week', 'w tygodniu': 'week', 'każdego tygodnia': 'week',
  dziennie: 'day', codziennie: 'day', 'na dzień': 'day', 'każdego dnia': 'day', 'co dzień': 'day',
  rocznie: 'year', 'co roku': 'year', 'na rok': 'year', 'każdego roku': 'year',
};
export const samePeriodPhrases = ['tym samym okresie', 'analogicznym okresie', 'tym okresie', 'tego okresu', 'w tym czasie', 'tym samym czasie'];
export const reportTimePhrases = ['w poniedziałek', 'we wtorek', 'w środę', 'w czwartek', 'w piątek', 'w sobotę', 'w niedzielę', 'obecnie', 'wówczas'];
/** Polish links a period to its year by the genitive alone ("pierwszych dziewięciu miesięcy 2024 roku"). */
export const ofWords: string[] = [];
export const theYearPhrases = ['roku', 'tego roku', 'bieżącego roku'];
