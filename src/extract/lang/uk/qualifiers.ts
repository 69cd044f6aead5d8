// Ukrainian qualifiers before (or after) a number.
export const qualifiers: Record<string, 'approx' | 'at_least' | 'at_most'> = {
  понад: 'at_least', 'більше ніж': 'at_least', 'більш ніж': 'at_least', 'більше за': 'at_least', більше: 'at_least',
  щонайменше: 'at_least', 'не менше ніж': 'at_least', 'не менш ніж': 'at_least', 'не менше': 'at_least',
  'принаймні': 'at_least', 'як мінімум': 'at_least', 'вже понад': 'at_least', 'із понад': 'at_least',
  майже: 'approx', близько: 'approx', приблизно: 'approx', 'орієнтовно': 'approx', 'біля': 'approx', 'майже що': 'approx',
  'щось близько': 'approx', 'порядку': 'approx', 'з лишком': 'at_least', 'з гаком': 'at_least',
  до: 'at_most', 'не більше ніж': 'at_most', 'не більш ніж': 'at_most', 'не більше': 'at_most', 'щонайбільше': 'at_most',
  'менше ніж': 'at_most', 'менш ніж': 'at_most', 'менше за': 'at_most', 'максимум': 'at_most', 'аж до': 'at_most',
};
/** Qualifiers written after the number ("21 тисяча з лишком"). */
export const qualifiersAfter: Record<string, 'approx' | 'at_least' | 'at_most'> = {
  'з лишком': 'at_least', 'з гаком': 'at_least', 'і більше': 'at_least', 'або більше': 'at_least', 'чи більше': 'at_least',
};
/** Words between qualifier and number that change nothing ("лише", "тільки", "вже"). */
export const fillers = ['лише', 'тільки', 'вже', 'ще', 'всього', 'усього', 'загалом'];
