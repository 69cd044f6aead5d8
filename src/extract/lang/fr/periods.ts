// French calendar words: months (also elided: "d'avril"), relative years, parts of a year, spans, rates.
export const months: Record<string, number> = {
  janvier: 1, 'janv.': 1, février: 2, fevrier: 2, 'févr.': 2, mars: 3, avril: 4, 'avr.': 4, mai: 5, juin: 6,
  juillet: 7, 'juil.': 7, août: 8, aout: 8, septembre: 9, 'sept.': 9, octobre: 10, 'oct.': 10, novembre: 11,
  'nov.': 11, décembre: 12, decembre: 12, 'déc.': 12,
};
export const yearWords: string[] = [];
export const yearSuffixes: string[] = [];
export const wholeYearWords = [
  'en', 'pour', 'pendant', 'durant', 'sur', "l'année", 'année', 'la seule année', 'sur la seule année', "sur l'année",
  "toute l'année", "l'ensemble de l'année", "qu'en", 'au cours de', "au cours de l'année",
];
export const relativeYears: Record<string, number> = {
  'cette année': 0, "l'année en cours": 0, 'cette année-ci': 0,
  "l'an dernier": -1, "l'année dernière": -1, "l'année précédente": -1, "l'an passé": -1, "l'année passée": -1,
  "il y a deux ans": -2,
};
export const wholeYearPhrases = ["l'ensemble de l'année", "toute l'année", "l'année entière"];
export const relativeMonths: Record<string, number> = {
  'le mois dernier': -1, 'le mois précédent': -1, 'le mois passé': -1, 'ce mois-ci': 0,
};
/** "au premier semestre", "les neuf premiers mois", "les dix premiers jours d'avril". */
export const ordinals: Record<string, number> = {
  premier: 1, première: 1, premiers: 1, premières: 1, second: 2, seconde: 2, deuxième: 2, troisième: 3,
  quatrième: 4, dernier: -1, dernière: -1, derniers: -1, dernières: -1,
};
export const yearParts: Record<string, number> = { semestre: 6, trimestre: 3 };
export const spanUnits: Record<string, 'day' | 'week' | 'month' | 'year'> = {
  mois: 'month', jour: 'day', jours: 'day', semaine: 'week', semaines: 'week', an: 'year', ans: 'year', année: 'year',
  années: 'year',
};
export const sinceWords = ['depuis', 'à partir de', 'dès'];
export const startOfWords = ['début', 'commencement', 'lancement'];
export const sinceYearStartPhrases = [
  "depuis le début de l'année", 'depuis le début de cette année', "depuis le début de l'an", 'depuis janvier',
  'depuis le 1er janvier', "depuis le début de l'année en cours",
];
export const fullScaleWarPhrases = [
  "l'invasion", 'invasion', "l'invasion à grande échelle", 'la guerre', 'guerre', "l'offensive russe",
  "l'agression russe", 'du conflit', 'la guerre à grande échelle', '24 février 2022',
];
export const spanConnectors: Array<[string, string]> = [
  ['de', 'à'], ['du', 'au'], ['entre', 'et'], ['entre le', 'et le'], ['', 'à'], ['', '–'], ['', '—'], ['', '-'],
];
export const untilWords = ["jusqu'au", "jusqu'à", "jusqu'en", "jusqu'à la fin", 'avant le'];
export const endOfWords = ['fin', 'la fin de', 'fin de'];
export const asOfWords = ['au', 'à la date du', 'en date du', 'arrêté au', 'arrêtés au'];
export const rates: Record<string, 'day' | 'week' | 'month' | 'year'> = {
  'par mois': 'month', 'chaque mois': 'month', 'tous les mois': 'month', mensuellement: 'month',
  'par semaine': 'week', 'chaque semaine': 'week', 'toutes les semaines': 'week', hebdomadairement: 'week',
  'par jour': 'day', 'chaque jour': 'day', 'tous les jours': 'day', quotidiennement: 'day',
  'par an': 'year', 'par année': 'year', 'chaque année': 'year', annuellement: 'year',
};
export const samePeriodPhrases = ['la même période', 'sur la même période', 'cette période', 'la même année', 'le même mois'];
export const reportTimePhrases = [
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'cette semaine', 'la semaine dernière',
  "à l'époque", 'alors',
];
/** "les neuf premiers mois de l'année", "les dix premiers jours d'avril". */
export const ofWords = ['de', "d'", 'du', "de l'"];
export const theYearPhrases = ["l'année", 'année'];
