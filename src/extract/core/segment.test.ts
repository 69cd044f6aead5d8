import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paragraphs, sentences } from './segment';

const abbr = new Set(['aug.', 'a.m.', 'art.']);
const split = (t: string) => paragraphs(t).flatMap((p) => sentences(t, p, abbr).map((s) => t.slice(s.start, s.end)));

test('sentences do not break after abbreviations or initials', () => {
  assert.deepEqual(split('Until Aug. 30, a program ran. Over 21,000 people used it.'), ['Until Aug. 30, a program ran.', 'Over 21,000 people used it.']);
  assert.deepEqual(split('It was released at 7 a.m. Moscow time. J. Smith said so.'), ['It was released at 7 a.m. Moscow time.', 'J. Smith said so.']);
});

test('a decimal point and a lower-case word after a dot end nothing', () => {
  assert.deepEqual(split('It rose 1.5 times. e.g. this.'), ['It rose 1.5 times. e.g. this.']);
});

test('paragraphs: blank lines when present, else lines', () => {
  assert.equal(paragraphs('a\nb\n\nc').length, 2);
  assert.equal(paragraphs('a\nb\nc').length, 3);
  assert.deepEqual(paragraphs('  \n\n  '), []);
});
