// Checks a claim against its own text and its own document: the period arithmetic it states
// ("a nine-month period from November 2024 to July 2025") and figures of one document that cannot all hold.
import { monthsOf } from '../util/dates';
import { FUNNEL, funnelApplies, funnelRank, seriesId, seriesKeyOf } from './measure';
import { describeClaim } from './explain';
import { overlaps } from './precision';
import { intervalOf } from './reconcile';
import type { AnalysisClaim } from './types';

const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  eighteen: 18, twenty: 20, 'twenty-four': 24, 'thirty-six': 36,
};
const SPAN = /(?<![\p{L}\p{N}])(\p{N}{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four|thirty-six|twenty)[\s\u2010-\u2014-]+(month|year)s?(?![\p{L}])/giu;

export interface InternalFinding {
  ok: boolean;
  text: string;
}

/** "nine-month period" against the months the claim's period covers. */
export function periodArithmetic(c: AnalysisClaim): InternalFinding | null {
  // Dataset rows carry a curator's note, not the sentence; there is no stated period to check.
  if (c.origin === 'dataset' || !c.period?.start || !c.period.end) return null;
  const m = [...c.quote.matchAll(SPAN)];
  if (m.length === 0) return null;
  const covered = monthsOf(c.period.start, c.period.end).length;
  for (const hit of m) {
    const n = /^\p{N}+$/u.test(hit[1]) ? Number(hit[1]) : WORDS[hit[1].toLowerCase()];
    const months = hit[2].toLowerCase() === 'year' ? n * 12 : n;
    if (months === covered) return { ok: true, text: `period arithmetic holds: ${c.period.start} to ${c.period.end} covers ${covered} months, as "${hit[0]}" says` };
    if (Math.abs(months - covered) <= 0 || months > 36) continue;
    return { ok: false, text: `the text says "${hit[0]}" (${months} months) but ${c.period.start} to ${c.period.end} covers ${covered} months` };
  }
  return null;
}

/** Figures of one document that cannot all hold: a narrower funnel stage above a wider one, for the same period. */
export function documentConflicts(c: AnalysisClaim, sameDocument: readonly AnalysisClaim[]): InternalFinding | null {
  // Dataset rows are one curator's coding of a page, not its sentences: two rows that look alike there
  // ("over 7,000 returned", "4,396 reinstated") are usually different things the coding cannot tell apart.
  if (c.origin === 'dataset' || c.statistic !== 'count' || !c.period) return null;
  const mine = intervalOf(c);
  for (const o of sameDocument) {
    if (o === c || o.statistic !== 'count' || !o.period || o.force !== c.force || o.event !== c.event || o.scope !== c.scope) continue;
    if (o.period.start !== c.period.start || o.period.end !== c.period.end || o.per !== c.per) continue;
    const theirs = intervalOf(o);
    // Two sources quoted side by side may disagree; one source disagreeing with itself may not.
    if (o.source !== c.source) continue;
    const plain = c.qualifier === 'exact' && o.qualifier === 'exact';
    if (plain && o.counted === c.counted && o.kind === c.kind && seriesId(seriesKeyOf(o)) === seriesId(seriesKeyOf(c)) && !overlaps(mine, theirs)) {
      return { ok: false, text: `the same document also gives ${describeClaim(o)} for the same quantity and period` };
    }
    if (!funnelApplies(c.period)) continue;
    const a = funnelRank(c.counted);
    const b = funnelRank(o.counted);
    if (a < 0 || b < 0 || a === b) continue;
    if (a > b && mine.low > theirs.high) {
      return { ok: false, text: `${c.counted} cannot exceed ${o.counted} (funnel ${FUNNEL.join(' ≥ ')}), yet the same document gives ${describeClaim(o)}` };
    }
    if (a < b && mine.high < theirs.low) {
      return { ok: false, text: `${c.counted} cannot be fewer than ${o.counted} (funnel ${FUNNEL.join(' ≥ ')}), yet the same document gives ${describeClaim(o)}` };
    }
  }
  return null;
}
