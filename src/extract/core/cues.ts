// Cue extractors: each recognises one kind of phrase in a sentence and returns mentions with absolute spans.
import type { Counted, RateUnit } from '../../claim/taxonomy';
import type { Compiled } from './compile';
import { extractNumbers, joinRanges } from './numbers';
import { extractPeriods } from './periods';
import { extractSources, nominative } from './attribution';
import { mergeEventPairs } from './event-pairs';
import type { Cue, Mention, NumberMention, PeriodMention, SentenceCues } from './types';
import { SentenceTriggers, type Match } from './trigger';

const TIME = /(?<![\p{N}])(?:[01]?\d|2[0-3]):[0-5]\d(?:[–-](?:[01]?\d|2[0-3]):[0-5]\d)?(?![\p{N}])/gu;
const PHONE = /\+\d[\d\s().-]{6,}\d/gu;
/** A local phone number with its area code in brackets: "(044) 555-01-23". */
const LOCAL_PHONE = /\(\d{2,5}\)\s?\d{2,4}(?:[\s-]\d{2,4}){1,3}(?![\p{N}])/gu;
const HYPHEN_COMPOUND = /^-[\p{L}]/u;
const BOUNDARY = /[,;:()–—]|\s-\s|\s(?:but|yet|while|whereas)\s/gu;

export function cueList<T>(re: RegExp, s: string, base: number, rule: string, value: (w: string) => T | undefined): Cue<T>[] {
  const out: Cue<T>[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const v = value(m[0]);
    if (v !== undefined) out.push({ start: base + m.index, end: base + m.index + m[0].length, rule, value: v });
  }
  return out;
}

function mentions(re: RegExp, s: string, base: number, rule: string): Mention[] {
  return cueList(re, s, base, rule, () => true);
}

export function cuesOf<T>(matches: readonly Match[], base: number, rule: string, value: (w: string) => T | undefined): Cue<T>[] {
  const out: Cue<T>[] = [];
  for (const { index, m } of matches) {
    const v = value(m[0]);
    if (v !== undefined) out.push({ start: base + index, end: base + index + m[0].length, rule, value: v });
  }
  return out;
}
const mentionsOf = (matches: readonly Match[], base: number, rule: string): Mention[] => cuesOf(matches, base, rule, () => true);

const inside = (x: { start: number; end: number }, list: Array<{ start: number; end: number }>) =>
  list.some((y) => y.start <= x.start && x.end <= y.end);
const overlapsAny = (x: { start: number; end: number }, list: Array<{ start: number; end: number }>) =>
  list.some((y) => y.start < x.end && x.start < y.end);

/** Runs every extractor over one sentence. `heavy` is false for sentences with no number at all. */
export function collectCues(c: Compiled, s: string, base: number, published: string): SentenceCues {
  const st = new SentenceTriggers(c.triggers, s);
  const I = c.ids;
  const heavy = st.has(I.number) || st.has(I.foldWord) || st.has(I.approximate);
  const periods = extractPeriods(c, s, base, published, st);
  const cues: SentenceCues = {
    numbers: [],
    blocked: [],
    periods,
    events: mergeEventPairs(cuesOf(st.all(I.event), base, 'event', c.eventOf), s, base),
    counted: [],
    court: [],
    forces: cuesOf(st.all(I.force), base, 'force', c.forceOf),
    qualifiersAfter: [],
    rates: [],
    records: [],
    projections: [],
    scopes: [],
    sources: extractSources(c, s, base, st),
    nationwide: st.has(I.nationwide),
    backReference: c.backReference.test(s),
    meanAge: [],
    boundaries: [],
  };
  cues.scopes = extractScopes(c, s, base, st);
  // force words inside a period phrase ("since Russia's invasion") or a source's name name no force
  const named = cues.sources.filter((x) => x.name);
  cues.sourceForces = cues.forces.filter((f) => inside(f, named));
  cues.forces = cues.forces.filter((f) => !inside(f, periods) && !inside(f, named));
  // a sentence without figures may name what the next ones count ("Подозрения вручают редко. В январе их получили 93")
  cues.counted = cuesOf(st.all(I.counted), base, 'counted', c.countedOf) as Cue<Counted>[];
  if (!heavy) return cues;

  const blocked: Mention[] = [
    ...mentionsOf(st.all(I.nonClaimBefore), base, 'filter.before'),
    ...(s.includes(':') ? mentions(TIME, s, base, 'filter.time') : []),
    ...(s.includes('+') ? mentions(PHONE, s, base, 'filter.phone') : []),
    ...(s.includes('(') ? mentions(LOCAL_PHONE, s, base, 'filter.phone') : []),
  ];
  cues.blocked = blocked;
  let nums = extractNumbers(c, s, base, st).filter((n) => !overlapsAny(n, blocked) && !inside(n, periods.filter((p) => p.role !== 'same')));
  nums = nums.filter((n) => !isYear(s, base, n));
  nums = joinRanges(c, s, base, nums);
  nums = nums.filter((n) => {
    if (n.fold) return true;
    const after = s.slice(n.end - base, n.end - base + 24);
    if (HYPHEN_COMPOUND.test(after)) return false; // "41-year-old", "nine-month"
    if (c.ordinalDotAfter(after)) return false; // "123. brygady", "47. Brigade": a unit's name
    // "Средний возраст погибших — 35 лет": after a mean-age cue, years are the figure itself
    if (meanAgeBefore(c, s, n.start - base)) return true;
    return !c.nonClaimUnitAfter.test(after);
  });
  cues.numbers = nums;
  cues.court = mentionsOf(st.all(I.court), base, 'court');
  cues.rates = cuesOf(st.all(I.rate), base, 'rate', c.rateValue) as Cue<RateUnit>[];
  cues.records = mentionsOf(st.all(I.record), base, 'kind.record');
  cues.projections = mentionsOf(st.all(I.projection), base, 'kind.projection');
  cues.meanAge = mentionsOf(st.all(I.meanAge), base, 'statistic.meanAge');
  cues.boundaries = boundaries(s, base, [...nums, ...periods]);
  return cues;
}

/** A bare four-digit year ("in 2024", "2025 is") is a date, not a figure. */
function isYear(s: string, base: number, n: NumberMention): boolean {
  if (n.fold || n.percent || n.scale !== undefined || n.spelled) return false;
  const t = s.slice(n.start - base, n.end - base);
  return /^(?:1[89]\d{2}|20\d{2})$/.test(t);
}

function boundaries(s: string, base: number, spans: Array<{ start: number; end: number }>): number[] {
  const out: number[] = [];
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(s); m; m = BOUNDARY.exec(s)) {
    const at = base + m.index;
    if (spans.some((x) => x.start <= at && at < x.end)) continue;
    out.push(at);
  }
  return out;
}

/** Scopes: "155th Mechanized Brigade", "Central Military District", "Mykolaiv region", "dead from Bashkortostan". */
function extractScopes(c: Compiled, s: string, base: number, st: SentenceTriggers): Cue<string>[] {
  const out: Cue<string>[] = [];
  for (const { m } of st.all(c.ids.scope)) {
    // walk back over capitalised words and an ordinal number
    let i = m.index;
    const words: string[] = [];
    for (;;) {
      const before = s.slice(0, i);
      const w = wordAtEnd(before);
      if (!w || words.length >= 4) break;
      // a capitalised one- or two-letter word is a sentence-initial preposition ("У регіоні", "На Київщині"), not a
      // name, unless an acronym ("ОК")
      if (/^\p{L}{1,2}$/u.test(w[1]!) && !/^\p{Lu}{2}$/u.test(w[1]!)) break;
      words.unshift(w[1]!);
      i = before.length - w[0].length + (w[0].startsWith(' ') ? 1 : 0);
      if (/^\d/.test(w[1]!)) break;
    }
    if (words.length === 0) continue;
    const nounCapital = /^\p{Lu}/u.test(m[0]);
    if (!nounCapital && words.every((w) => /^\d/.test(w))) continue;
    const lead = words.join(' ').replace(/'s$/u, '');
    c.force.lastIndex = 0;
    const fm = c.force.exec(lead);
    if (fm && fm[0].length === lead.length) continue; // "Russian army" is the force itself
    if (/^(?:The|A|An|In|On|At|Of|For|By|From|To)$/u.test(words[0]!) && words.length === 1) continue;
    const first = /^(?:The|A|An|In|On|At|Of|For|By|From|To)$/u.test(words[0]!) ? 1 : 0;
    const start = i + (first ? words[0]!.length + 1 : 0);
    const text = s.slice(start, m.index + m[0].length);
    out.push({ start: base + start, end: base + m.index + m[0].length, rule: 'scope.named', value: text });
  }
  // noun first: "155e brigade mécanisée", "obwód lwowski", "123. brygady"; a bare noun names no scope
  for (const { m } of st.all(c.ids.scopeForward)) {
    if (!m[1] && !m[3]) continue;
    const start = base + m.index;
    const end = start + m[0].length;
    const overlapping = out.filter((x) => x.start < end && start < x.end);
    // with words after its noun the noun-first reading is the name ("Sam obwód" < "obwód lwowski")
    if (overlapping.length && !m[3]) continue;
    for (const x of overlapping) out.splice(out.indexOf(x), 1);
    out.push({ start, end, rule: 'scope.forward', value: nominative(c, m[0].replace(/\s+/gu, ' ')) });
  }
  for (const { m } of st.all(c.ids.scopeName)) {
    const v = c.scopeNameOf(m[0]);
    if (v) out.push({ start: base + m.index, end: base + m.index + m[0].length, rule: 'scope.place', value: v });
  }
  for (const { m } of st.all(c.ids.scopeLink)) {
    const name = m[1]!;
    if (c.notScope(name)) continue;
    c.force.lastIndex = 0;
    const fm = c.force.exec(name);
    if (fm && fm[0].length === name.length) continue;
    const at = m.index + m[0].length - name.length;
    out.push({ start: base + at, end: base + at + name.length, rule: 'scope.link', value: name });
  }
  return out;
}

const WORD_AT_END = /(?:^|\s)(\p{Lu}[\p{L}\p{M}'-]*|\d+(?:st|nd|rd|th|\.)?)\s+$/u;
const WORD_WINDOW = 120;

/** WORD_AT_END on `before`, tried on its last characters first: the regex is tried at every position. */
export function wordAtEnd(before: string): RegExpExecArray | null {
  if (before.length <= WORD_WINDOW) return WORD_AT_END.exec(before);
  const from = before.length - WORD_WINDOW;
  const w = WORD_AT_END.exec(before.slice(from));
  // a match at the window's start may be the tail of a longer word: only then is the whole text needed
  if (!w || w.index === 0) return WORD_AT_END.exec(before);
  w.index += from;
  return w;
}

export type { PeriodMention };

/** A mean-age phrase ("average age", "средний возраст") earlier in the sentence, at most a few words before. */
function meanAgeBefore(c: Compiled, s: string, at: number): boolean {
  const before = s.slice(Math.max(0, at - 60), at);
  c.meanAge.lastIndex = 0;
  return c.meanAge.test(before);
}
