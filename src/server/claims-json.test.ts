// The listing's one-pass JSON gives the very bytes of the response schema's serializer (fast-json-stringify,
// which Fastify runs over the route's schema) for rows of every shape, and steps aside for rows it does not expect.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fastJson from 'fast-json-stringify';
import { API_COLUMNS, claimsPageJson, rowOfTuple } from './claims-json';
import { claimSchema, toApiClaim, type VerdictInfo } from './claims-view';

const pageSchema = {
  type: 'object',
  required: ['items', 'next'],
  properties: { items: { type: 'array', items: { $ref: 'Claim#' } }, next: { type: ['string', 'null'] } },
};
const reference = fastJson(pageSchema as any, { schema: { Claim: claimSchema as any } });

function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEXTS = ['', 'plain', 'He said "21,602" \\ cases', 'tab\tnew\nline\r\u0000\u001f', 'Понад 2 тисячі — «ЗСУ»', '😀 emoji ∑', '</script><img onerror=x>', 'a'.repeat(60) + '"'];

function tuple(r: () => number, i: number): unknown[] {
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const maybe = <T>(v: T) => (r() < 0.3 ? null : v);
  const range = r() < 0.3;
  const low = pick([0, 1, 21602, 2.5, -0, 1e21, 0.1 + 0.2, 123456789.125]);
  const row: Record<string, unknown> = {
    id: i + 1, document_id: maybe(Math.floor(r() * 1000)), origin: pick(['machine', 'human', 'dataset', 'table']),
    status: pick(['unreviewed', 'accepted']), superseded: pick([0, 1]), force: pick(['UA', 'RU']), event: pick(['awol', 'desertion']),
    counted: pick(TEXTS), statistic: 'count', value_low: low, value_high: range ? low + pick([1, 0.5, 3000]) : low, is_range: range ? 1 : 0,
    qualifier: pick(['exact', 'approx', 'range']), period_start: maybe(pick(['2024-01-01', '2023-12'])), period_end: maybe('2024-01-31'),
    per: maybe(pick(TEXTS)), kind: pick(['reported', 'record']), scope: maybe(pick(TEXTS)), source: maybe(pick(TEXTS)), quote: pick(TEXTS),
    span_start: maybe(Math.floor(r() * 500)), span_end: maybe(Math.floor(r() * 500)), sentence_start: maybe(3), sentence_end: maybe(90),
    confidence: maybe(pick([0.85, 1, 0, 0.333333333333])), language: maybe(pick(['en', 'uk'])), published: maybe('2025-11-03'),
    source_url: maybe('https://example.org/a?b="c"&d=\\'), publisher: maybe(pick(TEXTS)), updated_at: '2025-11-25T10:00:00.000Z',
  };
  return API_COLUMNS.map((c) => row[c]);
}

const verdicts: VerdictInfo[] = [null, { verdict: 'consistent', explanation: 'Matches "the" series\n(2 sources)', check: 'series' }];

test('claims page JSON: the schema serializer\'s bytes for 2,000 generated rows, with and without verdicts and cursors', () => {
  const r = rng(6);
  for (let page = 0; page < 40; page++) {
    const rows = Array.from({ length: 50 }, (_, i) => tuple(r, page * 50 + i));
    const next = page % 3 === 0 ? null : Buffer.from(JSON.stringify(['-published', '2025-11-03', page])).toString('base64url');
    const verdictOf = (id: number) => verdicts[(id + page) % 2];
    const expected = reference({ items: rows.map((t) => toApiClaim(rowOfTuple(t), verdictOf(t[0] as number))), next });
    assert.equal(claimsPageJson(rows, next, verdictOf), expected);
  }
  assert.equal(claimsPageJson([], null, () => null), reference({ items: [], next: null }));
});

test('claims page JSON: a value the fast path does not expect hands the page back to the schema serializer', () => {
  const r = rng(7);
  const at = (c: (typeof API_COLUMNS)[number]) => API_COLUMNS.indexOf(c);
  for (const [column, value] of [['span_start', 2.5], ['id', 1.5], ['force', 42], ['value_low', '12'], ['confidence', Number.NaN]] as const) {
    const rows = [tuple(r, 0), tuple(r, 1)];
    rows[1][at('span_end')] = 10;
    rows[1][at(column)] = value;
    assert.equal(claimsPageJson(rows, null, () => null), null, column);
  }
});
