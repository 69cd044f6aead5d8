// Period extractor and resolver: finds period phrases in a sentence and resolves them against the published
// date (month without a year = the latest such month not after publication; no year-rollover trap).
import { FULL_SCALE_WAR_START } from '../../claim/taxonomy';
import { addMonths, dateParts, daysInMonth, isoDate, monthEnd, monthStart } from '../../util/dates';
import type { Compiled } from './compile';
import { memoPerOwner } from './memo';
import type { PeriodMention, PeriodRole } from './types';
import type { SentenceTriggers } from './trigger';

const YEAR_RE = /(?<![\p{N},.])(1[89]\d{2}|20\d{2})(?![\p{N}])/gu;
const DAY_RE = /(?<![\p{N}])([12]\d|3[01]|0?[1-9])(?![\p{N}])/u;

interface Endpoint {
  year?: number;
  month?: number;
  day?: number;
  endOf: boolean;
}

export function extractPeriods(c: Compiled, s: string, base: number, published: string, st?: SentenceTriggers): PeriodMention[] {
  const out: PeriodMention[] = [];
  const kinds = c.periodParts.kinds;
  const matches = st ? st.all(c.ids.period) : [...s.matchAll(c.period)].map((m) => ({ index: m.index!, m: m as RegExpExecArray }));
  for (const { m } of matches) {
    let k = 0;
    while (k < kinds.length && m[k + 1] === undefined) k++;
    const kind = kinds[k]!;
    const text = m[0];
    const start = base + m.index;
    const end = start + text.length;
    if (badMonthCase(c, text)) continue;
    const after = s.slice(m.index + text.length, m.index + text.length + 8);
    const p = resolved(c, kind, text, published, after);
    if (p) out.push({ start, end, rule: `period.${kind}`, ...p, period: p.period && { ...p.period } });
  }
  return out;
}

/** "may" in "may reach" is no month: English months that are also words must be capitalised. */
function badMonthCase(c: Compiled, text: string): boolean {
  const set = c.periodParts.capitalisedOnly;
  if (set.size === 0) return false;
  const re = c.periodParts.monthFind;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const w = m[0].replace(/\.$/, '').toLowerCase();
    if (set.has(w) && m[0][0] === m[0][0]!.toLowerCase()) return true;
  }
  return false;
}

type Resolved = Omit<PeriodMention, 'start' | 'end' | 'rule'>;

/** Resolutions by pack: a text names the same few periods again and again. */
const resolutions = memoPerOwner<Compiled, string, Resolved | null>(4096);
/** The kinds whose resolution reads the words after the phrase ("…, when"). */
const READS_AFTER = new Set(['sinceDate', 'date']);

function resolved(c: Compiled, kind: string, text: string, published: string, after: string): Resolved | null {
  const key = `${published}\u0000${kind}\u0000${text}${READS_AFTER.has(kind) ? `\u0000${after}` : ''}`;
  return resolutions(c).get(key, () => resolve(c, kind, text, published, after));
}

function resolve(c: Compiled, kind: string, text: string, published: string, after: string): Resolved | null {
  const [py, pm] = dateParts(published);
  const P = c.periodParts;
  switch (kind) {
    case 'report':
      return { role: 'report', period: null, stated: true };
    case 'war':
      return { role: 'toDate', period: { start: FULL_SCALE_WAR_START, end: published }, stated: true };
    case 'sinceYearStart':
      return { role: 'toDate', period: { start: isoDate(py, 1, 1), end: published }, stated: true };
    case 'same':
      return { role: 'same', period: null, stated: true };
    case 'span': {
      const [a, b] = splitSpan(c, text);
      if (!a || !b) return null;
      return spanOf(a, b, py, pm, published);
    }
    case 'possessiveN':
    case 'firstN':
    case 'nUnitsOfYear':
      return firstN(c, text, py, pm, published);
    case 'until': {
      const e = endpoint(c, stripLead(text));
      const d = e && endDate(e, py, pm, published);
      return d ? { role: 'endOnly', period: { start: null, end: d }, stated: e!.year !== undefined } : null;
    }
    case 'asOf': {
      const e = endpoint(c, stripLead(text));
      const d = e && endDate(e, py, pm, published);
      return d ? { role: 'cutoff', period: { start: null, end: d }, stated: e!.year !== undefined } : null;
    }
    case 'sinceEventDate': {
      const e = endpoint(c, text.slice(text.lastIndexOf(',') + 1));
      const d = e && startDate(e, py, pm, published);
      return d ? { role: 'toDate', period: { start: d, end: published }, stated: e!.year !== undefined } : null;
    }
    case 'sinceDate': {
      const e = endpoint(c, stripLead(text));
      if (!e) return null;
      const d = startDate(e, py, pm, published);
      if (!d) return null;
      if (/^,?\s+when(?![\p{L}])/u.test(after)) return { role: 'cutoff', period: { start: null, end: endDate(e, py, pm, published) }, stated: true };
      return { role: 'toDate', period: { start: d, end: published }, stated: e.year !== undefined };
    }
    case 'date': {
      const e = endpoint(c, text);
      if (!e) return null;
      const d = endDate(e, py, pm, published);
      if (/^,?\s+when(?![\p{L}])/u.test(after)) return { role: 'cutoff', period: { start: null, end: d }, stated: true };
      return { role: 'point', period: { start: d, end: d }, stated: e.year !== undefined };
    }
    case 'relative': {
      const ry = P.relativeYearFind.exec(text);
      if (ry) {
        const off = P.relativeYear(ry[0]) ?? 0;
        if (off === 0) {
          return { role: 'toDate', period: { start: isoDate(py, 1, 1), end: published }, projectionEnd: isoDate(py, 12, 31), stated: false };
        }
        return { role: 'closed', period: { start: isoDate(py + off, 1, 1), end: isoDate(py + off, 12, 31) }, stated: false };
      }
      if (P.wholeYearFind.test(text)) return { role: 'closed', period: { start: isoDate(py, 1, 1), end: isoDate(py, 12, 31) }, stated: false };
      const rm = P.relativeMonthFind.exec(text);
      if (rm) {
        const [y, mo] = addMonths(py, pm, P.relativeMonth(rm[0]) ?? 0);
        return { role: 'closed', period: { start: monthStart(y, mo), end: monthEnd(y, mo) }, stated: false };
      }
      return null;
    }
    case 'month': {
      const e = endpoint(c, text);
      if (!e || e.month === undefined) return null;
      const y = e.year ?? (e.month <= pm ? py : py - 1);
      return { role: 'closed', period: { start: monthStart(y, e.month), end: monthEnd(y, e.month) }, stated: e.year !== undefined };
    }
    case 'year': {
      YEAR_RE.lastIndex = 0;
      const ym = YEAR_RE.exec(text);
      if (!ym) return null;
      const y = Number(ym[1]);
      if (y > py + 5) return null;
      return { role: 'closed', period: { start: isoDate(y, 1, 1), end: isoDate(y, 12, 31) }, stated: true };
    }
  }
  return null;
}

/** Drops the leading since/until/as-of word(s) so that the endpoint parser sees the date. */
function stripLead(text: string): string {
  return text.replace(/^\S+(?:\s+(?:to|of|at|until))?\s+/u, '');
}

function endpoint(c: Compiled, text: string): Endpoint | null {
  const P = c.periodParts;
  const e: Endpoint = { endOf: P.endOfFind.test(text) };
  P.monthFind.lastIndex = 0;
  const mm = P.monthFind.exec(text);
  if (mm) e.month = P.month(mm[0]) ?? P.month(mm[0].replace(/\.$/, ''));
  YEAR_RE.lastIndex = 0;
  const ym = YEAR_RE.exec(text);
  if (ym) e.year = Number(ym[1]);
  if (mm) {
    const rest = text.replace(ym ? ym[0] : '\u0000', ' ');
    const dm = DAY_RE.exec(rest);
    if (dm) e.day = Number(dm[1]);
  }
  if (e.month === undefined && e.year === undefined) return null;
  return e;
}

/** Splits "from X to Y" / "X-Y" into its two endpoints at the connector between them. */
function splitSpan(c: Compiled, text: string): [Endpoint | null, Endpoint | null] {
  // The connector sits after the first endpoint's last month/year/day token: find the split greedily.
  const candidates = [...text.matchAll(/\s*(?:-|–|—)\s*|\s+(?:to|through|until|and|до|по|bis|und|à|et|au|a|al|e|do|i|та|і|и)\s+/giu)];
  for (const sep of candidates) {
    const left = text.slice(0, sep.index);
    const right = text.slice(sep.index! + sep[0].length);
    const a = endpoint(c, left);
    const b = endpoint(c, right);
    if (a && b) return [a, b];
  }
  return [null, null];
}

function spanOf(a: Endpoint, b: Endpoint, py: number, pm: number, published: string): Resolved | null {
  // Years: each end takes its own; a missing one follows the other (start one year earlier if months wrap).
  let by = b.year;
  let ay = a.year;
  if (by === undefined && ay === undefined) {
    const bm = b.month ?? 12;
    by = bm <= pm ? py : py - 1;
  }
  if (by === undefined) by = (b.month ?? 12) >= (a.month ?? 1) ? ay! : ay! + 1;
  if (ay === undefined) ay = (a.month ?? 1) <= (b.month ?? 12) ? by : by - 1;
  const start = a.month === undefined ? isoDate(ay, 1, 1) : a.day !== undefined && !a.endOf ? isoDate(ay, a.month, a.day) : a.endOf ? monthEnd(ay, a.month) : monthStart(ay, a.month);
  const end = b.month === undefined ? isoDate(by, 12, 31) : b.day !== undefined && !b.endOf ? isoDate(by, b.month, b.day) : monthEnd(by, b.month);
  if (start > end) return null;
  return { role: 'closed', period: { start, end }, stated: a.year !== undefined || b.year !== undefined };
}

function endDate(e: Endpoint, py: number, pm: number, published: string): string {
  if (e.month === undefined) return isoDate(e.year!, 12, 31);
  let y = e.year;
  if (y === undefined) {
    y = py;
    const d = e.day !== undefined ? isoDate(y, e.month, Math.min(e.day, daysInMonth(y, e.month))) : monthStart(y, e.month);
    if (d > published) y = py - 1;
  }
  if (e.day !== undefined && !e.endOf) return isoDate(y, e.month, Math.min(e.day, daysInMonth(y, e.month)));
  return monthEnd(y, e.month);
}

function startDate(e: Endpoint, py: number, pm: number, published: string): string | null {
  if (e.month === undefined) return e.year !== undefined ? isoDate(e.year, 1, 1) : null;
  const end = endDate(e, py, pm, published);
  const [y] = dateParts(end);
  if (e.day !== undefined) return isoDate(y, e.month, Math.min(e.day, daysInMonth(y, e.month)));
  return monthStart(y, e.month);
}

/** "the first ten days of April", "les dix premiers jours d'avril": days 1..N of the month named. */
function firstDaysOfMonth(c: Compiled, text: string, count: number, py: number, pm: number, published: string): Resolved | null {
  const e = endpoint(c, text.replace(/^\S+\s+/u, ''));
  if (!e || e.month === undefined) return null;
  const y = e.year ?? (monthStart(py, e.month) <= published ? py : py - 1);
  return { role: 'closed', period: { start: monthStart(y, e.month), end: isoDate(y, e.month, Math.min(count, daysInMonth(y, e.month))) }, stated: e.year !== undefined };
}

/** "the first ten months of this year", "first half of 2024", "this year's seven-month figure". */
function firstN(c: Compiled, text: string, py: number, pm: number, published: string): Resolved | null {
  const P = c.periodParts;
  YEAR_RE.lastIndex = 0;
  const ym = YEAR_RE.exec(text);
  const rel = P.relativeYearFind.exec(text);
  let year = ym ? Number(ym[1]) : rel ? py + (P.relativeYear(rel[0]) ?? 0) : undefined;
  const ord = P.ordinalFind.exec(text);
  const n = ord ? P.ordinal(ord[0]) ?? 1 : 1;
  let months: number | undefined;
  const part = P.yearPartFind.exec(text);
  let firstMonth = 1;
  if (part && !P.spanUnitFind.test(text)) {
    const len = P.yearPart(part[0]) ?? 6;
    firstMonth = n > 0 ? (n - 1) * len + 1 : 13 - len;
    months = len;
  } else {
    // the count and the unit that follows it ("seven-month"), not the "year" of "this year's"
    const numM = [...text.matchAll(new RegExp(P.numeralFind.source, 'giu'))].find((m) => {
      const rest = text.slice(m.index! + m[0].length);
      const u = P.spanUnitFind.exec(rest);
      // an ordinal may stand between them: "les dix premiers jours"
      return u !== null && new RegExp(`^[\\s-]*(?:${P.ordinalFind.source}[\\s-]+)?$`, 'iu').test(rest.slice(0, u.index));
    });
    if (!numM) return null;
    const rest = text.slice(numM.index! + numM[0].length);
    const unitM = P.spanUnitFind.exec(rest);
    const unit = unitM ? P.spanUnit(unitM[0]) : undefined;
    const last = numM[0];
    const count = /\d/.test(last) ? Number(last) : c.numeral(last);
    if (count && unit === 'day' && count <= 31) return firstDaysOfMonth(c, text, count, py, pm, published);
    if (!count || unit !== 'month' || count > 12) return null;
    if (n < 0) {
      // "the last three months": the three full months before publication
      const [ey, em] = addMonths(py, pm, -1);
      const [sy, sm] = addMonths(ey, em, -(count - 1));
      return { role: 'closed', period: { start: monthStart(sy, sm), end: monthEnd(ey, em) }, stated: false };
    }
    months = count;
  }
  if (year === undefined) year = firstMonth + months - 1 <= pm ? py : py - 1;
  const lastMonth = firstMonth + months - 1;
  return { role: 'closed', period: { start: monthStart(year, firstMonth), end: monthEnd(year, lastMonth) }, stated: ym !== null };
}
