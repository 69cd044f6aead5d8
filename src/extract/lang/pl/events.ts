// Polish lexicon: events and what a number counts (with their cases), cues and non-claim filters.
export const events: Record<string, string[]> = {
  awol: [
    'samowoln* oddaleni*', 'samowoln* opuszczeni*', 'samowolnie opuścil*', 'samowolnie opuścił*', 'samowolnie porzucil*',
    'samowolnie porzucił*', 'samowolnie odchodz*', 'samowolnie odszedł*', 'samowolnie odeszł*', 'samowoln* porzuceni*',
    'samowolnie opuszcza*', 'opuścili jednostk*', 'opuściło jednostk*', 'opuszczają jednostk*', 'opuszcza jednostk*',
    'opuszczenia jednostki', 'opuszczeniem jednostki', 'bez zgody', 'bez pozwolenia', 'samowolk*', 'art. 407', 'artykułu 407',
  ],
  desertion: ['dezercj*', 'dezerter*', 'zdezerterowa*', 'dezerterowa*', 'dezerteruj*', 'art. 408', 'artykułu 408'],
  awol_or_desertion: [
    'samowolne opuszczenie jednostki i dezercję', 'samowolnego opuszczenia jednostki i dezercji', 'samowolne oddalenie i dezercja',
    'art. 407 i 408',
  ],
  return: [
    'wróciło', 'wrócił*', 'powrócił*', 'powróciło', 'powrot*', 'powrót', 'do służby zgłosił*', 'do służby zgłosiło',
    'wraca*', 'wrócą', 'wrócić',
  ],
  defection: [
    'przeszli na stronę wroga', 'przeszło na stronę wroga', 'na stronę wroga przeszło', 'na stronę wroga przeszli',
    'przejście na stronę wroga', 'poddał* się', 'poddało się', 'kapitulacj*',
  ],
  death: [
    'zginęło', 'zginęli', 'zginął', 'zginęła', 'poległo', 'polegli', 'poległ*', 'zabitych', 'zabici', 'zabito', 'zmarło',
    'zmarli', 'ofiar śmiertelnych', 'zabitymi',
  ],
  self_harm: ['samookaleczeni*', 'samookalecz*', 'art. 409'],
};
export const counted = {
  cases: [
    'postępowań', 'postępowania', 'postępowanie', 'postępowaniach', 'postępowań karnych', 'spraw', 'sprawy', 'sprawa',
    'sprawach', 'śledztw', 'śledztwa', 'przypadków', 'przypadki', 'zawiadomień',
  ],
  persons: [
    'żołnierzy', 'żołnierze', 'żołnierz', 'wojskowych', 'wojskowi', 'osób', 'osoby', 'ludzi', 'dezerterów', 'mężczyzn',
    'poborowych', 'zmobilizowanych', 'uciekinierów', 'zabitych', 'poległych', 'z nich',
  ],
  suspects: ['podejrzanych', 'podejrzani', 'zarzutów', 'zarzuty', 'zawiadomień o podejrzeniu', 'podejrzeń'],
  court_cases: ['trafiło do sądów', 'trafiło do sądu', 'trafiły do sądów', 'aktów oskarżenia'],
  convictions: ['wyroków', 'wyroki', 'wyrok', 'skazań', 'skazanych', 'skazani', 'orzeczeń'],
};
export const courtWords = ['sąd*', 'sędzi*', 'trybunał*'];
export const recordWords = ['rekord*', 'najwięcej', 'najwyższ*', 'szczyt*', 'największ*'];
export const projectionWords = [
  'może sięgnąć', 'może przekroczyć', 'może wynieść', 'mogą sięgnąć', 'mogą przekroczyć', 'prognoz*', 'przewiduj*',
  'spodziewa* się', 'sięgnie', 'przekroczy', 'wyniesie',
];
export const comparisonWords = ['niż', 'w porównaniu z', 'w porównaniu do', 'wobec', 'względem', 'w stosunku do'];
export const nonClaimUnits = [
  'lat', 'lata', 'latach', 'rok', 'roku', 'r.', 'letni*', '-letni*', 'miesięcy', 'miesiące', 'miesiąc', 'tygodni', 'tygodnie',
  'dni', 'dzień', 'godzin', 'godziny', 'godz.', 'minut', 'złotych', 'zł', 'euro', 'dolarów', 'hrywien', 'hrywny', 'rubli',
  'stron', 'stopni', '°', '°c', 'km', 'kilometrów', 'telefonów', 'odwiedzin', 'ton', 'kg',
];
export const nonClaimBefore = [
  'art.', 'artykuł', 'artykułu', 'artykułem', 'artykułów', 'paragraf', '§', 'część', 'części', 'cz.', 'pkt', 'punkt', 'numer',
  'nr', 'nr.', 'tel.', 'telefon', 'godz.', 'o godz.', 'o godzinie', 'strona', 'brygada', 'brygady', 'zł', '$', '€',
];
export const meanAgeWords = ['średni wiek', 'średnia wieku', 'średnim wieku'];
export const anchorWords = ['liczba', 'liczby', 'wynik', 'suma', 'łączna liczba'];
