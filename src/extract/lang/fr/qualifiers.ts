// French qualifiers before (or after) a number.
export const qualifiers: Record<string, 'approx' | 'at_least' | 'at_most'> = {
  'plus de': 'at_least', "plus d'": 'at_least', 'au moins': 'at_least', 'pas moins de': 'at_least', 'au-delà de': 'at_least',
  'bien plus de': 'at_least', 'un peu plus de': 'at_least', 'largement plus de': 'at_least', 'dépassé': 'at_least',
  'dépasse': 'at_least', 'franchi': 'at_least',
  'près de': 'approx', "près d'": 'approx', environ: 'approx', quelque: 'approx', presque: 'approx', quasiment: 'approx',
  'autour de': 'approx', 'aux alentours de': 'approx', 'à peu près': 'approx', approximativement: 'approx',
  pratiquement: 'approx', 'un peu moins de': 'approx', 'quelque chose comme': 'approx', 'de l\'ordre de': 'approx',
  "jusqu'à": 'at_most', 'moins de': 'at_most', "moins d'": 'at_most', 'au plus': 'at_most', 'au maximum': 'at_most',
  'pas plus de': 'at_most',
};
export const qualifiersAfter: Record<string, 'approx' | 'at_least' | 'at_most'> = {
  'et plus': 'at_least', 'ou plus': 'at_least', 'au moins': 'at_least', environ: 'approx',
};
export const fillers = ['déjà', 'seulement', 'au total', 'en tout', 'désormais', 'ainsi'];
