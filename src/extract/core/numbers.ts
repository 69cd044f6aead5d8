// Number extractors: digits with separators and scales, spelled numerals, lexical approximations, x-fold
// factors, ranges and percentages. Each returns mentions with absolute spans.
import type { Compiled } from './compile';
import type { NumberMention } from './types';
import { SentenceTriggers } from './trigger';

const round = (v: number) => Math.round(v * 1e6) / 1e6;

/** Value of a digit string in the pack's notation ("14,000" / "29.800" / "1,5"). */
export function parseDigits(c: Compiled, s: string): number {
  const t = s.replace(/\s/g, ' ');
  const dec = c.decimal;
  let body = t;
  let frac = '';
  const di = t.lastIndexOf(dec);
  if (di >= 0 && /^\d+$/.test(t.slice(di + 1)) && (t.length - di - 1 !== 3 || !c.decimalIsGroup)) {
    body = t.slice(0, di);
    frac = t.slice(di + 1);
  }
  c.groupSeparators.lastIndex = 0;
  body = body.replace(c.groupSeparators, '').replace(/\s/g, '');
  return Number(frac ? `${body}.${frac}` : body);
}

/** Value of a spelled number ("twenty-one thousand", "dreihundert", "двадцять одна тисяча"); undefined if none. */
/** Offset of a numeral after a dash that cannot continue the number before it ("двісті-триста": 300 after 200),
 *  i.e. where a spelled range's second end begins; -1 when the whole string is one number. */
export function spelledRangeBreak(c: Compiled, s: string): number {
  const re = c.numeralToken;
  let current = 0;
  let dash = false;
  re.lastIndex = 0;
  while (re.lastIndex < s.length) {
    const at = re.lastIndex;
    const m = re.exec(s);
    if (!m || m.index !== at) return -1;
    if (m[1] === undefined) {
      if (/[-–—]/u.test(m[0])) dash = true;
      continue;
    }
    const v = c.numeral(m[1]);
    if (v === undefined) return -1;
    const place = current % 100 === 0 ? 100 : current % 10 === 0 ? 10 : 1;
    if (dash && current > 0 && v < 1000 && !(v === 100 && current < 100) && v >= place) return at;
    if (v >= 1000) current = 0;
    else if (v === 100 && current > 0 && current < 100) current *= 100;
    else current += v;
    dash = false;
  }
  return -1;
}

export function parseSpelled(c: Compiled, s: string): number | undefined {
  const re = c.numeralToken;
  let total = 0;
  let current = 0;
  let tokens = 0;
  let only = '';
  re.lastIndex = 0;
  while (re.lastIndex < s.length) {
    const at = re.lastIndex;
    const m = re.exec(s);
    if (!m || m.index !== at) return undefined;
    if (m[1] === undefined) continue;
    const v = c.numeral(m[1]);
    if (v === undefined) return undefined;
    tokens++;
    only = m[1].toLowerCase();
    if (v >= 1000) {
      total += (current || 1) * v;
      current = 0;
    } else if (v === 100 && current > 0 && current < 100) current *= 100;
    else current += v;
  }
  if (tokens === 0) return undefined;
  if (tokens === 1 && c.numeralsNotAlone.has(only)) return undefined;
  return total + current;
}

export function extractNumbers(c: Compiled, s: string, base: number, st = new SentenceTriggers(c.triggers, s)): NumberMention[] {
  const out: NumberMention[] = [];
  const I = c.ids;
  // x-fold first: its span hides the plain number inside it ("fivefold", "five times").
  for (const { m } of st.all(I.fold)) {
    const raw = m[1]!;
    const v = /\d/.test(raw) ? parseDigits(c, raw) : parseSpelled(c, raw);
    if (v === undefined || !(v > 1)) continue;
    if (/^\s/.test(m[2]!) && !hasComparative(c, s, m.index, m.index + m[0].length)) continue;
    out.push({ start: base + m.index, end: base + m.index + m[0].length, rule: 'number.fold', value: v, percent: false, fold: true, spelled: !/\d/.test(raw) });
  }
  for (const { m } of st.all(I.foldWord)) {
    const v = c.foldWordValue(m[0]);
    if (v === undefined) continue;
    out.push({ start: base + m.index, end: base + m.index + m[0].length, rule: 'number.foldWord', value: v, percent: false, fold: true, spelled: true });
  }
  for (const { m } of st.all(I.approximate)) {
    const v = c.approximateValue(m[0]);
    if (v === undefined || overlaps(out, base + m.index, base + m.index + m[0].length)) continue;
    out.push({ start: base + m.index, end: base + m.index + m[0].length, rule: 'number.approximate', value: v, percent: false, fold: false, qualifier: 'approx', spelled: true });
  }
  for (const { m } of st.all(I.number)) {
    const start = base + m.index;
    let end = start + m[0].length;
    if (overlaps(out, start, end)) continue;
    let value: number | undefined;
    let scale: number | undefined;
    let spelled = false;
    if (m[1] !== undefined) {
      value = parseDigits(c, m[1]);
      if (m[2] !== undefined) {
        scale = c.scale(m[2]);
        // A one-letter scale ("m", "k") must touch the digits: "5 m" is metres, not millions.
        if (scale !== undefined && m[2].length === 1 && /\s/.test(m[0][m[1].length] ?? '')) scale = undefined;
        if (scale === undefined) {
          // the alternation took a word that is no scale here: fall back to the bare digits
          const e = start + m[1].length;
          pushNumber(out, s, base, start, e, value, undefined, false, c);
          continue;
        }
        value *= scale;
      }
    } else {
      spelled = true;
      // "двісті-триста", "two-three hundred": a dash before a numeral that cannot extend the number starts a second one
      const cut = spelledRangeBreak(c, m[3]!);
      if (cut > 0) {
        const head = m[3]!.slice(0, cut).replace(/[\s\-–—]+$/u, '');
        const tail = m[3]!.slice(cut);
        const tailValue = parseSpelled(c, tail);
        if (tailValue !== undefined) pushNumber(out, s, base, start + cut, start + cut + tail.length, tailValue, undefined, true, c);
        end = start + head.length;
        value = parseSpelled(c, head);
      } else value = parseSpelled(c, m[3]!);
    }
    if (value === undefined || !Number.isFinite(value)) continue;
    pushNumber(out, s, base, start, end, value, scale, spelled, c);
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

function pushNumber(out: NumberMention[], s: string, base: number, start: number, end: number, value: number,
  scale: number | undefined, spelled: boolean, c: Compiled): void {
  let e = end;
  let percent = false;
  const pm = c.percentAfter.exec(s.slice(end - base, end - base + 16));
  if (pm) {
    percent = true;
    e = end + pm[0].length;
  }
  out.push({ start, end: e, rule: spelled ? 'number.spelled' : scale ? 'number.scaled' : 'number.digits', value: round(value), scale, percent, fold: false, spelled });
}

function hasComparative(c: Compiled, s: string, from: number, to: number): boolean {
  const window = s.slice(Math.max(0, from - 40), Math.min(s.length, to + 40));
  c.foldComparative.lastIndex = 0;
  return c.foldComparative.test(window);
}

function overlaps(list: Array<{ start: number; end: number }>, start: number, end: number): boolean {
  return list.some((x) => x.start < end && start < x.end);
}

/** Joins neighbouring numbers into ranges ("14,000-18,000", "between 14 and 18 thousand"). */
export function joinRanges(c: Compiled, s: string, base: number, nums: NumberMention[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (let i = 0; i < nums.length; i++) {
    const a = nums[i]!;
    const b = nums[i + 1];
    if (b && !a.fold && !b.fold && a.high === undefined) {
      const gap = s.slice(a.end - base, b.start - base);
      const before = s.slice(Math.max(0, a.start - base - 40), a.start - base);
      for (const r of c.ranges) {
        if (!r.between.test(gap)) continue;
        let start = a.start;
        if (r.before) {
          const bm = r.before.exec(before);
          if (!bm) continue;
          start = a.start - bm[0].length;
        }
        let low = a.value;
        if (a.scale === undefined && b.scale !== undefined && low * b.scale <= b.value) low = round(low * b.scale);
        if (!(low < b.value)) break;
        out.push({ ...a, start, end: b.end, rule: 'number.range', value: low, high: b.value, percent: a.percent || b.percent, scale: b.scale });
        i++;
        break;
      }
      if (out.length && out[out.length - 1]!.start <= a.start && out[out.length - 1]!.end >= a.end) continue;
    }
    out.push(a);
  }
  return out;
}
