import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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
