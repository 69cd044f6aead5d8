// German calendar words: months and their abbreviations, relative years, parts of a year, spans, rates.

export const months: Record<string, number> = {
  januar: 1, jänner: 1, 'jan.': 1, februar: 2, feber: 2, 'feb.': 2, 'febr.': 2, märz: 3, april: 4, 'apr.': 4,
  mai: 5, juni: 6, juli: 7, august: 8, 'aug.': 8, september: 9, 'sep.': 9, 'sept.': 9, oktober: 10, 'okt.': 10,
  november: 11, 'nov.': 11, dezember: 12, 'dez.': 12,
  januars: 1, februars: 2, augusts: 8, septembers: 9, oktobers: 10, novembers: 11, dezembers: 12,
};
/** Words after a year number: "im Jahr 2024" has them before; nothing follows the number. */
export const yearWords: string[] = [];
export const yearSuffixes: string[] = [];
/** Words before a year that make it the whole year ("im Gesamtjahr 2023", "im Jahr 2024", "2022"). */
export const wholeYearWords = [
  'im jahr', 'im gesamtjahr', 'gesamtjahr', 'im ganzen jahr', 'im gesamten jahr', 'das ganze jahr', 'das jahr', 'jahr',
  'in', 'im', 'für', 'während', 'zu', 'gegenüber',
];
export const relativeYears: Record<string, number> = {
  'in diesem jahr': 0, 'dieses jahr': 0, 'dieses jahres': 0, 'diesen jahres': 0, 'im laufenden jahr': 0,
  'laufenden jahres': 0, 'des laufenden jahres': 0, 'heuer': 0,
  'im vergangenen jahr': -1, 'vergangenes jahr': -1, 'vergangenen jahres': -1, 'im letzten jahr': -1,
  'letztes jahr': -1, 'letzten jahres': -1, 'im vorjahr': -1, 'vorjahr': -1, 'des vorjahres': -1,
  'im vorvergangenen jahr': -2, 'vor zwei jahren': -2,
};
export const wholeYearPhrases = ['das gesamte jahr', 'das ganze jahr', 'im gesamtjahr'];
export const relativeMonths: Record<string, number> = {
  'im vergangenen monat': -1, 'vergangenen monat': -1, 'im letzten monat': -1, 'letzten monat': -1, 'im vormonat': -1,
  'vormonat': -1, 'in diesem monat': 0, 'diesen monat': 0, 'im laufenden monat': 0,
};
/** Ordinals in their endings ("im ersten Halbjahr", "in den ersten neun Monaten"); -1 for "letzten". */
export const ordinals: Record<string, number> = {
  erste: 1, ersten: 1, erstes: 1, erster: 1, zweite: 2, zweiten: 2, zweites: 2, dritte: 3, dritten: 3, drittes: 3,
  vierte: 4, vierten: 4, viertes: 4, letzte: -1, letzten: -1, vergangenen: -1,
};
export const yearParts: Record<string, number> = {
  halbjahr: 6, halbjahres: 6, jahreshälfte: 6, quartal: 3, quartals: 3, vierteljahr: 3, vierteljahres: 3,
};
export const spanUnits: Record<string, 'day' | 'week' | 'month' | 'year'> = {
  monat: 'month', monate: 'month', monaten: 'month', monats: 'month', woche: 'week', wochen: 'week', tag: 'day',
  tage: 'day', tagen: 'day', jahr: 'year', jahre: 'year', jahren: 'year',
};
export const sinceWords = ['seit', 'seitdem', 'ab'];
export const startOfWords = ['anfang', 'beginn', 'start', 'jahresbeginn', 'jahresanfang'];
export const sinceYearStartPhrases = [
  'seit jahresbeginn', 'seit jahresanfang', 'seit anfang des jahres', 'seit beginn des jahres',
  'seit anfang dieses jahres', 'seit beginn dieses jahres', 'seit anfang des laufenden jahres', 'seit januar',
  'im bisherigen jahresverlauf', 'bisher in diesem jahr', 'in diesem jahr bisher', 'seit dem 1. januar',
];
/** Found within a few words after "seit": "seit Kriegsbeginn", "seit Beginn der russischen Großinvasion". */
export const fullScaleWarPhrases = [
  'kriegsbeginn', 'kriegsausbruch', 'beginn des krieges', 'beginn des kriegs', 'beginn der invasion',
  'beginn der großinvasion', 'großinvasion', 'vollinvasion', 'beginn der russischen invasion', 'invasion',
  'beginn des angriffskriegs', 'beginn des angriffskrieges', 'angriffskrieg*', 'beginn der groß angelegten invasion',
  'beginn der vollumfänglichen invasion', '24. februar 2022', 'großinvasion im februar 2022', 'invasion im februar 2022',
  'kriegsbeginn im februar 2022', 'angriffskrieg im februar 2022',
];
export const spanConnectors: Array<[string, string]> = [
  ['von', 'bis'], ['vom', 'bis'], ['vom', 'bis zum'], ['zwischen', 'und'], ['zwischen dem', 'und dem'],
  ['', 'bis'], ['', 'bis zum'], ['', '–'], ['', '—'], ['', '-'],
];
export const untilWords = ['bis zum', 'bis', 'bis ende'];
export const endOfWords = ['ende'];
export const asOfWords = ['stand', 'mit stand', 'stand vom', 'zum stichtag', 'per', 'am', 'bis zum'];
export const rates: Record<string, 'day' | 'week' | 'month' | 'year'> = {
  'pro monat': 'month', monatlich: 'month', 'jeden monat': 'month', 'im monat': 'month', 'je monat': 'month',
  'im monatsdurchschnitt': 'month', 'pro woche': 'week', wöchentlich: 'week', 'jede woche': 'week',
  'in der woche': 'week', 'je woche': 'week', 'pro tag': 'day', täglich: 'day', 'jeden tag': 'day', 'am tag': 'day',
  'je tag': 'day', 'pro jahr': 'year', jährlich: 'year', 'jedes jahr': 'year',
};
export const samePeriodPhrases = [
  'im gleichen zeitraum', 'im selben zeitraum', 'im vergleichszeitraum', 'in diesem zeitraum', 'im gleichen monat',
  'im selben monat', 'im gleichen jahr', 'im selben jahr', 'in dieser zeit',
];
export const reportTimePhrases = ['am dienstag', 'am montag', 'am mittwoch', 'am donnerstag', 'am freitag', 'am samstag', 'am sonntag', 'am wochenende', 'derzeit', 'damals'];
/** "im ersten Halbjahr des Jahres", "in den ersten neun Monaten des laufenden Jahres". */
export const ofWords = ['des', 'vom'];
export const theYearPhrases = ['jahres', 'laufenden jahres', 'jahr'];
