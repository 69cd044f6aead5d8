import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeEventPairs } from './event-pairs';
import type { Cue } from './types';

const cue = (s: string, phrase: string, value: string): Cue<string> => {
  const start = s.indexOf(phrase);
  return { start, end: start + phrase.length, rule: 'event', value };
};

test('an AWOL phrase and a desertion phrase joined by "or" become one awol_or_desertion cue', () => {
  const s = 'soldiers who left their units without permission or deserted';
  const merged = mergeEventPairs([cue(s, 'left their units', 'awol'), cue(s, 'deserted', 'desertion')], s, 0);
  assert.deepEqual(merged.map((c) => [c.value, s.slice(c.start, c.end)]), [['awol_or_desertion', 'left their units without permission or deserted']]);
});

test('a number or a clause break between the phrases keeps them apart', () => {
  const s = '18,600 for abandoning a unit and 11,200 for desertion';
  const a = [cue(s, 'abandoning a unit', 'awol'), cue(s, 'desertion', 'desertion')];
  assert.deepEqual(mergeEventPairs(a, s, 0).map((c) => c.value), ['awol', 'desertion']);
  const t = 'unauthorized absence; desertion';
  assert.deepEqual(mergeEventPairs([cue(t, 'unauthorized absence', 'awol'), cue(t, 'desertion', 'desertion')], t, 0).map((c) => c.value), ['awol', 'desertion']);
});

test('offsets are absolute: the base of the sentence is honoured', () => {
  const s = 'who deserted or went absent';
  const base = 100;
  const list = [cue(s, 'deserted', 'desertion'), cue(s, 'went absent', 'awol')].map((c) => ({ ...c, start: c.start + base, end: c.end + base }));
  const [m] = mergeEventPairs(list, s, base);
  assert.equal(m!.value, 'awol_or_desertion');
  assert.equal(s.slice(m!.start - base, m!.end - base), 'deserted or went absent');
});
