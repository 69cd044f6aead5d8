// French names of the forces and of scopes.
export const forces: Record<string, string[]> = {
  UA: ['ukrainien*', 'ukraine', 'kiev', 'kyiv', 'article 407', 'article 408'],
  RU: ['russe*', 'russie', 'moscou', 'kremlin', 'poutine', 'article 337', 'article 338', 'wagner'],
};
export const scopeNouns = ['brigade', 'brigade mécanisée', 'bataillon', 'régiment', 'division', 'corps', 'district militaire', 'région', 'oblast', 'garnison', 'flotte'];
export const scopeLinks = ['originaires de'];
/** "155e brigade mécanisée", "région de Kharkiv". */
export const scopeFollowers = ['mécanisée', 'motorisée', "d'assaut", 'aéroportée', 'blindée', 'de marine', 'de la garde nationale', "d'infanterie", 'de kharkiv', 'de mykolaïv', 'de soumy', 'de zaporijia', 'de donetsk', 'de lviv'];
/** Countries where the figure is limited to troops on their soil. */
export const scopeNames: Record<string, string> = { 'en pologne': 'Pologne', 'en allemagne': 'Allemagne', 'au royaume-uni': 'Royaume-Uni' };
export const notScopes = ['ukraine', 'russie', 'france', 'pologne', 'allemagne', 'europe', 'biélorussie', 'kiev', 'kyiv', 'moscou', 'front', 'dbr'];
export const nationwide = ["dans tout le pays", "à l'échelle nationale", "dans l'ensemble du pays", 'au total'];
