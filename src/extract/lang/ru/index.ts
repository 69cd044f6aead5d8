// The Russian language pack: the data of this folder, assembled for the core.
import type { LanguagePack } from '../types';
import * as attribution from './attribution';
import * as events from './events';
import * as forces from './forces';
import * as numbers from './numbers';
import * as periods from './periods';
import * as qualifiers from './qualifiers';

export const ru: LanguagePack = {
  code: 'ru',
  abbreviations: [
    'ст.', 'ч.', 'п.', 'гг.', 'руб.', 'тел.', 'см.', 'т.д.', 'т.п.', 'т.е.', 'обл.',
    'ул.', 'им.', 'проф.', 'ген.', 'полк.', 'янв.', 'фев.', 'февр.', 'апр.', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.',
    'коп.', 'в т.ч.',
  ],
  numbers,
  periods,
  events,
  qualifiers,
  attribution,
  forces,
};
export default ru;
