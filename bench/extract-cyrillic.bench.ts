// Extraction throughput on Cyrillic (Ukrainian and Russian) news-like text, beside chrono-node's uk/ru
// date parsing over the same text in the same run. Prints figures; never asserts timings.
//
//   npx tsx bench/extract-cyrillic.bench.ts            # about 1 MB per language (CI-sized)
//   BENCH_CYRILLIC_MB=8 npx tsx bench/extract-cyrillic.bench.ts   # larger texts
import * as chrono from 'chrono-node';
import { extractClaims } from '../src/extract';
import { engineSetting, inTurns, medianRound } from './cpu-time';
import { rng } from './rng';

const MB_PER_LANGUAGE = Number(process.env.BENCH_CYRILLIC_MB ?? 1);
const PUBLISHED = '2025-11-18';


type Pick = <T>(xs: readonly T[]) => T;

export const UK = {
  months: ['січні', 'лютому', 'березні', 'квітні', 'травні', 'червні', 'липні', 'серпні', 'вересні', 'жовтні'],
  spans: ['за січень–жовтень 2025 року', 'з початку року', 'за перше півріччя 2025 року', 'за 9 місяців 2024 року', 'з початку повномасштабного вторгнення', 'минулого року'],
  sources: ['за даними Офісу генпрокурора', 'повідомило ДБР', 'як повідомила обласна прокуратура', 'за словами речника Віталія Коваля', 'згідно з відповіддю Міноборони'],
  qualifiers: ['', 'понад ', 'майже ', 'близько ', 'щонайменше '],
  counted: ['кримінальних проваджень про СЗЧ', 'справ про дезертирство', 'проваджень за статтею 407', 'військовослужбовців повернулися до служби', 'повідомлень про підозру'],
  filler: [
    'Засідання суду перенесли на 14:30 через повітряну тривогу.',
    'Юристи нагадують, що за дезертирство загрожує від 5 до 12 років позбавлення волі.',
    'Консультації надають за телефоном (044) 555-01-23 у робочі дні.',
    'Сайт проєкту за тиждень відвідали понад 2 млн разів.',
    '27-річний військовий пояснив, що залишив частину через хворобу матері.',
    'Удень у регіоні до +31 °C, вночі прохолодніше.',
    'Командування бригади відмовилося коментувати ситуацію до 30 серпня.',
  ],
  sentence(pick: Pick, n: () => string): string {
    const forms = [
      () => `${cap(pick(this.spans))} зареєстровано ${pick(this.qualifiers)}${n()} ${pick(this.counted)}, ${pick(this.sources)}.`,
      () => `У ${pick(this.months)} щомісяця фіксували від ${n()} до ${n()} тис. ${pick(this.counted)}.`,
      () => `Це вчетверо більше, ніж за аналогічний період минулого року, ${pick(this.sources)}.`,
      () => `${cap(pick(this.sources))}, ${pick(this.spans)} ${pick(this.qualifiers)}${n()} ${pick(this.counted)}.`,
      () => `Кількість ${pick(this.counted)} у ${pick(this.months)} зросла у п'ять разів і сягнула двадцяти однієї тисячі.`,
    ];
    return pick(forms)();
  },
};

export const RU = {
  months: ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре'],
  spans: ['за первое полугодие 2025 года', 'с начала года', 'за одиннадцать месяцев 2025 года', 'с начала полномасштабного вторжения', 'в прошлом году', 'с 1 января по 30 апреля 2025 года'],
  sources: ['по данным «Медиазоны»', 'сообщил «Коммерсантъ»', 'как сообщила пресс-служба суда', 'по словам адвоката Ивана Петрова', 'следует из подсчётов издания'],
  qualifiers: ['', 'более ', 'свыше ', 'около ', 'почти ', 'не менее '],
  counted: ['уголовных дел о самовольном оставлении части', 'приговоров по статье 338', 'дел о дезертирстве', 'военнослужащих сдались в плен', 'погибших военных'],
  filler: [
    'Заседание назначено на 10:00 по московскому времени.',
    'По части 5 статьи 337 УК грозит от пяти до десяти лет лишения свободы.',
    '19-летний срочник из Бурятии получил пять лет колонии.',
    'Полный список занимает более 900 страниц.',
    'Закон был подписан 24 сентября 2022 года, вскоре после объявления мобилизации.',
    'На горячую линию поступило свыше 26 тысяч звонков.',
    'Днём в регионе до −5 °C.',
  ],
  sentence(pick: Pick, n: () => string): string {
    const forms = [
      () => `${cap(pick(this.spans))} гарнизонные суды получили ${pick(this.qualifiers)}${n()} ${pick(this.counted)}, ${pick(this.sources)}.`,
      () => `В ${pick(this.months)} ежемесячно регистрировали от ${n()} до ${n()} тыс. ${pick(this.counted)}.`,
      () => `Это вдвое больше, чем годом ранее, ${pick(this.sources)}.`,
      () => `${cap(pick(this.sources))}, ${pick(this.spans)} ${pick(this.qualifiers)}${n()} ${pick(this.counted)}.`,
      () => `Число ${pick(this.counted)} в ${pick(this.months)} выросло в пять раз и достигло двадцати одной тысячи.`,
    ];
    return pick(forms)();
  },
};

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function generate(lang: typeof UK | typeof RU, seed: number, bytes: number): string {
  const r = rng(seed);
  const pick: Pick = (xs) => xs[Math.floor(r() * xs.length)]!;
  const n = () => {
    const x = Math.floor(r() * 400_000);
    const style = r();
    if (style < 0.4) return x.toLocaleString('uk-UA'); // narrow/no-break-space thousands
    if (style < 0.7) return String(x % 1000);
    return `${(x % 900) / 10}`.replace('.', ',');
  };
  const paragraphs: string[] = [];
  let size = 0;
  while (size < bytes) {
    const sentences: string[] = [];
    const count = 3 + Math.floor(r() * 3);
    for (let i = 0; i < count; i++) sentences.push(r() < 0.3 ? pick(lang.filler) : lang.sentence(pick, n));
    const p = sentences.join(' ');
    paragraphs.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return paragraphs.join('\n\n');
}

const ROUNDS = Number(process.env.BENCH_CYRILLIC_ROUNDS ?? 5);

const ref = new Date(`${PUBLISHED}T12:00:00Z`);
function run(): void {
  console.log(`engine: ${engineSetting()} (both sides)`);
  console.log(`Cyrillic extraction throughput (${MB_PER_LANGUAGE} MB per language; BENCH_CYRILLIC_MB to change), one core, median of ${ROUNDS} rounds`);
  console.log('language  bytes       absentia MB/s  claims   chrono MB/s  dates');
  for (const [code, lang, seed] of [['uk', UK, 1], ['ru', RU, 2]] as const) {
    const text = generate(lang, seed, MB_PER_LANGUAGE * 1024 * 1024);
    const bytes = Buffer.byteLength(text);
    const extractText = () => extractClaims(text, { published: PUBLISHED, language: code });
    const parseDates = () => chrono[code].parse(text, ref);
    extractText(); // warm-up on the same input
    parseDates();
    const turns = inTurns(ROUNDS, extractText, parseDates);
    const [ours, theirs] = [medianRound(turns.ours), medianRound(turns.theirs)];
    const mbps = (seconds: number) => (bytes / 1024 / 1024 / seconds).toFixed(2);
    console.log(
      `${code.padEnd(10)}${String(bytes).padEnd(12)}${mbps(ours.seconds).padEnd(15)}${String(ours.result.length).padEnd(9)}${mbps(theirs.seconds).padEnd(13)}${theirs.result.length}`,
    );
  }
}

if (process.argv[1]?.endsWith('extract-cyrillic.bench.ts')) run();
