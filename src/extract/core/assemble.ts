// Builds claims from one sentence's cues: each attribute is decided by a small, named rule, nearest cue first
// (the number's own noun phrase, then its clause, then its sentence), else carried over from context.
import type { ExtractedClaim, Period, PeriodBasis } from '../../claim/claim';
import type { ClaimKind, Counted, Qualifier, RateUnit, Statistic } from '../../claim/taxonomy';
import { isWholeMonths, monthsOf } from '../../util/dates';
import type { Compiled } from './compile';
import { phraseRegex } from './text';
import type { Cue, Mention, NumberMention, PeriodMention, SentenceCues, SourceMention } from './types';

/** What the document and the paragraph carry from sentence to sentence. */
export interface Context {
  published: string;
  language: string;
  /** Last force named in the document. */
  force: string | null;
  source: string | null;
  sourceIsPerson: boolean;
  /** Events of the claims so far, for the document's topic. */
  eventCounts: Map<string, number>;
  // paragraph
  paraPeriod: PeriodMention | null;
  paraEvent: string | null;
  paraCounted: Counted | null;
  paraScope: string | null;
  /** The last claim of the previous paragraph that had claims. */
  prevParaClaim: ExtractedClaim | null;
  /** The first dated claim of the previous paragraph that had claims: the span a following paragraph goes on about. */
  prevParaLead?: ExtractedClaim | null;
  paraClaims: ExtractedClaim[];
  /** Outlets named beside a data origin ("X, citing Y"): a later "according to X" means Y. */
  relays?: Map<string, string>;
  /** People named as sources so far: a later sentence that names one again without a verb quotes them. */
  persons?: string[];
  /** The scope last named in the document, for "у регіоні" / "in the region" (forces.scopeAnaphora). */
  lastScope?: string | null;
  /** Claims of the sentence before, for a source named after them ("Das geht aus Zahlen der X hervor"). */
  lastClaims?: ExtractedClaim[];
}

const EVENT_PRIORITY: Record<string, number> = {
  return: 5, defection: 5, self_harm: 5, death: 4, awol_or_desertion: 3, desertion: 2, awol: 2,
};
const DEFAULT_COUNTED: Record<string, Counted> = {
  awol: 'cases', desertion: 'cases', awol_or_desertion: 'cases', self_harm: 'cases', return: 'persons',
  defection: 'persons', death: 'persons',
};

interface Clause {
  start: number;
  end: number;
}

export function assembleSentence(c: Compiled, text: string, sentence: Mention, cues: SentenceCues, ctx: Context,
  trace: string[] | null): ExtractedClaim[] {
  const out: ExtractedClaim[] = [];
  const s = text.slice(sentence.start, sentence.end);
  const nums = cues.numbers;
  const periods = usablePeriods(c, text, cues);
  const sentenceSource = pickSource(cues.sources, nums[0]?.start ?? sentence.start);
  for (let i = 0; i < nums.length; i++) {
    const n = nums[i]!;
    const next = nums[i + 1]?.start ?? sentence.end;
    const clause = clauseOf(cues.boundaries, n, sentence);
    const np: Clause = { start: n.end, end: Math.min(clause.end, next, n.end + 90) };
    const rules: string[] = [n.rule];

    // statistic
    let statistic: Statistic = n.fold ? 'ratio' : n.percent ? 'share' : 'count';
    // in the clause, or just across a dash: "Средний возраст погибших — 35 лет"
    const meanAge = cues.meanAge.find((m) => m.end <= n.start && (m.start >= clause.start || /^[^,;:.]*[–—-]\s*$/u.test(text.slice(m.end, n.start))));
    if (meanAge && !n.fold && !n.percent) {
      statistic = 'mean_age';
      rules.push(meanAge.rule);
    }

    // event
    // "60 164 производства о СЗЧ и 9 332 — о дезертирстве": the dash stands for the noun left out, the event follows it
    const gappedEvent = cues.events.find((e) => e.start > n.end && /^\s*[–—]\s+(?:\p{Ll}+\s+){0,2}$/u.test(text.slice(n.end, e.start)));
    const ev = gappedEvent ? { ...gappedEvent, rule: 'gapped' } : pickEvent(cues.events, n, np, clause, sentence);
    let event = ev?.value ?? null;
    if (ev) rules.push(`event.${ev.rule}`);
    if (!event && ctx.paraEvent) {
      event = ctx.paraEvent;
      rules.push('event.paragraph');
    }
    if (!event && hasAnchor(c, cues, text, n, np, clause)) {
      event = dominantEvent(ctx);
      if (event) rules.push('event.document');
    }
    if (!event) {
      trace?.push(`drop ${text.slice(n.start, n.end)}: no event`);
      continue;
    }

    // counted
    let counted: Counted;
    if (statistic === 'mean_age') counted = 'years';
    else counted = pickCounted(c, cues, n, np, clause, event, ctx, text, rules, sentence);

    // force
    const force = pickForce(cues.forces, n, np, clause, ctx) ?? cues.sourceForces?.[0]?.value ?? null;
    if (!force) {
      trace?.push(`drop ${text.slice(n.start, n.end)}: no force`);
      continue;
    }

    // qualifier
    let qualifier: Qualifier = n.high !== undefined ? 'range' : n.qualifier ?? 'exact';
    if (n.high === undefined) {
      const before = text.slice(Math.max(clause.start, n.start - 48), n.start);
      const qm = c.qualifierBefore.exec(before);
      const qa = c.qualifierAfter.exec(text.slice(n.end, n.end + 24));
      const q = qm ? c.qualifierValue(qm[1]!) : qa ? c.qualifierAfterValue(qa[1]!) : undefined;
      if (q) {
        qualifier = q;
        rules.push('qualifier');
      }
    }

    // kind
    let kind: ClaimKind = 'reported';
    if (n.fold) kind = 'change';
    else if (cues.projections.some((p) => p.start >= clause.start && p.end <= n.start)) kind = 'projection';
    else if (cues.records.some((r) => r.start >= clause.start && r.end <= clause.end) || (cues.records.length > 0 && nums.length === 1)) kind = 'record';
    if (kind !== 'reported') rules.push(`kind.${kind}`);

    // rate
    // "місячний показник становив 5 тисяч, а у 2023-му — лише 1,5 тисячі": the dash stands for the predicate left
    // out, and the rate goes with it
    const prev = nums[i - 1];
    const gapped = !!prev && /[,;]/u.test(text.slice(prev.end, n.start)) && /[–—]\s*(?:\p{Ll}+\s+){0,2}$/u.test(text.slice(prev.end, n.start));
    const rate = cues.rates.find((r) => r.start >= clause.start && r.end <= clause.end && !(r.start < n.end && n.start < r.end)) ??
      (nums.length === 1 || gapped ? cues.rates.filter((r) => r.end <= n.start).pop() : undefined);
    const rated = !!rate && statistic !== 'ratio';

    // period
    const pr = pickPeriod(c, periods, n, clause, cues, ctx, event, force, text, sentence, rated);
    let period: Period | null = pr.period;
    if (period && kind === 'projection' && pr.mention?.projectionEnd) period = { start: period.start, end: pr.mention.projectionEnd };
    if (pr.rule) rules.push(pr.rule);

    // per
    let per: RateUnit | null = null;
    if (rate && rated) {
      per = rate.value;
      if (per === 'month' && period?.start && period.end && monthsOf(period.start, period.end).length === 1 && isWholeMonths(period.start, period.end)) per = null;
      if (per) rules.push('per.rate');
    }

    // scope
    let scope: string | null = null;
    if (!cues.nationwide) {
      const sc = nearest(cues.scopes, n);
      scope = sc?.value ?? ctx.paraScope;
      if (sc) rules.push(sc.rule);
      else if (scope) rules.push('scope.paragraph');
      else if (ctx.lastScope && refersToScope(c, s)) {
        // "у регіоні", "в области": the region last named, across a paragraph break too
        scope = ctx.lastScope;
        rules.push('scope.anaphor');
      }
    }

    // source
    let source: string | null;
    if (sentenceSource) {
      source = relayed(ctx, sentenceSource.name);
      rules.push(sentenceSource.rule);
    } else if (ctx.persons?.length && refersToPerson(c, s)) {
      source = ctx.persons[ctx.persons.length - 1]!;
      rules.push('source.personAnaphor');
    } else if ((source = mentionedPerson(ctx, s))) {
      rules.push('source.mentioned');
    } else {
      source = ctx.source;
      if (source) rules.push('source.carried');
    }

    const value = n.high !== undefined ? { low: n.value, high: n.value === n.high ? n.high : n.high } : { exact: n.value };
    const confidence = Math.min(0.95, 0.4 + (ev ? 0.15 : 0) + (pr.basis === 'stated' ? 0.1 : 0) + (sentenceSource ? 0.1 : 0) +
      (cues.forces.length ? 0.05 : 0) + (qualifier !== 'exact' || counted ? 0.05 : 0));
    const claim: ExtractedClaim = {
      force, event, counted, statistic, value, qualifier, period, per, kind, scope, source,
      quote: text.slice(sentence.start, sentence.end),
      span: { start: n.start, end: n.end },
      sentence: { start: sentence.start, end: sentence.end },
      rules,
      periodBasis: pr.basis,
      confidence: Math.round(confidence * 100) / 100,
      language: ctx.language,
    };
    out.push(claim);
    trace?.push(`claim ${text.slice(n.start, n.end)}: ${rules.join(' ')}`);
    ctx.paraEvent = event;
    ctx.paraCounted = counted === 'years' ? ctx.paraCounted : counted;
    ctx.eventCounts.set(event, (ctx.eventCounts.get(event) ?? 0) + 1);
    void s;
  }
  return out;
}

/** Updates the carried context after a sentence (claims or not). */
export function carry(c: Compiled, sentence: string, cues: SentenceCues, ctx: Context, sentenceEnd: number, claims: ExtractedClaim[]): void {
  // the force of the figures just given wins over a country merely named ("... dead since the invasion of Ukraine")
  const lastForce = cues.forces[cues.forces.length - 1];
  if (claims.length) ctx.force = claims[claims.length - 1]!.force;
  else if (lastForce) ctx.force = lastForce.value;
  else if (!ctx.force && cues.sourceForces?.length) ctx.force = cues.sourceForces[cues.sourceForces.length - 1]!.value;
  const src = pickSource(cues.sources, sentenceEnd);
  if (src) {
    noteRelays(ctx, cues.sources, src);
    ctx.source = relayed(ctx, src.name);
    ctx.sourceIsPerson = src.person;
    // the person named last is last in the list: "his words" are theirs
    if (src.person && src.name) ctx.persons = [...(ctx.persons ?? []).filter((p) => p !== src.name), src.name];
    // "Das geht aus Zahlen der X hervor": a sentence without figures hands its source back to the figures before
    if (!claims.length && cues.backReference && src.name) {
      for (const cl of ctx.lastClaims ?? []) {
        if (cl.rules.some((r) => r === 'source.carried') || cl.source === null) {
          cl.source = ctx.source;
          cl.rules.push('source.backReference');
        }
      }
    }
  } else if (ctx.persons?.length && refersToPerson(c, sentence)) {
    // "За його словами, …": the person last named speaks on, into a new paragraph too
    ctx.source = ctx.persons[ctx.persons.length - 1]!;
    ctx.sourceIsPerson = true;
  }
  if (!claims.length && !cues.numbers.length) completePeriods(cues, ctx);
  // figures for AWOL and for desertion side by side: what follows without an event is about both
  if (claims.some((c) => c.event === 'awol') && claims.some((c) => c.event === 'desertion')) ctx.paraEvent = 'awol_or_desertion';
  ctx.lastClaims = claims;
  const stated = cues.periods.filter((p) => p.role !== 'report' && p.role !== 'point' && p.role !== 'same' && p.period);
  if (stated.length) ctx.paraPeriod = stated[stated.length - 1]!;
  else {
    // "за цей час" resolved to the span before: the rest of the paragraph is about that span too
    const same = cues.periods.find((p) => p.role === 'same');
    const resolved = claims.find((cl) => cl.period && cl.rules.some((r) => r.startsWith('period.same')));
    if (same && resolved) ctx.paraPeriod = { ...same, role: 'closed', period: resolved.period, stated: false };
  }
  if (!claims.length) {
    const topic = cues.counted.filter((x) => x.value === 'suspects' || x.value === 'convictions').pop();
    if (topic && !cues.numbers.length) ctx.paraCounted = topic.value;
    const ev = cues.events[cues.events.length - 1];
    if (ev) ctx.paraEvent = ev.value;
    // a document that names its topic with its counted noun before any figure ("річну статистику кримінальних
    // проваджень за статтею 407") has that topic for the uncued figures after it, until claims outvote it
    if (ev && ctx.eventCounts.size === 0 && cues.counted.some((x) => x.value === 'cases')) ctx.eventCounts.set(ev.value, 0.5);
  }
  const sc = cues.scopes[cues.scopes.length - 1];
  if (cues.nationwide) ctx.paraScope = ctx.lastScope = null;
  else if (sc) ctx.paraScope = ctx.lastScope = sc.value;
  else if (ctx.lastScope && refersToScope(c, sentence)) ctx.paraScope = ctx.lastScope;
  ctx.paraClaims.push(...claims);
}

/**
 * A sentence without figures that only dates the figures just given completes their periods: a cut-off
 * ("Данные приводятся по состоянию на 8 августа", "The figures are as of March 1") ends totals that ran to the
 * published date; a start handed back with them ("Таку цифру назвав …, підбиваючи підсумки з 29 листопада 2024
 * року") opens the figures that had only an end.
 */
function completePeriods(cues: SentenceCues, ctx: Context): void {
  const last = ctx.lastClaims ?? [];
  if (!last.length) return;
  const cutoff = cues.periods.find((p) => p.role === 'cutoff' && p.period?.end);
  const since = cues.backReference ? cues.periods.find((p) => p.role === 'toDate' && p.period?.start) : undefined;
  for (const cl of last) {
    if (!cl.period || cl.per) continue;
    if (cutoff && cl.period.end === ctx.published && cutoff.period!.end! < cl.period.end && (!cl.period.start || cl.period.start <= cutoff.period!.end!)) {
      cl.period = { start: cl.period.start, end: cutoff.period!.end };
      cl.rules.push('period.cutoff.after');
    } else if (since && cl.period.start === null && cl.period.end && since.period!.start! <= cl.period.end) {
      cl.period = { start: since.period!.start, end: cl.period.end };
      cl.rules.push('period.start.after');
    }
  }
  const lead = last.find((cl) => cl.period);
  if (lead && ctx.paraPeriod) ctx.paraPeriod = { ...ctx.paraPeriod, role: 'closed', period: lead.period };
}

/** "Am 25. Februar hatte Selenskyj … angegeben": a person named before as a source, named again (by surname). */
function mentionedPerson(ctx: Context, sentence: string): string | null {
  for (const name of [...(ctx.persons ?? [])].reverse()) {
    const last = name.split(' ').pop()!;
    if (last.length < 4) continue;
    const at = sentence.indexOf(last);
    if (at >= 0 && !/\p{L}/u.test(sentence[at - 1] ?? '') && !/\p{L}/u.test(sentence[at + last.length] ?? '')) return name;
  }
  return null;
}

/** "X, citing Y" / "Y's data, which X reports": X relays Y, so a later "according to X" names Y. */
function noteRelays(ctx: Context, sources: SourceMention[], chosen: SourceMention): void {
  if (chosen.kind !== 'origin' || !chosen.name) return;
  for (const s of sources) {
    if (s.name && s.name !== chosen.name && !s.person) (ctx.relays ??= new Map()).set(s.name.toLowerCase(), chosen.name);
  }
}

function relayed(ctx: Context, name: string | null): string | null {
  return (name && ctx.relays?.get(name.toLowerCase())) ?? name;
}

export function endParagraph(ctx: Context): void {
  if (ctx.sourceIsPerson) {
    ctx.source = null;
    ctx.sourceIsPerson = false;
  }
  if (ctx.paraClaims.length) {
    ctx.prevParaClaim = ctx.paraClaims[ctx.paraClaims.length - 1]!;
    ctx.prevParaLead = ctx.paraClaims.find((c) => c.period) ?? ctx.prevParaClaim;
  }
  ctx.paraPeriod = null;
  ctx.paraEvent = null;
  ctx.paraCounted = null;
  ctx.paraScope = null;
  ctx.paraClaims = [];
}

function clauseOf(bounds: number[], n: Mention, sentence: Mention): Clause {
  let start = sentence.start;
  let end = sentence.end;
  for (const b of bounds) {
    if (b < n.start) start = b;
    else if (b >= n.end) {
      end = b;
      break;
    }
  }
  return { start, end };
}

const dist = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;

function nearest<T extends Mention>(list: T[], n: Mention): T | undefined {
  let best: T | undefined;
  for (const x of list) if (!best || dist(x, n) < dist(best, n)) best = x;
  return best;
}

function pickEvent(events: Cue<string>[], n: Mention, np: Clause, clause: Clause, sentence: Mention): (Cue<string> & { rule: string }) | undefined {
  const inNp = events.filter((e) => e.start >= np.start && e.start < np.end);
  if (inNp.length) {
    let best = inNp[0]!;
    for (const e of inNp) if ((EVENT_PRIORITY[e.value] ?? 0) > (EVENT_PRIORITY[best.value] ?? 0)) best = e;
    return { ...best, rule: 'phrase' };
  }
  const inClause = events.filter((e) => e.start >= clause.start && e.end <= clause.end);
  const c = nearest(inClause, n);
  if (c) return { ...c, rule: 'clause' };
  const s = nearest(events.filter((e) => e.start >= sentence.start && e.end <= sentence.end), n);
  return s ? { ...s, rule: 'sentence' } : undefined;
}

/** An uncued number is a figure of the document's topic only when named as one ("the count", "cases"). */
function hasAnchor(c: Compiled, cues: SentenceCues, text: string, n: Mention, np: Clause, clause: Clause): boolean {
  const nounAfter = cues.counted.find((x) => x.start >= np.start && x.start < np.end);
  if (nounAfter && nounAfter.value !== 'persons') return true;
  // "i casi registrati sono 63,2 mila": the counted noun may stand before the number in its clause
  if (cues.counted.some((x) => x.value !== 'persons' && x.start >= clause.start && x.end <= n.start)) return true;
  return c.anchor.test(text.slice(clause.start, clause.end));
}

function dominantEvent(ctx: Context): string | null {
  let best: string | null = null;
  let n = 0;
  for (const [e, k] of ctx.eventCounts) if (k > n) [best, n] = [e, k];
  return best;
}

/** Events prosecuted as crimes: their people may be suspects, their cases may reach a court. */
const PROSECUTED = new Set(['awol', 'desertion', 'awol_or_desertion', 'self_harm']);

function pickCounted(c: Compiled, cues: SentenceCues, n: NumberMention, np: Clause, clause: Clause, event: string, ctx: Context,
  text: string, rules: string[], sentence: Mention): Counted {
  const inClause = cues.counted.filter((x) => x.start >= clause.start && x.end <= clause.end && !(x.start < n.end && n.start < x.end));
  const noun = cues.counted.find((x) => x.start >= np.start && x.start < np.end && x.value !== 'suspects' && x.value !== 'court_cases');
  if (noun?.value === 'convictions') return rule(rules, 'counted.noun', 'convictions');
  // "Подозрения вручают редко. В январе их получили 93 человека": people served notices are the suspects
  if ((!noun || noun.value === 'persons') && (ctx.paraCounted === 'suspects' || ctx.paraCounted === 'convictions') &&
    PROSECUTED.has(event) && !inClause.some((x) => x.value === 'court_cases' || x.value === 'convictions')) return rule(rules, 'counted.paragraph', ctx.paraCounted);
  if ((!noun || noun.value === 'cases') && PROSECUTED.has(event)) {
    // a court as the sentence's subject, its first words ("X гарнизонный военный суд, как сообщила …, получил 210 дел")
    const courtSubject = cues.counted.some((x) => x.value === 'court_cases' && x.end <= n.start &&
      !cues.boundaries.some((b) => b < x.start) && text.slice(sentence.start, x.start).trim().split(/\s+/u).length <= 3);
    // a participle after the noun phrase ("23 тысяч дел …, поступивших в суды")
    const courtAfter = cues.counted.some((x) => x.value === 'court_cases' && x.start >= clause.end && /^[\s,]*$/u.test(text.slice(clause.end, x.start)));
    if (courtSubject || courtAfter) return rule(rules, 'counted.court', 'court_cases');
  }
  // "courts convicted 1,250 soldiers": the people counted are convictions
  if (inClause.some((x) => x.value === 'convictions' && x.end <= n.start)) return rule(rules, 'counted.convicted', 'convictions');
  if (inClause.some((x) => x.value === 'suspects')) return rule(rules, 'counted.suspicion', 'suspects');
  if (inClause.some((x) => x.value === 'court_cases')) return rule(rules, 'counted.court', 'court_cases');
  if (noun) {
    if (noun.value === 'cases' && cues.court.some((x) => x.start >= clause.start && x.end <= clause.end) && (c.court.lastIndex = 0, c.court.test(text.slice(clause.start, clause.end)))) {
      return rule(rules, 'counted.court', 'court_cases');
    }
    return rule(rules, 'counted.noun', noun.value);
  }
  // "17,000 abandoned their unit": the number is the subject of the event verb, so it counts people
  const ev = cues.events.find((e) => e.start >= n.end && e.start - n.end <= 3);
  if (ev && /^\s+\p{Ll}/u.test(text.slice(n.end, ev.end))) return rule(rules, 'counted.subject', 'persons');
  const before = inClause.filter((x) => x.end <= n.start && x.value !== 'persons');
  if (before.length) return rule(rules, 'counted.clause', before[before.length - 1]!.value);
  if (ctx.paraCounted) return rule(rules, 'counted.paragraph', ctx.paraCounted);
  return rule(rules, 'counted.default', DEFAULT_COUNTED[event] ?? 'cases');
}

/** The same event, or a part of a joint AWOL-or-desertion figure (its breakdown by article). */
function sameTopic(before: string, now: string): boolean {
  return before === now || (before === 'awol_or_desertion' && (now === 'awol' || now === 'desertion'));
}

function rule<T>(rules: string[], name: string, v: T): T {
  rules.push(name);
  return v;
}

function pickForce(forces: Cue<string>[], n: Mention, np: Clause, clause: Clause, ctx: Context): string | null {
  const inNp = forces.find((f) => f.start >= np.start && f.start < np.end && f.start - n.end <= 12);
  if (inNp) return inNp.value;
  const inClause = nearest(forces.filter((f) => f.start >= clause.start && f.end <= clause.end), n);
  if (inClause) return inClause.value;
  const before = forces.filter((f) => f.end <= n.start);
  if (before.length) return before[before.length - 1]!.value;
  if (ctx.force) return ctx.force;
  return forces[0]?.value ?? null;
}

function pickSource(sources: SourceMention[], at: number): SourceMention | undefined {
  for (const kind of ['own', 'origin', 'possessive', 'speaker'] as const) {
    let list = sources.filter((x) => x.kind === kind);
    // a capital or country as subject ("Kyiv registered …, the prosecutor's office said") is no source if another is named
    if (list.length > 1) list = list.filter((x) => !x.place).length ? list.filter((x) => !x.place) : list;
    if (list.length) return nearest(list, { start: at, end: at, rule: '' });
  }
  return undefined;
}

/** Periods that may date a figure: no report dates ("Bloomberg reported last December that"), no points. */
function usablePeriods(c: Compiled, text: string, cues: SentenceCues): PeriodMention[] {
  return cues.periods.filter((p) => {
    if (p.role === 'report' || p.role === 'point') return false;
    if (p.role !== 'closed') return true;
    const words = lastWordsBefore(text, p.start, 30);
    if (!words || (words[2] && /^(?:the|a|an|der|die|das|le|la|les|il|lo)$/iu.test(words[2]))) return true;
    // "називало для 2023 року", "named for 2023": a preposition of purpose makes it the figure's span
    if (words[2] && (c.pack.periods.spanPrepositions ?? []).includes(words[2].toLowerCase())) return true;
    c.reportingVerb.lastIndex = 0;
    const vm = c.reportingVerb.exec(words[1]!);
    return !(vm && vm[0].length === words[1]!.length);
  });
}

/** The period phrase's first word and the spaces after it, when more words follow ("zu 2022"), else 0. */
function leadWordLength(text: string, p: PeriodMention): number {
  const m = /^\p{L}+\s+(?=\S)/u.exec(text.slice(p.start, p.end));
  return m ? m[0].length : 0;
}

const SPACE_CHAR = /\s/u;
const LETTER_CHAR = /\p{L}/u;

/** Length of the letter (a code point, surrogate pairs too) ending just before `end`, or 0. */
function letterBefore(s: string, end: number, start: number): number {
  if (end <= start) return 0;
  const lo = s.charCodeAt(end - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && end - 2 >= start) return LETTER_CHAR.test(s.slice(end - 2, end)) ? 2 : 0;
  return LETTER_CHAR.test(s[end - 1]!) ? 1 : 0;
}

/**
 * What /(\p{L}+)(?:\s+(\p{L}+))?\s+$/u finds in text[at - window, at): the last word before trailing
 * whitespace as [, word] or, with a word before it across whitespace only, [, thatWord, lastWord]. Scanning
 * back from the end instead of trying the regex at every position of the window.
 */
export function lastWordsBefore(text: string, at: number, window: number): [string, string, string | undefined] | null {
  const from = Math.max(0, at - window);
  let j = at;
  while (j > from && SPACE_CHAR.test(text[j - 1]!)) j--;
  if (j === at) return null;
  let k = j;
  for (let n = letterBefore(text, k, from); n; n = letterBefore(text, k, from)) k -= n;
  if (k === j) return null;
  const last = text.slice(k, j);
  let m = k;
  while (m > from && SPACE_CHAR.test(text[m - 1]!)) m--;
  if (m < k) {
    let q = m;
    for (let n = letterBefore(text, q, from); n; n = letterBefore(text, q, from)) q -= n;
    if (q < m) return [text.slice(q, at), text.slice(q, m), last];
  }
  return [text.slice(k, at), last, undefined];
}

/** A test for any of a pack's phrases anywhere in a string, its regex built once per pack. */
function phraseTest(phrasesOf: (pack: Compiled['pack']) => readonly string[] | undefined): (c: Compiled, s: string) => boolean {
  const built = new WeakMap<Compiled, RegExp>();
  return (c, s) => {
    let re = built.get(c);
    if (!re) built.set(c, (re = phraseRegex(phrasesOf(c.pack) ?? [])));
    re.lastIndex = 0;
    return re.test(s);
  };
}

/** Comparison words anywhere ("ніж", "than", "чем"). */
const comparisonIn = phraseTest((p) => p.events.comparisonWords);
/** "у регіоні", "в области": the region last named. */
const refersToScope = phraseTest((p) => p.forces.scopeAnaphora);
/** "по его словам", "за його словами": the person last named. */
const refersToPerson = phraseTest((p) => p.attribution.personAnaphora);
/** Words that refer back to the figures just given ("це", "это", "this"). */
const refersBack = phraseTest((p) => p.periods.backAnaphora);

function pickPeriod(c: Compiled, periods: PeriodMention[], n: NumberMention, clause: Clause, cues: SentenceCues, ctx: Context,
  event: string, force: string, text: string, sentence: Mention, rated: boolean): { period: Period | null; basis: PeriodBasis; rule?: string; mention?: PeriodMention } {
  // a change names its baseline after the factor, introduced by a comparison word ("fivefold compared with 2022",
  // "вчетверо більше, ніж за аналогічний період минулого року"): that span is not the change's, nor its neighbours'
  const baselineOf = (f: NumberMention, p: PeriodMention) =>
    p.start >= f.end && (p.start < clauseOf(cues.boundaries, f, sentence).end || comparisonIn(c, text.slice(f.end, p.start)));
  const baseline = (p: PeriodMention) => n.fold && baselineOf(n, p);
  const foldBaselines = cues.numbers.filter((x) => x.fold).flatMap((f) => periods.filter((p) => baselineOf(f, p)));
  // the period phrase may have taken the comparison's last word as its own lead ("im Vergleich zu 2022": "zu 2022")
  const comparedBefore = (end: number) => (c.comparison.lastIndex = 0, c.comparison.test(text.slice(Math.max(sentence.start, end - 24), end)));
  const compared = (p: PeriodMention) => comparedBefore(p.start) || comparedBefore(p.start + leadWordLength(text, p));
  const usable = periods.filter((p) => !baseline(p) && !foldBaselines.includes(p) && p.role !== 'cutoff' && !(n.fold && compared(p)));
  const cutoff = periods.find((p) => p.role === 'cutoff');
  const others = cues.numbers.filter((x) => x !== n);
  let chosen: PeriodMention | undefined;
  let ruleName = '';
  // 1. right after the number, no clause break or other number between
  for (const p of usable) {
    if (p.start < n.end || p.start - n.end > 110) continue;
    if (cues.boundaries.some((b) => b >= n.end && b < p.start)) continue;
    if (others.some((x) => x.start >= n.end && x.start < p.start)) continue;
    chosen = p;
    ruleName = 'period.following';
    break;
  }
  // 2. in the number's clause; 3. nearest in the sentence
  if (!chosen) {
    const inClause = usable.filter((p) => p.start >= clause.start && p.end <= clause.end);
    chosen = nearest(inClause, n);
    if (chosen) ruleName = 'period.clause';
  }
  if (!chosen) {
    chosen = nearest(usable, n);
    if (chosen) ruleName = 'period.sentence';
  }
  let period: Period | null = null;
  let basis: PeriodBasis = 'none';
  // the span the previous paragraph went on about, for a paragraph that names none of its own
  const lead = ctx.prevParaLead ?? ctx.prevParaClaim;
  const carried = lead && lead.period && sameTopic(lead.event, event) && lead.force === force ? lead.period : null;
  if (chosen && chosen.role === 'same') {
    // "за цей час", "за эти четыре месяца": the span given before, across a paragraph break too
    ruleName = 'period.same';
    if (ctx.paraPeriod) chosen = ctx.paraPeriod;
    else {
      // a reference to the time itself, whatever the figures before it counted
      chosen = lead?.period ? { ...chosen, period: lead.period, stated: false } : undefined;
      if (chosen) ruleName = 'period.same.previousParagraph';
    }
  }
  if (chosen) {
    period = chosen.period;
    basis = chosen.stated ? 'stated' : 'inferred';
  } else if (ctx.paraPeriod) {
    chosen = ctx.paraPeriod;
    period = chosen.period;
    basis = 'inferred';
    ruleName = 'period.paragraph';
  } else if (!cues.periods.some((p) => p.role !== 'cutoff' && p.role !== 'report' && p.role !== 'point') && carried &&
    // a numbered unit ("155th brigade") is a story of its own; a region is a share of the tally before
    !cues.scopes.some((x) => /\p{N}/u.test(x.value)) &&
    // a rate with no span of its own is a general rate ("usually 14-18 thousand a month"), unless it refers back
    // to the figures before ("this is about 16 thousand a month")
    (!rated || refersBack(c, text.slice(sentence.start, sentence.end)))) {
    period = carried;
    basis = 'inferred';
    ruleName = 'period.previousParagraph';
  }
  if (cutoff?.period?.end) {
    if (!period) {
      period = { start: null, end: cutoff.period.end };
      basis = 'stated';
      ruleName = 'period.cutoff';
    } else if (chosen?.role === 'toDate' || (period.end === ctx.published)) {
      period = { start: period.start, end: cutoff.period.end };
      ruleName += '+cutoff';
    }
  }
  return { period, basis, rule: ruleName || undefined, mention: chosen };
}
