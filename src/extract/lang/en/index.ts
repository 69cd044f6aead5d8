// The English language pack: the data of this folder, assembled for the core.
import type { LanguagePack } from '../types';
import * as attribution from './attribution';
import * as events from './events';
import * as forces from './forces';
import * as numbers from './numbers';
import * as periods from './periods';
import * as qualifiers from './qualifiers';

export const en: LanguagePack = {
  code: 'en',
  abbreviations: [
    'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'mr.', 'mrs.',
    'ms.', 'dr.', 'gen.', 'col.', 'lt.', 'sgt.', 'maj.', 'capt.', 'st.', 'no.', 'art.', 'arts.', 'vs.', 'e.g.',
    'i.e.', 'a.m.', 'p.m.', 'u.s.', 'u.k.', 'approx.', 'rep.', 'sen.', 'gov.', 'inc.', 'ltd.', 'co.', 'jr.', 'sr.',
    'c.', 'cf.', 'fig.', 'para.', 'pt.',
  ],
  numbers,
  periods,
  events,
  qualifiers,
  attribution,
  forces,
};
export default en;
