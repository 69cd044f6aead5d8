// Attribution extractor: who a sentence says its figures come from. Four patterns, each one rule:
//   own        "by our own arithmetic"                       → source null
//   origin     "according to X", "citing data from X"         → X (the data origin wins over the speaker)
//   possessive "X's own count"                                → X
//   speaker    "X said", "X, director of Y, said", ", reports X" → X
// A subject that is an anaphor ("he said", "the outlet said") names nobody: the source carried over stays.
import type { Compiled } from './compile';
import { memoPerOwner } from './memo';
import type { SourceMention } from './types';
import { SentenceTriggers } from './trigger';
import { alternation } from './text';

const CLAUSE_END = /[,;:.!?()]/u;
const AUX = /(?:\s+(?:has|have|had|also|now|later|then|previously|recently|already|initially|itself|first))+\s*$/iu;

export function extractSources(c: Compiled, s: string, base: number, st = new SentenceTriggers(c.triggers, s)): SourceMention[] {
  const out: SourceMention[] = [];
  for (const { m } of st.all(c.ids.ownWork)) {
    out.push({ start: base + m.index, end: base + m.index + m[0].length, rule: 'source.own', name: null, person: false, kind: 'own' });
  }
  for (const { m } of st.all(c.ids.sourceBefore)) {
    const from = m.index + m[0].length;
    let after = s.slice(from, from + 120);
    const cut = after.search(CLAUSE_END);
    if (cut >= 0) after = after.slice(0, cut);
    let found = nameIn(c, after);
    if (!found) {
      // no capitalised name: a lower-case institution ending the clause ("selon le parquet général")
      const low = c.lowerSourceFirst.exec(after);
      if (low) found = { index: low.index + low[0].length - low[1]!.length, text: low[1]! };
    }
    if (!found) continue;
    // "Как рассказал Financial Times представитель проекта Виталий Матвиенко": the outlet told is the addressee,
    // the titled person who follows is the one telling
    const rest = after.slice(found.index + found.text.length);
    const person = titledPerson(c, rest);
    if (person) found = { index: found.index + found.text.length + person.index, text: person.text };
    out.push({
      start: base + from + found.index, end: base + from + found.index + found.text.length, rule: person ? 'source.origin.titled' : 'source.origin',
      ...clean(c, found.text, !!person), kind: 'origin',
    });
  }
  c.sourceAfter.lastIndex = 0;
  for (let m = c.sourceAfterHint.test(s) ? c.sourceAfter.exec(s) : null; m; m = c.sourceAfter.exec(s)) {
    out.push({ start: base + m.index, end: base + m.index + m[1]!.length, rule: 'source.possessive', ...clean(c, m[1]!), kind: 'possessive' });
  }
  // "… na które powołuje się agencja Bloomberg": the outlet that relays the origin; never the source itself
  for (const { m } of st.all(c.ids.quotedBy)) {
    const from = m.index + m[0].length;
    const found = nameIn(c, s.slice(from, from + 80).split(CLAUSE_END)[0]!);
    if (found) out.push({ start: base + from + found.index, end: base + from + found.index + found.text.length, rule: 'source.relay', ...clean(c, found.text), kind: 'relay' });
  }
  for (const { m } of st.all(c.ids.reportingVerb)) {
    const subject = subjectBefore(c, s.slice(Math.max(0, m.index - 160), m.index));
    if (subject) {
      const at = m.index - subject.fromEnd;
      const named = subject.joint ? { name: subject.joint, person: false } : clean(c, subject.text, true);
      out.push({ start: base + at, end: base + at + subject.text.length, rule: subject.joint ? 'source.speaker.joint' : 'source.speaker', ...named, kind: 'speaker' });
      continue;
    }
    // inverted: ", reports Do Rzeczy", ", said Zelensky", "— podało Państwowe Biuro Śledcze"
    // and after a sentence-initial back-reference: "Такие данные приводит ГБР", "Таку цифру назвав директор ДБР ..."
    if (/[,—–]\s*$/u.test(s.slice(Math.max(0, m.index - 3), m.index)) || (m.index < 40 && c.backReference.test(s.slice(0, m.index)))) {
      const from = m.index + m[0].length;
      const found = invertedSubject(c, s.slice(from, from + 140));
      if (found) {
        const at = from + found.index;
        out.push({ start: base + at, end: base + at + found.text.length, rule: 'source.speaker.inverted', ...clean(c, found.text, true), kind: 'speaker' });
      }
    }
  }
  for (const x of out) {
    if (!x.name) continue;
    c.force.lastIndex = 0;
    const f = c.force.exec(x.name);
    x.place = !!f && f.index === 0 && f[0].length === x.name.length;
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  return out.filter((x, i) => (x.name === null || x.name.length > 0) && !(i > 0 && out[i - 1]!.start === x.start && out[i - 1]!.kind === x.kind));
}

const INVERTED_END = /[,;.!?]/u;
const LOWER_WORD = /^\s*\p{Ll}[\p{L}\p{M}-]*(?:'|\s+|$)/u;
const QUOTE = /^\s*"/u;

/**
 * The subject after an inverted reporting verb: a name ("a annoncé lundi le Bureau d'enquête d'État"), or a
 * lower-case institution or person from the pack's source heads ("przekazała tamtejsza prokuratura obwodowa").
 * A few lower-case words before it are skipped; "quoted by <outlet>" is skipped with its outlet.
 */
function invertedSubject(c: Compiled, after: string): { index: number; text: string } | null {
  const cut = after.search(INVERTED_END);
  const rest = cut >= 0 ? after.slice(0, cut) : after;
  // "назвав директор Державного бюро розслідувань Олексій Сухачов": the titled person, not the body in the title
  const person = titledPerson(c, rest);
  if (person) return person;
  let i = 0;
  for (let words = 0; words < 4 && i < rest.length; words++) {
    const tail = rest.slice(i);
    const q = c.quotedByAtStart.exec(tail);
    if (q) {
      i += q[0].length;
      const outlet = /^\s*"[^"]*"|^\s*\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*)*/u.exec(rest.slice(i));
      if (outlet) i += outlet[0].length;
      continue;
    }
    const head = c.lowerSourceAtStart.exec(tail);
    if (head) return { index: i + head[0].length - head[1]!.length, text: head[1]! };
    const quoted = QUOTE.exec(tail);
    const nm = c.nameAtStart.exec(quoted ? tail.slice(quoted[0].length) : tail);
    if (nm) {
      const skip = (quoted ? quoted[0].length : 0) + nm[0].length - nm[1]!.length;
      return { index: i + skip, text: nm[1]! };
    }
    const w = LOWER_WORD.exec(tail);
    if (!w) return null;
    i += w[0].length;
  }
  return null;
}

function nameIn(c: Compiled, text: string): { index: number; text: string } | null {
  const canon = c.canonicalFirst.exec(text);
  const m = c.nameFirst.exec(text);
  if (canon && (!m || canon.index <= m.index)) return { index: canon.index, text: canon[0] };
  if (!m) return null;
  return { index: m.index, text: m[0] };
}

/** Per pack: the words chaining names into a joint source, and the words that open an adjunct. */
const packRes = new WeakMap<Compiled, { chainAt: RegExp; coAgentAtEnd: RegExp; adjunctAtEnd: RegExp; joiner: string }>();
function res(c: Compiled) {
  let r = packRes.get(c);
  if (!r) {
    const A = c.pack.attribution;
    const chain = alternation(A.nameChainWords ?? ['and', '&']);
    const adj = A.subjectAdjuncts ?? [];
    r = {
      chainAt: new RegExp(`\\s+(?:${chain})\\s+`, 'gu'),
      // "… и волонтёрами", "and volunteers": an unnamed co-agent after the names
      coAgentAtEnd: new RegExp(`\\s+(?:${chain})\\s+\\p{Ll}[\\p{L}\\p{M}-]*$`, 'u'),
      // "у своєму березневому звіті", "в эфире телемарафона", "раніше": between a subject and its verb
      adjunctAtEnd: adj.length ? new RegExp(`\\s+(?:${alternation(adj)})(?:\\s+\\p{Ll}[\\p{L}\\p{M}'-]*){0,3}$`, 'u') : /(?!)/u,
      joiner: (A.nameChainWords ?? ['and'])[0]!,
    };
    packRes.set(c, r);
  }
  return r;
}

/** A whole name or known source, alone in the text (quotes allowed). */
function wholeName(c: Compiled, text: string): string | null {
  const t = text.trim().replace(/^"|"$/gu, '').trim();
  if (!t) return null;
  const canon = c.canonical(t);
  if (canon) return canon;
  const m = c.nameAtStart.exec(t);
  return m && m[0].trim().length === t.length ? nominative(c, t) : null;
}

/** "Русская служба Би-би-си вместе с «Медиазоной» (и волонтёрами)": two named bodies as one joint source. */
function jointAtEnd(c: Compiled, trimmed: string): { text: string; fromEnd: number; joint: string } | null {
  const R = res(c);
  const core = trimmed.replace(R.coAgentAtEnd, '');
  R.chainAt.lastIndex = 0;
  for (let m = R.chainAt.exec(core); m; m = R.chainAt.exec(core)) {
    const right = wholeName(c, core.slice(m.index + m[0].length));
    if (!right) continue;
    const left = core.slice(0, m.index);
    const canon = c.canonicalAtEnd.exec(left);
    const nm = canon ? null : c.nameAtEnd.exec(left);
    const leftText = canon ? canon[1]! : nm ? nm[0].trim() : null;
    if (!leftText) continue;
    const leftName = c.canonical(leftText) ?? clean(c, leftText).name;
    const start = left.lastIndexOf(leftText);
    return { text: trimmed.slice(start), fromEnd: trimmed.length - start, joint: `${leftName} ${R.joiner} ${right}` };
  }
  return null;
}

/**
 * After a title ("представитель проекта", "директор Державного бюро розслідувань"), the person's name that ends
 * the phrase: the body named in the title is its complement, not the speaker.
 */
function titledPerson(c: Compiled, text: string): { index: number; text: string } | null {
  const lead = /^[\s,]*/u.exec(text)![0].length;
  const t = c.titlesAtStart.exec(text.slice(lead));
  if (!t) return null;
  const rest = text.slice(lead + t[0].length).split(/[,;:.!?()]/u)[0]!;
  const pm = /(?:^|\s)(\p{Lu}\p{Ll}+(?:['-]\p{L}+)?(?:\s+\p{Lu}\p{Ll}+(?:['-]\p{L}+)?){1,2})\s*$/u.exec(rest);
  if (!pm) return null;
  return { index: lead + t[0].length + pm.index + pm[0].indexOf(pm[1]!), text: pm[1]! };
}

/** The name or lower-case institution right before a reporting verb; null for anaphors and no subject. */
function subjectBefore(c: Compiled, before: string, adjunct = true): { text: string; fromEnd: number; joint?: string } | null {
  const trimmed = before.replace(AUX, "").replace(/\s+$/u, "");
  const tail = before.length - trimmed.length;
  if (c.sameSource(trimmed)) return null;
  const joint = jointAtEnd(c, trimmed);
  if (joint) return { ...joint, fromEnd: joint.fromEnd + tail };
  const found = subjectAtEnd(c, trimmed, tail);
  if (found || !adjunct) return found;
  // "ДБР у своєму звіті називало", "Остап Гнатюк в эфире телемарафона назвал", "X раніше уточнював"
  const adj = res(c).adjunctAtEnd.exec(trimmed);
  if (!adj) return null;
  const inner = subjectBefore(c, trimmed.slice(0, adj.index), false);
  return inner ? { ...inner, fromEnd: inner.fromEnd + (trimmed.length - adj.index) + tail } : null;
}

function subjectAtEnd(c: Compiled, trimmed: string, tail: number): { text: string; fromEnd: number } | null {
  const canon = c.canonicalAtEnd.exec(trimmed);
  if (canon) return { text: canon[1]!, fromEnd: trimmed.length - (canon.index + canon[0].indexOf(canon[1]!)) + tail };
  // both regexes below are anchored at the end only: rule out by the last word first rather than scan
  const last = lastWord(trimmed);
  const app = last.endsWith(',') ? c.nameAppositiveAtEnd.exec(trimmed) : null;
  if (app) return { text: app[1]!, fromEnd: trimmed.length - app.index + tail };
  const nm = c.nameAtEnd.exec(trimmed);
  if (nm && c.sameSource(nm[0].trim())) return null;
  if (nm) {
    const text = nm[0].trim();
    return { text, fromEnd: trimmed.length - nm.index + tail };
  }
  if (c.sameSource(trimmed)) return null;
  const low = c.sourceHeadEnd.test(last) ? c.lowerSourceAtEnd.exec(trimmed) : null;
  // "У вересні прокуратура": a sentence-initial preposition and its object are no part of the name
  if (low && /^(?:\p{L}{1,2})\s/u.test(low[1]!) && !/^\p{Lu}{2}\s/u.test(low[1]!)) return null;
  if (low && low[1]!.trim().split(/\s+/).length >= 2) {
    return { text: low[1]!.trim(), fromEnd: trimmed.length - (low.index + low[0].indexOf(low[1]!)) + tail };
  }
  return null;
}

const SPACE = /\s/u;

/** The text after the last whitespace, trailing whitespace left out. */
function lastWord(s: string): string {
  let end = s.length;
  while (end > 0 && SPACE.test(s[end - 1]!)) end--;
  let start = end;
  while (start > 0 && !SPACE.test(s[start - 1]!)) start--;
  return s.slice(start, end);
}

const LEADING_ARTICLE = /^(?:the|a|an)\s+/iu;

/** Cleaned names by pack: the same sources are named again and again through a text. */
const cleaned = memoPerOwner<Compiled, string, Readonly<{ name: string; person: boolean }>>(4096);

/** Canonical name, without leading article or titles; abbreviation in brackets preferred; person or not. */
function clean(c: Compiled, raw: string, subject = false): Readonly<{ name: string; person: boolean }> {
  return cleaned(c).get(subject ? `1${raw}` : `0${raw}`, () => cleanName(c, raw, subject));
}

function cleanName(c: Compiled, raw: string, subject: boolean): { name: string; person: boolean } {
  let name = raw.trim().replace(/\s+/g, ' ').replace(/"/g, '').trim();
  const canon = c.canonical(name);
  if (canon) return { name: canon, person: false };
  const abbr = /\(\s*(\p{Lu}[\p{L}\p{M}-]*)\s*\)\s*$/u.exec(name);
  const beforeAbbr = abbr ? name.slice(0, abbr.index).trim() : name;
  if (abbr && abbr[1]!.length >= 2 && abbr[1] === abbr[1]!.toUpperCase()) name = abbr[1]!;
  else name = beforeAbbr;
  name = name.replace(LEADING_ARTICLE, '').replace(/^\p{Lu}[\p{L}\p{M}-]*'s\s+(?=\p{Lu})/u, '');
  const t = c.titlesAtStart.exec(name);
  let titled = false;
  const isOrg = (n: string) => n.split(' ').some((w) => c.organisationWords.has(w.toLowerCase().replace(/'s$/, '')));
  // "MP Oleksiy Honcharenko" drops its title; "Prosecutor General's Office" keeps its words
  if (t && t[0].length < name.length && !isOrg(name.slice(t[0].length))) {
    name = name.slice(t[0].length);
    titled = true;
  }
  const looksPerson = (n: string) => {
    const words = n.split(' ');
    return !/\sand\s|&/u.test(n) && !isOrg(n) &&
      (titled || (words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}+(?:['-]\p{L}+)?$/u.test(w))));
  };
  // a person who is the subject of a verb or follows a title is named in the nominative already ("Олексій")
  if (!(subject && looksPerson(name))) name = nominative(c, name);
  return { name, person: looksPerson(name) };
}

export function nominative(c: Compiled, name: string): string {
  if (c.nominativeEndings.length === 0) return name;
  return name
    .split(' ')
    .map((w) => {
      for (const [from, to] of c.nominativeEndings) if (w.length > from.length + 2 && w.toLowerCase().endsWith(from)) return w.slice(0, w.length - from.length) + to;
      return w;
    })
    .join(' ');
}
