import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lastWordsBefore } from './assemble';

const REFERENCE = /(\p{L}+)(?:\s+(\p{L}+))?\s+$/u;

test('lastWordsBefore finds what the end-anchored regex finds', () => {
  const piece = fc.constantFrom('in', 'за', ' ', '  ', '\n', ',', '2024', 'Kyiv', 'п', "'", '-', '𝒜', '\u0301', 'é', '\u00a0', 'the', 'ДБР', '\ud835');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 14 }).map((a) => a.join('')), fc.nat(40), fc.integer({ min: 1, max: 40 }), (text, cut, window) => {
      const at = Math.min(cut, text.length);
      const want = REFERENCE.exec(text.slice(Math.max(0, at - window), at));
      const got = lastWordsBefore(text, at, window);
      assert.deepEqual(got, want ? [want[0], want[1], want[2]] : null, JSON.stringify({ text, at, window }));
    }),
    { numRuns: 3000 },
  );
});

test('lastWordsBefore: the last word, and the one before it across spaces only', () => {
  assert.deepEqual(lastWordsBefore('figures named for 2023', 18, 30)?.slice(1), ['named', 'for']);
  assert.deepEqual(lastWordsBefore('reported, in 2023', 13, 30)?.slice(1), ['in', undefined]);
  assert.equal(lastWordsBefore('reported, 2023', 10, 30), null, 'no letters just before the trailing space');
  assert.equal(lastWordsBefore('in2023', 2, 30), null, 'no trailing whitespace');
});
