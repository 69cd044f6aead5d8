// English calendar words: months, relative years, parts of a year, spans, "since" phrases and rates.
export const months: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12,
  'jan.': 1, jan: 1, 'feb.': 2, feb: 2, 'mar.': 3, 'apr.': 4, apr: 4, 'jun.': 6, 'jul.': 7, 'aug.': 8, aug: 8,
  'sep.': 9, 'sept.': 9, sept: 9, 'oct.': 10, oct: 10, 'nov.': 11, nov: 11, 'dec.': 12, dec: 12,
};
export const capitalisedMonthsOnly = ['may', 'march', 'jan', 'dec', 'sept', 'oct', 'nov', 'aug', 'feb', 'apr'];
export const yearWords: string[] = [];
export const yearSuffixes: string[] = [];
export const wholeYearWords = ['in', 'for', 'during', 'throughout', 'over'];
export const relativeYears: Record<string, number> = {
  'this year': 0, 'so far this year': 0, 'this year alone': 0, 'the current year': 0, 'year to date': 0,
  'last year': -1, 'the previous year': -1, 'the past year': -1, 'the year before last': -2,
};
export const wholeYearPhrases = ['full-year', 'full year', 'the year as a whole', 'the whole year', 'the entire year'];
export const relativeMonths: Record<string, number> = { 'last month': -1, 'this month': 0, 'the past month': -1 };
export const ordinals: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, last: -1, final: -1, 'past': -1,
};
export const yearParts: Record<string, number> = { half: 6, 'half-year': 6, quarter: 3 };
export const spanUnits: Record<string, 'day' | 'week' | 'month' | 'year'> = {
  month: 'month', months: 'month', week: 'week', weeks: 'week', day: 'day', days: 'day', year: 'year', years: 'year',
};
export const sinceWords = ['since', 'ever since'];
export const startOfWords = ['start', 'beginning', 'outset', 'launch'];
export const sinceYearStartPhrases = [
  'since the start of the year', 'since the beginning of the year', 'since the start of this year',
  'since the beginning of this year', 'since january', 'so far this year', 'year to date',
];
export const fullScaleWarPhrases = [
  'full-scale war', 'full-scale invasion', 'war', 'invasion', 'special military operation', 'full-scale war began',
  'full-scale invasion began', 'war began', 'invasion began', 'invasion started', 'war started',
];
export const spanConnectors: Array<[string, string]> = [
  ['from', 'to'], ['from', 'through'], ['from', 'until'], ['between', 'and'], ['', '-'], ['', '–'], ['', '—'],
  ['', 'to'], ['', 'through'],
];
export const untilWords = ['until', 'till', 'by', 'through', 'up until'];
export const endOfWords = ['the end of', 'end of', 'end-'];
export const asOfWords = ['as of', 'as at', 'runs to', 'run to', 'ran to', 'running to', 'up to'];
export const rates: Record<string, 'day' | 'week' | 'month' | 'year'> = {
  'each month': 'month', 'per month': 'month', 'a month': 'month', 'every month': 'month', monthly: 'month',
  'each day': 'day', 'per day': 'day', 'a day': 'day', 'every day': 'day', daily: 'day',
  'each week': 'week', 'per week': 'week', 'a week': 'week', 'every week': 'week', weekly: 'week',
  'each year': 'year', 'per year': 'year', 'every year': 'year', 'a year': 'year',
};
export const samePeriodPhrases = [
  'the same period', 'the same year', 'the same months', 'the same month', 'the same time', 'that period',
  'this period', 'over the same period',
];
export const reportTimePhrases = [
  'earlier this month', 'earlier this week', 'earlier this year', 'later this month', 'this week', 'last week',
  'at the time',
];
