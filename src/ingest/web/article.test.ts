// Article text and metadata from pages; DOM bombs refused quickly instead of parsed for minutes.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AbsentiaError } from '../../util/errors';
import { extractArticle } from './article';
import { canonicalUrl } from './canonical';
import { chooseCanonical } from './ingest-page';
import { fixture } from './test-support/site';

describe('extractArticle', () => {
  test('text without navigation or footer, paragraphs kept, no markup or handlers survive', () => {
    const a = extractArticle(fixture('article-uk.html').toString(), 'https://pravda.example/news/2025/08/26/szch/');
    assert.equal(a.extraction, 'readability');
    assert.ok(a.text.startsWith('26 серпня 2025\n\nОфіс Генерального прокурора у відповіді'), a.text.slice(0, 80));
    assert.ok(a.text.includes('зареєстровано 67\u00a0840 кримінальних проваджень'));
    assert.ok(!a.text.includes('Головна'));
    assert.ok(!a.text.includes('Усі права захищені'));
    assert.equal(a.text.split('\n\n').length >= 4, true);
    assert.deepEqual([a.published, a.publishedFrom, a.outlet, a.language], ['2025-08-26', 'meta:article:published_time', 'Тестова правда', 'uk']);
    assert.equal(a.canonicalUrl, 'https://pravda.example/news/2025/08/26/szch/');
  });

  test('JSON-LD wins for dates and publisher; a cross-site canonical is not believed', () => {
    const a = extractArticle(fixture('article-ru.html').toString(), 'https://first.example/news/soch-200k');
    assert.deepEqual([a.published, a.publishedFrom, a.outlet, a.language], ['2025-08-26', 'json-ld', 'Первый тестовый', 'ru']);
    const copy = extractArticle(fixture('republished-ru.html').toString(), 'https://aggregator.example/v-ukraine');
    assert.equal(copy.canonicalUrl, 'https://first.example/news/soch-200k');
    assert.equal(chooseCanonical(copy, 'https://aggregator.example/v-ukraine?utm_source=x'), 'https://aggregator.example/v-ukraine');
    assert.equal(chooseCanonical({ canonicalUrl: 'https://www.first.example/a/amp' }, 'https://first.example/a?x=1'), 'https://first.example/a');
  });

  test('script, style and event handlers never reach the text', () => {
    const html = '<html><body><article><h1>T</h1><p>Понад 18 тисяч випадків СЗЧ у травні, повідомили у прокуратурі, посилаючись на реєстр.</p><script>alert(1)</script><img src=x onerror="alert(2)"><style>p{}</style><p>Ще один довгий абзац тексту, щоб стаття мала достатньо слів для виділення основного вмісту.</p></article></body></html>';
    const a = extractArticle(html, 'https://x.example/a');
    assert.ok(!/alert|onerror|p\{\}/u.test(a.text), a.text);
  });

  test('100,000 nested elements and 200,000 tags are refused fast', () => {
    for (const html of ['<html><body>' + '<div>'.repeat(100_000) + 'x' + '</div>'.repeat(100_000) + '</body></html>', '<html><body>' + '<span>a</span>'.repeat(70_000) + '</body></html>', '<html><body>' + '<div>'.repeat(800) + 'x' + '</div>'.repeat(800) + '</body></html>']) {
      const t0 = performance.now();
      assert.throws(() => extractArticle(html, 'https://x.example/bomb'), (e: unknown) => e instanceof AbsentiaError && e.code === 'too_large');
      assert.ok(performance.now() - t0 < 3000, `refused in ${(performance.now() - t0).toFixed(0)} ms`);
    }
  });
});

describe('canonicalUrl', () => {
  test('tracking parameters, fragments, AMP variants, www and trailing slashes collapse; idempotent', () => {
    const same = ['https://www.news.example/a/b/?utm_source=tg&utm_medium=x#c', 'http://news.example/a/b', 'https://amp.news.example/a/b/amp', 'https://news.example/a/b?output=amp', 'https://m.news.example/a/b?fbclid=1'];
    for (const u of same) assert.equal(canonicalUrl(u), 'https://news.example/a/b', u);
    assert.equal(canonicalUrl('https://news.example/a?id=2&cat=1'), 'https://news.example/a?cat=1&id=2');
    for (const u of same) assert.equal(canonicalUrl(canonicalUrl(u)), canonicalUrl(u));
  });
});
