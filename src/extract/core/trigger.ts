// Candidate positions for the phrase regexes: a sentence is tokenised once, each token looked up in one map
// from first words to the matchers whose phrases can start there, and each matcher's regex is run sticky at
// its candidates only. This keeps the hot path to one tokenising pass plus hash lookups, instead of one
// full regex scan per cue list (measured: the period alternation alone scanned at about 2 MB/s).

import { BoundedMemo } from './memo';

const TOKEN = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

export interface TriggerIndex {
  exact: Map<string, number[]>;
  /** Stems by their first two characters: [stem, matcher ids]. */
  prefix: Map<string, Array<[string, number[]]>>;
  digits: number[];
  sticky: RegExp[];
  names: string[];
  /** Remembered results of matchersStartedBy by word. */
  byToken: BoundedMemo<string, readonly number[]>;
  /** wordMatchers over this index (made once: the hot path passes it to byToken). */
  wordMatchers: (low: string) => readonly number[];
  /** Patterns every match of a (not split) matcher contains, by matcher id; see addTrigger. */
  needs: Array<RegExp[] | undefined>;
  /** Matchers split by top-level alternative (see addSplit), by matcher id. */
  split: Array<Split | undefined>;
}

/**
 * A matcher whose regex is one alternation of capture groups, each with its own first words. At a candidate
 * only the alternatives its token can start are kept (the others become a group that never matches, so the
 * group numbers and the leftmost-alternative result are unchanged); a regex per set of alternatives, cached.
 */
interface Split {
  source: (keep: (alt: number) => boolean) => string;
  flags: string;
  exact: Map<string, number>;
  stems: Array<[string, number]>;
  digits: number;
  /** Whether a run of this many ASCII digits can start the digit alternatives. */
  digitRun: (length: number) => boolean;
  /** Remembered masks by word (see maskOf), and phraseMask over all stems, made once for it. */
  masks: BoundedMemo<string, number>;
  wordMask: (low: string) => number;
  /** The stems that start with a digit (made when first needed). */
  digitStems?: Array<[string, number]>;
  /** By alternative: its regex alone (see firstAlternative). */
  alone: RegExp[];
  /** Patterns some alternatives need later in the sentence (searched in its lower-cased text, see needsMet). */
  needs: RegExp[];
  /** By alternative: the indices into `needs` that must all occur at or after the candidate. */
  needsOf: number[][];
}

export function newIndex(): TriggerIndex {
  const ix: TriggerIndex = {
    exact: new Map(), prefix: new Map(), digits: [], sticky: [], names: [], byToken: new BoundedMemo(16384),
    wordMatchers: (low) => wordMatchers(ix, low), needs: [], split: [],
  };
  return ix;
}

/** The first token of a pack phrase and whether it is a stem ("deserter*" → ["deserter", true]). */
function firstToken(phrase: string): [string, boolean] | null {
  const p = phrase.trim().toLowerCase().replace(/[’ʼ]/g, "'");
  TOKEN.lastIndex = 0;
  const m = TOKEN.exec(p);
  if (!m) return null;
  return [m[0], p[m.index + m[0].length] === '*'];
}

/**
 * Registers a matcher: its regex (made sticky), the phrases that can start it, and whether digits can. `needs`
 * are regex sources for parts every match contains, as they read in lower-cased text: a candidate is tried only
 * where each of them occurs at or after it.
 */
export function addTrigger(ix: TriggerIndex, name: string, re: RegExp, firstPhrases: Iterable<string>, digits = false, needs: string[] = []): number {
  const id = ix.sticky.length;
  if (needs.length) ix.needs[id] = needs.map((src) => new RegExp(src, 'gu'));
  ix.byToken.clear();
  ix.sticky.push(new RegExp(re.source, re.flags.replace('g', '') + (re.flags.includes('y') ? '' : 'y')));
  ix.names.push(name);
  if (digits) ix.digits.push(id);
  for (const ph of firstPhrases) {
    const ft = firstToken(ph);
    if (!ft) continue;
    const [tok, stem] = ft;
    if (stem) {
      const bucket = ix.prefix.get(tok.slice(0, 2)) ?? [];
      let entry = bucket.find(([t]) => t === tok);
      if (!entry) bucket.push((entry = [tok, []]));
      if (!entry[1].includes(id)) entry[1].push(id);
      ix.prefix.set(tok.slice(0, 2), bucket);
    } else {
      const list = ix.exact.get(tok) ?? [];
      if (!list.includes(id)) list.push(id);
      ix.exact.set(tok, list);
    }
  }
  return id;
}

/**
 * Narrows matcher `id` by alternative: `source(keep)` must rebuild its regex with the alternatives not kept
 * replaced by `((?!))`; `firsts[k]` lists every phrase alternative k can start with (a superset is safe), and
 * in `needs` regex sources for parts that every match of alternative k contains, as they appear in lower-cased
 * text (no `i` flag): alternative k is tried only where each of them occurs at or after the candidate.
 */
export function addSplit(ix: TriggerIndex, id: number, source: (keep: (alt: number) => boolean) => string,
  firsts: Array<{ phrases: Iterable<string>; digits: boolean; needs?: string[] }>, digitRun: (length: number) => boolean = () => true): void {
  if (firsts.length > 30) return; // masks are 31-bit integers
  const sp: Split = {
    source, flags: ix.sticky[id]!.flags, exact: new Map(), stems: [], digits: 0, digitRun, masks: new BoundedMemo(4096), wordMask: (low) => phraseMask(sp, low, sp.stems), alone: [],
    needs: [], needsOf: [],
  };
  const needIndex = new Map<string, number>();
  firsts.forEach(({ phrases, digits, needs = [] }, k) => {
    const bit = 1 << k;
    if (digits) sp.digits |= bit;
    sp.needsOf[k] = needs.map((src) => {
      let n = needIndex.get(src);
      if (n === undefined) {
        needIndex.set(src, (n = sp.needs.length));
        sp.needs.push(new RegExp(src, 'gu'));
      }
      return n;
    });
    for (const ph of phrases) {
      const ft = firstToken(ph);
      if (!ft) continue;
      if (ft[1]) sp.stems.push([ft[0], bit]);
      else sp.exact.set(ft[0], (sp.exact.get(ft[0]) ?? 0) | bit);
    }
  });
  ix.split[id] = sp;
}

function maskOf(sp: Split, low: string, digit: boolean): number {
  const first = low.charCodeAt(0);
  // figures vary too much to remember, and hardly any phrase starts with one
  const mask = first >= 48 && first <= 57
    ? phraseMask(sp, low, (sp.digitStems ??= sp.stems.filter(([st]) => /^\d/.test(st))))
    : sp.masks.get(low, sp.wordMask);
  return digit ? mask | sp.digits : mask;
}

/** The alternatives whose phrases can start with the word: its exact entry and the stems it starts with. */
function phraseMask(sp: Split, low: string, stems: ReadonlyArray<[string, number]>): number {
  let mask = sp.exact.get(low) ?? 0;
  for (const [stem, bit] of stems) if (low.startsWith(stem)) mask |= bit;
  return mask;
}

/**
 * The match of the whole alternation at `at`, tried one alternative at a time in order: nothing follows the
 * alternation, so the first alternative that matches is the one the whole regex would take. One small
 * regex per alternative compiles faster and runs faster than one regex per set of alternatives, whose
 * machine code for a long alternation is large.
 */
function firstAlternative(sp: Split, mask: number, s: string, at: number): RegExpExecArray | null {
  for (let k = 0; mask >> k; k++) {
    if ((mask & (1 << k)) === 0) continue;
    const re = (sp.alone[k] ??= new RegExp(sp.source((j) => j === k), sp.flags));
    re.lastIndex = at;
    const m = re.exec(s);
    if (m) return m;
  }
  return null;
}

const NONE: readonly number[] = [];

/** The matchers whose phrases can start with the (lower-cased) token: its exact entry, then its stems. */
function matchersStartedBy(ix: TriggerIndex, low: string, digit: boolean): readonly number[] {
  // words repeat through a text: one map lookup per word once seen; figures vary too much to remember
  return digit ? wordMatchers(ix, low) : ix.byToken.get(low, ix.wordMatchers);
}

function wordMatchers(ix: TriggerIndex, low: string): readonly number[] {
  const found: number[] = [...(ix.exact.get(low) ?? NONE)];
  const bucket = ix.prefix.get(low.slice(0, 2));
  if (bucket) for (const [stem, sids] of bucket) if (low.startsWith(stem)) found.push(...sids);
  return found.length ? found : NONE;
}

export interface Match {
  index: number;
  m: RegExpExecArray;
}

/**
 * Letters whose case folding (what a regex's `i` flag compares) is not their lower case, e.g. "ſ" matches /s/i
 * but lower-cases to itself: in a sentence holding one, the `needs` of split matchers are not checked.
 */
const FOLDS_APART = /[ſςϐϑϕϖϰϱϵẛιµᲀ-ᲈ\u0345]/u;

/** Per sentence: the candidate token starts of every matcher, computed once. */
export class SentenceTriggers {
  /** Candidate starts by matcher; most matchers have none in a sentence, so their lists are made on demand. */
  private cands: Array<number[] | undefined>;
  private lower: string;
  private same: boolean;
  /** Per need pattern of a split matcher: where it next occurs at or after the last position asked about. */
  private nextNeed = new Map<RegExp, number>();
  private checkNeeds: boolean | undefined;

  constructor(private ix: TriggerIndex, readonly s: string) {
    this.cands = new Array<number[] | undefined>(ix.sticky.length);
    // one lower-casing of the sentence; per token only when lower-casing changed the length (rare letters)
    const lower = (this.lower = s.toLowerCase());
    const same = (this.same = lower.length === s.length);
    const n = s.length;
    let i = 0;
    while (i < n) {
      const code = s.charCodeAt(i);
      if (!isWordCode(code, s, i)) {
        if (code > 32 && code !== 160) this.visit(same ? lower[i]! : s[i]!.toLowerCase(), i, false);
        i++;
        continue;
      }
      let j = i + 1;
      while (j < n && isWordCode(s.charCodeAt(j), s, j)) j++;
      this.visit(same ? lower.slice(i, j) : s.slice(i, j).toLowerCase(), i, code >= 48 && code <= 57);
      i = j;
    }
  }

  private visit(low: string, at: number, digit: boolean): void {
    const ix = this.ix;
    if (digit) for (const id of ix.digits) (this.cands[id] ??= []).push(at);
    for (const id of matchersStartedBy(ix, low, digit)) (this.cands[id] ??= []).push(at);
  }

  /** Matches by matcher, once asked for (has() and the extractors ask for the same ones). */
  private found: Array<readonly Match[] | undefined> = [];

  /** Non-overlapping matches of matcher `id`, leftmost first, as a global exec loop would find them. */
  all(id: number): readonly Match[] {
    return (this.found[id] ??= this.scan(id));
  }

  private scan(id: number): Match[] {
    const list = this.cands[id];
    if (!list) return [];
    const sp = this.ix.split[id];
    const re = this.ix.sticky[id]!;
    const out: Match[] = [];
    let next = 0;
    let tried = -1;
    // candidates come in text order (visit runs left to right); one token may add a matcher twice
    for (const at of list) {
      if (at < next || at === tried) continue;
      tried = at;
      let m: RegExpExecArray | null = null;
      if (sp) {
        const mask = this.needsMet(sp, this.maskAt(sp, at), at);
        if (mask === 0) continue;
        m = firstAlternative(sp, mask, this.s, at);
      } else {
        const needs = this.ix.needs[id];
        if (needs && !this.allOccurFrom(needs, at)) continue;
        re.lastIndex = at;
        m = re.exec(this.s);
      }
      if (m && m[0].length > 0) {
        out.push({ index: at, m });
        next = at + m[0].length;
      }
    }
    return out;
  }

  /** Whether every pattern occurs at or after `at` (true where lower-casing cannot be trusted, see FOLDS_APART). */
  private allOccurFrom(needs: readonly RegExp[], at: number): boolean {
    if (!this.needsTrusted()) return true;
    for (const re of needs) if (!this.occursFrom(re, at)) return false;
    return true;
  }

  /** `mask` without the alternatives whose needs do not all occur at or after `at`. */
  private needsMet(sp: Split, mask: number, at: number): number {
    if (mask === 0 || sp.needs.length === 0 || !this.needsTrusted()) return mask;
    for (let k = 0; k < sp.needsOf.length; k++) {
      if ((mask & (1 << k)) === 0) continue;
      for (const n of sp.needsOf[k]!) {
        if (!this.occursFrom(sp.needs[n]!, at)) {
          mask &= ~(1 << k);
          break;
        }
      }
    }
    return mask;
  }

  /** Whether the lower-cased sentence reads as the `i` flag would (see FOLDS_APART), so that needs can be checked. */
  private needsTrusted(): boolean {
    return (this.checkNeeds ??= this.same && !FOLDS_APART.test(this.s));
  }

  private occursFrom(re: RegExp, at: number): boolean {
    let next = this.nextNeed.get(re);
    if (next === undefined || next < at) {
      re.lastIndex = at;
      const m = re.exec(this.lower);
      next = m ? m.index : Infinity;
      this.nextNeed.set(re, next);
    }
    return next !== Infinity;
  }

  /** The alternatives of a split matcher that the token at `at` can start (the token as visit saw it). */
  private maskAt(sp: Split, at: number): number {
    const s = this.s;
    const code = s.charCodeAt(at);
    if (!isWordCode(code, s, at)) return maskOf(sp, this.same ? this.lower[at]! : s[at]!.toLowerCase(), false);
    let j = at + 1;
    while (j < s.length && isWordCode(s.charCodeAt(j), s, j)) j++;
    let digit = code >= 48 && code <= 57;
    if (digit) {
      let k = at + 1;
      while (k < j && s.charCodeAt(k) >= 48 && s.charCodeAt(k) <= 57) k++;
      digit = sp.digitRun(k - at);
    }
    return maskOf(sp, this.same ? this.lower.slice(at, j) : s.slice(at, j).toLowerCase(), digit);
  }

  has(id: number): boolean {
    return this.all(id).length > 0;
  }
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Letters, digits and marks: ASCII and the common Latin/Cyrillic blocks by range, the rest by regex. */
function isWordCode(code: number, s: string, i: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code >= 0x400 && code <= 0x52f) return true;
  if ((code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x300 && code <= 0x36f)) return true;
  if (code >= 0xd800 && code <= 0xdbff) return WORD_CHAR.test(s.slice(i, i + 2));
  if (code >= 0xdc00 && code <= 0xdfff) return WORD_CHAR.test(s.slice(i - 1, i + 1));
  return WORD_CHAR.test(s[i]!);
}
