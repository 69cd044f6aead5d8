import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reconcile } from './reconcile';
import { span } from './test-support';
import { trackRecords } from './track-record';

test('a source whose figure disagrees with the reconciled value loses a point on that measure only', () => {
  const claims = [
    span(2023, 1, 12, 17658, { source: "Prosecutor General's Office (reply to Ukrainska Pravda)", publisher: 'tsn.ua' }),
    span(2023, 1, 12, 17658, { source: 'Opendatabot', publisher: 'unn.ua' }),
    span(2023, 1, 12, 18628, { source: 'RIA', publisher: 'news.mail.ru' }),
    span(2023, 1, 12, 900, { source: 'RIA', publisher: 'news.mail.ru', counted: 'convictions' }),
    span(2023, 1, 12, 900, { source: 'Judiciary press service', publisher: 'interfax.com.ua', counted: 'convictions' }),
  ];
  const records = trackRecords(reconcile(claims));
  const ria = records.filter((r) => r.source === 'ria' && r.role === 'source');
  assert.deepEqual(ria.map((r) => [r.series, r.matched, r.total]), [
    ['UA/awol/convictions/count', 1, 1],
    ['UA/awol/cases/count', 0, 1],
  ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))));
  const pgo = records.find((r) => r.source === 'ua-pgo' && r.series === 'UA/awol/cases/count');
  assert.deepEqual([pgo?.matched, pgo?.total], [1, 1]);
  assert.ok(records.some((r) => r.role === 'outlet' && r.source === 'outlet:news.mail.ru'));
});
