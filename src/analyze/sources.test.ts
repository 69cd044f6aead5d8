import assert from 'node:assert/strict';
import { test } from 'node:test';
import { citationChain, independenceKey, resolveSource } from './sources';
import { claim } from './test-support';

test('the Prosecutor General in every language is one source', () => {
  for (const name of ['Офіс генпрокурора', 'ОГП', 'Офісу Генпрокурора', "Prosecutor General's Office", 'Prokuratura Generalna', 'Prokuratury Generalnej', 'Generalstaatsanwaltschaft', 'Procura generale', 'Офис генпрокурора']) {
    assert.equal(resolveSource(name), 'ua-pgo', name);
  }
  assert.equal(resolveSource('Mediazona'), 'ru-mediazona');
  assert.equal(resolveSource('Медиазоны'), 'ru-mediazona');
  assert.equal(resolveSource('an unnamed official'), null);
});

test('the chain runs from the register through the data project to the outlet', () => {
  const chain = citationChain({ source: 'Opendatabot (Prosecutor General\'s Office data)', publisher: 'unn.ua' }).map((l) => l.id);
  assert.deepEqual(chain, ['ua-pgo', 'ua-opendatabot', 'outlet:unn.ua']);
  const relay = citationChain({ source: "Prosecutor General's Office (via NV, relayed by RT DE)", publisher: 'germany.news-pravda.com' }).map((l) => l.id);
  assert.deepEqual(relay, ['ua-pgo', 'ua-nv', 'rt', 'outlet:germany.news-pravda.com']);
});

test('a known echo counts as its original', () => {
  const a = claim({ value: { exact: 1 }, echoOf: 'doc:7' });
  const b = claim({ value: { exact: 1 }, echoOf: 'doc:7', source: 'HUR' });
  assert.equal(independenceKey(a), independenceKey(b));
});
