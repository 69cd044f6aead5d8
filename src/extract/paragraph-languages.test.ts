import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from './index';
import { paragraphLanguages } from './paragraph-languages';
import { paragraphs } from './core/segment';

const EN = "Ukraine's prosecutors registered more than 17,000 cases of unauthorized abandonment of a unit in September, according to the Prosecutor General's Office. The figure was lower than in the summer months.";
const EN_FILLER = 'Lawmakers in Kyiv are debating a bill that would extend the voluntary return window for soldiers who left their units.';
const UK = 'У жовтні 2025 року Офіс Генпрокурора зареєстрував понад 16 тисяч кримінальних проваджень за статтею 407 про самовільне залишення частини.';
const ES = 'Según la Fiscalía, en octubre se registraron más de 16.000 casos de abandono de unidad por parte de soldados ucranianos en el frente.';
const opts = { published: '2025-11-03' };

test('a paragraph in another supported language is read with its own language', () => {
  const r = extract([EN, EN_FILLER, UK].join('\n\n'), opts);
  assert.equal(r.language, 'en');
  assert.equal(r.warning, undefined);
  const got = r.claims.map((c) => [c.language, c.value, c.event]);
  assert.deepEqual(got, [['en', { exact: 17000 }, 'awol'], ['uk', { exact: 16000 }, 'awol']]);
});

test('the same paragraphs read as English only when --language en is given (no per-paragraph detection)', () => {
  const r = extract([EN, EN_FILLER, UK].join('\n\n'), { ...opts, language: 'en' });
  assert.deepEqual(r.claims.map((c) => c.language), ['en']);
});

test('a paragraph in a language absentia does not read yields no claims and a warning naming it', () => {
  const r = extract([EN, EN_FILLER, ES].join('\n\n'), opts);
  assert.deepEqual(r.claims.map((c) => c.value), [{ exact: 17000 }]);
  assert.match(r.warning ?? '', /1 paragraph in Spanish \(es\) not read/);
});

test('an unsupported document still yields the claims of its paragraphs in supported languages', () => {
  const r = extract([ES, ES.replace('octubre', 'noviembre'), UK].join('\n\n'), opts);
  assert.equal(r.language, 'uk');
  assert.deepEqual(r.claims.map((c) => [c.language, c.value]), [['uk', { exact: 16000 }]]);
  assert.match(r.warning ?? '', /2 paragraphs in Spanish \(es\) not read/);
});

test('an unsupported document with nothing readable warns and yields nothing', () => {
  const r = extract([ES, ES.replace('octubre', 'noviembre')].join('\n\n'), opts);
  assert.deepEqual(r.claims, []);
  assert.match(r.warning ?? '', /Spanish \(es\).*no claims extracted/);
});

test('short paragraphs (a headline, a three-word quote) keep the document language', () => {
  const text = [EN, '«Це не дезертирство»', EN_FILLER].join('\n\n');
  assert.equal(paragraphLanguages(text, paragraphs(text), 'en'), null);
});

test('a large single-language text is settled by a bounded sample; a large mixed one is read per paragraph', () => {
  const big = Array.from({ length: 3000 }, (_, i) => (i % 2 ? EN_FILLER : EN)).join('\n\n');
  assert.ok(big.length > 256 * 1024);
  assert.equal(paragraphLanguages(big, paragraphs(big), 'en'), null);
  const mixed = Array.from({ length: 3000 }, (_, i) => (i % 4 === 3 ? UK : EN)).join('\n\n');
  const langs = paragraphLanguages(mixed, paragraphs(mixed), 'en');
  assert.ok(langs);
  assert.equal(langs.filter((p) => p?.language === 'uk').length, 750);
  assert.equal(langs.filter((p) => p !== null && p.language !== 'uk').length, 0);
});
