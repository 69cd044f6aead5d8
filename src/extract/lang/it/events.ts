// Italian lexicon: events and what a number counts, cues and non-claim filters.
export const events: Record<string, string[]> = {
  awol: [
    'abbandono non autorizzato', 'allontanamento non autorizzato', 'allontanamento', 'allontanamenti',
    'abbandono del reparto', 'abbandonano il reparto', 'abbandona il reparto', 'abbandonato il reparto',
    'abbandonato le proprie posizioni', 'abbandonato la propria unità', 'abbandono della propria unità',
    'assenza ingiustificata', 'assenze ingiustificate', 'senza autorizzazione', 'lasciato il reparto', 'lasciano il reparto',
    'lasciato la propria unità', 'articolo 407', 'articolo 337',
  ],
  desertion: ['diserzion*', 'disertor*', 'disertato', 'disertat*', 'diserta', 'disertano', 'disertare', 'articolo 408', 'articolo 338'],
  awol_or_desertion: [
    'abbandono del reparto e diserzione', 'diserzione e abbandono del reparto', 'allontanamento e diserzione',
    'diserzioni e allontanamenti', 'articoli 407 e 408',
  ],
  return: ['rientrat*', 'rientro', 'rientri', 'rientravano', 'rientrano', 'tornati in servizio', 'tornat* al reparto', 'ritorn*', 'rientrare'],
  defection: ['passati al nemico', 'passat* dalla parte del nemico', 'si sono arresi', 'arresi', 'resa'],
  death: ['morti', 'morto', 'caduti', 'caduto', 'uccisi', 'ucciso', 'deceduti', 'hanno perso la vita', 'perdite umane'],
  self_harm: ['autolesionism*', 'automutilazion*', 'articolo 409'],
};
export const counted = {
  cases: ['procedimenti', 'procedimento', 'procedimenti penali', 'fascicoli', 'fascicolo', 'casi', 'caso', 'indagini', 'denunce', 'inchieste'],
  persons: ['militari', 'soldati', 'persone', 'uomini', 'disertori', 'combattenti', 'reclute', 'caduti', 'morti', 'coscritti', 'di loro'],
  suspects: ['indagati', 'sospettati', 'avvisi di garanzia', 'notifiche di sospetto'],
  court_cases: ['arrivati in tribunale', 'giunti in tribunale', 'rinviati a giudizio'],
  convictions: ['condanne', 'condanna', 'sentenze', 'sentenza', 'verdetti', 'condannati'],
};
export const courtWords = ['tribunal*', 'giudic*', 'corte', 'corti'];
export const recordWords = ['record', 'più alto', 'più alta', 'picco', 'massimo storico', 'mai registrato', 'primato', 'il più elevato'];
export const projectionWords = ['potrebbe', 'potrebbero', 'dovrebbe', 'dovrebbero', 'si prevede', 'previst*', 'previsione', 'rischia di', 'supererà', 'raggiungerà'];
export const comparisonWords = ['rispetto a', 'rispetto al', 'rispetto alla', "rispetto all'", 'rispetto ai', 'che nel', 'che in', 'contro', 'di quanti', 'di quelli'];
export const nonClaimUnits = [
  'anni', 'anno', 'mesi', 'mese', 'settimane', 'settimana', 'giorni', 'giorno', 'ore', 'ora', 'minuti', 'gradi', '°', '°c',
  'euro', '€', 'dollari', 'rubli', 'grivne', 'grivnie', 'hryvnia', 'pagine', 'chilometri', 'km', 'telefonate', 'visite',
  'tonnellate', 'chili', 'kg', 'enne',
];
export const nonClaimBefore = [
  'articolo', 'articoli', 'art.', 'comma', 'paragrafo', 'numero', 'n.', 'tel.', 'telefono', 'alle', 'ore', "all'età di",
  'età di', 'soglia dei', 'soglia delle', 'quota', 'brigata', 'pagina', '€', '$',
];
export const meanAgeWords = ['età media', "l'età media", 'età mediana'];
export const anchorWords = ['numero', 'cifra', 'totale', 'dato', 'bilancio', 'conteggio'];
