// The Italian language pack: the data of this folder, assembled for the core.
import type { LanguagePack } from '../types';
import * as attribution from './attribution';
import * as events from './events';
import * as forces from './forces';
import * as numbers from './numbers';
import * as periods from './periods';
import * as qualifiers from './qualifiers';

export const it: LanguagePack = {
  code: 'it',
  abbreviations: [
    'genn.', 'febbr.', 'sett.', 'ott.', 'nov.', 'dic.', 'art.', 'artt.', 'n.', 'sig.', 'sig.ra', 'dott.', 'prof.', 'gen.',
    'col.', 'ca.', 'pag.', 'tel.', 'ecc.', 'mln.', 'mld.', 'on.',
  ],
  numbers,
  periods,
  events,
  qualifiers,
  attribution,
  forces,
};
export default it;
