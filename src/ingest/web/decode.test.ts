// Charset handling: declared charsets decode byte-exact; undeclared or wrongly declared Cyrillic is
// detected or flagged, never stored silently as mojibake.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import iconv from 'iconv-lite';
import { decodeBytes, plausibility } from './decode';

const UK_LONG =
  'Офіс Генерального прокурора повідомив, що з початку року зареєстровано 161 461 провадження за статтею 407. Це значно більше, ніж торік, коли їх було 67 840.';
const RU_LONG =
  'По данным Офиса генпрокурора, с начала года зарегистрировано более 160 тысяч уголовных производств о самовольном оставлении части.';
const RU_SHORT = 'Дезертирство растёт';
const TEXTS = { uk: UK_LONG, ru: RU_LONG, short: RU_SHORT };
const ENCODINGS = ['utf-8', 'windows-1251', 'koi8-r', 'koi8-u', 'ibm866'];

const page = (text: string, meta = '') => `<html><head>${meta}<title>t</title></head><body><p>${text}</p></body></html>`;

describe('decodeBytes', () => {
  for (const [name, text] of Object.entries(TEXTS)) {
    for (const enc of ENCODINGS) {
      const bytes = iconv.encode(page(text), enc);
      if (iconv.decode(bytes, enc) !== page(text)) continue; // letters this encoding cannot hold
      test(`${name} in ${enc}: correct header, meta only, wrong header, no declaration`, () => {
        const right = decodeBytes(bytes, `text/html; charset=${enc}`);
        assert.equal(right.text, page(text));
        assert.equal(right.method, 'http');

        const metaBytes = iconv.encode(page(text, `<meta charset="${enc}">`), enc);
        const meta = decodeBytes(metaBytes, 'text/html');
        assert.equal(meta.text, page(text, `<meta charset="${enc}">`));
        assert.equal(meta.method, 'meta');

        const wrongLabel = enc === 'utf-8' ? 'windows-1251' : 'utf-8';
        const wrong = decodeBytes(bytes, `text/html; charset=${wrongLabel}`);
        assert.ok(wrong.text.includes(text) || wrong.suspect, `wrong header: ${wrong.encoding} ${wrong.method}`);

        const none = decodeBytes(bytes, 'text/html');
        assert.ok(none.text.includes(text) || none.suspect, `undeclared: ${none.encoding}`);
        assert.ok(!none.text.includes(text) || !none.suspect);
      });
    }
  }

  test('a BOM wins over the HTTP header, and UTF-16 with a BOM decodes', () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page(UK_LONG))]);
    const d = decodeBytes(withBom, 'text/html; charset=windows-1251');
    assert.equal(d.method, 'bom');
    assert.equal(d.text, page(UK_LONG));
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(page(RU_LONG), 'utf-16le')]);
    assert.equal(decodeBytes(le, null).text, page(RU_LONG));
  });

  test('the XML declaration is a declaration for feeds', () => {
    const xml = `<?xml version="1.0" encoding="koi8-r"?><rss><channel><title>${RU_LONG}</title></channel></rss>`;
    const d = decodeBytes(iconv.encode(xml, 'koi8-r'), 'application/rss+xml');
    assert.equal(d.method, 'xml');
    assert.equal(d.text, xml);
  });

  test('mojibake reads as implausible', () => {
    const moji = iconv.decode(iconv.encode(RU_LONG, 'koi8-r'), 'windows-1251');
    assert.ok(plausibility(moji) < 0.5, moji);
    assert.ok(plausibility(iconv.decode(Buffer.from(UK_LONG), 'windows-1252')) < 0.5);
    assert.equal(plausibility(RU_LONG), 1);
  });
});
