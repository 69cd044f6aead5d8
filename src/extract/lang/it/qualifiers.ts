// Italian qualifiers before (or after) a number.
export const qualifiers: Record<string, 'approx' | 'at_least' | 'at_most'> = {
  oltre: 'at_least', 'più di': 'at_least', almeno: 'at_least', 'non meno di': 'at_least', 'ben oltre': 'at_least',
  'superiore a': 'at_least', 'poco più di': 'at_least', 'sopra i': 'at_least', 'sopra le': 'at_least',
  quasi: 'approx', circa: 'approx', 'intorno a': 'approx', 'intorno ai': 'approx', 'intorno alle': 'approx',
  'attorno a': 'approx', 'attorno ai': 'approx', 'poco meno di': 'approx', "all'incirca": 'approx', pressappoco: 'approx',
  approssimativamente: 'approx', 'ca.': 'approx', 'quasi il': 'approx',
  'fino a': 'at_most', 'fino ai': 'at_most', 'fino alle': 'at_most', 'meno di': 'at_most', 'non più di': 'at_most',
  'al massimo': 'at_most',
};
export const qualifiersAfter: Record<string, 'approx' | 'at_least' | 'at_most'> = { 'e oltre': 'at_least', 'o più': 'at_least', circa: 'approx' };
export const fillers = ['già', 'solo', 'soltanto', 'appena', 'complessivamente', 'in tutto', 'ben'];
