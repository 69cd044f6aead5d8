import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { toRecord } from '../../claim/claim';
import { extractClaims } from '../../extract/index';
import { toJson, writeJsonArray } from './extract';

async function written(items: Iterable<unknown>): Promise<string> {
  const out = new PassThrough({ highWaterMark: 64 }); // tiny buffer: every piece waits for drain
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeJsonArray(out, items, (x) => x);
  out.end();
  await new Promise((r) => out.on('end', r));
  return Buffer.concat(chunks).toString('utf8');
}

test('the streamed JSON array is byte for byte JSON.stringify(items, null, 2) and a newline', async () => {
  const item = (i: number) => ({ n: i, quote: `line one\nline "two" ${'é'.repeat(i % 3)}`, span: { start: i, end: i + 2 }, rules: ['a', 'b'], empty: [], none: null });
  for (const size of [0, 1, 2, 499, 500, 501, 1000, 1201]) {
    const items = Array.from({ length: size }, (_, i) => item(i));
    const expected = `${JSON.stringify(items, null, 2)}\n`;
    assert.equal(await written(items), expected, `size ${size}`);
    // a generator, as `extract` passes: the pieces are cut without knowing the count
    assert.equal(await written(items.values()), expected, `size ${size}, iterated`);
  }
});

test('toJson gives the FORMAT.md record (toRecord) then the provenance, in that key order', () => {
  const claims = extractClaims('Since the start of the year, prosecutors have opened 1,234 cases of desertion in the Ukrainian army, the office said.', { published: '2025-11-03', language: 'en' });
  assert.ok(claims.length > 0);
  for (const c of claims) {
    const expected = { ...toRecord(c), span: c.span, sentence: c.sentence, rules: c.rules, periodBasis: c.periodBasis, confidence: c.confidence, language: c.language };
    assert.equal(JSON.stringify(toJson(c)), JSON.stringify(expected));
  }
});
