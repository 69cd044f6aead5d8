// German lexicon: events and what a number counts (with their inflections), cues and non-claim filters.

export const events: Record<string, string[]> = {
  awol: [
    'unerlaubt* entfernung von der truppe', 'unerlaubt von der truppe entfernt', 'eigenmächtig', 'eigenmächtige* entfernung*',
    'unerlaubt entfernt', 'unerlaubt abwesend', 'eigenmächtige* verlassen*',
    'eigenmächtiges verlassen*', 'eigenmächtig verlassen', 'eigenmächtige abwesenheit', 'unerlaubte abwesenheit',
    'unerlaubten abwesenheit', 'unerlaubtes verlassen*', 'unerlaubten verlassen*', 'unerlaubt verlassen',
    'ohne erlaubnis verlassen', 'ohne genehmigung verlassen', 'einheit verlassen', 'einheiten verlassen',
    'verlassen ihre einheit*', 'verlassen eigenmächtig', 'truppe verlassen', 'eigenmächtig entfernt', 'awol',
    'ohne erlaubnis', 'ohne genehmigung', 'artikel 407', 'art. 407', 'artikel 337', 'art. 337',
  ],
  desertion: [
    'fahnenflucht', 'fahnenflüchtig*', 'desertion*', 'deserteur*', 'desertiert*', 'desertier*', 'artikel 408',
    'art. 408', 'artikel 338', 'art. 338',
  ],
  awol_or_desertion: [
    'unerlaubter entfernung und fahnenflucht', 'unerlaubte entfernung und fahnenflucht', 'awol und desertion',
    'fahnenflucht und unerlaubte entfernung', 'artikel 407 und 408', 'artikeln 407 und 408',
  ],
  return: [
    'zurückgekehrt', 'zurückgekehrte*', 'zurückkehrt*', 'kehrten * zurück', 'kehrten zurück', 'kehrte zurück',
    'rückkehr*', 'rückkehrer*', 'in den dienst zurück', 'wieder in den dienst', 'zum dienst zurück',
  ],
  defection: [
    'übergelaufen*', 'überläufer*', 'zum feind übergelaufen', 'auf die seite des feindes', 'ergeben haben',
    'sich ergeben', 'ergaben sich', 'kapituliert*',
  ],
  death: [
    'getötet*', 'gefallen', 'gefallene*', 'ums leben gekommen', 'tote', 'toten', 'todesopfer', 'gestorben',
    'kriegstote*', 'umgekommen', 'starben', 'gefallenen', 'getötete*', 'verluste an toten',
  ],
  self_harm: ['selbstverstümmelung*', 'selbst verstümmelt', 'selbstverletzung*', 'sich selbst verletzt', 'artikel 409'],
};
export const counted = {
  cases: [
    'strafverfahren', 'verfahren', 'ermittlungsverfahren', 'fälle*', 'fall', 'strafsachen', 'strafanzeigen',
    'ermittlungen',
  ],
  persons: [
    'soldat*', 'militärangehörige*', 'armeeangehörige*', 'personen', 'menschen', 'männer*', 'kämpfer*', 'deserteur*',
    'rekruten', 'wehrpflichtige*', 'mobilisierte*', 'gefallene*', 'tote', 'toten', 'überläufer*', 'militärs',
    'rückkehrer*', 'getötete*', 'von ihnen', 'armeeangehörigen',
  ],
  suspects: ['verdächtige*', 'tatverdächtige*', 'verdachtsmitteilung*', 'beschuldigte*'],
  court_cases: ['vor gericht gebracht', 'an die gerichte', 'bei gericht eingegangen', 'gingen bei gericht', 'gerichtsverfahren', 'anklagen'],
  convictions: ['urteile*', 'urteil', 'verurteilung*', 'schuldsprüche*', 'verurteilte*', 'strafurteile*'],
};
export const courtWords = ['gericht*', 'militärgericht*', 'richter*'];
export const recordWords = [
  'rekord*', 'höchststand*', 'höchstwert*', 'höchste*', 'so viele wie nie', 'noch nie so viele', 'spitzenwert*',
  'allzeithoch', 'höhepunkt*', 'am meisten',
];
export const projectionWords = [
  'könnte*', 'dürfte*', 'voraussichtlich', 'erwartet*', 'prognose*', 'prognostiziert*', 'wird * erreichen',
  'werden * erreichen', 'steigen könnte', 'rechnen mit', 'rechnet mit', 'auf dem weg zu',
];
export const comparisonWords = ['im vergleich zu', 'im vergleich zum', 'verglichen mit', 'gegenüber', 'als im', 'als in', 'als'];
/** A number followed by these is no claim (prison terms, durations, money, temperature, time, pages). */
export const nonClaimUnits = [
  'jahre', 'jahren', 'jahr', 'jährige*', 'jähriger', 'monate', 'monaten', 'wochen', 'woche', 'tage', 'tagen', 'tag',
  'stunden', 'stunde', 'minuten', 'uhr', 'grad', '°c', '°', 'euro', 'eur', 'dollar', 'us-dollar', 'rubel', 'hrywnja',
  'hrywnjas', 'hrywnien', 'griwna', 'griwen', 'seiten', 'kilometer', 'km', 'prozentpunkte', 'anrufe', 'aufrufe',
  'besuche', 'kilogramm', 'kg', 'tonnen',
];
/** Words before a number that make it no claim ("Artikel 407", "Absatz 5", "Nr. 3"). */
export const nonClaimBefore = [
  'artikel', 'artikeln', 'art.', 'paragraf', 'paragraph', 'paragrafen', '§', '§§', 'absatz', 'abs.', 'teil', 'nummer',
  'nr.', 'tel.', 'telefon', 'hotline', 'seite', 'seiten', 'kapitel', 'alter von', 'im alter von', 'brigade', '€', '$',
  'us$', 'usd', 'eur', 'uah',
];
export const meanAgeWords = ['durchschnittsalter', 'durchschnittliche alter', 'mittlere alter'];
export const anchorWords = ['zahl', 'anzahl', 'gesamtzahl', 'summe', 'wert'];
