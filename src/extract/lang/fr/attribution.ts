// French attribution: who the text says a figure comes from.
export const sourceBefore = [
  'selon', "d'après", 'de source', 'selon les chiffres de', 'selon les données de',
  'selon un décompte de', 'selon le décompte de', 'de l’aveu de', 'chiffres de', 'données de',
];
export const dataNouns = [
  'décompte', 'données', 'chiffres', 'statistiques', 'calculs', 'estimations', 'estimation', 'bilan', 'rapport', 'comptage',
  'relevé', 'recensement', 'informations', 'analyse', 'mise à jour', 'sources', 'un décompte', 'le décompte', 'les chiffres',
  'les données', 'les estimations',
];
export const sourceAfter: string[] = [];
export const reportingVerbs = [
  'a annoncé', 'annonce', 'ont annoncé', 'a déclaré', 'déclare', 'a indiqué', 'indique', 'a affirmé', 'affirme',
  'rapporte', 'a rapporté', 'enregistrait', 'enregistre', 'a enregistré', 'estime', 'a estimé', 'estiment', 'ont estimé',
  'a précisé', 'précise', 'a compté', 'recense', 'a recensé', 'ont recensé', 'ont identifié', 'a identifié', 'a dénombré',
  'dénombre', 'a publié', 'a fait état', 'a fait savoir', 'a révélé', 'révèle', 'a reconnu', 'écrit', 'a écrit',
];
export const backReferences = ["c'est ce qu", 'ces chiffres', 'ces données', 'ce chiffre'];
export const citingWords = ['citant', "s'appuyant sur", 'qui cite', "qui s'appuie sur", 'se fondant sur', 'sur la base de'];
export const sameSource = ['la même source', 'même source', 'il', 'elle', 'ils', 'le média', 'le bureau', 'le parquet', 'le service', "l'agence", 'le ministère'];
export const titles = [
  'le', 'la', 'les', "l'", 'du', 'de la', 'journaliste', 'président', 'ministre', 'député', 'députée', 'porte-parole',
  'procureur', 'directeur', 'directrice', 'chef', 'analyste', 'expert', 'militant', 'commandant', 'blogueur',
  'ukrainien', 'ukrainienne', 'russe', 'militaire', 'indépendant', 'indépendante', 'média', 'média indépendant',
];
export const canonicalSources: Record<string, string> = {
  dbr: 'DBR', 'parquet général': 'parquet général', 'parquet général ukrainien': 'parquet général ukrainien',
  "bureau d'enquête d'état": "Bureau d'enquête d'État", 'ministère de la défense': 'ministère de la Défense',
  'état-major': 'état-major', 'service de sécurité': 'service de sécurité',
};
export const nominativeEndings: Array<[string, string]> = [];
export const ownWork = ['selon nos calculs', 'selon notre décompte', 'par nos propres calculs', 'selon nos propres calculs'];
export const nameConnectors = ["d'", 'de', 'du', 'des', 'de la', "de l'"];
export const organisationWords = [
  'bureau', 'parquet', 'ministère', 'service', 'agence', 'tribunal', 'cour', 'média', 'bbc', 'mediazona', 'état',
  'enquête', 'comité', 'institut', 'état-major', 'renseignement', 'journal', 'radio',
];
export const sourceHeads = ['parquet général', 'parquet', 'ministère', 'bureau', 'service', 'agence', 'tribunal', 'procureur général', 'état-major'];

/** "quoted by": the outlet that quotes the speaker, not the source. */
export const quotedBy = ['cité par', 'citée par', 'cités par'];
