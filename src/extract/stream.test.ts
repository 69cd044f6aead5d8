// extractStream hands on the claims extract() returns: each claim serialised as it is handed on (before the rest
// of the document is read) must equal the same claim once the whole document is done.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paragraphs } from './core/segment';
import { normalize } from './core/text';
import { extract, extractStream, type ExtractOptions } from './index';

const opts = { published: '2025-11-03' };

function streamed(text: string, o: ExtractOptions) {
  const s = extractStream(text, o);
  const claims: string[] = [];
  for (const c of s.claims) claims.push(JSON.stringify(c));
  return { language: s.language, warning: s.warning, claims };
}

function collected(text: string, o: ExtractOptions) {
  const r = extract(text, o);
  return { language: r.language, warning: r.warning, claims: r.claims.map((c) => JSON.stringify(c)) };
}

/** n figures in one paragraph, then a paragraph that dates the last of them, then one that carries its period. */
function completedAfterwards(n: number): string {
  const figures = Array.from({ length: n }, (_, i) =>
    `Since the start of the year, prosecutors have opened ${(1200 + i * 37).toLocaleString('en-US')} cases of desertion in the Ukrainian army.`);
  return [figures.join(' '), 'The figures are as of March 1.', 'Over this period, 2,300 more soldiers returned to service.'].join('\n\n');
}

test('a paragraph that completes the periods of the one before changes claims not yet handed on', () => {
  // every count up to a few batches: wherever a batch ends, the claim the next paragraph completes is still held
  for (let n = 1; n <= 40; n++) {
    const text = completedAfterwards(n);
    assert.deepEqual(streamed(text, { ...opts, language: 'en' }), collected(text, { ...opts, language: 'en' }), `${n} figures`);
  }
  const claims = extract(completedAfterwards(3), { ...opts, language: 'en' }).claims;
  assert.ok(claims.some((c) => c.rules.includes('period.cutoff.after')), 'the cut-off reached the paragraph before');
  assert.ok(claims.some((c) => c.rules.includes('period.same.previousParagraph')), 'a period carried across a paragraph');
});

test('stream and array agree on a long multi-paragraph text, and spans index the original text', () => {
  const para = (i: number) => `In ${['January', 'March', 'June'][i % 3]} 2025, about ${(300 + i).toLocaleString('en-US')} Russian soldiers left their units without permission, the Defence Ministry said. The hearing ran to 9:30\u00A0a.m. on Thursday.`;
  // blank lines, some holding what normalisation folds to a space
  const text = Array.from({ length: 60 }, (_, i) => para(i) + (i % 2 ? '\n\n' : '\n \t\n')).join('');
  for (const o of [{ ...opts, language: 'en' }, opts]) assert.deepEqual(streamed(text, o), collected(text, o));
  for (const c of extract(text, { ...opts, language: 'en' }).claims) {
    assert.match(text.slice(c.span.start, c.span.end), /\d/u);
    assert.equal(c.quote, text.slice(c.sentence.start, c.sentence.end));
  }
});

test('a mixed-language text: same claims, language and warning from the stream as from extract()', () => {
  const en = 'In October, prosecutors registered more than 15,000 cases of unauthorized abandonment of a unit in the Ukrainian army, according to the Prosecutor General’s Office.';
  const enFiller = 'Lawmakers are still debating how long soldiers who left their units may take to return without punishment.';
  const uk = 'У вересні прокурори зареєстрували понад 14 тисяч кримінальних проваджень за статтею 407 про самовільне залишення військової частини.';
  const es = 'En septiembre, la fiscalía registró más de 14.000 casos de abandono de unidad entre los soldados ucranianos, según datos oficiales.';
  const text = [en, enFiller, uk, es, en.replace('October', 'November')].join('\n\n');
  const s = streamed(text, opts);
  assert.deepEqual(s, collected(text, opts));
  assert.ok(s.warning, 'the Spanish paragraph is named as not read');
  assert.ok(s.claims.some((c) => JSON.parse(c).language === 'uk'), 'the Ukrainian paragraph is read in Ukrainian');
});

test('paragraphs of a text are those of its normalised form (the pipeline normalises one paragraph at a time)', () => {
  const texts = [
    'One.\n\u00A0\nTwo.\r\n\r\nThree.',
    'One.\n\t\u202F\nTwo “quoted”.\n\u2009\n\nThree\u00AD.',
    'Line one\nline\u00A0two\n\u2003 line three',
    '\u00A0\n\nOnly one paragraph\u2019s text.\n\u2007',
  ];
  for (const t of texts) assert.deepEqual(paragraphs(t), paragraphs(normalize(t)), JSON.stringify(t));
});

test('normalize() returns its input when nothing folds', () => {
  const plain = 'Nothing here folds: 1,200 cases.';
  assert.equal(normalize(plain), plain);
  assert.equal(normalize('it\u2019s'), "it's");
});
