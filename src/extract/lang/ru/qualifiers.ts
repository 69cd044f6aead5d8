// Russian qualifiers before (or after) a number.
export const qualifiers: Record<string, 'approx' | 'at_least' | 'at_most'> = {
  более: 'at_least', свыше: 'at_least', 'больше чем': 'at_least', больше: 'at_least', 'не менее': 'at_least',
  'не меньше': 'at_least', 'как минимум': 'at_least', 'по меньшей мере': 'at_least', минимум: 'at_least',
  'по крайней мере': 'at_least', 'уже более': 'at_least', 'с лишним': 'at_least',
  почти: 'approx', около: 'approx', примерно: 'approx', приблизительно: 'approx', порядка: 'approx', 'почти что': 'approx',
  'ориентировочно': 'approx', 'где-то': 'approx', 'чуть менее': 'approx', 'чуть меньше': 'approx', 'чуть более': 'at_least',
  до: 'at_most', 'не более': 'at_most', 'не больше': 'at_most', 'не свыше': 'at_most', 'максимум': 'at_most',
  'менее': 'at_most', 'меньше чем': 'at_most', 'меньше': 'at_most', 'вплоть до': 'at_most',
};
export const qualifiersAfter: Record<string, 'approx' | 'at_least' | 'at_most'> = {
  'с лишним': 'at_least', 'с небольшим': 'at_least', 'и более': 'at_least', 'или более': 'at_least', 'и больше': 'at_least',
};
export const fillers = ['лишь', 'только', 'уже', 'ещё', 'еще', 'всего', 'в общей сложности', 'в целом'];
