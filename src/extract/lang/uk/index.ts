// The Ukrainian language pack: the data of this folder, assembled for the core.
import type { LanguagePack } from '../types';
import * as attribution from './attribution';
import * as events from './events';
import * as forces from './forces';
import * as numbers from './numbers';
import * as periods from './periods';
import * as qualifiers from './qualifiers';

export const uk: LanguagePack = {
  code: 'uk',
  abbreviations: [
    'ст.', 'ч.', 'п.', 'рр.', 'грн.', 'тел.', 'див.', 'напр.', 'т.д.', 'т.п.', 'обл.', 'м.',
    'с.', 'вул.', 'ім.', 'проф.', 'ген.', 'полк.', 'січ.', 'лют.', 'берез.', 'квіт.', 'трав.', 'черв.', 'лип.', 'серп.',
    'верес.', 'жовт.', 'листоп.', 'груд.', 'коп.', 'кк.', 'зокр.',
  ],
  numbers,
  periods,
  events,
  qualifiers,
  attribution,
  forces,
};
export default uk;
