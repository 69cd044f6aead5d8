// English qualifiers before (or after) a number.
export const qualifiers: Record<string, 'approx' | 'at_least' | 'at_most'> = {
  over: 'at_least', 'more than': 'at_least', 'at least': 'at_least', 'no fewer than': 'at_least',
  'no less than': 'at_least', 'upwards of': 'at_least', 'in excess of': 'at_least', exceed: 'at_least',
  exceeds: 'at_least', exceeded: 'at_least', surpassed: 'at_least', topped: 'at_least', above: 'at_least',
  'well over': 'at_least', 'just over': 'at_least', 'more than a': 'at_least',
  about: 'approx', around: 'approx', roughly: 'approx', approximately: 'approx', almost: 'approx', nearly: 'approx',
  some: 'approx', 'close to': 'approx', 'an estimated': 'approx', estimated: 'approx', 'just under': 'approx',
  'just shy of': 'approx', circa: 'approx', 'c.': 'approx', '~': 'approx',
  'up to': 'at_most', 'as many as': 'at_most', 'no more than': 'at_most', 'at most': 'at_most',
  'fewer than': 'at_most', 'less than': 'at_most', 'a maximum of': 'at_most',
};
export const qualifiersAfter: Record<string, 'approx' | 'at_least' | 'at_most'> = {
  'or more': 'at_least', 'and more': 'at_least', plus: 'at_least', 'or so': 'approx',
};
export const fillers = ['just', 'only', 'already', 'still', 'a total of', 'a'];
