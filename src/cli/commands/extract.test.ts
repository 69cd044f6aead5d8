import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { writeJsonArray } from './extract';

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
