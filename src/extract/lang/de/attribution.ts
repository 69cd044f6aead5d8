// German attribution: who the text says a figure comes from, and how to name it in the nominative.
export const sourceBefore = [
  'laut', 'nach angaben von', 'nach angaben der', 'nach angaben des', 'nach angaben', 'nach informationen von',
  'nach informationen der', 'nach informationen des', 'nach daten der', 'nach daten des', 'nach daten von',
  'nach schätzungen von', 'nach schätzungen der', 'nach schätzungen des', 'nach schätzungen', 'nach berechnungen von',
  'nach berechnungen der', 'nach berechnungen des', 'nach zählung von', 'nach zählung der', 'nach zählung des',
  'gemäß', 'zahlen der', 'zahlen des', 'daten der', 'daten des', 'angaben der', 'angaben des', 'angaben von',
  'statistik der', 'statistik des',
];
export const dataNouns = [
  'zahlen', 'daten', 'statistik', 'statistiken', 'angaben', 'berechnungen', 'schätzungen', 'schätzung', 'zählung',
  'auswertung', 'bericht', 'informationen', 'erhebung', 'analyse', 'worten',
];
/** After the source: "der Generalstaatsanwaltschaft zufolge", "nach Selenskyjs Worten". */
export const sourceAfter = ['zufolge', 'worten', 'angaben zufolge', 'zählung', 'zählung zufolge', 'schätzung', 'schätzungen', 'berechnungen'];
export const reportingVerbs = [
  'sagte*', 'sagt', 'erklärte*', 'erklärt', 'berichtet*', 'teilte* mit', 'teilt mit', 'teilte', 'teilten', 'meldet*', 'angegeben', 'genannt',
  'schätzt', 'schätzen', 'schätzte*', 'gehen von', 'geht von', 'bezifferte*', 'beziffert', 'nannte*', 'mitgeteilt',
  'veröffentlicht*', 'dokumentiert*', 'räumte* ein',
  'bestätigte*',
];
/** Phrases handing the figures just given to the source that follows ("Das geht aus Zahlen der X hervor"). */
export const backReferences = [
  'das geht aus', 'dies geht aus', 'das berichtet', 'das teilte', 'das meldet', 'das meldete', 'das sagte',
  'das ergibt sich aus', 'diese zahlen', 'diese angaben',
];
/** "X unter Berufung auf Y", "Zahlen der Y, über die X berichtet": the data origin is Y. */
export const citingWords = [
  'unter berufung auf', 'unter verweis auf', 'beruft sich auf', 'berufen sich auf', 'stützt sich auf', 'zitiert',
  'mit verweis auf',
];
export const sameSource = [
  'das', 'dies', 'derselben quelle', 'dieselbe quelle', 'der gleichen quelle', 'ebenda', 'er', 'sie', 'seinen worten', 'ihren worten',
  'der behörde', 'die behörde', 'der sender', 'des senders', 'die ermittler', 'der ermittler', 'die staatsanwälte',
];
/** Titles and roles dropped from a person's name ("Präsident Wolodymyr Selenskyj" → "Wolodymyr Selenskyj"). */
export const titles = [
  'präsident', 'präsidenten', 'staatschef', 'minister*', 'verteidigungsminister*', 'abgeordnete*', 'journalist*',
  'sprecher*', 'sprecherin', 'generalstaatsanwalt', 'oberbefehlshaber*', 'chef', 'direktor*', 'leiter*', 'analyst*',
  'militärexperte*', 'experte*', 'kommandeur*', 'ombudsmann', 'der', 'die', 'des', 'dem',
];
/** Known sources in any case → the nominative. */
export const canonicalSources: Record<string, string> = {
  'staatlichen ermittlungsbüros': 'Staatliches Ermittlungsbüro', 'staatliche ermittlungsbüro': 'Staatliches Ermittlungsbüro',
  'staatlichen ermittlungsbüro': 'Staatliches Ermittlungsbüro', 'verteidigungsministeriums': 'Verteidigungsministerium',
  'generalstabs': 'Generalstab', 'generalstabes': 'Generalstab', 'selenskyjs': 'Selenskyj', 'putins': 'Putin',
  'westliche nachrichtendienste': 'westliche Nachrichtendienste', 'westlicher nachrichtendienste': 'westliche Nachrichtendienste',
  'westlichen nachrichtendiensten': 'westliche Nachrichtendienste', 'britischer geheimdienste': 'britische Geheimdienste',
  'britische geheimdienste': 'britische Geheimdienste', 'britischen geheimdiensten': 'britische Geheimdienste',
};
/** Genitive endings of a name → nominative ("des Verteidigungsministeriums" → "Verteidigungsministerium"). */
export const nominativeEndings: Array<[string, string]> = [
  ['ministeriums', 'ministerium'], ['büros', 'büro'], ['dienstes', 'dienst'], ['stabs', 'stab'], ['stabes', 'stab'],
  ['amtes', 'amt'], ['amts', 'amt'], ['gerichts', 'gericht'], ['gerichtes', 'gericht'], ['komitees', 'komitee'],
];
export const ownWork = ['nach eigenen berechnungen', 'nach unseren berechnungen', 'nach eigener zählung', 'eigene berechnungen'];
export const nameConnectors = ['der', 'des', 'für', 'von'];
export const organisationWords = [
  'generalstaatsanwaltschaft', 'staatsanwaltschaft', 'ermittlungsbüro', 'ministerium', 'verteidigungsministerium',
  'welle', 'dienst', 'dienste', 'nachrichtendienste', 'geheimdienst', 'geheimdienste', 'gericht', 'büro', 'amt', 'bbc',
  'agentur', 'zeitung', 'sender', 'institut', 'stab', 'generalstab',
];
export const sourceHeads = ['staatsanwaltschaft', 'generalstaatsanwaltschaft', 'ministerium', 'behörde', 'nachrichtendienste', 'geheimdienste', 'gerichte'];

/** "quoted by": the outlet that quotes the speaker, not the source. */
export const quotedBy = ['zitiert von', 'zitiert vom', 'zitiert in'];
