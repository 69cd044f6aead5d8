// English lexicon: events and what a number counts, plus record/projection cues and non-claim filters.
export const events: Record<string, string[]> = {
  awol: [
    'awol', 'a.w.o.l.', 'unauthorized abandonment*', 'unauthorised abandonment*', 'abandonment', 'abandoned their unit*',
    'abandoned unit*', 'abandoned their post*', 'abandoned their position*', 'left their unit*', 'left units',
    'left their post*', 'leave without authorization', 'leave without authorisation', 'leaving their unit*',
    'without authorization', 'without authorisation', 'without permission', 'absent without leave',
    'went absent', 'gone absent', 'going absent', 'go absent', 'unauthorized absence*', 'unauthorised absence*',
    'slipped away', 'article 407', 'art. 407', 'article 337', 'art. 337',
  ],
  desertion: ['desertion*', 'deserter*', 'deserted', 'article 408', 'art. 408', 'article 338', 'art. 338'],
  awol_or_desertion: [
    'awol and desertion', 'awol or desertion', 'desertion and awol', 'desertion or awol',
    'abandonment and desertion', 'abandonment or desertion', 'desertion and abandonment', 'articles 407 and 408',
    'articles 337 and 338',
  ],
  return: [
    'returned to service', 'returned to duty', 'returned to their unit*', 'return* to the army', 'return* to service',
    'return* to duty', 'return voluntarily', 'returning soldier*', 'returnee*', 'came back', 'come back',
    'coming back', 'returned', 'returns', 'return',
  ],
  defection: ['defect*', 'went over to the enemy', 'gone over to the enemy', 'switched sides', 'surrendered', 'surrender*'],
  death: ['killed', 'died', 'dead', 'deaths', 'death toll', 'war dead', 'lost their lives', 'fallen soldiers'],
  self_harm: ['self-harm', 'self-mutilation', 'self-inflicted', 'maimed themselves', 'article 409', 'art. 409'],
};
export const counted = {
  cases: ['case*', 'criminal case*', 'proceeding*', 'criminal proceeding*', 'incident*', 'charges'],
  persons: [
    'people', 'person*', 'soldier*', 'servicem*', 'service members', 'troops', 'officers', 'personnel', 'men',
    'recruits', 'conscripts', 'fighters', 'dead', 'returnees', 'of them', 'of its soldiers',
  ],
  suspects: ['notice* of suspicion', 'suspect*', 'suspicion'],
  court_cases: ['reached a judge', 'reached court*', 'sent to court', 'courts have received', 'courts received', 'brought to court'],
  convictions: ['verdict*', 'conviction*', 'sentences', 'convicted'],
};
export const courtWords = ['court*', 'judge*'];
export const recordWords = ['record', 'records', 'record-high', 'highest', 'all-time high', 'peak*', 'the most ever'];
export const projectionWords = [
  'may reach', 'could reach', 'might reach', 'will reach', 'could exceed', 'may exceed', 'might exceed', 'will exceed',
  'could top', 'may top', 'is expected to', 'are expected to', 'expects', 'projected', 'forecast*', 'on track to',
  'set to reach',
];
export const comparisonWords = ['compared with', 'compared to', 'than', 'from', 'against'];
export const nonClaimUnits = [
  'years', 'year', 'yrs', 'months', 'weeks', 'days', 'hours', 'hour', 'minutes', 'a.m.', 'p.m.', 'am', 'pm',
  'degrees', '°', '°c', 'km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'pages', 'page',
  'hryvnias', 'hryvnia', 'hryvnyas', 'uah', 'roubles', 'rubles', 'dollars', 'euros', 'usd', 'eur', 'tonnes', 'tons',
  'kg', 'names', 'times a',
];
export const nonClaimBefore = [
  'article', 'articles', 'art.', 'arts.', 'part', 'parts', 'paragraph', 'clause', 'no.', 'number', '#', 'brigade',
  'tel.', 'phone', 'call', 'aged', 'age', 'page', 'pages', 'chapter', 'section', '$', '€', '£', '₴', '₽', 'uah',
  'usd', 'eur', 'us$',
];
export const meanAgeWords = ['average age', 'mean age', 'median age'];
export const anchorWords = ['number', 'figure', 'count', 'tally', 'total', 'totals', 'range'];
