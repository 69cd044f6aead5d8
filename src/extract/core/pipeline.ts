// The extraction pipeline, declared: segmentation, then per sentence the extractors (collectCues), then the
// claim assembly and the refiners, in this order. `trace` records which rules fired, for tests and debugging.
import type { ExtractedClaim } from '../../claim/claim';
import type { Span } from '../../claim/claim';
import type { LanguagePack } from '../lang/types';
import { assembleSentence, carry, endParagraph, type Context } from './assemble';
import { compile } from './compile';
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
   * Mixed-language documents: given the paragraphs, the pack and language of each one read in another
   * language than `language` (null: the document's; a null pack: a language absentia does not read, skipped).
   */
  paragraphLanguages?: (text: string, paragraphs: readonly Span[]) => Array<{ pack: LanguagePack | null; language: string } | null> | null;
}

/** `pack` null: the document is in a language absentia does not read; only paragraphs in others are read. */
export function runPipeline(pack: LanguagePack | null, original: string, opts: PipelineOptions): ExtractedClaim[] {
  const documentPack = pack ? compile(pack) : null;
  const text = normalize(original);
  const paras = paragraphs(text);
  const own = opts.paragraphLanguages?.(text, paras) ?? null;
  // no trace unless asked for: on a 50 MB input it would hold a line per number
  const trace = opts.trace ?? null;
  const ctx: Context = {
    published: opts.published, language: opts.language, force: null, source: null, sourceIsPerson: false,
    eventCounts: new Map(), paraPeriod: null, paraEvent: null, paraCounted: null, paraScope: null,
    prevParaClaim: null, paraClaims: [],
  };
  let claims: ExtractedClaim[] = [];
  for (const [k, para] of paras.entries()) {
    const other = own?.[k];
    const c = other ? (other.pack && compile(other.pack)) : documentPack;
    ctx.language = other?.language ?? opts.language;
    if (!c) {
      // a paragraph in a language absentia does not read yields nothing rather than wrong claims
      endParagraph(ctx);
      continue;
    }
    for (const sent of sentences(text, para, c.abbreviations)) {
      const s = text.slice(sent.start, sent.end);
      let made: ExtractedClaim[] = [];
      try {
        const cues = collectCues(c, s, sent.start, opts.published);
        made = cues.numbers.length ? assembleSentence(c, text, { ...sent, rule: 'sentence' }, cues, ctx, trace) : [];
        carry(c, s, cues, ctx, sent.end, made);
      } catch (err) {
        // a bug in a rule must not lose the document; it is named with its offset
        trace?.push(`error at ${sent.start}: ${err instanceof Error ? err.message : String(err)}`);
        if (process.env.ABSENTIA_STRICT) throw err;
      }
      claims.push(...made);
    }
    endParagraph(ctx);
  }
  for (const r of refiners) {
    const before = claims.length;
    claims = r.run(claims, original);
    if (claims.length !== before) trace?.push(`refine ${r.name}: ${before} -> ${claims.length}`);
  }
  // quotes come from the original text (normalisation only folded look-alike characters)
  for (const cl of claims) cl.quote = original.slice(cl.sentence.start, cl.sentence.end);
  return claims;
}
