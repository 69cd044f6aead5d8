// The French language pack: the data of this folder, assembled for the core.
import type { LanguagePack } from '../types';
import * as attribution from './attribution';
import * as events from './events';
import * as forces from './forces';
import * as numbers from './numbers';
import * as periods from './periods';
import * as qualifiers from './qualifiers';

export const fr: LanguagePack = {
  code: 'fr',
  abbreviations: [
    'janv.', 'févr.', 'avr.', 'juil.', 'sept.', 'oct.', 'nov.', 'déc.', 'art.', 'm.', 'mme.', 'mm.', 'dr.', 'st.', 'ste.',
    'tél.', 'env.', 'cf.', 'p.', 'n°.', 'gén.', 'col.', 'lt.', 'etc.',
  ],
  numbers,
  periods,
  events,
  qualifiers,
  attribution,
  forces,
};
export default fr;
