// French names of the forces and of scopes.
export const forces: Record<string, string[]> = {
  UA: ['ukrainien*', 'ukraine', 'kiev', 'kyiv', 'dbr', "bureau d'enquête d'état", 'article 407', 'article 408'],
  RU: ['russe*', 'russie', 'moscou', 'kremlin', 'poutine', 'mediazona', 'article 337', 'article 338', 'wagner'],
};
export const scopeNouns = ['brigade', 'brigade mécanisée', 'bataillon', 'régiment', 'division', 'corps', 'district militaire', 'région', 'oblast', 'garnison', 'flotte'];
export const scopeLinks = ['originaires de'];
export const notScopes = ['ukraine', 'russie', 'france', 'pologne', 'allemagne', 'europe', 'biélorussie', 'kiev', 'kyiv', 'moscou', 'front', 'dbr'];
export const nationwide = ["dans tout le pays", "à l'échelle nationale", "dans l'ensemble du pays", 'au total'];
