import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { detectDocumentLanguages, detectLanguage, paragraphSpans, unsupportedLanguageWarning } from './detect-language';

const SAMPLES: [string, string][] = [
  ['uk', 'У Житомирській області за пів року відкрили понад три тисячі проваджень про самовільне залишення частини.'],
  ['uk', 'Військові, які повернулися до служби, отримали нові призначення.'],
  ['ru', 'Гарнизонный суд в этом году получил свыше ста дел о самовольном оставлении части.'],
  ['ru', 'Суд вынес приговор, а защита обжалует его в апелляции.'],
  ['en', 'The prosecutor said that the number of desertion cases had risen again this autumn.'],
  ['de', 'Die Staatsanwaltschaft teilte mit, dass die Zahl der Fälle von Fahnenflucht erneut gestiegen ist.'],
  ['fr', 'Le parquet a indiqué que le nombre de cas de désertion avait encore augmenté cet automne.'],
  ['pl', 'Prokuratura poinformowała, że liczba przypadków dezercji znowu wzrosła tej jesieni.'],
  ['it', 'La procura ha comunicato che il numero dei casi di diserzione è aumentato ancora in autunno.'],
];

test('detectLanguage names each supported language on a sentence of its own', () => {
  for (const [lang, text] of SAMPLES) {
    const d = detectLanguage(text);
    assert.equal(d.language, lang, `${text} -> ${JSON.stringify(d)}`);
    assert.equal(d.supported, true);
    assert.ok(d.confidence >= 0.4 && d.confidence <= 1, `${lang}: confidence ${d.confidence}`);
  }
});

test('the alphabet rule decides Ukrainian against Russian where trigrams alone would not', () => {
  // franc-min alone ranks this Ukrainian sentence as Russian.
  const d = detectLanguage('Житомирщина — серед областей, де реєструють найбільше проваджень');
  assert.equal(d.language, 'uk');
  assert.equal(d.method, 'alphabet');
  assert.equal(detectLanguage('Это вдвое больше, чем годом ранее, сообщили в суде.').language, 'ru');
});

test('unsupported languages are reported as such and named', () => {
  const cases: [string, string, string][] = [
    ['bg', 'Bulgarian', 'Днес армията съобщи, че броят на войниците, които са напуснали частите си, расте.'],
    ['es', 'Spanish', 'El ejército anunció hoy nuevas medidas contra los soldados que abandonan sus unidades.'],
    ['pt', 'Portuguese', 'O exército anunciou hoje novas medidas contra os soldados que abandonam as suas unidades.'],
    ['be', 'Belarusian', 'Колькасць вайскоўцаў, якія пакінулі свае часці, павялічылася ў гэтым годзе.'],
    ['sr', 'Serbian', 'Војска је саопштила да је број војника који су напустили јединице порастао.'],
    ['el', 'Greek', 'Ο στρατός ανακοίνωσε σήμερα νέα μέτρα για τους λιποτάκτες.'],
  ];
  for (const [code, name, text] of cases) {
    const d = detectLanguage(text);
    assert.equal(d.detected, code, `${name}: ${JSON.stringify(d)}`);
    assert.equal(d.language, 'und');
    assert.equal(d.supported, false);
    assert.equal(d.name, name);
    const warning = unsupportedLanguageWarning(d, 'news.txt');
    assert.match(warning, new RegExp(`^news\\.txt: .*${name} \\(${code}`, 'u'));
    assert.ok(!warning.includes('\n'));
  }
});

test('text without enough letters is undetermined, with a warning that says so', () => {
  for (const text of ['', '   ', '12 345 678', '(044) 555-01-23', '21:40 — 9:00', 'ОГП']) {
    const d = detectLanguage(text);
    assert.equal(d.detected, 'und', text);
    assert.equal(d.confidence, 0);
  }
  assert.match(unsupportedLanguageWarning(detectLanguage('42')), /could not be determined/u);
});

test('a Russian quotation inside a Ukrainian paragraph keeps the paragraph Ukrainian', () => {
  const d = detectLanguage(
    'Речник повідомив, що військові й далі повертаються до служби, а на плакаті було написано «Хочу жить». Їх щотижня більшає.',
  );
  assert.equal(d.language, 'uk');
});

test('homoglyphs (Latin o, a, e inside Cyrillic words) neither crash nor flip the language', () => {
  assert.equal(detectLanguage('Сегодня сoобщили o дезертирах из части, которые вернулись в строй.').language, 'ru');
  assert.equal(detectLanguage('Прокурaтурa пoвідoмила прo нoві прoвадження щoдo СЗЧ у регіоні.').language, 'uk');
});

test('per paragraph: a mixed document is flagged and each paragraph has its own language', () => {
  const text = [
    'Дезертирство і СЗЧ',
    SAMPLES[0]![1] + ' ' + SAMPLES[1]![1],
    SAMPLES[2]![1] + ' ' + SAMPLES[3]![1],
    SAMPLES[4]![1],
  ].join('\n\n');
  const r = detectDocumentLanguages(text);
  assert.deepEqual(
    r.paragraphs.map((p) => p.language),
    ['uk', 'uk', 'ru', 'en'],
  );
  assert.equal(r.paragraphs[0]!.inherited, true, 'a headline takes the document language');
  assert.equal(r.document.language, 'uk');
  assert.equal(r.mixed, true);
  for (const p of r.paragraphs) assert.equal(text.slice(p.span.start, p.span.end).trim(), text.slice(p.span.start, p.span.end));
});

test('a one-language document is not mixed and its short headline inherits', () => {
  const text = `Суди і СОЧ\n\n${SAMPLES[2]![1]}\n \n${SAMPLES[3]![1]}\n`;
  const r = detectDocumentLanguages(text);
  assert.equal(r.document.language, 'ru');
  assert.equal(r.mixed, false);
  assert.equal(r.paragraphs.length, 3);
  assert.ok(r.paragraphs.every((p) => p.language === 'ru'));
});

test('paragraphSpans splits on blank lines only and drops empty paragraphs', () => {
  const text = '\n\nA line\nsame paragraph\n\n\n  \nNext\r\n\r\nLast';
  const spans = paragraphSpans(text);
  assert.deepEqual(
    spans.map((s) => text.slice(s.start, s.end)),
    ['A line\nsame paragraph', 'Next\r', 'Last'],
  );
});

test('detection never throws and spans stay inside the text (property)', () => {
  const alphabet = fc.constantFrom(...'aоoеeіїєґыэъёßąéñ ΣΩ中\n\n\t.,0123456789—«»\u00a0\u202f\u0301'.split(''));
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.array(alphabet, { maxLength: 300 }).map((a) => a.join(''))), (text) => {
      const d = detectLanguage(text);
      assert.ok(d.confidence >= 0 && d.confidence <= 1);
      const r = detectDocumentLanguages(text);
      for (const p of r.paragraphs) assert.ok(p.span.start >= 0 && p.span.start < p.span.end && p.span.end <= text.length);
    }),
    { numRuns: 300 },
  );
});

test('a long document is decided from bounded samples, quickly', () => {
  const text = (SAMPLES[0]![1] + ' ').repeat(20_000); // about 2 MB, one paragraph
  const t0 = performance.now();
  assert.equal(detectDocumentLanguages(text).document.language, 'uk');
  assert.ok(performance.now() - t0 < 2000);
});
