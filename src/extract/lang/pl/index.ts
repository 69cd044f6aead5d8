// The Polish language pack: the data of this folder, assembled for the core.
import type { LanguagePack } from '../types';
import * as attribution from './attribution';
import * as events from './events';
import * as forces from './forces';
import * as numbers from './numbers';
import * as periods from './periods';
import * as qualifiers from './qualifiers';

export const pl: LanguagePack = {
  code: 'pl',
  abbreviations: [
    'tys.', 'mln.', 'mld.', 'r.', 'rr.', 'art.', 'kk.', 'ok.', 'm.in.', 'tzw.', 'godz.', 'proc.', 'ul.', 'im.', 'nr.',
    'pkt.', 'cz.', 'np.', 'tj.', 'gen.', 'płk.', 'ppłk.', 'mjr.', 'por.', 'sierż.', 'dr.', 'prof.', 'wg.', 'ws.', 'zob.',
  ],
  numbers,
  periods,
  events,
  qualifiers,
  attribution,
  forces,
};
export default pl;
