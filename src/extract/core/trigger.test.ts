import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { compile } from './compile';
import { extractPeriods } from './periods';
import { paragraphs, sentences } from './segment';
import { normalize } from './text';
import { SentenceTriggers } from './trigger';
import { PACKS } from '../lang/registry';

interface Fixtures {
  published: string;
  cases: Array<{ text: string }>;
  nothing?: string[];
}

const extra = [
  'From November 2024 to July 2025 and between 12 and 14 March, 1,200 cases; in 2023-2024 more.',
  'The first nine months of 2025, the year\'s seven-month figure, 3 months of 2024, the 5th of May.',
  'Since the start of the full-scale invasion, since January 2023, as of 1 March, until the end of June.',
];

// The trigger index (first words, split alternatives and their needs) must find exactly what one scan of the
// whole period regex finds. (Not for letters that the `i` flag folds onto another: the first-word index takes
// "ſince" for no "since".)
test('periods found through the trigger index equal those of a full regex scan, in every language', () => {
  for (const [code, pack] of Object.entries(PACKS)) {
    const c = compile(pack);
    const fx = JSON.parse(readFileSync(new URL(`../lang/${code}/fixtures.json`, import.meta.url), 'utf8')) as Fixtures;
    const texts = [...fx.cases.map((x) => x.text), ...(fx.nothing ?? []), ...extra];
    for (const raw of texts) {
      const text = normalize(raw);
      for (const para of paragraphs(text)) {
        for (const sent of sentences(text, para, c.abbreviations)) {
          const s = text.slice(sent.start, sent.end);
          const indexed = extractPeriods(c, s, 0, fx.published, new SentenceTriggers(c.triggers, s));
          assert.deepEqual(indexed, extractPeriods(c, s, 0, fx.published), `${code}: ${s}`);
        }
      }
    }
  }
});

// The same, on random strings of a pack's own period words: the needs of every alternative must hold for all
// that the alternative can match, whatever order its parts come in. (Words are spaced: the index reads
// "January2024" as one token, which a month regex followed by digits still matches.)
test('periods found through the trigger index equal a full scan on random period words, in every language', () => {
  for (const [code, pack] of Object.entries(PACKS)) {
    const c = compile(pack);
    const P = pack.periods;
    const words = [
      ...Object.keys(P.months), ...P.spanConnectors.flat().filter(Boolean), ...P.untilWords, ...P.asOfWords, ...P.endOfWords,
      ...P.sinceWords, ...P.startOfWords, ...Object.keys(P.ordinals), ...Object.keys(P.spanUnits), ...Object.keys(P.yearParts),
      ...P.yearWords, ...Object.keys(P.relativeYears), ...P.fullScaleWarPhrases, ...P.samePeriodPhrases,
      '1', '5', '12', '30', '2024', '2025', '14 000', ',', '.', '-', '–', 'the', 'figures',
    ].map((w) => w.replace(/\*/g, ''));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 9 }), fc.array(fc.constantFrom(' ', ' ', '  ', '\n'), { minLength: 9, maxLength: 9 }), (picked, gaps) => {
        const s = normalize(picked.map((w, i) => (i % 3 === 0 ? w[0]!.toUpperCase() + w.slice(1) : w) + gaps[i]).join(''));
        const indexed = extractPeriods(c, s, 0, '2025-11-03', new SentenceTriggers(c.triggers, s));
        assert.deepEqual(indexed, extractPeriods(c, s, 0, '2025-11-03'), `${code}: ${s}`);
      }),
      { numRuns: 400 },
    );
  }
});

// Lists with needs of their own (fold frames, scope nouns, nationwide phrases): the index must find what a global
// scan of the list's regex finds, on random strings of the words involved.
test('matchers with needs find through the index what a global scan finds, in every language', () => {
  for (const [code, pack] of Object.entries(PACKS)) {
    const c = compile(pack);
    const N = pack.numbers;
    const F = pack.forces;
    const words = [
      ...N.foldFrames.flat().filter(Boolean), ...Object.keys(N.numerals).slice(0, 12), ...(F.scopeNouns ?? []), ...(F.scopeFollowers ?? []),
      ...(F.nationwide ?? []).flatMap((p) => [p, ...p.split(' ')]), '3', '5', '47', '155', '2024', '.', ',', 'the',
    ].map((w) => w.replace(/\*/g, '').trim()).filter(Boolean);
    for (const name of ['fold', 'scopeForward', 'nationwide'] as const) {
      const id = c.ids[name];
      const sticky = c.triggers.sticky[id]!;
      const global = new RegExp(sticky.source, sticky.flags.replace('y', '') + 'g');
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }), fc.array(fc.constantFrom(' ', '  ', '\n'), { minLength: 8, maxLength: 8 }), (picked, gaps) => {
          const s = normalize(picked.map((w, i) => (i % 2 ? w : w[0]!.toUpperCase() + w.slice(1)) + gaps[i]).join(''));
          const found = new SentenceTriggers(c.triggers, s).all(id).map(({ index, m }) => [index, m[0]]);
          const scanned = [...s.matchAll(global)].filter((m) => m[0].length > 0).map((m) => [m.index, m[0]]);
          assert.deepEqual(found, scanned, `${code} ${name}: ${s}`);
        }),
        { numRuns: 300 },
      );
    }
  }
});
