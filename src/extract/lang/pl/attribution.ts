// Polish attribution: who the text says a figure comes from, and how to name it in the nominative.
export const sourceBefore = [
  'według', 'wg', 'jak podaje', 'jak podał', 'jak podała', 'jak podało', 'jak informuje', 'jak poinformował',
  'jak poinformowała', 'jak poinformowało', 'wynika z danych', 'z danych', 'dane', 'jak wynika z danych', 'wynika z',
];
/** "cytowany przez „Financial Times” przedstawiciel …": the newspaper only quotes; the official is the source. */
export const quotedBy = [
  'cytowany przez', 'cytowana przez', 'cytowane przez', 'cytowani przez', 'na które powołuje się', 'na który powołuje się',
  'na które powołują się', 'na którą powołuje się', 'na którego powołuje się',
];
export const dataNouns = ['danych', 'dane', 'statystyk', 'statystyki', 'wyliczeń', 'szacunków', 'obliczeń', 'raportu', 'informacji', 'danymi', 'zestawienia', 'analizy'];
export const sourceAfter: string[] = [];
export const reportingVerbs = [
  'podał*', 'podaje', 'podało', 'poinformował*', 'poinformowało', 'przekazał*', 'przekazało', 'twierdzi', 'twierdzą',
  'ocenia', 'oceniają', 'szacuje', 'szacują', 'wylicza', 'wyliczył*', 'powiedział*', 'mówi', 'oświadczył*', 'informuje',
  'ustalił*', 'naliczył*', 'odnotował*', 'zidentyfikował*', 'pisze', 'napisał*',
];
export const backReferences = ['wynika z', 'takie dane', 'te dane', 'o tym'];
/** "X, na które powołuje się Y" and "Y, powołując się na X": the data origin wins over the outlet. */
export const citingWords = ['powołując się na', 'za'];
export const sameSource = ['tego samego źródła', 'to samo źródło', 'tych samych danych', 'jego słowami', 'jego słowach', 'jej słowach', 'resortu', 'biura', 'agencji'];
export const titles = [
  'dziennikarz', 'dziennikarza', 'prezydent', 'prezydenta', 'minister', 'ministra', 'deputowany', 'deputowanego', 'rzecznik',
  'rzecznika', 'szef', 'szefa', 'dyrektor', 'dyrektora', 'analityk', 'analityka', 'ekspert', 'eksperta', 'dowódca', 'dowódcy',
  'agencja', 'agencji', 'agencję', 'dziennik', 'dziennika', 'gazeta', 'gazety', 'serwis', 'serwisu', 'portal', 'portalu',
  'tamtejsza', 'tamtejszej',
];
/** Known sources in any case → the nominative. */
export const canonicalSources: Record<string, string> = {
  bloomberga: 'Bloomberg', bloombergiem: 'Bloomberg', mediazony: 'Mediazona', mediazonie: 'Mediazona', mediazoną: 'Mediazona',
  reutersa: 'Reuters', 'financial timesa': 'Financial Times', 'prokuratury generalnej ukrainy': 'Prokuratura Generalna Ukrainy',
  'prokuratury generalnej': 'Prokuratura Generalna', 'państwowego biura śledczego': 'Państwowe Biuro Śledcze',
  'prokuratury obwodowej': 'prokuratura obwodowa', 'ministerstwa obrony': 'Ministerstwo Obrony',
};
/** Genitive/dative/locative endings → nominative, word by word ("Prokuratury Generalnej" → "Prokuratura Generalna"). */
export const nominativeEndings: Array<[string, string]> = [
  ['skiego', 'ski'], ['ckiego', 'cki'], ['skiej', 'ska'], ['ckiej', 'cka'], ['nego', 'ny'], ['nej', 'na'], ['owego', 'owe'],
  ['czego', 'cze'], ['atury', 'atura'], ['cji', 'cja'], ['iura', 'iuro'], ['stwa', 'stwo'], ['ztwa', 'ztwo'], ['ctwa', 'ctwo'],
  ['sztabu', 'sztab'], ['ądu', 'ąd'], ['ędu', 'ąd'], ['rady', 'rada'], ['służby', 'służba'], ['straży', 'straż'],
  ['odzie', 'ód'], ['odu', 'ód'], ['skim', 'ski'], ['ckim', 'cki'], ['ady', 'ada'], ['dzie', 'da'],
];
export const ownWork = ['według naszych wyliczeń', 'z naszych wyliczeń', 'według naszych obliczeń'];
export const nameConnectors = ['i'];
export const organisationWords = [
  'prokuratura', 'prokuratury', 'biuro', 'biura', 'ministerstwo', 'ministerstwa', 'sztab', 'sztabu', 'służba', 'służby',
  'agencja', 'wywiad', 'wywiadu', 'sąd', 'sądu', 'times', 'bbc', 'mediazona', 'państwowe', 'generalna', 'generalnej',
];
export const sourceHeads = ['prokuratura', 'prokuratura obwodowa', 'prokuratura generalna', 'ministerstwo', 'biuro', 'służby', 'przedstawiciel', 'sąd', 'sądy'];
