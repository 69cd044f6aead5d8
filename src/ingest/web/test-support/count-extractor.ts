// A deliberately simple extractor for the ingest tests: every grouped number ("67 840") becomes one UA
// AWOL case-count claim. The tests check the ingest's plumbing (versions, superseding, echoes), not
// extraction quality, so they must not depend on the real extractor's rules changing.
import type { ExtractedClaim } from '../../../claim/index';
import type { Extractor } from '../context';

export const countExtractor: Extractor = (text, { language }) => {
  const out: ExtractedClaim[] = [];
  for (const m of text.matchAll(/\p{N}{1,3}(?:[ \u00a0]\p{N}{3})+/gu)) {
    const value = Number(m[0].replace(/[^\p{N}]/gu, ''));
    const start = m.index ?? 0;
    out.push({
      force: 'UA',
      event: 'awol',
      counted: 'cases',
      statistic: 'count',
      value: { exact: value },
      qualifier: 'exact',
      period: null,
      per: null,
      kind: 'reported',
      scope: null,
      source: null,
      quote: m[0],
      span: { start, end: start + m[0].length },
      sentence: { start, end: start + m[0].length },
      rules: ['test:grouped-number'],
      periodBasis: 'none',
      confidence: 1,
      language: language ?? 'und',
    });
  }
  return out;
};
