import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { AbsentiaError } from '../../util/errors';
import { readDocumentBytes, readDocumentFile } from './read';

const dir = mkdtempSync(join(tmpdir(), 'absentia-read-'));
const file = (name: string, content: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

async function rejectsWith(promise: Promise<unknown>, pattern: RegExp, input: string) {
  await assert.rejects(promise, (err: unknown) => {
    assert.ok(err instanceof AbsentiaError, 'an AbsentiaError');
    assert.equal(err.input, input);
    assert.match(err.message, pattern);
    return true;
  });
}

describe('readDocumentFile', () => {
  it('reads plain UTF-8 text, normalising line ends, and titles it by its first line', async () => {
    const doc = await readDocumentFile(file('a.txt', 'Headline here\r\nOver 21,000 returned.\r\n'));
    assert.equal(doc.format, 'text');
    assert.equal(doc.text, 'Headline here\nOver 21,000 returned.\n');
    assert.equal(doc.title, 'Headline here');
    assert.match(doc.contentHash, /^[0-9a-f]{64}$/);
  });

  it('reduces HTML to paragraphs and reads its title, language and published date', async () => {
    const html = `<!doctype html><html lang="uk-UA"><head><title>СЗЧ</title>
      <meta property="article:published_time" content="2025-11-03T10:00:00+02:00"><style>p{}</style></head>
      <body><nav>menu</nav><p>Перший&nbsp;абзац.</p><div>Другий <b>абзац</b><br>рядок</div><script>alert(1)</script></body></html>`;
    const doc = await readDocumentFile(file('b.html', html));
    assert.equal(doc.format, 'html');
    assert.equal(doc.title, 'СЗЧ');
    assert.equal(doc.language, 'uk');
    assert.equal(doc.published, '2025-11-03');
    assert.equal(doc.text, 'Перший\u00a0абзац.\n\nДругий абзац\nрядок');
  });

  it('decodes HTML in the charset it declares', async () => {
    const bytes = iconv.encode('<html><head><meta charset="windows-1251"></head><body><p>понад 21 тисячу</p></body></html>', 'windows-1251');
    const doc = await readDocumentFile(file('c.html', bytes));
    assert.equal(doc.text, 'понад 21 тисячу');
    assert.equal(doc.encoding, 'windows-1251');
    assert.equal(doc.encodingMethod, 'declared');
  });

  it('hashes the text, so the same words in another wrapper hash the same', () => {
    const a = readDocumentBytes(Buffer.from('<p>Same words.</p>'), 'a.html');
    const b = readDocumentBytes(Buffer.from('Same words.'), 'b.txt');
    assert.equal(a.contentHash, b.contentHash);
  });

  it('names the input and the problem for bad files', async () => {
    await rejectsWith(readDocumentFile(join(dir, 'missing.txt')), /no such file/, join(dir, 'missing.txt'));
    mkdirSync(join(dir, 'sub'));
    await rejectsWith(readDocumentFile(join(dir, 'sub')), /is a directory/, join(dir, 'sub'));
    const empty = file('empty.txt', '');
    await rejectsWith(readDocumentFile(empty), /empty file/, empty);
    const blank = file('blank.txt', '  \n\n ');
    await rejectsWith(readDocumentFile(blank), /no text/, blank);
    const bin = file('x.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    await rejectsWith(readDocumentFile(bin), /binary file/, bin);
    const bad = file('bad.txt', Buffer.concat([Buffer.from('Over 21,000 '), Buffer.from([0xc3, 0x28]), Buffer.from(' more')]));
    await rejectsWith(readDocumentFile(bad), /not valid UTF-8 \(first bad byte at offset 12\)/, bad);
    const unknown = file('u.html', '<html><head><meta charset="x-klingon"></head><body>hi</body></html>');
    await rejectsWith(readDocumentFile(unknown), /unknown charset "x-klingon"/, unknown);
  });

  it('honours a UTF-8 byte-order mark', () => {
    const doc = readDocumentBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('тис.')]), 'bom.txt');
    assert.equal(doc.text, 'тис.');
    assert.equal(doc.encodingMethod, 'bom');
  });
});
