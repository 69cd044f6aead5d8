// Italian calendar words: months (also elided: "d'aprile"), relative years, parts of a year, spans, rates.
export const months: Record<string, number> = {
  gennaio: 1, 'genn.': 1, febbraio: 2, 'febbr.': 2, marzo: 3, aprile: 4, maggio: 5, giugno: 6, luglio: 7, agosto: 8,
  settembre: 9, 'sett.': 9, ottobre: 10, 'ott.': 10, novembre: 11, 'nov.': 11, dicembre: 12, 'dic.': 12,
};
export const yearWords: string[] = [];
export const yearSuffixes: string[] = [];
export const wholeYearWords = ['in tutto il', 'nel corso del', "nell'intero", "per l'intero", 'nel', 'del', 'il', 'per il', 'durante il', "nell'anno"];
export const relativeYears: Record<string, number> = {
  "quest'anno": 0, "nell'anno in corso": 0, "dell'anno in corso": 0, 'questo anno': 0,
  "l'anno scorso": -1, 'lo scorso anno': -1, "l'anno precedente": -1, "nell'anno precedente": -1, "un anno prima": -1,
  "l'anno prima": -1, 'due anni fa': -2,
};
export const wholeYearPhrases = ["l'intero anno", "tutto l'anno", "l'anno intero"];
export const relativeMonths: Record<string, number> = { 'il mese scorso': -1, 'lo scorso mese': -1, 'il mese precedente': -1, 'questo mese': 0 };
export const ordinals: Record<string, number> = {
  primo: 1, prima: 1, primi: 1, prime: 1, secondo: 2, seconda: 2, secondi: 2, terzo: 3, terza: 3, quarto: 4, quarta: 4,
  ultimo: -1, ultima: -1, ultimi: -1, ultime: -1,
};
export const yearParts: Record<string, number> = { semestre: 6, trimestre: 3, quadrimestre: 4 };
export const spanUnits: Record<string, 'day' | 'week' | 'month' | 'year'> = {
  mese: 'month', mesi: 'month', giorno: 'day', giorni: 'day', settimana: 'week', settimane: 'week', anno: 'year', anni: 'year',
};
/** "dall'inizio del 2022", "da gennaio", "a partire dal 2023". */
export const sinceWords = ['da', 'dal', 'dalla', "dall'", 'dallo', 'a partire da', 'a partire dal', "a partire dall'"];
export const startOfWords = ['inizio'];
export const sinceYearStartPhrases = [
  "dall'inizio dell'anno", 'da inizio anno', "dall'inizio di quest'anno", 'da gennaio', 'dal primo gennaio', 'dal 1° gennaio',
  "dall'inizio del corrente anno",
];
export const fullScaleWarPhrases = [
  "dell'invasione", "dell'invasione su vasta scala", 'della guerra', "dell'aggressione", "dell'offensiva", 'del conflitto',
  "dell'invasione russa", '24 febbraio 2022', 'invasione', 'guerra',
];
export const spanConnectors: Array<[string, string]> = [
  ['da', 'a'], ['dal', 'al'], ['tra', 'e'], ['tra il', 'e il'], ['fra il', 'e il'], ['', '–'], ['', '—'], ['', '-'],
];
export const untilWords = ['fino al', 'fino a', "fino all'", 'entro il', 'entro'];
export const endOfWords = ['fine'];
export const asOfWords = ['al', 'alla data del', 'aggiornato al', 'aggiornati al', 'aggiornamento al'];
export const rates: Record<string, 'day' | 'week' | 'month' | 'year'> = {
  'al mese': 'month', 'ogni mese': 'month', mensilmente: 'month', 'alla settimana': 'week', 'a settimana': 'week',
  'ogni settimana': 'week', settimanalmente: 'week', 'al giorno': 'day', 'ogni giorno': 'day', quotidianamente: 'day',
  "all'anno": 'year', 'ogni anno': 'year', "l'anno": 'year',
};
export const samePeriodPhrases = ['stesso periodo', 'lo stesso periodo', 'nello stesso periodo', 'periodo corrispondente', 'in quel periodo'];
export const reportTimePhrases = ['oggi', 'ieri', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica', 'intanto', 'allora'];
/** "nei primi sette mesi del 2024", "nel primo semestre dell'anno", "i primi dieci giorni di aprile". */
export const ofWords = ['del', "dell'", 'di', 'dello', "d'"];
export const theYearPhrases = ['anno', "quest'anno"];
