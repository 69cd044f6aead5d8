import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contradictions, reconcile } from './reconcile';
import { span } from './test-support';

test('echoes of one original and one publisher repeating itself count once', () => {
  const viaUp = (publisher: string) => span(2023, 1, 12, 17658, { source: "Prosecutor General's Office (reply to Ukrainska Pravda)", publisher });
  const claims = [
    viaUp('tsn.ua'), viaUp('interfax.com.ua'), viaUp('censor.net'),
    span(2023, 1, 12, 17658, { source: "Prosecutor General's Office", publisher: 'nv.ua' }),
    span(2023, 1, 12, 17658, { source: "Prosecutor General's Office", publisher: 'nv.ua', document: 'nv-2' }),
    span(2023, 1, 12, 17600, { source: 'NV', publisher: 'nv.ua', document: 'nv-3', qualifier: 'approx' }),
  ];
  const [g] = reconcile(claims);
  assert.equal(g.agreeing.length, 6);
  // Relays of UP's request count once; "NV citing the office" is one more report; NV in its own name another.
  assert.deepEqual(g.independent.sort(), ['ua-nv', 'ua-pgo>ua-nv', 'ua-pgo>ua-up'].sort());
  assert.deepEqual(g.best.value, { exact: 17658 }, 'the exact figure is the one to quote');
});

test('a value outside the consensus beyond its stated precision is a contradiction naming who said it', () => {
  const claims = [
    span(2023, 1, 12, 17658, { publisher: 'a.example', source: "Prosecutor General's Office (reply to Ukrainska Pravda)" }),
    span(2023, 1, 12, 17658, { publisher: 'b.example', source: 'Opendatabot' }),
    span(2023, 1, 12, 18628, { publisher: 'news.mail.ru', source: 'RIA' }),
  ];
  const [c] = contradictions(reconcile(claims));
  assert.equal(c.positions.length, 2);
  assert.equal(c.positions[0].interval.low, 17658);
  assert.equal(c.positions[1].claims[0].publisher, 'news.mail.ru');
});

test('figures that agree at stated precision are not contradictions', () => {
  const claims = [
    span(2025, 5, 5, 18134, { publisher: 'a.example' }),
    span(2025, 5, 5, 18000, { publisher: 'b.example' }),
    span(2025, 5, 5, 18000, { publisher: 'c.example', qualifier: 'at_least' }),
  ];
  assert.equal(contradictions(reconcile(claims)).length, 0);
  const ranges = [span(2025, 5, 5, 0, { value: { low: 14000, high: 18000 }, qualifier: 'range' }), span(2025, 5, 5, 0, { value: { low: 19000, high: 21000 }, qualifier: 'range', publisher: 'x.example', source: 'HUR' })];
  assert.equal(contradictions(reconcile(ranges)).length, 1, 'ranges must overlap');
});
