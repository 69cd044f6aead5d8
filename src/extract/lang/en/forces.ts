// English names of the forces (demonyms, countries, capitals, legal anchors) and of scopes within them.
export const forces: Record<string, string[]> = {
  UA: [
    'ukrainian*', 'ukraine', 'kyiv', 'kiev', 'zsu', 'afu', 'verkhovna rada', 'article 407', 'article 408',
    'art. 407', 'art. 408', 'articles 407',
  ],
  RU: [
    'russian*', 'russia', 'moscow', 'kremlin', 'article 337', 'article 338', 'art. 337', 'art. 338', 'articles 337',
    'wagner', 'rosgvardia',
  ],
};
export const scopeNouns = [
  'military district', 'brigade', 'regiment', 'battalion', 'division', 'corps', 'fleet', 'army', 'region', 'oblast',
  'garrison', 'district', 'krai', 'republic',
];
export const scopeLinks = ['from'];
export const notScopes = [
  'ukraine', 'russia', 'france', 'poland', 'germany', 'europe', 'belarus', 'the front', 'kyiv', 'moscow',
];
export const nationwide = ['nationwide', 'across the country', 'across ukraine', 'across russia', 'countrywide'];
