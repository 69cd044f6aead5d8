// "left their units or deserted", "unerlaubt entfernt oder desertiert", "samowolnie opuścili jednostkę lub
// zdezerterowali": an AWOL phrase and a desertion phrase joined within one short stretch of text name one
// figure covering both (awol_or_desertion). The stretch between them holds no number and no clause break.
import type { Cue } from './types';

const MAX_GAP = 30;
const BREAK = /[\p{N},;:()–—]/u;
const PAIR = new Set(['awol>desertion', 'desertion>awol']);

export function mergeEventPairs(events: Cue<string>[], s: string, base: number): Cue<string>[] {
  const out: Cue<string>[] = [];
  for (let i = 0; i < events.length; i++) {
    const a = events[i]!;
    const b = events[i + 1];
    if (b && PAIR.has(`${a.value}>${b.value}`) && b.start >= a.end && b.start - a.end <= MAX_GAP) {
      const gap = s.slice(a.end - base, b.start - base);
      if (!BREAK.test(gap)) {
        out.push({ start: a.start, end: b.end, rule: 'event.pair', value: 'awol_or_desertion' });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
