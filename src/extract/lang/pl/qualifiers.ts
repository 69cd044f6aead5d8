// Polish qualifiers before (or after) a number.
export const qualifiers: Record<string, 'approx' | 'at_least' | 'at_most'> = {
  ponad: 'at_least', 'co najmniej': 'at_least', przeszło: 'at_least', 'więcej niż': 'at_least', 'nie mniej niż': 'at_least',
  powyżej: 'at_least', 'grubo ponad': 'at_least', 'z górą': 'at_least', przynajmniej: 'at_least', 'już ponad': 'at_least',
  prawie: 'approx', około: 'approx', 'ok.': 'approx', blisko: 'approx', niemal: 'approx', niemalże: 'approx',
  'mniej więcej': 'approx', 'w przybliżeniu': 'approx', rzędu: 'approx', szacunkowo: 'approx', 'niespełna': 'approx',
  do: 'at_most', nawet: 'at_most', maksymalnie: 'at_most', 'nie więcej niż': 'at_most', 'mniej niż': 'at_most',
  poniżej: 'at_most', najwyżej: 'at_most', 'aż do': 'at_most',
};
export const qualifiersAfter: Record<string, 'approx' | 'at_least' | 'at_most'> = {
  'z okładem': 'at_least', 'z hakiem': 'at_least', 'i więcej': 'at_least', 'lub więcej': 'at_least',
};
export const fillers = ['już', 'tylko', 'jedynie', 'łącznie', 'aż', 'w sumie', 'zaledwie'];
