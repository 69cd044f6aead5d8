// German names of the forces (adjectives in every ending, countries, capitals, institutions) and of scopes.
export const forces: Record<string, string[]> = {
  UA: [
    'ukrainisch*', 'ukraine', 'ukrainer*', 'kiew', 'kyjiw', 'kiews', 'streitkräfte der ukraine',
    'werchowna rada',
    'artikel 407', 'artikel 408', 'art. 407', 'art. 408',
  ],
  RU: [
    'russisch*', 'russland', 'russlands', 'russen', 'moskau', 'moskaus', 'kreml', 'putin*', 'artikel 337', 'artikel 338',
    'art. 337', 'art. 338', 'wagner',
  ],
};
/** Nouns that end a scope name ("47. Brigade", "Zentraler Militärbezirk", "Gebiet Charkiw"). */
export const scopeNouns = [
  'brigade', 'mechanisierte brigade', 'bataillon', 'regiment', 'division', 'korps', 'armee', 'militärbezirk', 'gebiet',
  'oblast', 'region', 'bezirk', 'garnison', 'flotte', 'republik',
];
export const scopeLinks = ['aus'];
export const scopeNames: Record<string, string> = { 'in polen': 'Polen', 'in frankreich': 'Frankreich', 'in großbritannien': 'Großbritannien' };
export const notScopes = [
  'ukraine', 'russland', 'frankreich', 'polen', 'deutschland', 'europa', 'belarus', 'kiew', 'moskau', 'front',
  'westliche nachrichtendienste', 'generalstaatsanwaltschaft',
];
export const nationwide = ['landesweit', 'bundesweit', 'im ganzen land', 'in der gesamten ukraine', 'in ganz russland', 'insgesamt'];
