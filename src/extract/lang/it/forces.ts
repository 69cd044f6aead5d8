// Italian names of the forces and of scopes.
export const forces: Record<string, string[]> = {
  UA: ['ucrain*', 'ucraina', 'kiev', 'kyiv', 'articolo 407', 'articolo 408'],
  RU: ['russ*', 'russia', 'mosca', 'cremlino', 'putin', 'articolo 337', 'articolo 338', 'wagner'],
};
export const scopeNouns = ['brigata', 'brigata meccanizzata', 'battaglione', 'reggimento', 'divisione', 'corpo d\'armata', 'distretto militare', 'regione', 'oblast', 'guarnigione', 'flotta'];
export const scopeLinks = ['provenienti da'];
/** "155ª brigata meccanizzata", "regione di Kharkiv". */
export const scopeFollowers = ['meccanizzata', "d'assalto", 'aviotrasportata', 'corazzata', 'di fanteria', 'di marina', 'della guardia nazionale'];
export const scopeNames: Record<string, string> = { 'in polonia': 'Polonia', 'in francia': 'Francia', 'in germania': 'Germania', 'nel regno unito': 'Regno Unito' };
export const notScopes = ['ucraina', 'russia', 'francia', 'polonia', 'germania', 'europa', 'bielorussia', 'kiev', 'mosca', 'fronte'];
export const nationwide = ['in tutto il paese', 'a livello nazionale', 'in totale', 'complessivamente'];
