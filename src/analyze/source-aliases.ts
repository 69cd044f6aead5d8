// The sources registry's data: one entry per source, with its names in every language we meet.
// `tier` orders a chain of citations: 0 an official register or agency, 1 a data project or analyst
// that works from it, 2 a news outlet or relay. Add a source here; matching is in sources.ts.

export interface SourceEntry {
  id: string;
  name: string;
  tier: 0 | 1 | 2;
  aliases: string[];
}

export const SOURCES: SourceEntry[] = [
  {
    id: 'ua-pgo',
    name: "Prosecutor General's Office of Ukraine",
    tier: 0,
    aliases: [
      "Prosecutor General's Office", 'Prosecutor General Office', "Prosecutor's Office", 'Office of the Prosecutor General',
      'PGO', 'OGP', 'Офіс генпрокурора', 'Офіс Генерального прокурора', 'ОГП', 'Генпрокуратура', 'генеральна прокуратура',
      'Офис генпрокурора', 'Офис генерального прокурора', 'Генпрокуратура Украины', 'Prokuratura Generalna',
      'Prokuratury Generalnej', 'Generalstaatsanwaltschaft', 'Procura generale', 'Parquet général', 'Bureau du procureur général',
      'Fiscalía General', 'Procuradoria-Geral', 'Unified report on criminal offences', 'Єдиний звіт про кримінальні правопорушення',
    ],
  },
  { id: 'ua-up', name: 'Ukrainska Pravda', tier: 2, aliases: ['Ukrainska Pravda', 'UP', 'Українська правда', 'Украинская правда', 'pravda.com.ua'] },
  { id: 'ua-nv', name: 'NV', tier: 2, aliases: ['NV', 'Новое время', 'Новий час', 'nv.ua'] },
  { id: 'ua-slovo-i-dilo', name: 'Slovo i Dilo', tier: 1, aliases: ['Slovo i Dilo', 'Слово і діло', 'Слово и дело', 'slovoidilo.ua'] },
  { id: 'ua-opendatabot', name: 'Opendatabot', tier: 1, aliases: ['Opendatabot', 'Опендатабот'] },
  {
    id: 'ua-sbi',
    name: 'State Bureau of Investigation (Ukraine)',
    tier: 0,
    aliases: ['State Bureau of Investigation', 'SBI', 'ДБР', 'Державне бюро розслідувань', 'ГБР', 'Государственное бюро расследований', 'Staatliches Ermittlungsbüro', 'Państwowe Biuro Śledcze'],
  },
  {
    id: 'ua-hur',
    name: 'HUR (Defence Intelligence of Ukraine)',
    tier: 0,
    aliases: ['HUR', 'GUR', 'Defence Intelligence of Ukraine', 'Defense Intelligence of Ukraine', 'Military Intelligence', 'ГУР', 'Головне управління розвідки', 'воєнна розвідка', 'Главное управление разведки', 'ukrainischer Militärgeheimdienst', 'wywiad wojskowy', 'Andrii Yusov', 'Andriy Yusov'],
  },
  { id: 'ua-i-want-to-live', name: "'I Want to Live' project", tier: 1, aliases: ['I Want to Live', 'Хочу жити', 'Хочу жить', 'Vitaliy Matvienko'] },
  { id: 'ua-judiciary', name: 'Judiciary of Ukraine (press service)', tier: 0, aliases: ['press center of the judiciary', 'judiciary press service', 'судова влада', 'source in the judiciary', 'State Judicial Administration', 'ДСА'] },
  { id: 'ua-general-staff', name: 'General Staff of the Armed Forces of Ukraine', tier: 0, aliases: ['General Staff', 'Генштаб', 'Генеральний штаб'] },
  { id: 'ua-boiko', name: 'Volodymyr Boiko', tier: 1, aliases: ['Volodymyr Boiko', 'Vladimir Boyko', 'Володимир Бойко', 'Владимир Бойко', 'Boiko'] },
  { id: 'ua-honcharenko', name: 'Oleksiy Honcharenko', tier: 1, aliases: ['Oleksiy Honcharenko', 'Oleksii Honcharenko', 'Олексій Гончаренко', 'Алексей Гончаренко', 'Honcharenko', 'Hontscharenko'] },
  { id: 'ua-lutsenko', name: 'Ihor Lutsenko', tier: 1, aliases: ['Ihor Lutsenko', 'Ігор Луценко', 'Игорь Луценко'] },
  { id: 'ru-mediazona', name: 'Mediazona', tier: 1, aliases: ['Mediazona', 'Mediazone', 'Медиазона', 'Медіазона', 'zona.media'] },
  { id: 'ru-bbc-russian', name: 'BBC Russian Service', tier: 1, aliases: ['BBC Russian Service', 'Russian BBC', 'BBC Russian', 'Русская служба Би-би-си', 'Би-би-си', 'BBC'] },
  { id: 'ru-judicial-department', name: 'Judicial Department at the Supreme Court of Russia', tier: 0, aliases: ['Judicial Department', 'Судебный департамент'] },
  { id: 'ru-istories', name: 'iStories', tier: 1, aliases: ['iStories', 'Important Stories', 'Важные истории'] },
  { id: 'ru-meduza', name: 'Meduza', tier: 2, aliases: ['Meduza', 'Медуза'] },
  { id: 'ru-idite-lesom', name: "'Idite lesom'", tier: 1, aliases: ['Idite lesom', 'Идите лесом', 'Grigory Sverdlin', 'Григорий Свердлин'] },
  { id: 'uk-defence-intelligence', name: 'UK Defence Intelligence', tier: 1, aliases: ['UK Defence Intelligence', 'UK Ministry of Defence', 'British Defence Intelligence', 'Британская разведка', 'Минобороны Великобритании'] },
  { id: 'ft', name: 'Financial Times', tier: 2, aliases: ['Financial Times', 'FT'] },
  { id: 'dw', name: 'DW', tier: 2, aliases: ['DW', 'Deutsche Welle'] },
  { id: 'tass', name: 'TASS', tier: 2, aliases: ['TASS', 'ТАСС'] },
  { id: 'ria', name: 'RIA Novosti', tier: 2, aliases: ['RIA', 'РИА Новости', 'RIA Novosti'] },
  { id: 'rt', name: 'RT', tier: 2, aliases: ['RT', 'RT DE', 'Russia Today'] },
  { id: 'interfax-ukraine', name: 'Interfax-Ukraine', tier: 2, aliases: ['Interfax-Ukraine', 'Інтерфакс-Україна', 'Интерфакс-Украина'] },
  { id: 'hromadske', name: 'Hromadske', tier: 2, aliases: ['hromadske', 'Громадське'] },
  { id: 'do-rzeczy', name: 'Do Rzeczy', tier: 2, aliases: ['Do Rzeczy', 'Do Rzezcy', 'dorzeczy.pl'] },
  { id: 'mdr', name: 'MDR', tier: 2, aliases: ['MDR', 'Mitteldeutscher Rundfunk'] },
];

/**
 * Outlets that recycle figures without checking them (content farms and propaganda aggregators, see
 * data/README.md "Who re-reports whom"). Their figures are still listed and checked, but when figures
 * conflict they are the last to be believed. Matched on the publisher's domain, subdomains included.
 */
export const LOW_RELIABILITY_OUTLETS: readonly string[] = [
  'news-pravda.com', 'hellboundanddown.com', 'worldatlarge.org', 'swiftupdate.us', 'pulsereport.net', 'centralbulletin.com',
  'indiansdaily.com', 'brighteon.com', 'pledgetimes.com', 'oikosix.com', 'almayadeen.net', 'feedman.info',
  'noticiabrasil.net.br', 'kharkovnews.ru', 'pytalovo-news.ru', 'moneytimes.ru', 'politnavigator.news', 'flashback.org', 'rt.com',
];
