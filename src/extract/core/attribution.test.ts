import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compile } from './compile';
import { extractSources } from './attribution';
import { normalize } from './text';
import { en } from '../lang/en/index';
import { assertSpan } from '../test/spans';

const c = compile(en);
const names = (s: string) => extractSources(c, normalize(s), 0).map((x) => [x.kind, x.name, x.person]);

test('origin: according to / citing data from, with chains and connectors', () => {
  assert.deepEqual(names('regional outlets write, citing data from the Prosecutor General’s Office of Ukraine.'), [["origin", "Prosecutor General's Office of Ukraine", false]]);
  assert.deepEqual(names('According to data from the Russian BBC and Mediazona, over 90,000 were killed.'), [['origin', 'Russian BBC and Mediazona', false]]);
});

test('speaker: name before the verb, titles dropped, appositive skipped', () => {
  assert.deepEqual(names('as MP Oleksiy Honcharenko points out'), [['speaker', 'Oleksiy Honcharenko', true]]);
  assert.deepEqual(names('Oleksiy Sukhachov, director of the State Bureau of Investigation (SBI), told reporters that'), [['speaker', 'Oleksiy Sukhachov', true]]);
  assert.deepEqual(names('Meanwhile, Ukrainian Military Intelligence (HUR) reports that'), [['speaker', 'HUR', false]]);
});

test('a lower-case institution names a source; an anaphor does not', () => {
  assert.deepEqual(names('the regional prosecutor’s office said.'), [["speaker", "regional prosecutor's office", false]]);
  assert.deepEqual(names('the outlet said.'), []);
  assert.deepEqual(names('He said the numbers were higher.'), []);
});

test("possessive: Mediazona's own count", () => {
  assert.deepEqual(names("Mediazona's own count of verdicts is about 10,300."), [['possessive', 'Mediazona', false]]);
});

test('own work: source null', () => {
  assert.deepEqual(names('By our own arithmetic, the figure is fourfold.'), [['own', null, false]]);
});

test('source spans slice out the name', () => {
  const s = 'Figures the Prosecutor General’s Office released show 110,511 cases.';
  const [m] = extractSources(c, normalize(s), 0);
  assertSpan(s, m!, 'Prosecutor General’s Office');
});
