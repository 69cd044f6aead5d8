// Turns a language pack (data) into precompiled matchers, once per pack. No regex is built per sentence.
import type { LanguagePack, QualifierWord } from '../lang/types';
import type { Counted, RateUnit } from '../../claim/taxonomy';
import { END, START, alternation, makeLookup, phraseRegex, phraseSource } from './text';
import { addSplit, addTrigger, newIndex, type TriggerIndex } from './trigger';

export interface Compiled {
  pack: LanguagePack;
  /** Sticky matchers run only where their first word occurs (see trigger.ts); ids by matcher name. */
  triggers: TriggerIndex;
  ids: Record<TriggerName, number>;
  abbreviations: Set<string>;
  // numbers
  number: RegExp;
  numeralToken: RegExp;
  numeral: (w: string) => number | undefined;
  numeralsNotAlone: Set<string>;
  scale: (w: string) => number | undefined;
  groupSeparators: RegExp;
  decimal: string;
  /** The decimal mark is also a thousands separator (never in practice; guards "1.500"). */
  decimalIsGroup: boolean;
  approximate: RegExp;
  approximateValue: (w: string) => number | undefined;
  fold: RegExp;
  foldWord: RegExp;
  foldWordValue: (w: string) => number | undefined;
  foldComparative: RegExp;
  percentAfter: RegExp;
  ranges: Array<{ before: RegExp | null; between: RegExp }>;
  // filters
  nonClaimBefore: RegExp;
  nonClaimUnitAfter: RegExp;
  meanAge: RegExp;
  anchor: RegExp;
  // periods
  period: RegExp;
  periodParts: PeriodParts;
  // cues
  qualifierBefore: RegExp;
  qualifierValue: (w: string) => QualifierWord | undefined;
  qualifierAfter: RegExp;
  qualifierAfterValue: (w: string) => QualifierWord | undefined;
  rate: RegExp;
  rateValue: (w: string) => RateUnit | undefined;
  event: RegExp;
  eventOf: (w: string) => string | undefined;
  counted: RegExp;
  countedOf: (w: string) => Counted | undefined;
  court: RegExp;
  record: RegExp;
  projection: RegExp;
  force: RegExp;
  forceOf: (w: string) => string | undefined;
  scope: RegExp;
  /** Noun-first scopes ("155e brigade mécanisée", "obwód lwowski"): group 1 ordinal, 2 noun, 3 followers. */
  scopeForward: RegExp;
  /** Place names that limit a figure ("Polska", "en France") → their name in the nominative. */
  scopeName: RegExp;
  scopeNameOf: (w: string) => string | undefined;
  /** A digit run followed by an ordinal dot before a lower-case word or a unit noun ("123. brygady", "47. Brigade"). */
  ordinalDotAfter: (after: string) => boolean;
  comparison: RegExp;
  backReference: RegExp;
  scopeLink: RegExp;
  notScope: (w: string) => boolean;
  nationwide: RegExp;
  // attribution
  ownWork: RegExp;
  sourceBefore: RegExp;
  citing: (w: string) => boolean;
  reportingVerb: RegExp;
  sourceAfter: RegExp;
  sameSource: (w: string) => boolean;
  titlesAtStart: RegExp;
  name: string;
  nameAtEnd: RegExp;
  nameAppositiveAtEnd: RegExp;
  nameFirst: RegExp;
  nameAtStart: RegExp;
  sourceAfterHint: RegExp;
  quotedBy: RegExp;
  /** "quoted by" phrases that introduce the outlet, not the speaker ("cytowany przez"). */
  quotedByAtStart: RegExp;
  /** A lower-case source head and up to three lower-case words after it, at the start. */
  lowerSourceAtStart: RegExp;
  lowerSourceAtEnd: RegExp;
  /** The last word of a source head, at the end of a word: a word that lowerSourceAtEnd can end with. */
  sourceHeadEnd: RegExp;
  /** A lower-case institution right after a trigger: "selon le parquet général", "according to prosecutors' office". */
  lowerSourceFirst: RegExp;
  canonical: (w: string) => string | undefined;
  canonicalFirst: RegExp;
  /** A known source right before a reporting verb ("Офіс Генерального прокурора надав"). */
  canonicalAtEnd: RegExp;
  organisationWords: Set<string>;
  nominativeEndings: Array<[string, string]>;
}

export interface PeriodParts {
  month: (w: string) => number | undefined;
  monthFind: RegExp;
  capitalisedOnly: Set<string>;
  relativeYear: (w: string) => number | undefined;
  relativeYearFind: RegExp;
  wholeYearFind: RegExp;
  relativeMonth: (w: string) => number | undefined;
  relativeMonthFind: RegExp;
  ordinal: (w: string) => number | undefined;
  ordinalFind: RegExp;
  yearPart: (w: string) => number | undefined;
  yearPartFind: RegExp;
  spanUnit: (w: string) => RateUnit | undefined;
  spanUnitFind: RegExp;
  endOfFind: RegExp;
  numeralFind: RegExp;
  /** Names of the top-level alternatives of `period`, by capture-group number. */
  kinds: string[];
}

export type TriggerName =
  | 'period' | 'number' | 'fold' | 'foldWord' | 'approximate' | 'event' | 'force' | 'counted' | 'court' | 'rate'
  | 'record' | 'projection' | 'meanAge' | 'nationwide' | 'ownWork' | 'sourceBefore' | 'reportingVerb' | 'scope'
  | 'scopeLink' | 'scopeForward' | 'scopeName' | 'quotedBy' | 'nonClaimBefore';

const cache = new WeakMap<LanguagePack, Compiled>();

/** An alternation that matches each phrase in lower case and with its first letter capitalised. */
function bothCases(phrases: string[]): string {
  const all = phrases.flatMap((p) => [p.toLowerCase(), p.charAt(0).toUpperCase() + p.slice(1).toLowerCase()]);
  const unique = [...new Set(all.map((p) => p.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  return unique.length ? `(?:${unique.map(phraseSource).join('|')})` : '(?!)';
}

export function compile(pack: LanguagePack): Compiled {
  let c = cache.get(pack);
  if (!c) {
    c = build(pack);
    cache.set(pack, c);
  }
  return c;
}

const keys = (o: Record<string, unknown>) => Object.keys(o);
/** A phrase's last word ("across the country" → "country"). */
const lastWord = (phrase: string) => phrase.trim().split(/\s+/).pop() ?? '';
const charClass = (chars: string[]) => chars.map((ch) => (ch === ' ' ? '\\s' : ch.replace(/[\\\]^-]/g, '\\$&'))).join('');

function build(pack: LanguagePack): Compiled {
  const N = pack.numbers;
  const P = pack.periods;
  const E = pack.events;
  const Q = pack.qualifiers;
  const A = pack.attribution;
  const F = pack.forces;

  // ---- numbers
  const sep = charClass(N.thousandsSeparators);
  const dec = N.decimalSeparator.replace(/[.\\]/g, '\\$&');
  const digits = `\\d{1,3}(?:[${sep}]\\d{3})+(?:${dec}\\d+)?|\\d+(?:${dec}\\d+)?`;
  const scaleKeys = keys(N.scales);
  const scaleAlt = alternation(scaleKeys);
  const numeralAlt = alternation(keys(N.numerals));
  const joinerAlt = alternation(N.numeralJoiners);
  const gap = N.numeralsGlued ? '[\\s-]*' : '[\\s-]+';
  const join = `${gap}(?:${joinerAlt}${gap})?`;
  const spelled = `${numeralAlt}(?:${join}${numeralAlt})*`;
  // A scale must end the number: "53.2k", "1,5 тис.", "16 thousand". Abbreviations ending with "." end anyway.
  const number = new RegExp(
    `(?<![\\p{L}\\p{N}.,])(?:(${digits})(?:\\s?(${scaleAlt})(?![\\p{L}\\p{N}])|(?![\\p{L}\\p{N}]))|(${spelled})${END})`,
    'giu',
  );
  // a frame written with a leading space is a separate word ("five times"); others touch the number ("fivefold")
  const frameAfters = [...new Set(N.foldFrames.map(([, a]) => a))].sort((a, b) => b.length - a.length);
  const foldFrameAfter = frameAfters.length
    ? `(?:${frameAfters.map((a) => (/^\s/.test(a) ? `\\s+${phraseSource(a)}` : phraseSource(a))).join('|')})`
    : '(?!)';
  const foldFrameBefore = alternation(N.foldFrames.map(([b]) => b).filter(Boolean));
  const fold = new RegExp(
    `${START}(?:${foldFrameBefore}\\s+)?(${digits}|${spelled})(${foldFrameAfter})${END}`,
    'giu',
  );
  const ranges = N.ranges.map(([b, m]) => ({
    before: b ? new RegExp(`${START}${phraseSource(b)}\\s+$`, 'iu') : null,
    between: new RegExp(`^\\s*${phraseSource(m)}\\s*$`, 'iu'),
  }));

  // ---- periods
  const monthAlt = alternation(keys(P.months));
  const OF = alternation(P.ofWords ?? ['of']);
  const yearSuffix = P.yearSuffixes.length ? `(?:${alternation(P.yearSuffixes)})?` : '';
  const yearWord = P.yearWords.length ? `(?:\\s+${alternation(P.yearWords)}${END})?` : '';
  const Y = `(?<![\\p{N},.])(?:1[89]\\d{2}|20\\d{2})(?![\\p{N}])${yearSuffix}${yearWord}`;
  const ordSuf = (N.ordinalSuffixes ?? []).length ? `(?:${alternation(N.ordinalSuffixes!)})?` : '';
  const D = `(?:[12]\\d|3[01]|0?[1-9])${ordSuf}`;
  const M = `${START}${monthAlt}(?![\\p{L}])`;
  const DATE = `(?:${M}\\s*${D}(?![\\p{N}])(?:,?\\s+${Y})?|${START}${D}\\.?\\s+${monthAlt}(?![\\p{L}])(?:,?\\s+${Y})?)`;
  const endOf = alternation(P.endOfWords);
  const ENDOF = `(?:${endOf}\\s*)`;
  const MY = `${M}(?:,?\\s+(?:${OF}\\s*)?${Y})?`;
  const EP = `(?:${ENDOF}?(?:${DATE}|${MY}|${Y}))`;
  const withBefore = P.spanConnectors.filter(([b]) => b);
  const noBefore = P.spanConnectors.filter(([b]) => !b);
  const span = [
    withBefore.length
      ? `${START}${alternation(withBefore.map(([b]) => b))}\\s+${EP}\\s*${alternation(withBefore.map(([, m]) => m))}\\s*${EP}`
      : '',
    noBefore.length ? `${EP}\\s*${alternation(noBefore.map(([, m]) => m))}\\s*${EP}` : '',
  ]
    .filter(Boolean)
    .join('|');
  const since = alternation(P.sinceWords);
  // an elided since-word touches the next word: "dall'inizio dell'invasione"
  const sinceGap = `(?:\\s+|(?<='))`;
  const war = `${START}${since}${sinceGap}(?:[^\\s,.;:]+\\s+){0,8}?${alternation(P.fullScaleWarPhrases)}${END}`;
  const numeralOrDigits = `(?:\\d{1,2}|${numeralAlt})`;
  const ordAlt = alternation(keys(P.ordinals));
  const unitAlt = alternation(keys(P.spanUnits));
  const relYearAlt = alternation(keys(P.relativeYears));
  const yearRef = `(?:${relYearAlt}|${Y}|${alternation(P.theYearPhrases ?? ['the year'])})`;
  // "the first nine months of 2025", and with the numeral first: "les neuf premiers mois", "les dix premiers jours d'avril"
  const firstN = `${START}(?:the\\s+)?(?:${ordAlt}\\s+(?:${numeralOrDigits}[\\s-]+${unitAlt}|${alternation(keys(P.yearParts))})|${numeralOrDigits}\\s+${ordAlt}\\s+${unitAlt})${END}(?:\\s+(?:${OF}\\s*)?(?:${yearRef}|${M}(?:\\s+${Y})?))?`;
  const possessiveN = `${START}${yearRef}'s\\s+${numeralOrDigits}[\\s-]+${unitAlt}${END}`;
  const nUnitsOfYear = `${START}${numeralOrDigits}\\s+${unitAlt}\\s+(?:${OF}\\s*)?${Y}`;
  const until = `${START}${alternation(P.untilWords)}\\s+${ENDOF}?(?:${DATE}|${MY})`;
  const asOf = `${START}${alternation(P.asOfWords)}\\s+${ENDOF}?(?:${DATE}|${MY})`;
  // "since January 2023", "seit Anfang 2022", "dall'inizio del 2022", "od początku 2023 roku"
  const startOf = `(?:(?:the\\s+)?${alternation(P.startOfWords)}\\s+(?:${OF}\\s*)?)?`;
  const sinceDate = `${START}${since}${sinceGap}${startOf}(?:${DATE}|${MY}|${Y})`;
  // "depuis l'annonce de la mobilisation partielle, le 21 septembre 2022": an event, then its date in apposition
  const sinceEventDate = `${START}${since}${sinceGap}(?:[^\\s,.;:]+\\s+){0,8}?[^\\s,.;:]+,\\s+(?:\\p{Ll}+\\s+)?${DATE}`;
  const sinceYearStart = `${START}${alternation(P.sinceYearStartPhrases)}${END}`;
  const report = `${START}${alternation(P.reportTimePhrases ?? [])}${END}`;
  const same = `${START}${alternation(P.samePeriodPhrases)}${END}`;
  const rel = `${START}(?:${relYearAlt}|${alternation(P.wholeYearPhrases ?? [])}|${alternation(keys(P.relativeMonths))})${END}`;
  const year = `(?:${START}${alternation(P.wholeYearWords)}\\s+)?${Y}`;
  const alts: Array<[string, string]> = [
    ['report', report], ['war', war], ['sinceYearStart', sinceYearStart], ['span', span], ['possessiveN', possessiveN],
    ['firstN', firstN], ['nUnitsOfYear', nUnitsOfYear], ['until', until], ['asOf', asOf], ['sinceDate', sinceDate], ['sinceEventDate', sinceEventDate],
    ['date', DATE], ['relative', rel], ['same', same], ['month', MY], ['year', year],
  ];
  // Every alternative starts at a word start: one shared lookbehind up front lets the engine reject most
  // positions at once (measured 4x faster than a lookbehind per alternative).
  const periodSource = (keep: (alt: number) => boolean) =>
    `(?<![\\p{L}\\p{N}])(?:${alts.map(([, s], k) => (keep(k) ? `(${s})` : '((?!))')).join('|')})`;
  const period = new RegExp(periodSource(() => true), 'giu');
  // the words each alternative can start with, for the trigger index (addSplit): a superset is safe
  const months = keys(P.months);
  const numerals = keys(N.numerals);
  const relYears = keys(P.relativeYears);
  // and what every match of it contains (`needs`, as it reads in lower-cased text): a month, a year, a connector
  const NEED_MONTH = monthAlt;
  const NEED_YEAR = '(?<![\\p{N},.])(?:1[89]\\d{2}|20\\d{2})(?![\\p{N}])';
  const NEED_DATE = `${monthAlt}|${NEED_YEAR}`;
  const NEED_UNIT = unitAlt;
  // a date is a month with a day before or after it
  const NEED_DAY_MONTH = `${monthAlt}\\s*${D}|${D}\\.?\\s+${monthAlt}`;
  // "until"/"as of" and then, across an optional "the end of", the date's first part
  const leadThenDate = (words: string[]) => `${alternation(words)}\\s+(?:${endOf}\\s*)?(?:${monthAlt}|${D})`;
  const relative = [...relYears, ...(P.wholeYearPhrases ?? []), ...keys(P.relativeMonths)];
  const periodFirsts: Record<string, { phrases: string[]; digits: boolean; needs: string[] }> = {
    report: { phrases: P.reportTimePhrases ?? [], digits: false, needs: [alternation(P.reportTimePhrases ?? [])] },
    war: { phrases: P.sinceWords, digits: false, needs: [alternation(P.fullScaleWarPhrases)] },
    sinceYearStart: { phrases: P.sinceYearStartPhrases, digits: false, needs: [alternation(P.sinceYearStartPhrases)] },
    span: {
      phrases: [...withBefore.map(([b]) => b), ...P.endOfWords, ...months], digits: true,
      // every span holds its first endpoint's end (a month, a month and day, or a year) right before the connector
      needs: span ? [NEED_DATE, `(?:${monthAlt}(?:\\s*${D})?|${Y})\\s*${alternation(P.spanConnectors.map(([, m]) => m))}`] : [],
    },
    possessiveN: { phrases: [...relYears, ...(P.theYearPhrases ?? ['the year'])], digits: true, needs: ["'s", NEED_UNIT] },
    firstN: { phrases: ['the', ...keys(P.ordinals), ...numerals], digits: true, needs: [ordAlt] },
    nUnitsOfYear: { phrases: numerals, digits: true, needs: [NEED_UNIT, NEED_YEAR] },
    until: { phrases: P.untilWords, digits: false, needs: [NEED_MONTH, leadThenDate(P.untilWords)] },
    asOf: { phrases: P.asOfWords, digits: false, needs: [NEED_MONTH, leadThenDate(P.asOfWords)] },
    sinceDate: { phrases: P.sinceWords, digits: false, needs: [NEED_DATE] },
    sinceEventDate: { phrases: P.sinceWords, digits: false, needs: [',', NEED_MONTH] },
    date: { phrases: months, digits: true, needs: [NEED_DAY_MONTH] },
    relative: { phrases: relative, digits: false, needs: [alternation(relative)] },
    same: { phrases: P.samePeriodPhrases, digits: false, needs: [alternation(P.samePeriodPhrases)] },
    month: { phrases: months, digits: false, needs: [NEED_MONTH] },
    year: { phrases: P.wholeYearWords, digits: true, needs: [NEED_YEAR] },
  };
  const periodParts: PeriodParts = {
    month: makeLookup(P.months),
    monthFind: new RegExp(M, 'giu'),
    capitalisedOnly: new Set((P.capitalisedMonthsOnly ?? []).map((s) => s.toLowerCase())),
    relativeYear: makeLookup(P.relativeYears),
    relativeYearFind: new RegExp(`${START}${relYearAlt}${END}`, 'iu'),
    wholeYearFind: new RegExp(`${START}${alternation(P.wholeYearPhrases ?? [])}${END}`, 'iu'),
    relativeMonth: makeLookup(P.relativeMonths),
    relativeMonthFind: new RegExp(`${START}${alternation(keys(P.relativeMonths))}${END}`, 'iu'),
    ordinal: makeLookup(P.ordinals),
    ordinalFind: new RegExp(`${START}${ordAlt}${END}`, 'iu'),
    yearPart: makeLookup(P.yearParts),
    yearPartFind: new RegExp(`${START}${alternation(keys(P.yearParts))}${END}`, 'iu'),
    spanUnit: makeLookup(P.spanUnits),
    spanUnitFind: new RegExp(`${START}${unitAlt}${END}`, 'iu'),
    endOfFind: new RegExp(`${START}${endOf}`, 'iu'),
    numeralFind: new RegExp(`${START}(?:\\d{1,2}|${numeralAlt})${END}`, 'iu'),
    kinds: alts.map(([k]) => k),
  };

  // ---- attribution names
  const cap = `\\p{Lu}[\\p{L}\\p{M}]*(?:['-][\\p{L}\\p{M}]+)*`;
  const conn = (A.nameConnectors ?? []).length ? `(?:${alternation(A.nameConnectors!)}\\s+)?` : '';
  // a name in quotes (outlets, projects: "Медиазона", "Хочу жити"; «» are folded to ") may hold lower-case words
  const quoted = '"\\p{Lu}[^"\\n]{0,60}"';
  const name = `(?:${quoted}|${cap}(?:\\s+${conn}${cap})*)(?:\\s*\\(\\s*\\p{Lu}[\\p{L}\\p{M}-]*\\s*\\))?`;
  const chainWords = alternation(A.nameChainWords ?? ['and', '&']);
  const chain = `(?:\\s+${chainWords}\\s+(?:the\\s+)?(?:[\\p{Ll}-]+\\s+){0,3}${name})?`;
  const heads = alternation(A.sourceHeads ?? []);

  const eventsDict: Record<string, string> = {};
  for (const [ev, list] of Object.entries(E.events)) for (const p of list) eventsDict[p] = ev;
  const countedDict: Record<string, Counted> = {};
  for (const [ct, list] of Object.entries(E.counted)) for (const p of list ?? []) countedDict[p] = ct as Counted;
  const forceDict: Record<string, string> = {};
  for (const [f, list] of Object.entries(F.forces)) for (const p of list) forceDict[p] = f;
  const canonicalKeys = keys(A.canonicalSources);

  const compiled: Omit<Compiled, 'triggers' | 'ids'> = {
    pack,
    abbreviations: new Set((pack.abbreviations ?? []).map((a) => a.toLowerCase())),
    number,
    numeralToken: new RegExp(`(${numeralAlt})|(${joinerAlt})|[\\s-]+`, 'iuy'),
    numeral: makeLookup(N.numerals),
    numeralsNotAlone: new Set(N.numeralsNotAlone.map((s) => s.toLowerCase())),
    scale: makeLookup(N.scales),
    groupSeparators: new RegExp(`[${sep}]`, 'g'),
    decimal: N.decimalSeparator,
    decimalIsGroup: N.thousandsSeparators.includes(N.decimalSeparator),
    approximate: phraseRegex(keys(N.approximateNumerals)),
    approximateValue: makeLookup(N.approximateNumerals),
    fold,
    foldWord: phraseRegex(keys(N.foldWords)),
    foldWordValue: makeLookup(N.foldWords),
    foldComparative: phraseRegex(N.foldComparatives),
    percentAfter: new RegExp(`^\\s?${alternation(N.percentWords)}(?![\\p{L}])`, 'iu'),
    ranges,
    nonClaimBefore: new RegExp(
      `(?:${START}|(?<=[\\s(]))${alternation(E.nonClaimBefore)}\\s*\\d[\\d.,/]*(?:(?:\\s*(?:,|and|or|&|/|-|–|—)\\s*)\\d[\\d.,/]*)*`,
      'giu',
    ),
    nonClaimUnitAfter: new RegExp(`^\\s*-?\\s*${alternation(E.nonClaimUnits)}(?![\\p{L}])`, 'iu'),
    meanAge: phraseRegex(E.meanAgeWords ?? []),
    anchor: new RegExp(
      `${START}(?:the|this|that|its|their|a|an)\\s+(?:[\\p{L}-]+\\s+)?${alternation(E.anchorWords ?? [])}${END}`,
      'iu',
    ),
    period,
    periodParts,
    qualifierBefore: new RegExp(
      `${START}(${alternation(keys(Q.qualifiers))})(?:\\s+${alternation(Q.fillers)})*\\s*$`,
      'iu',
    ),
    qualifierValue: makeLookup(Q.qualifiers),
    qualifierAfter: new RegExp(`^\\s*(${alternation(keys(Q.qualifiersAfter))})${END}`, 'iu'),
    qualifierAfterValue: makeLookup(Q.qualifiersAfter),
    rate: phraseRegex(keys(P.rates)),
    rateValue: makeLookup(P.rates),
    event: phraseRegex(Object.keys(eventsDict)),
    eventOf: makeLookup(eventsDict),
    counted: phraseRegex(Object.keys(countedDict)),
    countedOf: makeLookup(countedDict),
    court: phraseRegex(E.courtWords ?? []),
    record: phraseRegex(E.recordWords),
    projection: phraseRegex(E.projectionWords),
    force: phraseRegex(Object.keys(forceDict)),
    forceOf: makeLookup(forceDict),
    scope: new RegExp(`${START}${alternation(F.scopeNouns ?? [])}${END}`, 'giu'),
    scopeLink: new RegExp(
      `${START}(?:${alternation([...(E.counted.persons ?? []), ...(E.events.death ?? [])])})\\s+${alternation(F.scopeLinks ?? [])}\\s+(${cap}(?:\\s+${cap})*)`,
      'giu',
    ),
    notScope: ((set) => (w: string) => set.has(w.toLowerCase()))(new Set((F.notScopes ?? []).map((s) => s.toLowerCase()))),
    nationwide: phraseRegex(F.nationwide ?? []),
    scopeForward: new RegExp(
      `${START}(?:(\\d+)${ordSuf}\\s+)?(${alternation(F.scopeNouns ?? [])})((?:\\s+${alternation(F.scopeFollowers ?? [])})*)${END}`,
      'giu',
    ),
    scopeName: phraseRegex(keys(F.scopeNames ?? {})),
    scopeNameOf: makeLookup(F.scopeNames ?? {}),
    ordinalDotAfter: ((lower, unit) => (after: string) => (N.ordinalSuffixes ?? []).includes('.') && (lower.test(after) || unit.test(after)))(
      /^\.\s+\p{Ll}/u,
      new RegExp(`^\\.\\s+${alternation(F.scopeNouns ?? [])}${END}`, 'iu'),
    ),
    comparison: new RegExp(`${START}${alternation(E.comparisonWords)}\\s+(?:\\S+\\s+){0,2}$`, 'iu'),
    backReference: new RegExp(`^\\s*${alternation(A.backReferences)}${END}`, 'iu'),
    ownWork: phraseRegex(A.ownWork ?? []),
    sourceBefore: phraseRegex([...A.sourceBefore, ...A.citingWords]),
    citing: ((set) => (w: string) => set.has(w.toLowerCase().replace(/\s+/g, ' ')))(new Set(A.citingWords.map((s) => s.toLowerCase()))),
    reportingVerb: phraseRegex(A.reportingVerbs),
    // the words after the name keep their case in the text ("nach Selenskyjs Worten"): both forms are tried
    sourceAfter: new RegExp(`(${name})\\s*${bothCases(A.sourceAfter ?? [])}${END}`, 'gu'),
    sameSource: ((re) => (w: string) => re.test(w))(new RegExp(`(?:^|\\s)${alternation(A.sameSource)}$`, 'iu')),
    titlesAtStart: new RegExp(`^(?:(?:the|a|an)\\s+)?(?:${alternation(A.titles)}\\s+)+`, 'iu'),
    name,
    nameAtEnd: new RegExp(`(${name})${chain}\\s*$`, 'u'),
    nameAppositiveAtEnd: new RegExp(`(${name})\\s*,\\s*(?:\\p{Ll}|\\()[^,]*,\\s*$`, 'u'),
    nameFirst: new RegExp(`(${name})${chain}`, 'u'),
    nameAtStart: new RegExp(`^\\s*(${name})`, 'u'),
    sourceAfterHint: new RegExp(bothCases(A.sourceAfter ?? []), 'u'),
    quotedBy: phraseRegex(A.quotedBy ?? []),
    quotedByAtStart: new RegExp(`^\\s*${alternation(A.quotedBy ?? [])}${END}`, 'iu'),
    lowerSourceAtStart: new RegExp(`^\\s*(${alternation(A.sourceHeads ?? [])}(?:\\s+\\p{Ll}[\\p{L}\\p{M}]*){0,3})`, 'u'),
    // "the regional prosecutor's office", "Житомирська обласна прокуратура" (a capitalised adjective may lead)
    lowerSourceFirst: new RegExp(`^\\s*(?:(?:the|le|la|les|l'|der|die|das|il|lo|gli)\\s*)?(${heads}(?:\\s+[\\p{Ll}-]+){0,2}|(?:[\\p{Ll}-]+\\s+){1,2}${heads})(?=\\s*(?:[,;:.!?)]|$))`, 'u'),
    lowerSourceAtEnd: new RegExp(`(?:the\\s+)?((?:\\p{Lu}[\\p{Ll}-]*\\s+)?(?:[\\p{Ll}-]+(?:'s)?\\s+){0,3}${heads})\\s*$`, 'u'),
    sourceHeadEnd: new RegExp(`${alternation((A.sourceHeads ?? []).map(lastWord))}$`, 'u'),
    canonical: makeLookup(A.canonicalSources),
    canonicalFirst: canonicalKeys.length ? new RegExp(`${START}${alternation(canonicalKeys)}${END}`, 'iu') : /(?!)/u,
    canonicalAtEnd: canonicalKeys.length ? new RegExp(`${START}"?(${alternation(canonicalKeys)})"?\\s*$`, 'iu') : /(?!)/u,
    organisationWords: new Set((A.organisationWords ?? []).map((s) => s.toLowerCase())),
    nominativeEndings: A.nominativeEndings,
  };
  const ix = newIndex();
  const numeralKeys = keys(N.numerals);
  const pk = (o: Record<string, unknown>) => Object.keys(o);
  const periodFirst = [
    ...(P.reportTimePhrases ?? []), ...P.sinceWords, ...P.sinceYearStartPhrases, ...P.spanConnectors.map(([b]) => b),
    ...P.endOfWords, ...pk(P.months), ...pk(P.ordinals), 'the', ...pk(P.relativeYears), ...(P.wholeYearPhrases ?? []),
    ...pk(P.relativeMonths), ...P.samePeriodPhrases, ...P.untilWords, ...P.asOfWords, ...P.wholeYearWords, ...numeralKeys,
  ].filter(Boolean);
  const ids = {
    period: addTrigger(ix, 'period', compiled.period, periodFirst, true),
    // glued numerals ("zwanzigtausend", "fivefold") start a longer token: their first numeral is a stem
    number: addTrigger(ix, 'number', compiled.number, N.numeralsGlued ? numeralKeys.map((k) => `${k}*`) : numeralKeys, true),
    // every fold ends with its frame ("fold", " times", " раз"); a scope names its noun; a nationwide phrase ends in its last word
    fold: addTrigger(ix, 'fold', compiled.fold, [...numeralKeys.map((k) => `${k}*`), ...N.foldFrames.map(([b]) => b).filter(Boolean)], true,
      N.foldFrames.every(([, a]) => a.trim()) ? [alternation(N.foldFrames.map(([, a]) => a))] : []),
    foldWord: addTrigger(ix, 'foldWord', compiled.foldWord, pk(N.foldWords)),
    approximate: addTrigger(ix, 'approximate', compiled.approximate, pk(N.approximateNumerals)),
    event: addTrigger(ix, 'event', compiled.event, Object.keys(eventsDict)),
    force: addTrigger(ix, 'force', compiled.force, Object.keys(forceDict)),
    counted: addTrigger(ix, 'counted', compiled.counted, Object.keys(countedDict)),
    court: addTrigger(ix, 'court', compiled.court, E.courtWords ?? []),
    rate: addTrigger(ix, 'rate', compiled.rate, pk(P.rates)),
    record: addTrigger(ix, 'record', compiled.record, E.recordWords),
    projection: addTrigger(ix, 'projection', compiled.projection, E.projectionWords),
    meanAge: addTrigger(ix, 'meanAge', compiled.meanAge, E.meanAgeWords ?? []),
    nationwide: addTrigger(ix, 'nationwide', compiled.nationwide, F.nationwide ?? [], false, [alternation((F.nationwide ?? []).map(lastWord))]),
    ownWork: addTrigger(ix, 'ownWork', compiled.ownWork, A.ownWork ?? []),
    sourceBefore: addTrigger(ix, 'sourceBefore', compiled.sourceBefore, [...A.sourceBefore, ...A.citingWords]),
    reportingVerb: addTrigger(ix, 'reportingVerb', compiled.reportingVerb, A.reportingVerbs),
    scope: addTrigger(ix, 'scope', compiled.scope, F.scopeNouns ?? []),
    scopeForward: addTrigger(ix, 'scopeForward', compiled.scopeForward, F.scopeNouns ?? [], true, [alternation(F.scopeNouns ?? [])]),
    quotedBy: addTrigger(ix, 'quotedBy', compiled.quotedBy, A.quotedBy ?? []),
    scopeName: addTrigger(ix, 'scopeName', compiled.scopeName, keys(F.scopeNames ?? {})),
    scopeLink: addTrigger(ix, 'scopeLink', compiled.scopeLink, [...(E.counted.persons ?? []), ...(E.events.death ?? [])]),
    nonClaimBefore: addTrigger(ix, 'nonClaimBefore', compiled.nonClaimBefore, E.nonClaimBefore),
  };
  // only when each alternative is exactly one group, so that blanking one keeps the group numbers
  if (new RegExp(`${compiled.period.source}|`, 'u').exec('')!.length - 1 === alts.length) {
    // figures start periods only as a day or small count (D, \\d{1,2}: one or two digits) or a year (Y: four)
    addSplit(ix, ids.period, periodSource, alts.map(([k]) => periodFirsts[k]!), (run) => run <= 2 || run === 4);
  }
  return { ...compiled, triggers: ix, ids };
}
