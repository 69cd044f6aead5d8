// The language-pack interface: what a folder src/extract/lang/<iso>/ exports. Data only; the shared core
// (src/extract/core) compiles it once into matchers.
//
// Conventions for every phrase list:
//   - lower case; matched case-insensitively with Unicode letter boundaries (never \b);
//   - a space matches any run of whitespace (incl. no-break and narrow no-break spaces);
//   - "*" matches any word ending, i.e. zero or more letters ("провадж*" = провадження, проваджень ...);
//   - apostrophes are written "'": the core folds ’ ʼ ‘ onto it before matching (length-preserving);
//   - everything else is literal (regex metacharacters are escaped by the core).
//
// Stability: this interface is shared by every language pack. Change it ADDITIVELY only (new optional
// fields), and note each change here.
//   2026-11-25  first version (numbers, periods, events, qualifiers, attribution, forces).
//   2026-11-25  optional: periods.theYearPhrases, periods.ofWords, attribution.nameChainWords, attribution.quotedBy,
//               forces.scopeFollowers, forces.scopeNames (added by the language engineers for uk/ru/de/fr/pl/it).
//   2026-11-25  optional: periods.backAnaphora, periods.spanPrepositions, attribution.subjectAdjuncts,
//               attribution.personAnaphora, forces.scopeAnaphora.
import type { Counted, RateUnit } from '../../claim/taxonomy';

export type QualifierWord = 'approx' | 'at_least' | 'at_most';

export interface NumberData {
  /** Thousands separators between groups of three digits: "14,000", "29.800", "29 800" (also NBSP / NNBSP). */
  thousandsSeparators: string[];
  /** The decimal mark: "." in English, "," in uk/ru/de/fr/pl/it. */
  decimalSeparator: string;
  /** Scale words and abbreviations after a number ("16 thousand", "53.2k", "1,5 тис.", "1,2 Mio."), every case. */
  scales: Record<string, number>;
  /** Number words in every case and gender, including hundreds and scale nouns ("twenty", "тисяча", "hundert"). */
  numerals: Record<string, number>;
  /** Words joining numeral parts without value ("and" in "one hundred and twenty", "und" in "dreiundzwanzig"). */
  numeralJoiners: string[];
  /** True when a whole number is written as one word ("zwanzigtausend"): parts may touch without a space. */
  numeralsGlued: boolean;
  /** Numerals that are no figure on their own ("one", "ein", "один", "thousand"). */
  numeralsNotAlone: string[];
  /** Lexical approximations with a value ("a dozen", "півтора", "une cinquantaine"): qualifier approx. */
  approximateNumerals: Record<string, number>;
  /** Range frames [before the low end, between the ends]: ["between", "and"], ["", "-"], ["від", "до"]. */
  ranges: Array<[string, string]>;
  /** x-fold words carrying their factor ("doubled", "вчетверо", "sześciokrotnie"). */
  foldWords: Record<string, number>;
  /** x-fold frames around a number [before, after]: ["", "fold"], ["", " times"], ["у", "разів"]. A frame whose
   *  "after" starts with a space is a separate word and needs a comparative nearby (see foldComparatives). */
  foldFrames: Array<[string, string]>;
  /** Comparatives that make "five times" a change ("more", "as many", "increased", "більше"). */
  foldComparatives: string[];
  /** Percent signs and words after a number ("%", "percent", "відсотків"). */
  percentWords: string[];
  /** Ordinal suffixes glued to digits ("47th", "155th"): such numbers are names of units, never figures. */
  ordinalSuffixes?: string[];
}

export interface PeriodData {
  /** Month names and abbreviations in every case → 1..12. */
  months: Record<string, number>;
  /** Month names that are also common words ("may", "march"): matched only when capitalised. */
  capitalisedMonthsOnly?: string[];
  /** Words after a year number ("2025 року", "2025 р."). */
  yearWords: string[];
  /** Suffixes glued to a year ("2023-му", "2025-го"). */
  yearSuffixes: string[];
  /** Words before a year that make it the whole year ("in", "for", "за", "протягом"). */
  wholeYearWords: string[];
  /** The year of publication (0) and before (-1, -2): "this year", "last year", "торік". Offset 0 runs to the
   *  published date (a projection: to the year's end); negative offsets are whole years. */
  relativeYears: Record<string, number>;
  /** Phrases for the whole current year ("full-year", "the year as a whole"). */
  wholeYearPhrases?: string[];
  /** "last month" (-1), "this month" (0). */
  relativeMonths: Record<string, number>;
  /** Ordinals → n ("first" 1, "перші" 1); -1 for "last". */
  ordinals: Record<string, number>;
  /** Year parts → length in months ("half" 6, "quarter" 3, "півріччя" 6). */
  yearParts: Record<string, number>;
  /** Units in "the first N months" / "за 9 місяців". */
  spanUnits: Record<string, RateUnit>;
  /** "since", "з", "seit". */
  sinceWords: string[];
  /** "start", "beginning", "початку": "since the start of …". */
  startOfWords: string[];
  /** Phrases meaning "since the start of this year" (January 1 of the published year to the published date). */
  sinceYearStartPhrases: string[];
  /** Phrases naming the full-scale war/invasion (2022-02-24); found after a since-word within a few words. */
  fullScaleWarPhrases: string[];
  /** Span frames [before, between]: ["from", "to"], ["between", "and"], ["", "-"]. */
  spanConnectors: Array<[string, string]>;
  /** "until", "by", "до": only the end is given. */
  untilWords: string[];
  /** "the end of", "кінця": the last day of the month named after it. */
  endOfWords: string[];
  /** "as of", "станом на", "runs to": a cut-off date that ends a running total. */
  asOfWords: string[];
  /** Rates: "each month", "a day", "щомісяця" → unit. */
  rates: Record<string, RateUnit>;
  /** "the same period", "за аналогічний період": the span of the figure before. */
  samePeriodPhrases: string[];
  /** "the year" after "the first half of" ("l'année", "des Jahres", "dell'anno"): the published year. Default ["the year"]. */
  theYearPhrases?: string[];
  /** Words linking a period to its year or month ("of" in "the first half of 2024"; "des", "de l'", "del"). Default ["of"]. */
  ofWords?: string[];
  /** Time phrases that date a report, not a figure ("earlier this month"): never a period. */
  reportTimePhrases?: string[];
  /** Words referring back to the figures just given ("this is", "це", "это"): a rate in such a sentence keeps
   *  their span; a rate without one and without a span of its own is a general rate (period null). */
  backAnaphora?: string[];
  /** Prepositions of purpose that keep a period after a reporting verb the figure's span, not the report's date
   *  ("називало для 2023 року", "named for 2023"). */
  spanPrepositions?: string[];
}

export interface EventData {
  /** Event → phrases naming it (lower case, "*" for endings). Keys: the events of FORMAT.md (and others). */
  events: Record<string, string[]>;
  /** What a number counts → nouns and phrases naming it. */
  counted: Partial<Record<Counted, string[]>>;
  /** Court words ("court*", "judge*") that, near "cases", make them court_cases. */
  courtWords?: string[];
  recordWords: string[];
  projectionWords: string[];
  /** Words introducing the earlier figure a change is compared with ("compared with", "ніж"). */
  comparisonWords: string[];
  /** Units after a number that make it no claim (years, hours, degrees, pages, currencies). */
  nonClaimUnits: string[];
  /** Words before a number that make it no claim (article, part, brigade, phone, aged, "$"). */
  nonClaimBefore: string[];
  /** "average age": the number is a mean age (statistic mean_age, counted years). */
  meanAgeWords?: string[];
  /** Nouns that make an uncued number a figure of the document's topic ("the number", "the count", "the total"). */
  anchorWords?: string[];
}

export interface QualifierData {
  /** Before the number: "more than" → at_least, "about" → approx, "up to" → at_most. */
  qualifiers: Record<string, QualifierWord>;
  /** After the number: "or more" → at_least. */
  qualifiersAfter: Record<string, QualifierWord>;
  /** Words between qualifier and number that change nothing ("just", "лише"). */
  fillers: string[];
}

export interface AttributionData {
  /** Before the source: "according to", "за даними", "laut". */
  sourceBefore: string[];
  /** Data nouns between a trigger and the source ("data", "figures"). */
  dataNouns: string[];
  /** After the source: "X zufolge"; in English the possessive "'s own count". */
  sourceAfter?: string[];
  /** Reporting verbs around a named subject ("said", "reported", "повідомила"). */
  reportingVerbs: string[];
  /** Phrases handing the figures just given to the source that follows ("про це пише"). */
  backReferences: string[];
  /** "X, citing Y": the data origin is Y and wins over X. */
  citingWords: string[];
  /** Anaphora that keep the source already named ("he", "the outlet", "відомства"). */
  sameSource: string[];
  /** Titles and roles dropped from a person's name ("MP", "President", "директор*"). */
  titles: string[];
  /** Known sources in any case (lower case) → name in the nominative. */
  canonicalSources: Record<string, string>;
  /** Case endings → nominative endings, applied word by word to a source name. */
  nominativeEndings: Array<[string, string]>;
  /** The outlet's own arithmetic ("by our own arithmetic"): source null. */
  ownWork?: string[];
  /** Lower-case words linking capitalised words inside one name ("of", "of the", "for"). */
  nameConnectors?: string[];
  /** Words chaining two names into one joint source ("BBC and Mediazona", "Би-би-си вместе с Медиазоной"). Default ["and", "&"]. */
  nameChainWords?: string[];
  /** Words that make a capitalised name an organisation rather than a person ("Office", "Service", "News"). */
  organisationWords?: string[];
  /** "quoted by" phrases naming the outlet that quotes the speaker ("cytowany przez", "cité par"): not the source. */
  quotedBy?: string[];
  /** Head nouns of lower-case sources ("office" in "the regional prosecutor's office"). */
  sourceHeads?: string[];
  /** Words opening an adverb or prepositional phrase between a subject and its reporting verb ("у своєму звіті",
   *  "в эфире", "раніше"): the subject is the name before them. */
  subjectAdjuncts?: string[];
  /** "по его словам", "за його словами": the person last named as a source, across paragraphs too. */
  personAnaphora?: string[];
}

export interface ForceData {
  /** Force (ISO 3166-1 alpha-2) → phrases naming it or its people and institutions. */
  forces: Record<string, string[]>;
  /** Nouns that end a scope name ("brigade", "military district", "region", "область"). */
  scopeNouns?: string[];
  /** Words that link a counted noun to a region scope ("4,000 dead from Bashkortostan"). */
  scopeLinks?: string[];
  /** Words that may follow a scope noun and belong to the name ("mécanisée", "*ski" in "obwód lwowski"). */
  scopeFollowers?: string[];
  /** Place names that limit a figure when named with it ("Polska", "en France") → name in the nominative. */
  scopeNames?: Record<string, string>;
  /** Names that are never a scope (countries, "the front"). */
  notScopes?: string[];
  /** "nationwide": resets a scope carried over from the sentences before. */
  nationwide?: string[];
  /** "у регіоні", "in the region": the figure is limited to the region last named (until "nationwide"). */
  scopeAnaphora?: string[];
}

export interface LanguagePack {
  /** ISO 639-1 code. */
  code: string;
  /** Abbreviations that end with a dot but do not end a sentence ("Aug.", "Art.", "тис."). */
  abbreviations?: string[];
  numbers: NumberData;
  periods: PeriodData;
  events: EventData;
  qualifiers: QualifierData;
  attribution: AttributionData;
  forces: ForceData;
}
