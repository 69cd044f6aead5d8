// Interface text in English and Ukrainian. Data (quotes, source names) is shown as published.
const en = {
  overview: 'Overview', charts: 'Charts', claims: 'Claims', documents: 'Documents', contradictions: 'Contradictions',
  sources: 'Sources', review: 'Review', signIn: 'Sign in', signOut: 'Sign out', username: 'Username', password: 'Password',
  tagline: 'Reported figures on desertion and unauthorized absence, with their sources and verdicts.',
  latestFigures: 'Latest figure per force and event', force: 'Force', event: 'Event', counted: 'Counts', value: 'Value',
  period: 'Period', source: 'Source', outlet: 'Outlet', published: 'Published', verdict: 'Verdict', quote: 'Quote',
  search: 'Search quotes', filter: 'Filter', all: 'All', from: 'From', to: 'To', status: 'Review', origin: 'Origin',
  more: 'Load more', noResults: 'Nothing matches these filters.', downloadCsv: 'Data as CSV', downloadPng: 'PNG', downloadSvg: 'SVG',
  monthly: 'Monthly series', claimsAsPoints: 'claims as points', projection: 'Projection', interval: 'interval',
  accept: 'Accept', reject: 'Reject', correct: 'Save correction', addClaim: 'Add a missed claim', audit: 'Audit log',
  who: 'Who', when: 'When', before: 'Before', after: 'After', reason: 'Reason', noAudit: 'No changes yet.',
  sourceChain: 'Source chain', explanation: 'Explanation', document: 'Document', openDocument: 'Open document',
  stale: 'Someone changed this claim since you opened it. Reload to see their change.', saved: 'Saved.',
  queue: 'Review queue', queueHint: 'Records and contradicted claims first.', unreviewed: 'unreviewed',
  side: 'side by side', ukraine: 'Ukraine', russia: 'Russia', claimsCount: 'claims', reportsBy: 'Who reports what',
  repeats: 'Repeats', figures: 'Figures', matched: 'Matched consensus', wrongLogin: 'Wrong username or password.',
  language: 'Українська', footer: 'absentia — open data on military desertion', notFound: 'Not found.', error: 'Error',
  kind: 'Kind', qualifier: 'Qualifier', per: 'Per', scope: 'Scope', low: 'Low', high: 'High', exact: 'Exact', save: 'Save',
  events: 'Events', disagree: 'disagree', replacedBy: 'Corrected; the fix is claim', permalink: 'Permalink', signedInAs: 'Signed in as', clickPoint: 'Click a point to see its claim.',
} as const;

export type Key = keyof typeof en;

const uk: Record<Key, string> = {
  overview: 'Огляд', charts: 'Графіки', claims: 'Твердження', documents: 'Документи', contradictions: 'Суперечності',
  sources: 'Джерела', review: 'Перевірка', signIn: 'Увійти', signOut: 'Вийти', username: 'Користувач', password: 'Пароль',
  tagline: 'Оприлюднені цифри про дезертирство та СЗЧ — з джерелами та вердиктами.',
  latestFigures: 'Остання цифра за силами та подією', force: 'Сили', event: 'Подія', counted: 'Що рахують', value: 'Значення',
  period: 'Період', source: 'Джерело', outlet: 'Видання', published: 'Опубліковано', verdict: 'Вердикт', quote: 'Цитата',
  search: 'Пошук у цитатах', filter: 'Фільтр', all: 'Усі', from: 'Від', to: 'До', status: 'Перевірка', origin: 'Походження',
  more: 'Завантажити ще', noResults: 'Нічого не знайдено за цими фільтрами.', downloadCsv: 'Дані CSV', downloadPng: 'PNG', downloadSvg: 'SVG',
  monthly: 'Помісячні ряди', claimsAsPoints: 'твердження — точки', projection: 'Прогноз', interval: 'інтервал',
  accept: 'Прийняти', reject: 'Відхилити', correct: 'Зберегти виправлення', addClaim: 'Додати пропущене твердження', audit: 'Журнал змін',
  who: 'Хто', when: 'Коли', before: 'До', after: 'Після', reason: 'Причина', noAudit: 'Змін ще немає.',
  sourceChain: 'Ланцюг джерел', explanation: 'Пояснення', document: 'Документ', openDocument: 'Відкрити документ',
  stale: 'Хтось змінив це твердження після того, як ви його відкрили. Оновіть сторінку.', saved: 'Збережено.',
  queue: 'Черга перевірки', queueHint: 'Спершу рекорди та твердження, що суперечать іншим.', unreviewed: 'не перевірено',
  side: 'поруч', ukraine: 'Україна', russia: 'Росія', claimsCount: 'тверджень', reportsBy: 'Хто що повідомляє',
  repeats: 'Повторює', figures: 'Цифри', matched: 'Збіг із консенсусом', wrongLogin: 'Неправильне ім’я користувача або пароль.',
  language: 'English', footer: 'absentia — відкриті дані про військове дезертирство', notFound: 'Не знайдено.', error: 'Помилка',
  kind: 'Тип', qualifier: 'Уточнення', per: 'За', scope: 'Підрозділ', low: 'Від', high: 'До', exact: 'Точно', save: 'Зберегти',
  events: 'Події', disagree: 'розходяться', replacedBy: 'Виправлено; виправлення — твердження', permalink: 'Посилання', signedInAs: 'Ви увійшли як', clickPoint: 'Натисніть на точку, щоб побачити твердження.',
};

const EVENT_NAMES: Record<string, { en: string; uk: string }> = {
  awol: { en: 'AWOL', uk: 'СЗЧ' },
  desertion: { en: 'Desertion', uk: 'Дезертирство' },
  awol_or_desertion: { en: 'AWOL or desertion', uk: 'СЗЧ або дезертирство' },
  return: { en: 'Returns to service', uk: 'Повернення на службу' },
  defection: { en: 'Defection', uk: 'Перехід на бік ворога' },
  death: { en: 'Deaths', uk: 'Загибель' },
  self_harm: { en: 'Self-harm', uk: 'Самокалічення' },
};
const FORCE_NAMES: Record<string, { en: string; uk: string }> = { UA: { en: 'Ukraine', uk: 'Україна' }, RU: { en: 'Russia', uk: 'Росія' } };
const VERDICTS: Record<string, { en: string; uk: string }> = {
  supported: { en: 'supported', uk: 'підтверджено' },
  contradicted: { en: 'contradicted', uk: 'спростовано' },
  unverifiable: { en: 'unverifiable', uk: 'неможливо перевірити' },
  internally_inconsistent: { en: 'internally inconsistent', uk: 'внутрішньо суперечливе' },
};

export type Lang = 'en' | 'uk';
let lang: Lang = (localStorage.getItem('absentia-lang') as Lang) === 'uk' ? 'uk' : 'en';

export const currentLang = () => lang;
export function setLang(l: Lang): void {
  lang = l;
  localStorage.setItem('absentia-lang', l);
  document.documentElement.lang = l;
}
export const t = (k: Key): string => (lang === 'uk' ? uk[k] : en[k]);
export const eventName = (e: string) => EVENT_NAMES[e]?.[lang] ?? e;
export const forceName = (f: string) => FORCE_NAMES[f]?.[lang] ?? f;
export const verdictName = (v: string) => VERDICTS[v]?.[lang] ?? v;
export const fmtNumber = (n: number) => new Intl.NumberFormat(lang === 'uk' ? 'uk-UA' : 'en-GB').format(n);
