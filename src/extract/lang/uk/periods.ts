// Ukrainian calendar words: months in every case, years ("2025 року", "у 2023-му"), relative years,
// parts of a year, spans, "since" phrases and rates.

/** Month names in every case (nominative, genitive, dative, accusative, instrumental, locative) → month. */
export const months: Record<string, number> = {
  ...monthForms('січ', 1, ['ень', 'ня', 'ню', 'нем', 'ні']),
  ...monthForms('лют', 2, ['ий', 'ого', 'ому', 'им', 'ім']),
  ...monthForms('берез', 3, ['ень', 'ня', 'ню', 'нем', 'ні']),
  ...monthForms('квіт', 4, ['ень', 'ня', 'ню', 'нем', 'ні']),
  ...monthForms('трав', 5, ['ень', 'ня', 'ню', 'нем', 'ні']),
  ...monthForms('черв', 6, ['ень', 'ня', 'ню', 'нем', 'ні']),
  ...monthForms('лип', 7, ['ень', 'ня', 'ню', 'нем', 'ні']),
  ...monthForms('серп', 8, ['ень', 'ня', 'ню', 'нем', 'ні']),
  ...monthForms('верес', 9, ['ень', 'ня', 'ню', 'нем', 'ні']),
  ...monthForms('жовт', 10, ['ень', 'ня', 'ню', 'нем', 'ні']),
  ...monthForms('листопад', 11, ['', 'а', 'у', 'ом', 'і']),
  ...monthForms('груд', 12, ['ень', 'ня', 'ню', 'нем', 'ні']),
  'січ.': 1, 'лют.': 2, 'берез.': 3, 'квіт.': 4, 'трав.': 5, 'черв.': 6, 'лип.': 7, 'серп.': 8, 'верес.': 9,
  'жовт.': 10, 'листоп.': 11, 'груд.': 12,
};

function monthForms(stem: string, month: number, endings: string[]): Record<string, number> {
  return Object.fromEntries(endings.map((e) => [stem + e, month]));
}

/** Words after a year number: "2025 року", "2025 р.", "у 2023-му", "2025-го", "2025-й". */
export const yearWords = ['рік', 'року', 'роком', 'році', 'р.', 'рр.', 'роки', 'років'];
export const yearSuffixes = ['-го', '-му', '-й', '-ий', '-ого', '-ому', '-м'];
/** "за весь 2024 рік", "протягом 2024 року": the whole year. */
export const wholeYearWords = ['весь', 'увесь', 'цілий', 'протягом', 'впродовж', 'за'];

/** Phrases for the year of publication and the years before it (offset in years). */
export const relativeYears: Record<string, number> = {
  'цього року': 0, 'поточного року': 0, 'цьогоріч': 0, 'у поточному році': 0, 'в поточному році': 0,
  'у цьому році': 0, 'в цьому році': 0, 'поточний рік': 0, 'цей рік': 0,
  'минулого року': -1, 'торік': -1, 'торішній': -1, 'торішнього': -1, 'минулий рік': -1, 'у минулому році': -1,
  'в минулому році': -1, 'за минулий рік': -1, 'позаминулого року': -2, 'позаторік': -2,
};
export const relativeMonths: Record<string, number> = {
  'минулого місяця': -1, 'у минулому місяці': -1, 'в минулому місяці': -1, 'минулий місяць': -1,
  'цього місяця': 0, 'у цьому місяці': 0, 'в цьому місяці': 0, 'поточного місяця': 0,
};

/** Ordinals → n ("у першому півріччі", "за перші дев'ять місяців"). */
export const ordinals: Record<string, number> = {
  перше: 1, першого: 1, першому: 1, перший: 1, перша: 1, першої: 1, першій: 1, першу: 1, перші: 1, перших: 1,
  друге: 2, другого: 2, другому: 2, другий: 2, друга: 2, другої: 2, другій: 2, другу: 2,
  третє: 3, третього: 3, третьому: 3, третій: 3, третя: 3, третьої: 3, третю: 3,
  четверте: 4, четвертого: 4, четвертому: 4, четвертий: 4, четверта: 4, четвертої: 4, четверту: 4,
  останні: -1, останніх: -1, останній: -1, останнього: -1, останньому: -1,
};

/** Year-part nouns in every case → months long ("перше півріччя" = months 1-6). */
export const yearParts: Record<string, number> = {
  півріччя: 6, півріччі: 6, півріччям: 6, 'пів року': 6, 'півроку': 6,
  квартал: 3, кварталу: 3, кварталі: 3, кварталом: 3,
};
/** "за N місяців": unit nouns in every case. */
export const spanUnits: Record<string, 'month' | 'day' | 'week' | 'year'> = {
  місяць: 'month', місяця: 'month', місяці: 'month', місяців: 'month', місяцям: 'month', місяцями: 'month', місяцях: 'month',
  тиждень: 'week', тижня: 'week', тижні: 'week', тижнів: 'week', тижнями: 'week',
  день: 'day', дня: 'day', дні: 'day', днів: 'day', доба: 'day', доби: 'day', діб: 'day',
  // no year words: "перше півріччя 2025 року" must stay a year part, not "N years"
};

/** "з початку року", "від початку повномасштабного вторгнення": from a start to the published date. */
export const sinceWords = [
  'з', 'із', 'від', 'зі', 'починаючи з', 'відколи', 'від запуску', 'з запуску', 'з моменту запуску', 'від моменту запуску',
  'з моменту', 'від моменту',
];
export const startOfWords = ['початку', 'початок', 'старту', 'запуску', 'моменту'];
/** "з початку року" / "від початку року": the year of publication to date. */
export const sinceYearStartPhrases = [
  'з початку року', 'від початку року', 'з початку цього року', 'від початку цього року',
  'з початку поточного року', 'від початку поточного року', 'з початку 202', 'з січня цього року',
];
/** Phrases that mean the full-scale invasion (2022-02-24). */
export const fullScaleWarPhrases = [
  'початку повномасштабного вторгнення', 'початку повномасштабної війни', 'початку великої війни',
  'початку повномасштабного вторгнення росії', 'початку широкомасштабного вторгнення', 'початку вторгнення',
  'початку повномасштабної агресії', 'початку війни', '24 лютого 2022', 'повномасштабного вторгнення',
];
/** Span connectors for dates: "з січня по червень", "від січня 2022-го до кінця жовтня 2025 року". */
export const spanConnectors: Array<[string, string]> = [
  ['з', 'по'], ['з', 'до'], ['із', 'по'], ['із', 'до'], ['від', 'до'], ['від', 'по'], ['між', 'і'], ['за', 'і'], ['за', 'та'],
  ['у', 'і'], ['в', 'і'], ['у', 'та'], ['в', 'та'], ['', '–'], ['', '—'], ['', '-'],
];
/** "до 30 серпня", "до кінця липня": only the end is given. */
export const untilWords = ['до', 'по'];
/** "до кінця жовтня": the last day of that month. */
export const endOfWords = ['кінця', 'кінець', 'кінці'];
/** "станом на 8 серпня": a cut-off for a running total. */
export const asOfWords = ['станом на', 'на'];

/** "за перші чотири місяці року": the published year. */
export const theYearPhrases = ['року', 'цього року', 'поточного року'];
/** No linking word between a period and its year in Ukrainian ("перше півріччя 2024 року"). */
export const ofWords: string[] = [];

/** Rates: the number is per this unit ("щомісяця", "на тиждень", "в середньому за день"). */
export const rates: Record<string, 'day' | 'week' | 'month' | 'year'> = {
  щодня: 'day', щоденно: 'day', 'на день': 'day', 'на добу': 'day', 'за добу': 'day', 'кожного дня': 'day', 'кожен день': 'day',
  щотижня: 'week', щотижнево: 'week', 'на тиждень': 'week', 'кожного тижня': 'week', 'кожен тиждень': 'week',
  щомісяця: 'month', щомісячно: 'month', 'на місяць': 'month', 'кожного місяця': 'month', 'кожен місяць': 'month',
  'місячний показник': 'month', 'місячна кількість': 'month',
  щороку: 'year', щорічно: 'year', 'на рік': 'year', 'кожного року': 'year', 'кожен рік': 'year',
};

/** "за аналогічний період", "за той самий період", "за цей час": the span of the figure before. */
export const samePeriodPhrases = [
  'той самий період', 'той же період', 'цей період', 'цей час', 'той час', 'аналогічний період', 'ці місяці',
  'цей же період', 'ті самі місяці',
];

/** "У середньому це майже 16 тисяч щомісяця": words referring back to the figures just given. */
export const backAnaphora = ['це', 'тобто', 'це означає'];
/** "ДБР називало для 2023 року 18 тисяч": a period after a reporting verb that is the figure's, not the report's. */
export const spanPrepositions = ['для', 'за'];
