// Polish names of the forces and of scopes.
export const forces: Record<string, string[]> = {
  UA: [
    'ukraiń*', 'ukraina', 'ukrainy', 'ukrainie', 'ukrainę', 'kijów', 'kijowa', 'kijowie', 'siły zbrojne ukrainy',
    'sił zbrojnych ukrainy', 'państwowe biuro śledcze', 'państwowego biura śledczego', 'prokuratur* generaln* ukrainy',
    'art. 407', 'art. 408',
  ],
  RU: ['rosyj*', 'rosja', 'rosji', 'rosję', 'rosjan*', 'moskwa', 'moskwy', 'kreml*', 'putin*', 'mediazon*'],
};
export const scopeNouns = [
  'brygada', 'brygady', 'brygadzie', 'batalion', 'batalionu', 'pułk', 'pułku', 'dywizja', 'dywizji', 'korpus', 'okręg wojskowy',
  'obwód', 'obwodu', 'obwodzie', 'region', 'regionu', 'regionie',
];
export const scopeLinks = ['pochodzących z'];
export const notScopes = ['ukraina', 'ukrainy', 'rosja', 'rosji', 'europa', 'białoruś', 'kijów', 'moskwa', 'front', 'bloomberg'];
export const nationwide = ['w całym kraju', 'w skali kraju', 'ogółem', 'w całej ukrainie', 'w całej rosji'];
