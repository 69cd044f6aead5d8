// German qualifiers before (or after) a number.
export const qualifiers: Record<string, 'approx' | 'at_least' | 'at_most'> = {
  'mehr als': 'at_least', über: 'at_least', mindestens: 'at_least', wenigstens: 'at_least', 'nicht weniger als': 'at_least',
  'weit über': 'at_least', 'deutlich über': 'at_least', 'deutlich mehr als': 'at_least', 'gut': 'at_least', 'über die': 'at_least',
  'knapp über': 'at_least', 'etwas mehr als': 'at_least', 'auf über': 'at_least', 'auf mehr als': 'at_least',
  fast: 'approx', knapp: 'approx', rund: 'approx', etwa: 'approx', ungefähr: 'approx', circa: 'approx', 'ca.': 'approx',
  zirka: 'approx', nahezu: 'approx', annähernd: 'approx', beinahe: 'approx', 'um die': 'approx', 'an die': 'approx',
  schätzungsweise: 'approx', 'geschätzt': 'approx', 'auf rund': 'approx', 'auf etwa': 'approx', 'auf knapp': 'approx',
  'bis zu': 'at_most', höchstens: 'at_most', 'weniger als': 'at_most', 'nicht mehr als': 'at_most', maximal: 'at_most',
  'unter': 'at_most', 'knapp unter': 'approx',
};
export const qualifiersAfter: Record<string, 'approx' | 'at_least' | 'at_most'> = {
  'und mehr': 'at_least', 'oder mehr': 'at_least', 'und darüber': 'at_least',
};
export const fillers = ['bereits', 'schon', 'nur', 'lediglich', 'insgesamt', 'inzwischen', 'allein', 'noch'];
