// Italian attribution: who the text says a figure comes from.
export const sourceBefore = [
  'secondo quanto riportato da', 'secondo quanto riportato dalla', 'secondo quanto riportato dal', 'secondo quanto riferito da',
  'secondo quanto riferito dalla', 'secondo quanto riferito dal', 'secondo i dati di', 'secondo i dati della',
  'secondo i dati del', 'secondo i calcoli di', 'secondo le stime di', 'secondo', 'stando a', 'stando ai dati di',
  'dati della', 'dati del', 'statistiche della', 'statistiche del',
];
export const dataNouns = [
  'dati', 'statistiche', 'calcoli', 'stime', 'stima', 'conteggio', 'rapporto', 'cifre', 'numeri', 'aggiornamento',
  'elaborazione', 'elaborazioni', 'ricostruzione', 'analisi', 'quanto riportato', 'quanto riferito', 'informazioni',
  'i calcoli', 'i dati', 'le stime', 'le statistiche', "l'aggiornamento",
];
export const sourceAfter: string[] = [];
export const reportingVerbs = [
  'ha annunciato', 'ha dichiarato', 'ha detto', 'riferisce', 'riporta', 'dichiara', 'afferma', 'ha affermato', 'stima',
  'stimano', 'ha stimato', 'hanno stimato', 'hanno identificato', 'ha identificato', 'ha reso noto', 'hanno reso noto',
  'ha comunicato', 'hanno contato', 'ha contato', 'ha registrato', 'registra', 'ha censito', 'hanno censito', 'sostiene',
  'sostengono', 'scrive', 'ha scritto', 'diffusi da', 'diffuse da', 'pubblicati da',
];
export const backReferences = ['lo riferisce', 'lo riporta', 'lo rende noto', 'questi dati', 'questi numeri', 'tali dati', 'lo ha reso noto'];
export const citingWords = [
  'che cita', 'citando', 'cita', 'si basa su', 'si basa sulle', 'si basa sui', 'a sua volta si basa sulle',
  'a sua volta si basa sui', 'sulla base di', 'sulla base dei dati di', 'che riprende',
];
export const sameSource = ['la stessa fonte', 'stessa fonte', 'medesima fonte', 'stessi dati', 'la procura', "l'ufficio", 'il ministero'];
export const titles = [
  'il', 'la', 'lo', 'i', 'gli', 'le', "l'", 'giornalista', 'presidente', 'ministro', 'deputato', 'deputata', 'portavoce',
  'procuratore', 'direttore', 'direttrice', 'capo', 'analista', 'esperto', 'comandante', 'blogger', 'ucraino', 'ucraina',
  'russo', 'militare', 'indipendente', 'testata', 'emittente',
];
export const canonicalSources: Record<string, string> = {
  cnn: 'CNN', bbc: 'BBC', 'procura generale ucraina': 'Procura generale ucraina', 'procura generale': 'Procura generale',
  'ufficio investigativo statale': 'Ufficio investigativo statale', 'stato maggiore': 'Stato maggiore',
  'ministero della difesa': 'ministero della Difesa',
};
export const nominativeEndings: Array<[string, string]> = [];
export const ownWork = ['secondo i nostri calcoli', 'nostri calcoli', 'nostra elaborazione', 'nostre elaborazioni'];
export const nameConnectors = ['di', 'della', 'del', 'dei', 'degli', 'delle', "dell'"];
export const organisationWords = [
  'procura', 'ufficio', 'ministero', 'servizio', 'agenzia', 'tribunale', 'corte', 'bbc', 'cnn', 'welle', 'mediazona',
  'euronews', 'stato', 'maggiore', 'intelligence', 'istituto', 'comitato',
];
export const sourceHeads = ['procura generale', 'procura', 'ministero', 'ufficio', 'servizio', 'agenzia', 'stato maggiore'];

/** "quoted by": the outlet that quotes the speaker, not the source. */
export const quotedBy = ['citato da', 'citata da', 'citato dalla', 'citata dalla', 'citato dal'];
