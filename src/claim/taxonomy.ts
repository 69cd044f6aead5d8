// The closed vocabularies of a claim record (../shared/corpus/FORMAT.md). Everything else imports these.

export const EVENTS = ['awol', 'desertion', 'awol_or_desertion', 'return', 'defection', 'death', 'self_harm'] as const;
export type ClaimEvent = (typeof EVENTS)[number];

/** What a number counts. The legal funnel runs cases >= suspects >= court_cases >= convictions. */
export const COUNTED = ['cases', 'persons', 'suspects', 'court_cases', 'convictions', 'years'] as const;
export type Counted = (typeof COUNTED)[number];

export const STATISTICS = ['count', 'mean_age', 'ratio', 'share'] as const;
export type Statistic = (typeof STATISTICS)[number];

export const QUALIFIERS = ['exact', 'approx', 'at_least', 'at_most', 'range'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const RATE_UNITS = ['day', 'week', 'month', 'year'] as const;
export type RateUnit = (typeof RATE_UNITS)[number];

export const KINDS = ['reported', 'record', 'projection', 'change'] as const;
export type ClaimKind = (typeof KINDS)[number];

/** Forces are ISO 3166-1 alpha-2 codes; these are the ones the lexicons know. */
export const KNOWN_FORCES = ['UA', 'RU'] as const;

export const LANGUAGES = ['en', 'uk', 'ru', 'de', 'fr', 'pl', 'it'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The date the full-scale invasion began: "since the start of the full-scale war". */
export const FULL_SCALE_WAR_START = '2022-02-24';
