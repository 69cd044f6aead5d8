// Verification: every claim gets a verdict and an explanation naming the figures used. Each claim is
// checked only against figures published before it (a sweep per series in publication order).
import { monthsOf } from '../util/dates';
import { compareDays, shiftDay as addDays } from './days';
import { FULL_SCALE_WAR_START } from '../claim';
import { factsOf, nextMonthFirst, readings, WAR_FIRST_WHOLE_MONTH, WAR_YEAR_START, type Fact } from './facts';
import { documentConflicts, periodArithmetic } from './internal';
import { FUNNEL, funnelApplies, funnelRank, proxyCounted, seriesId, seriesKeyOf, type SeriesKey } from './measure';
import type { Bounds, SeriesModel } from './model';
import { monthIndex, monthKey } from './months';
import { describeClaim, describePeriod, describeSum } from './explain';
import { acceptedInterval, describeValue, formatInterval, formatNumber, overlaps, type Interval } from './precision';
import { projectYear } from './project';
import { groupKey, intervalOf, reconcileGroup, type ClaimGroup } from './reconcile';
import { groupBySeries } from './series';
import { SeriesSweep } from './sweep';
import { resolveSource } from './sources';
import type { AnalysisClaim, Verdict, VerdictResult } from './types';

interface Outcome {
  verdict: Verdict;
  check: string;
  text: string;
  expected: Interval | null;
  evidence: Fact[];
  evidenceClaims?: AnalysisClaim[];
}

const FAR_FUTURE = '9999-12-31';

export interface VerifyOptions {
  /** Claims of the same document, for internal checks (default: targets grouped by `document`). */
  documents?: Map<string, AnalysisClaim[]>;
}

/** Verdicts for `targets`, using `data` published strictly before each target. */
export function verifyClaims(targets: readonly AnalysisClaim[], data: readonly AnalysisClaim[], opts: VerifyOptions = {}): VerdictResult[] {
  const dataBySeries = groupBySeries(data);
  // Every day each series must be able to answer about: target windows and month starts (the latter
  // added when the series is first swept, from its facts, which are built only then).
  const extra = new Map<string, Set<string>>();
  for (const t of targets) {
    let days: string[] | null = null;
    for (const id of relatedSeries(t)) {
      if (!dataBySeries.has(id)) continue;
      days ??= targetDays(t);
      let set = extra.get(id);
      if (!set) extra.set(id, (set = new Set()));
      for (const d of days) set.add(d);
    }
  }
  const sweeps = new Map<string, SeriesSweep>();
  const sweepOf = (id: string) => {
    let s = sweeps.get(id);
    const list = dataBySeries.get(id);
    if (!s && list) {
      const facts = list.flatMap(factsOf);
      s = new SeriesSweep(facts, [...monthFirstsAround(facts, []), ...(extra.get(id) ?? [])]);
      sweeps.set(id, s);
    }
    return s;
  };

  const sameDocument = opts.documents ? (t: AnalysisClaim) => opts.documents!.get(t.document ?? '') ?? [] : byDocument(targets);
  const results: VerdictResult[] = new Array(targets.length);
  const ctx: Ctx = { sweepOf, data: dataBySeries, groups: new Map(), keys: new Map() };
  // A claim's checks touch only series of its own force, event and scope, so each such family is swept
  // on its own (in publication order) and its models are dropped afterwards: memory stays per family.
  const families = new Map<string, number[]>();
  targets.forEach((t, i) => {
    const k = `${t.force}|${t.event}|${t.scope ?? ''}`;
    const l = families.get(k);
    if (l) l.push(i);
    else families.set(k, [i]);
  });
  for (const family of families.values()) {
    family.sort((a, b) => compareDays(targets[a].published ?? FAR_FUTURE, targets[b].published ?? FAR_FUTURE));
    for (const i of family) {
      const t = targets[i];
      const o = verifyOne(t, ctx, sameDocument(t));
      results[i] = {
        claimId: t.id,
        verdict: o.verdict,
        check: o.check,
        explanation: o.text,
        expected: o.expected,
        evidence: [...new Set([...o.evidence.map((f) => f.claim.id), ...(o.evidenceClaims ?? []).map((c) => c.id)])],
      };
    }
    for (const i of family) for (const id of relatedSeries(targets[i])) {
      sweeps.delete(id);
      ctx.groups.delete(id);
      ctx.keys.delete(id);
    }
  }
  return results;
}

interface Ctx {
  sweepOf: (id: string) => SeriesSweep | undefined;
  data: Map<string, AnalysisClaim[]>;
  groups: Map<string, Map<string, AnalysisClaim[]>>;
  /** groupKey of each claim of ctx.data's list for the series, index for index. */
  keys: Map<string, string[]>;
}

/** A series' claims by quantity-and-period group, built once per series on first use. */
function groupsOf(ctx: Ctx, sid: string): Map<string, AnalysisClaim[]> {
  let m = ctx.groups.get(sid);
  if (!m) {
    m = new Map();
    const keys: string[] = [];
    for (const c of ctx.data.get(sid) ?? []) {
      const k = groupKey(c);
      keys.push(k);
      const l = m.get(k);
      if (l) l.push(c);
      else m.set(k, [c]);
    }
    ctx.groups.set(sid, m);
    ctx.keys.set(sid, keys);
  }
  return m;
}

/**
 * The first three groups that reconciling the series' last 50 usable claims (in data order) would give:
 * only those are named, so only those are reconciled, with the group keys computed once per series.
 */
function nearestGroups(ctx: Ctx, sid: string, usable: (c: AnalysisClaim) => boolean): ClaimGroup[] {
  groupsOf(ctx, sid);
  const list = ctx.data.get(sid) ?? [];
  const keys = ctx.keys.get(sid)!;
  const picked: number[] = [];
  for (let i = list.length - 1; i >= 0 && picked.length < 50; i--) if (usable(list[i])) picked.push(i);
  picked.reverse();
  const byKey = new Map<string, AnalysisClaim[]>();
  for (const i of picked) {
    const l = byKey.get(keys[i]);
    if (l) l.push(list[i]);
    else if (byKey.size < 3) byKey.set(keys[i], [list[i]]);
  }
  return [...byKey].map(([k, l]) => reconcileGroup(k, l));
}

/** Each target's fellow claims of its document; most documents hold one claim, kept without an array. */
function byDocument(claims: readonly AnalysisClaim[]): (t: AnalysisClaim) => readonly AnalysisClaim[] {
  const m = new Map<string, AnalysisClaim | AnalysisClaim[]>();
  for (const c of claims) {
    if (!c.document) continue;
    const had = m.get(c.document);
    if (had === undefined) m.set(c.document, c);
    else if (Array.isArray(had)) had.push(c);
    else m.set(c.document, [had, c]);
  }
  return (t) => {
    const v = t.document ? m.get(t.document) : undefined;
    return v === undefined ? [] : Array.isArray(v) ? v : [v];
  };
}

function monthFirstsAround(facts: readonly Fact[], more: string[]): string[] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const f of facts) {
    if (f.from) lo = Math.min(lo, monthIndex(f.from));
    hi = Math.max(hi, monthIndex(f.to));
  }
  for (const d of more) {
    lo = Math.min(lo, monthIndex(d));
    hi = Math.max(hi, monthIndex(d));
  }
  const out: string[] = [];
  if (lo === Infinity) return out;
  for (let m = lo; m <= hi + 1; m++) out.push(`${monthKey(m)}-01`);
  return out;
}

/** The boundary days a claim's checks will ask about, so the series model has them as nodes. */
function targetDays(t: AnalysisClaim): string[] {
  const days: string[] = [];
  if (t.period?.start) days.push(t.period.start, WAR_YEAR_START, WAR_FIRST_WHOLE_MONTH);
  if (t.period?.end) days.push(addDays(t.period.end, 1));
  if (t.period?.start && t.period.end) days.push(...readings(t).narrowest, ...readings(t).widest);
  const ref = t.period?.end ?? t.published;
  const months = (fromYear: number, toYear: number) => {
    for (let y = fromYear; y <= toYear; y++) for (let m = 1; m <= 12; m++) days.push(`${y}-${String(m).padStart(2, '0')}-01`);
    days.push(`${toYear + 1}-01-01`);
  };
  if (ref && t.per === 'month') months(Number(ref.slice(0, 4)), Number(ref.slice(0, 4)));
  if (ref && t.kind === 'projection') months(Number(ref.slice(0, 4)) - 6, Number(ref.slice(0, 4)));
  if (t.period?.start && t.period.end && (t.kind === 'change' || t.statistic === 'ratio')) {
    const year = Number(t.period.start.slice(0, 4));
    months(year - 1, Number(t.period.end.slice(0, 4)));
    days.push(shiftYear(t.period.start, -1), shiftYear(addDays(t.period.end, 1), -1));
  }
  return days;
}

function shiftYear(day: string, by: number): string {
  const y = Number(day.slice(0, 4)) + by;
  const rest = day.slice(4);
  return rest === '-02-29' ? `${y}-02-28` : `${y}${rest}`;
}

function relatedSeries(t: AnalysisClaim): string[] {
  const key = seriesKeyOf(t);
  const ids = [seriesId(key)];
  const proxy = proxyCounted(key.counted, key.event);
  if (proxy) ids.push(seriesId({ ...key, counted: proxy }));
  if (funnelRank(key.counted) >= 0) for (const c of FUNNEL) if (c !== key.counted) ids.push(seriesId({ ...key, counted: c }));
  return ids;
}

function verifyOne(t: AnalysisClaim, ctx: Ctx, sameDocument: readonly AnalysisClaim[]): Outcome {
  const arithmetic = periodArithmetic(t);
  if (arithmetic && !arithmetic.ok) return { verdict: 'internally_inconsistent', check: 'period', text: capital(arithmetic.text) + '.', expected: null, evidence: [] };
  const conflict = documentConflicts(t, sameDocument);
  if (conflict) return { verdict: 'internally_inconsistent', check: 'document', text: capital(conflict.text) + '.', expected: null, evidence: [] };

  let o: Outcome;
  if (t.kind === 'projection') o = checkProjection(t, ctx);
  else if (t.kind === 'change' || t.statistic === 'ratio') o = checkChange(t, ctx);
  else if (t.statistic === 'count' && t.per === 'month') o = checkRate(t, ctx);
  else if (t.statistic === 'count' && t.per === null && t.period?.end) o = checkWindow(t, ctx);
  else o = checkAgainstReports(t, ctx);

  if (o.verdict !== 'contradicted' && t.statistic === 'count' && t.period?.end && t.per === null) {
    const funnel = checkFunnel(t, ctx);
    if (funnel) o = funnel;
  }
  if (arithmetic?.ok) o = { ...o, text: `${o.text} ${capital(arithmetic.text)}.` };
  return o;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const before = (t: AnalysisClaim) => (t.published ? `published before ${t.published}` : 'available');

/** The model of a series (or, for persons, of the case counts they usually are) as of the claim. */
function modelFor(t: AnalysisClaim, key: SeriesKey, ctx: Ctx, useProxy = true): { model: SeriesModel; note: string } | null {
  const own = ctx.sweepOf(seriesId(key));
  if (own && own.at(t.published).facts.length > 0 && coversAnything(own.at(t.published), t)) return { model: own.at(t.published), note: '' };
  const proxy = useProxy ? proxyCounted(key.counted, key.event) : null;
  if (proxy) {
    const s = ctx.sweepOf(seriesId({ ...key, counted: proxy }));
    if (s && s.at(t.published).facts.length > 0) {
      return { model: s.at(t.published), note: ` (No figures count ${key.counted}; checked against the count of ${proxy}, which pages often call ${key.counted}.)` };
    }
  }
  if (own && own.at(t.published).facts.length > 0) return { model: own.at(t.published), note: '' };
  return null;
}

function coversAnything(model: SeriesModel, t: AnalysisClaim): boolean {
  if (!t.period?.end) return true;
  const start = t.period.start ?? model.timeline.origin;
  if (!model.timeline.has(start) || !model.timeline.has(addDays(t.period.end, 1))) return false;
  const b = model.bounds(start, addDays(t.period.end, 1));
  return b.low > 0 || b.high < Infinity;
}

function windowBounds(model: SeriesModel, start: string | null, endInclusive: string, published: string | null = null): Bounds | null {
  if (!start) {
    const s = model.timeline.origin;
    const e = addDays(endInclusive, 1);
    return model.timeline.has(e) && s < e ? model.bounds(s, e) : null;
  }
  const r = readings({ period: { start, end: endInclusive }, published });
  const known = (w: [string, string]) => model.timeline.has(w[0]) && model.timeline.has(w[1]);
  if (!known(r.widest) || !known(r.narrowest)) return null;
  const narrow = r.narrowest[0] < r.narrowest[1] ? model.bounds(r.narrowest[0], r.narrowest[1]) : null;
  const wide = r.widest[0] < r.widest[1] ? model.bounds(r.widest[0], r.widest[1]) : null;
  if (!wide) return null;
  // At least what the narrowest reading must hold, at most what the widest may hold.
  return { low: narrow?.low ?? 0, lowFacts: narrow?.lowFacts ?? [], high: wide.high, highFacts: wide.highFacts };
}

function judge(iv: Interval, b: Bounds, what: string, note: string, check: string): Outcome {
  const evidence = [...b.lowFacts, ...b.highFacts].map((s) => s.fact);
  const expected = { low: b.low, high: b.high };
  if (b.low > iv.high) {
    return { verdict: 'contradicted', check, expected, evidence: b.lowFacts.map((s) => s.fact), text: `${what} at stated precision admits ${formatInterval(iv)}, but the figures put it at no less than ${formatNumber(b.low)}: ${describeSum(b.lowFacts, b.low)}.${note}` };
  }
  if (b.high < iv.low) {
    return { verdict: 'contradicted', check, expected, evidence: b.highFacts.map((s) => s.fact), text: `${what} at stated precision admits ${formatInterval(iv)}, but the figures put it at no more than ${formatNumber(b.high)}: ${describeSum(b.highFacts, b.high)}.${note}` };
  }
  if (b.low >= iv.low && b.high <= iv.high) {
    const how = b.low === b.high ? `the figures give ${formatNumber(b.low)}: ${describeSum(b.lowFacts, b.low)}` : b.high === Infinity ? `the figures give at least ${formatNumber(b.low)}: ${describeSum(b.lowFacts, b.low)}` : `the figures put it between ${formatNumber(b.low)} and ${formatNumber(b.high)}: at least ${describeSum(b.lowFacts, b.low)}; at most ${describeSum(b.highFacts, b.high)}`;
    return { verdict: 'supported', check, expected, evidence, text: `${what} matches: ${how}.${note}` };
  }
  const known = b.high === Infinity ? `at least ${formatNumber(b.low)}${b.low > 0 ? ` (${describeSum(b.lowFacts, b.low)})` : ''}` : `between ${formatNumber(b.low)} and ${formatNumber(b.high)}`;
  return { verdict: 'unverifiable', check, expected, evidence, text: `${what} (admitting ${formatInterval(iv)}) is not settled by the figures, which put it ${known}.${note}` };
}

function checkWindow(t: AnalysisClaim, ctx: Ctx): Outcome {
  const iv = intervalOf(t);
  const key = seriesKeyOf(t);
  const what = capital(`${describeValue(t.value, t.qualifier)} for ${describePeriod(t.period)}`);
  // The claim's own measure first; for "persons" that pages use for case counts, the case counts too.
  const candidates: { model: SeriesModel; note: string }[] = [];
  const own = ctx.sweepOf(seriesId(key));
  if (own) candidates.push({ model: own.at(t.published), note: '' });
  const proxy = proxyCounted(key.counted, key.event);
  const ps = proxy ? ctx.sweepOf(seriesId({ ...key, counted: proxy })) : undefined;
  if (ps) candidates.push({ model: ps.at(t.published), note: ` (Checked against the count of ${proxy}, which pages often call ${key.counted}.)` });
  let first: { o: Outcome; model: SeriesModel } | null = null;
  for (const m of candidates) {
    const b = windowBounds(m.model, t.period!.start, t.period!.end!, t.published);
    if (!b || (b.low === 0 && b.high === Infinity)) continue;
    const o = judge(iv, b, what, m.note, 'total');
    if (!first) first = { o, model: m.model };
    if (o.verdict !== 'unverifiable') {
      first = { o, model: m.model };
      break;
    }
  }
  if (!first) return checkAgainstReports(t, ctx);
  if (t.kind === 'record' && first.o.verdict !== 'contradicted') return checkRecord(t, first.model, first.o, iv);
  return first.o;
}

/** A record: the highest of all windows of the same length (months or years) known on the claim's date. */
function checkRecord(t: AnalysisClaim, model: SeriesModel, base: Outcome, iv: Interval): Outcome {
  const start = t.period!.start;
  const end = t.period!.end!;
  if (!start) return base;
  const len = monthsOf(start, end).length;
  const a = monthIndex(start);
  const days = model.timeline.days;
  const firstMonth = monthIndex(days[0]);
  const beaten: string[] = [];
  let compared = 0;
  let open = 0;
  for (let s = a - len; s >= firstMonth; s -= len) check(s);
  const lastKnown = t.published ? monthIndex(t.published) - 1 : monthIndex(days[days.length - 1]) - 1;
  for (let s = a + len; s + len - 1 <= lastKnown; s += len) check(s);
  function check(s: number) {
    const from = `${monthKey(s)}-01`;
    const to = nextMonthFirst(`${monthKey(s + len - 1)}-01`);
    if (!model.timeline.has(from) || !model.timeline.has(to)) return;
    const b = model.bounds(from, to);
    if (b.low === 0 && b.high === Infinity) return;
    compared++;
    if (b.low > iv.high) beaten.push(`${describeSum(b.lowFacts, b.low)} (${monthKey(s)})`);
    else if (b.high > iv.low) open++;
  }
  if (beaten.length > 0) {
    return { ...base, verdict: 'contradicted', check: 'record', text: `${base.text} But it is not a record: a higher figure was known before: ${beaten.slice(0, 3).join('; ')}.` };
  }
  const caveat = open > 0 ? ` ${open} of them have no figure precise enough to rule out a higher value.` : '';
  return { ...base, check: 'record', text: `${base.text} As a record: no other ${len === 1 ? 'month' : `${len}-month stretch`} known before the claim (${compared} compared) was higher.${caveat}` };
}

/** "N each month": every month of the period (or of the claim's year so far) against the stated rate. */
function checkRate(t: AnalysisClaim, ctx: Ctx): Outcome {
  const iv = intervalOf(t);
  const m = modelFor(t, seriesKeyOf(t), ctx);
  if (!m) return unverifiable(t, 'rate', 'no figures for this quantity were published before the claim');
  let months: string[];
  if (t.period?.start && t.period.end) months = monthsOf(t.period.start, t.period.end);
  else if (t.published) {
    const lastMonth = monthIndex(t.published) - 1;
    const year = Number(t.published.slice(0, 4));
    months = [];
    for (let x = year * 12; x <= lastMonth; x++) months.push(monthKey(x));
  } else return unverifiable(t, 'rate', 'the claim gives neither a period nor a date to place "each month"');
  const inside: string[] = [];
  const outside: { month: string; b: Bounds }[] = [];
  const open: string[] = [];
  const evidence: Fact[] = [];
  for (const mk of months) {
    const from = `${mk}-01`;
    const to = nextMonthFirst(from);
    if (!m.model.timeline.has(from) || !m.model.timeline.has(to)) continue;
    const b = m.model.bounds(from, to);
    if (b.low === 0 && b.high === Infinity) continue;
    if (b.low > iv.high || b.high < iv.low) outside.push({ month: mk, b });
    else if (b.low >= iv.low && b.high <= iv.high) {
      inside.push(`${mk}: ${formatInterval({ low: b.low, high: b.high })}`);
      evidence.push(...b.lowFacts.map((s) => s.fact));
    } else open.push(mk);
  }
  const span = `${months[0]} to ${months[months.length - 1]}`;
  const what = `${describeValue(t.value, t.qualifier)} each month (admitting ${formatInterval(iv)}; months ${span})`;
  if (outside.length > 0) {
    const list = outside.slice(0, 4).map((o) => `${o.month}: ${o.b.low > iv.high ? describeSum(o.b.lowFacts, o.b.low) : describeSum(o.b.highFacts, o.b.high)}`);
    return { verdict: 'contradicted', check: 'rate', expected: null, evidence: outside.flatMap((o) => [...o.b.lowFacts, ...o.b.highFacts].map((s) => s.fact)), text: `${capital(what)}: ${outside.length} month(s) fall outside: ${list.join('; ')}.${m.note}` };
  }
  if (inside.length > 0 && inside.length >= open.length) {
    const rest = open.length ? ` ${open.length} month(s) (${open.join(', ')}) have no figure precise enough to tell.` : '';
    return { verdict: 'supported', check: 'rate', expected: null, evidence, text: `${capital(what)}: every month with a figure fits: ${inside.join('; ')}.${rest}${m.note}` };
  }
  return unverifiable(t, 'rate', `too few months have figures precise enough (${inside.length} fit, ${open.length} undecided) for ${span}${m.note}`);
}

function unverifiable(t: AnalysisClaim, check: string, why: string): Outcome {
  return { verdict: 'unverifiable', check, expected: null, evidence: [], text: `${capital(describeClaim(t))}: ${why}.` };
}

/** An x-fold change over the claim's period against the same stretch a year earlier. */
function checkChange(t: AnalysisClaim, ctx: Ctx): Outcome {
  if (!t.period?.start || !t.period.end) return unverifiable(t, 'change', 'the change has no period to compare');
  const key = { ...seriesKeyOf(t), statistic: 'count' };
  const m = modelFor(t, key, ctx);
  if (!m) return unverifiable(t, 'change', `no counts of ${key.event} ${key.counted} were published before the claim`);
  const iv = acceptedInterval(t.value, t.qualifier, false);
  // Shrink the window's end to the last month with a known total (figures lag the claim's date).
  let endMonth = monthIndex(t.period.end);
  const startMonth = monthIndex(t.period.start);
  for (; endMonth >= startMonth; endMonth--) {
    const cur = m.model.timeline.has(nextMonthFirst(`${monthKey(endMonth)}-01`)) ? windowBounds(m.model, t.period.start, addDays(nextMonthFirst(`${monthKey(endMonth)}-01`), -1)) : null;
    if (cur && cur.high < Infinity) break;
  }
  if (endMonth < startMonth) return unverifiable(t, 'change', 'no total for any part of the period was published before the claim');
  const curEnd = addDays(nextMonthFirst(`${monthKey(endMonth)}-01`), -1);
  const cur = windowBounds(m.model, t.period.start, curEnd)!;
  const base = windowBounds(m.model, shiftYear(t.period.start, -1), shiftYear(curEnd, -1));
  if (!base || base.low === 0) return unverifiable(t, 'change', `no total for the same stretch a year earlier was published before the claim`);
  const ratio = { low: cur.low / base.high, high: base.low > 0 ? cur.high / base.low : Infinity };
  const evidence = [...cur.lowFacts, ...cur.highFacts, ...base.lowFacts, ...base.highFacts].map((s) => s.fact);
  const detail = `${t.period.start} to ${curEnd}: ${describeSum(cur.lowFacts, cur.low)}; a year earlier: ${describeSum(base.lowFacts, base.low)}`;
  const r = `${formatNumber(Math.round(ratio.low * 100) / 100)}${ratio.high !== ratio.low ? `–${formatNumber(Math.round(ratio.high * 100) / 100)}` : ''}`;
  const what = `A ${describeValue(t.value, t.qualifier)}-fold change (admitting ${formatInterval(iv)})`;
  if (ratio.low > iv.high || ratio.high < iv.low) return { verdict: 'contradicted', check: 'change', expected: ratio, evidence, text: `${what} does not match the figures, which give ${r}-fold (${detail}).${m.note}` };
  if (ratio.low >= iv.low && ratio.high <= iv.high) return { verdict: 'supported', check: 'change', expected: ratio, evidence, text: `${what} matches the figures: ${r}-fold (${detail}).${m.note}` };
  return { verdict: 'unverifiable', check: 'change', expected: ratio, evidence, text: `${what} is not settled: the figures allow ${r}-fold (${detail}).${m.note}` };
}

/** "May reach N": N against the year-end projection from the months known on the claim's date. */
function checkProjection(t: AnalysisClaim, ctx: Ctx): Outcome {
  const end = t.period?.end ?? (t.published ? `${t.published.slice(0, 4)}-12-31` : null);
  if (!end || t.statistic !== 'count') return unverifiable(t, 'projection', 'only year-end counts can be projected');
  const year = Number(end.slice(0, 4));
  const m = modelFor({ ...t, period: { start: `${year}-01-01`, end } }, seriesKeyOf(t), ctx);
  if (!m) return unverifiable(t, 'projection', 'no figures for this quantity were published before the claim');
  const lastMonth = t.published && t.published.slice(0, 4) === String(year) ? Number(t.published.slice(5, 7)) - 1 : 12;
  const p = projectYear(m.model, year, lastMonth);
  if (!p) return unverifiable(t, 'projection', `no total for any part of ${year} was published before the claim`);
  const target = 'exact' in t.value ? t.value.exact : t.value.high;
  const iv = acceptedInterval({ exact: target }, 'exact');
  const backtest = p.backtests.length
    ? ` Backtest of the method on ${p.backtests.map((b) => `${b.year} (projected ${formatNumber(b.projected)}, actual ${formatNumber(b.actual)})`).join(', ')}.`
    : ' No past year had the figures for a backtest; the interval is ±25% of the months left.';
  const text = `${year} year-end projection: ${formatNumber(p.value)} (interval ${formatNumber(p.low)}–${formatNumber(p.high)}) from ${formatInterval(p.ytd)} in the first ${p.monthsKnown} month(s).${backtest}${m.note}`;
  const expected = { low: p.low, high: p.high };
  if (iv.high < p.ytd.low) return { verdict: 'supported', check: 'projection', expected, evidence: [], text: `"${describeValue(t.value, t.qualifier)}" is already exceeded. ${text}` };
  if (iv.low > p.high) return { verdict: 'contradicted', check: 'projection', expected, evidence: [], text: `Reaching ${formatNumber(target)} is out of reach: ${text}` };
  if (overlaps(iv, expected)) return { verdict: 'supported', check: 'projection', expected, evidence: [], text: `Reaching ${formatNumber(target)} is within the projection: ${text}` };
  return { verdict: 'unverifiable', check: 'projection', expected, evidence: [], text: `Reaching ${formatNumber(target)} is below the projection's interval: ${text}` };
}

/** Claims the series cannot place (shares, mean ages, no period): the reconciled reports of the same quantity. */
function checkAgainstReports(t: AnalysisClaim, ctx: Ctx): Outcome {
  const sid = seriesId(seriesKeyOf(t));
  const usable = (c: AnalysisClaim) => c.published !== null && (!t.published || c.published < t.published) && c.per === t.per && c.kind !== 'projection';
  // Same period: one group; no period: every group of the series.
  const byGroup = groupsOf(ctx, sid);
  const ownKey = t.period === null ? '' : groupKey({ ...t, kind: 'reported' });
  const lists: [string, AnalysisClaim[]][] = t.period === null ? [...byGroup] : [[ownKey, byGroup.get(ownKey) ?? []]];
  // Each list is one group already: reconcile it as such rather than regrouping the pool (same groups, same order).
  const groups: ClaimGroup[] = [];
  for (const [k, l] of lists) {
    const usableHere = l.filter(usable);
    if (usableHere.length > 0) groups.push(reconcileGroup(k, usableHere));
  }
  if (groups.length === 0) {
    const any = (ctx.data.get(sid) ?? []).some(usable);
    if (!any) return unverifiable(t, 'reports', `no figure for ${sid} was ${before(t)}`);
    const nearest = nearestGroups(ctx, sid, usable).map((g) => describeClaim(g.best)).join('; ');
    return unverifiable(t, 'reports', `no figure for the same period was ${before(t)}; nearest: ${nearest}`);
  }
  const iv = intervalOf(t);
  const same = groups.filter((g) => (g.period?.start ?? null) === (t.period?.start ?? null) && (g.period?.end ?? null) === (t.period?.end ?? null));
  const near = same.length > 0 ? same : t.period === null ? groups : [];
  const target = iv.low > 0 ? iv.low : iv.high;
  const credited = resolveSource(t.source);
  const closeness = (g: (typeof near)[number]) => {
    const v = g.consensus.low > 0 ? g.consensus.low : g.consensus.high;
    const sameSource = credited && g.agreeing.some((c) => resolveSource(c.source) === credited) ? 0 : 1;
    return sameSource * 1000 + Math.abs(Math.log((v + 1) / (target + 1)));
  };
  near.sort((a, b) => closeness(a) - closeness(b));
  for (const g of near) {
    const who = `${g.independent.length} independent report(s), e.g. ${describeClaim(g.best)}`;
    if (!overlaps(iv, g.consensus)) {
      if (same.length > 0) return { verdict: 'contradicted', check: 'reports', expected: g.consensus, evidence: [], evidenceClaims: g.agreeing, text: `${capital(describeClaim(t))} disagrees with the reconciled ${formatInterval(g.consensus)} for the same period from ${who}.` };
      continue;
    }
    return { verdict: 'supported', check: 'reports', expected: g.consensus, evidence: [], evidenceClaims: g.agreeing, text: `${capital(describeClaim(t))} matches the reconciled ${formatInterval(g.consensus)}${same.length ? ' for the same period' : ` (${describePeriod(g.period)})`} from ${who}.` };
  }
  const nearest = groups.slice(0, 3).map((g) => describeClaim(g.best)).join('; ');
  return unverifiable(t, 'reports', `no figure for the same period was ${before(t)}; nearest: ${nearest}`);
}

/** The legal funnel: suspects, court cases and convictions never exceed the cases registered for the same period. */
function checkFunnel(t: AnalysisClaim, ctx: Ctx): Outcome | null {
  const rank = funnelRank(t.counted);
  if (rank < 0 || !funnelApplies(t.period)) return null;
  const iv = intervalOf(t);
  for (const other of FUNNEL) {
    const r2 = funnelRank(other);
    if (r2 === rank) continue;
    const m = modelFor(t, { ...seriesKeyOf(t), counted: other }, ctx, false);
    if (!m) continue;
    const b = windowBounds(m.model, t.period!.start, t.period!.end!, t.published);
    if (!b) continue;
    if (r2 < rank && iv.low > b.high) {
      return { verdict: 'contradicted', check: 'funnel', expected: null, evidence: b.highFacts.map((s) => s.fact), text: `${capital(describeClaim(t))} exceeds the ${other} for the same period (at most ${describeSum(b.highFacts, b.high)}); ${t.counted} cannot exceed ${other}.` };
    }
    if (r2 > rank && iv.high < b.low) {
      return { verdict: 'contradicted', check: 'funnel', expected: null, evidence: b.lowFacts.map((s) => s.fact), text: `${capital(describeClaim(t))} is below the ${other} for the same period (at least ${describeSum(b.lowFacts, b.low)}); ${t.counted} cannot be fewer than ${other}.` };
    }
  }
  return null;
}
