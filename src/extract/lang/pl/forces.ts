// Polish names of the forces and of scopes.
export const forces: Record<string, string[]> = {
  UA: [
    'ukraiń*', 'ukraina', 'ukrainy', 'ukrainie', 'ukrainę', 'kijów', 'kijowa', 'kijowie', 'siły zbrojne ukrainy',
    'sił zbrojnych ukrainy', 'art. 407', 'art. 408',
  ],
  RU: ['rosyj*', 'rosja', 'rosji', 'rosję', 'rosjan*', 'moskwa', 'moskwy', 'kreml*', 'putin*'],
};
export const scopeNouns = [
  'brygada', 'brygady', 'brygadzie', 'batalion', 'batalionu', 'pułk', 'pułku', 'dywizja', 'dywizji', 'korpus', 'okręg wojskowy',
  'obwód', 'obwodu', 'obwodzie', 'region', 'regionu', 'regionie',
];
export const scopeLinks = ['pochodzących z'];
/** "obwód lwowski", "w obwodzie charkowskim", "47. brygada zmechanizowana". */
export const scopeFollowers = ['*ski', '*ska', '*skie', '*skim', '*skiego', '*skiej', '*cki', '*cka', '*ckim', '*ckiego', '*ckiej', 'zmechanizowan*', 'szturmow*', 'pancern*', 'powietrznodesantow*', 'piechoty morskiej', 'obrony terytorialnej'];
/** Countries where the figure is limited to troops on their soil ("z ćwiczeń w Polsce"). */
export const scopeNames: Record<string, string> = {
  polska: 'Polska', 'w polsce': 'Polska', francja: 'Francja', 'we francji': 'Francja', niemcy: 'Niemcy', 'w niemczech': 'Niemcy',
  'wielka brytania': 'Wielka Brytania', 'w wielkiej brytanii': 'Wielka Brytania',
};
export const notScopes = ['ukraina', 'ukrainy', 'rosja', 'rosji', 'europa', 'białoruś', 'kijów', 'moskwa', 'front', 'bloomberg'];
export const nationwide = ['w całym kraju', 'w skali kraju', 'ogółem', 'w całej ukrainie', 'w całej rosji'];
