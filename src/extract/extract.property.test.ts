// Property tests: extraction never throws on arbitrary text (mixed scripts, homoglyphs, odd spaces and
// digits) and every span lies inside the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extract } from './index';
import { PACKS } from './lang/registry';
import { assertClaimSpans } from './test/spans';

const pieces = [
  'more than 21,000', '14 000', '14\u202f000', 'between 14 and 18 thousand', 'fivefold', 'AWOL', 'deserters', 'Ukrainian',
  'Russian', 'in May', 'since the war began', 'according to the SBI', 'said', '%', '-', '–', '.', ',', '\n\n', ' ',
  'Aug. 30', 'Article 407', '9:30', '+380 44 555 0147', 'Укрaїнa', 'сзч', 'тис.', 'dezercja', '29.800', '1,5',
  'вчетверо', 'mehr als', '𝟙𝟚', '\u0301', '\u200b', 'Ⅻ', '١٢٣', '(', ')', '"', "'", 'the', 'cases',
];
const textArb = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 40 }).map((a) => a.join(' '));

for (const language of Object.keys(PACKS)) {
  test(`${language}: extraction never throws and every span lies inside the text`, () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const { claims } = extract(text, { published: '2025-11-03', language });
        assertClaimSpans(text, claims);
        for (const c of claims) assert.ok(c.confidence >= 0 && c.confidence <= 1);
      }),
      { numRuns: 150 },
    );
  });
}

test('detected language: never throws on arbitrary strings', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
    const r = extract(text, { published: '2025-11-03' });
    assertClaimSpans(text, r.claims);
  }), { numRuns: 100 });
});
