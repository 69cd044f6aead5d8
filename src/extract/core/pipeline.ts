// The extraction pipeline, declared: segmentation, then per sentence the extractors (collectCues), then the
// claim assembly and the refiners, in this order. `trace` records which rules fired, for tests and debugging.
import type { ExtractedClaim } from '../../claim/claim';
import type { Span } from '../../claim/claim';
import type { LanguagePack } from '../lang/types';
import { assembleSentence, carry, endParagraph, type Context } from './assemble';
import { compile, type Compiled } from './compile';
import { collectCues } from './cues';
import { refiners } from './refine';
import { paragraphs, sentences } from './segment';
import { normalize } from './text';

/** The extractors collectCues runs on each sentence, in order (documentation of the pipeline; see cues.ts). */
export const EXTRACTORS = [
  'periods', 'events', 'forces', 'sources', 'scopes', 'filters (article/part numbers, times, phones, years, units, ages)',
  'numbers (x-fold, fold words, lexical approximations, digits + scales, spelled)', 'ranges + percent', 'counted',
  'court', 'rates', 'record', 'projection', 'mean age', 'clause boundaries',
] as const;

export interface PipelineOptions {
  published: string;
  language: string;
  trace?: string[];
  /**
   * Mixed-language documents: given the text (not normalised) and its paragraphs, the pack and language of each one
   * read in another language than `language` (null: the document's; a null pack: a language absentia does not
   * read, skipped).
   */
  paragraphLanguages?: (text: string, paragraphs: readonly Span[]) => Array<{ pack: LanguagePack | null; language: string } | null> | null;
}

type ParagraphPacks = ReadonlyArray<{ pack: LanguagePack | null; language: string } | null> | null;

/**
 * Settled claims are refined and handed on once at least this many have gathered. Small, so that claims die young
 * in V8's heap: with 256 a 12 MB text's run left some 60 MB more garbage in the old generation.
 */
const BATCH = 16;

/** `pack` null: the document is in a language absentia does not read; only paragraphs in others are read. */
export function runPipeline(pack: LanguagePack | null, original: string, opts: PipelineOptions): ExtractedClaim[] {
  return [...runPipelineStream(pack, original, opts)];
}

/**
 * The same claims as runPipeline, in the same order, handed on as they are settled, so that memory holds a batch
 * of claims rather than the document's. Paragraphs and `opts.paragraphLanguages` run before this returns; the
 * sentences run as the claims are pulled.
 */
export function runPipelineStream(pack: LanguagePack | null, original: string, opts: PipelineOptions): Generator<ExtractedClaim, void, undefined> {
  const documentPack = pack ? compile(pack) : null;
  const paras = paragraphs(original);
  const own = opts.paragraphLanguages?.(original, paras) ?? null;
  return claimsOf(documentPack, original, paras, own, opts);
}

/**
 * How far around its paragraph a paragraph's normalised text reaches: the assembly looks a little past a sentence
 * (30 characters before a period, 24 after a number), and must see there what it saw in a whole normalised text.
 */
const VIEW_MARGIN = 256;

/** How much text a view normalises at once beyond the paragraph that needs it. */
const VIEW_BLOCK = 64 * 1024;

interface View {
  text: string;
  base: number;
}

/**
 * A stretch of the text normalised, holding the paragraph and VIEW_MARGIN around it: normalising a 50 MB text at
 * once would hold a second copy of it, and one paragraph at a time would normalise the margins again and again.
 * The current view serves while the paragraph and its margins lie inside it. Offsets into `view.text` are
 * offsets into the original less `view.base`.
 */
function viewFor(original: string, para: Span, current: View | null): View {
  const from = Math.max(0, para.start - VIEW_MARGIN);
  const to = Math.min(original.length, para.end + VIEW_MARGIN);
  if (current && current.base <= from && to <= current.base + current.text.length) return current;
  const end = Math.min(original.length, Math.max(to, from + VIEW_BLOCK));
  return { text: normalize(original.slice(from, end)), base: from };
}

function* claimsOf(documentPack: Compiled | null, original: string, paras: Span[], own: ParagraphPacks,
  opts: PipelineOptions): Generator<ExtractedClaim, void, undefined> {
  // no trace unless asked for: on a 50 MB input it would hold a line per number
  const trace = opts.trace ?? null;
  const ctx: Context = {
    published: opts.published, language: opts.language, force: null, source: null, sourceIsPerson: false,
    eventCounts: new Map(), paraPeriod: null, paraEvent: null, paraCounted: null, paraScope: null,
    prevParaClaim: null, paraClaims: [],
  };
  const refine = batchRefiner(original, trace);
  let pending: ExtractedClaim[] = [];
  let view: View | null = null;
  for (const [k, para] of paras.entries()) {
    const other = own?.[k];
    const c = other ? (other.pack && compile(other.pack)) : documentPack;
    ctx.language = other?.language ?? opts.language;
    if (!c) {
      // a paragraph in a language absentia does not read yields nothing rather than wrong claims
      endParagraph(ctx);
      continue;
    }
    view = viewFor(original, para, view);
    const { text, base } = view;
    const inView = { start: para.start - base, end: para.end - base };
    for (const sent of sentences(text, inView, c.abbreviations)) {
      const s = text.slice(sent.start, sent.end);
      let made: ExtractedClaim[] = [];
      try {
        const cues = collectCues(c, s, sent.start, opts.published);
        made = cues.numbers.length ? assembleSentence(c, text, { ...sent, rule: 'sentence' }, cues, ctx, trace) : [];
        carry(c, s, cues, ctx, sent.end, made);
      } catch (err) {
        // a bug in a rule must not lose the document; it is named with its offset
        trace?.push(`error at ${base + sent.start}: ${err instanceof Error ? err.message : String(err)}`);
        if (process.env.ABSENTIA_STRICT) throw err;
      }
      for (const cl of made) pending.push(toOriginalOffsets(cl, base));
      if (pending.length >= BATCH) {
        const settled = settledCount(pending, ctx);
        if (settled > 0) {
          yield* refine.batch(pending.slice(0, settled));
          pending = pending.slice(settled);
        }
      }
    }
    endParagraph(ctx);
  }
  yield* refine.batch(pending);
  refine.traceTotals();
}

function toOriginalOffsets(cl: ExtractedClaim, base: number): ExtractedClaim {
  cl.span.start += base;
  cl.span.end += base;
  cl.sentence.start += base;
  cl.sentence.end += base;
  return cl;
}

/**
 * How many of the pending claims, from the front, no later sentence can change: the sentence after a claim's own
 * may still complete its source or period (carry: backReference, completePeriods), and those are ctx.lastClaims.
 */
function settledCount(pending: readonly ExtractedClaim[], ctx: Context): number {
  const open = ctx.lastClaims;
  if (!open?.length) return pending.length;
  const first = pending.indexOf(open[0]!);
  return first < 0 ? pending.length : first;
}

/**
 * The refiners over one batch of settled claims, then their quotes. Batches hold whole sentences, and each refiner
 * is local to a claim or to one span within its sentence, so refining batch by batch equals refining the document.
 */
function batchRefiner(original: string, trace: string[] | null) {
  const before = refiners.map(() => 0);
  const after = refiners.map(() => 0);
  return {
    batch(claims: ExtractedClaim[]): ExtractedClaim[] {
      refiners.forEach((r, i) => {
        before[i]! += claims.length;
        claims = r.run(claims, original);
        after[i]! += claims.length;
      });
      // quotes come from the original text (normalisation only folded look-alike characters)
      for (const cl of claims) cl.quote = original.slice(cl.sentence.start, cl.sentence.end);
      return claims;
    },
    traceTotals(): void {
      refiners.forEach((r, i) => {
        if (after[i] !== before[i]) trace?.push(`refine ${r.name}: ${before[i]} -> ${after[i]}`);
      });
    },
  };
}
