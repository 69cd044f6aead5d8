import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { wordAtEnd } from './cues';

const WHOLE = /(?:^|\s)(\p{Lu}[\p{L}\p{M}'-]*|\d+(?:st|nd|rd|th|\.)?)\s+$/u;

test('wordAtEnd finds what its regex finds on the whole text, also for words longer than its window', () => {
  const piece = fc.oneof(
    fc.constantFrom(' ', '   ', '\n', 'Kyiv', 'Oblast', '155th', '47.', 'the', 'ОК', 'Київщині', "O'Neil", '-', 'x'),
    fc.string({ minLength: 100, maxLength: 140 }).map((x) => `L${x.replace(/\s/g, 'a')}`),
    fc.constant(' '.repeat(130)),
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
      const text = pieces.join('');
      const want = WHOLE.exec(text);
      const got = wordAtEnd(text);
      assert.deepEqual(got && [got[0], got[1]], want && [want[0], want[1]]);
    }),
    { numRuns: 2000 },
  );
});
