// French lexicon: events and what a number counts, cues and non-claim filters.
export const events: Record<string, string[]> = {
  awol: [
    "abandon non autorisé d'unité", "abandon non autorisé de l'unité", "abandon d'unité", "abandons d'unité",
    "abandon de l'unité", 'abandon non autorisé', 'abandon de poste', 'abandons de poste', 'absence non autorisée',
    'absences non autorisées', 'absence injustifiée', 'quitté leur unité sans autorisation', 'quitté leur unité',
    'quitté son unité', 'quittent leur unité', 'quitter leur unité', 'abandonné leur unité', 'abandonné leur poste',
    'sans autorisation', "article 407", "article 337",
  ],
  desertion: ['désertion*', 'déserteur*', 'déserté', 'désertent', 'désertaient', 'déserter', 'article 408', 'article 338'],
  awol_or_desertion: [
    "abandon d'unité et désertion", "abandon d'unité ou désertion", "désertion et abandon d'unité",
    'abandon de poste et désertion', 'absence non autorisée et désertion', 'articles 407 et 408',
  ],
  return: [
    'repris le service', 'reprendre le service', 'reprennent le service', 'retour*', 'sont revenus', 'revenus',
    'reviennent', 'revenir', 'ont rejoint leur unité', 'réintégré*', 'regagné leur unité',
  ],
  defection: ["passés à l'ennemi", "passé à l'ennemi", "passés du côté de l'ennemi", 'transfuge*', 'se sont rendus', 'reddition*'],
  death: ['tués', 'tué', 'morts', 'mort', 'tombés', 'décès', 'décédés', 'ont péri', 'ont perdu la vie', 'pertes humaines'],
  self_harm: ['automutilation*', 'mutilation* volontaire*', 'auto-mutilation*', 'article 409'],
};
export const counted = {
  cases: ['procédures', 'procédure', 'affaires', 'affaire', 'dossiers', 'dossier', 'enquêtes', 'poursuites', 'cas', 'plaintes'],
  persons: [
    'soldats', 'militaires', 'personnes', 'hommes', 'combattants', 'déserteurs', 'recrues', 'conscrits', 'mobilisés',
    'morts', 'tués', "d'entre eux",
  ],
  suspects: ['suspects', 'avis de suspicion', 'soupçons', 'mis en cause', 'inculpés', 'mises en examen'],
  court_cases: ['renvoyées devant les tribunaux', 'renvoyés devant les tribunaux', 'transmises aux tribunaux'],
  convictions: ['condamnations', 'condamnation', 'verdicts', 'verdict', 'jugements', 'peines', 'condamnés'],
};
export const courtWords = ['tribunal', 'tribunaux', 'juridiction*', 'juges', 'juge', 'cour', 'cours'];
export const recordWords = [
  'record*', 'sommet', 'pic', 'au plus fort', 'plus haut niveau', 'niveau le plus élevé', 'jamais vu', 'inédit', 'maximum',
  'niveau record',
];
export const projectionWords = [
  'pourrait', 'pourraient', 'devrait', 'devraient', 'prévoit', 'prévoient', 'risque de', 'risquent de', 'prévision*',
  'projection*', 'atteindra', 'dépassera',
];
export const comparisonWords = ["qu'en", "qu'au", "qu'à", 'que', 'par rapport à', 'par rapport au', 'comparé à', 'comparé au', 'contre'];
export const nonClaimUnits = [
  'ans', 'an', 'mois', 'semaines', 'semaine', 'jours', 'jour', 'heures', 'heure', 'h', 'minutes', 'degrés', '°', '°c',
  'euros', 'euro', '€', 'dollars', '$', 'roubles', 'rouble', 'hryvnias', 'hryvnia', 'grivnas', 'pages', 'page',
  'kilomètres', 'km', 'points', 'appels', 'visites', 'tonnes', 'kg',
];
export const nonClaimBefore = [
  'article', 'articles', 'art.', 'alinéa', 'paragraphe', 'partie', 'numéro', 'n°', 'tél.', 'téléphone', 'barre des',
  'seuil des', 'cap des', 'âgé de', 'âgée de', 'âgés de', 'brigade', 'page', '€', '$',
];
export const meanAgeWords = ['âge moyen', "l'âge moyen", 'âge médian'];
export const anchorWords = ['nombre', 'chiffre', 'total', 'bilan', 'décompte'];
