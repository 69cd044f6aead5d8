// The German language pack: the data of this folder, assembled for the core.
import type { LanguagePack } from '../types';
import * as attribution from './attribution';
import * as events from './events';
import * as forces from './forces';
import * as numbers from './numbers';
import * as periods from './periods';
import * as qualifiers from './qualifiers';

export const de: LanguagePack = {
  code: 'de',
  abbreviations: [
    'jan.', 'feb.', 'febr.', 'apr.', 'aug.', 'sep.', 'sept.', 'okt.', 'nov.', 'dez.', 'tsd.', 'mio.', 'mrd.', 'nr.',
    'art.', 'abs.', 'ca.', 'bzw.', 'z.', 'b.', 'u.', 'a.', 'usw.', 'vgl.', 'dr.', 'prof.', 'st.', 'str.', 'tel.', 'mind.',
    'inkl.', 'gen.', 'oberst.', 'v.', 'chr.', 'evtl.', 'ggf.', 'sog.', 'd.', 'h.', 'j.',
    // day ordinals: "am 25. Februar" does not end a sentence
    ...Array.from({ length: 31 }, (_, i) => `${i + 1}.`),
  ],
  numbers,
  periods,
  events,
  qualifiers,
  attribution,
  forces,
};
export default de;
