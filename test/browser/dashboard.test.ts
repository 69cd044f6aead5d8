// The dashboard in Debian's chromium: overview with charts, a chart point opening its claim, the explorer's
// filters, a document's highlighted claims, sign-in, a correction and its audit entry, Ukrainian text, a phone
// screen, and no script from article text ever running.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PASSWORD } from '../../src/server/test-support';
import { shot, startHarness, watchedPage, type Harness } from './harness';

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(async () => {
  await h?.close();
});

async function streamText(stream: NodeJS.ReadableStream, encoding: BufferEncoding = 'utf8'): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c as Buffer));
  return Buffer.concat(chunks).toString(encoding);
}

const noXss = async (page: import('playwright-core').Page) => {
  assert.equal(await page.evaluate(() => (window as any).__xss), undefined, 'no script from the data ran');
  assert.equal(await page.locator('a[href^="javascript:"], a[href^="data:"]').count(), 0, 'no javascript:/data: links');
};

describe('dashboard', () => {
  it('renders the overview with the latest figures and both charts, with no CSP violation', async () => {
    const { page, problems } = await watchedPage(h);
    await page.goto(`${h.base}/`);
    await page.locator('.card').first().waitFor();
    await page.locator('.chart[data-force="UA"] canvas').waitFor();
    await page.locator('.chart[data-force="RU"] canvas').waitFor();
    assert.ok((await page.locator('.card').count()) >= 4);
    assert.match(await page.locator('.card[data-force="UA"][data-event="awol"] .big').innerText(), /\d/u);
    await page.waitForTimeout(600); // chart animation
    await shot(page, 'overview');
    await noXss(page);
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('opens the claim behind a chart point when it is clicked', async () => {
    const { page, problems } = await watchedPage(h);
    await page.goto(`${h.base}/charts?event=awol&counted=cases`);
    const box = page.locator('.chart[data-force="UA"]');
    await box.locator('canvas').waitFor();
    await page.waitForTimeout(800);
    // The most isolated claim point, in pixels, so that the click cannot land on a neighbour.
    const target = await box.evaluate((el) => {
      const chart = (el as any).__chart;
      const opt = chart.getOption();
      const idx = opt.series.findIndex((s: any) => s.type === 'scatter');
      const pts = opt.series[idx].data.map((d: any) => ({ id: d.claimId, xy: chart.convertToPixel({ seriesIndex: idx }, d.value) }));
      let best = pts[0], bestGap = -1;
      for (const p of pts) {
        const gap = Math.min(...pts.filter((q: any) => q !== p).map((q: any) => Math.hypot(q.xy[0] - p.xy[0], q.xy[1] - p.xy[1])));
        if (gap > bestGap) { best = p; bestGap = gap; }
      }
      return { id: best.id, x: best.xy[0], y: best.xy[1], gap: bestGap };
    });
    assert.ok(target.gap > 6, `an isolated point exists (${target.gap}px)`);
    const b = (await box.boundingBox())!;
    // Hovering shows the tooltip with the quote as text (quotes hold <img onerror> markup in the fixture).
    await page.mouse.move(b.x + target.x, b.y + target.y);
    await page.locator('.chart-tip').first().waitFor();
    assert.equal(await page.locator('.chart-tip img, .chart-tip script').count(), 0, 'tooltip markup from data stays text');
    // And the tooltip of a claim whose quote holds <img onerror> escapes it.
    const hostile = h.fx.datasetClaimIds[0];
    const tip = await box.evaluate((el, id) => {
      const opt = (el as any).__chart.getOption();
      return opt.tooltip[0].formatter({ seriesType: 'scatter', data: { claimId: id } }) as string;
    }, hostile);
    assert.match(tip, /&lt;img src=x onerror=/u);
    assert.ok(!tip.includes('<img'), tip);
    await page.mouse.click(b.x + target.x, b.y + target.y);
    const panel = page.locator(`.claim-panel .claim-summary[data-claim="${target.id}"]`);
    await panel.waitFor();
    const claim = await (await fetch(`${h.base}/api/claims/${target.id}`)).json();
    assert.equal(await panel.locator('.quote').innerText(), claim.claim.quote);
    assert.ok((await panel.locator('.chain li').count()) >= 1, 'source chain shown');
    assert.ok(page.url().includes(`claim=${target.id}`), 'the open claim is in the permalink');
    await shot(page, 'charts');
    // Downloads: the chart as SVG and PNG, the data behind it as CSV.
    const cell = page.locator('.chart-cell').first();
    const [svg] = await Promise.all([page.waitForEvent('download'), cell.locator('button', { hasText: 'SVG' }).click()]);
    const svgText = await streamText(await svg.createReadStream());
    assert.match(svgText, /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/u);
    assert.ok(!/<script|onerror=/iu.test(svgText), 'no live markup in the SVG');
    const [png] = await Promise.all([page.waitForEvent('download'), cell.locator('button', { hasText: 'PNG' }).click()]);
    const pngBytes = Buffer.from(await streamText(await png.createReadStream(), 'latin1'), 'latin1');
    assert.deepEqual([...pngBytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
    assert.ok(pngBytes.length > 10_000, 'a real picture');
    const csvHref = await cell.locator('a', { hasText: 'Claims' }).getAttribute('href');
    const csv = await (await fetch(h.base + csvHref)).text();
    assert.match(csv.split('\r\n')[0], /^id,force,event/u);
    // The permalink reopens the same state.
    await page.goto(page.url());
    await page.locator(`.claim-panel .claim-summary[data-claim="${target.id}"]`).waitFor();
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('narrows the claim explorer with a filter and keeps it in the URL', async () => {
    const { page, problems } = await watchedPage(h);
    await page.goto(`${h.base}/claims`);
    await page.locator('table.claims tbody tr').first().waitFor();
    const before = await page.locator('table.claims tbody tr').count();
    await page.selectOption('select[name="force"]', 'RU');
    await page.waitForURL(/force=RU/u);
    await page.waitForFunction(() => [...document.querySelectorAll('table.claims tbody tr td:nth-child(2)')].every((td) => /Russia|Росія/u.test(td.textContent ?? '')));
    const afterCount = await page.locator('table.claims tbody tr').count();
    assert.ok(afterCount > 0 && afterCount <= before);
    await page.fill('input[name="q"]', 'Mediazona');
    await page.click('form.filters button[type="submit"]');
    await page.waitForURL(/q=Mediazona/u);
    await page.waitForFunction(() => document.querySelectorAll('table.claims tbody tr').length > 0);
    await shot(page, 'claims');
    await noXss(page);
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('shows a document with every claim highlighted in its text, and article markup as text', async () => {
    const { page, problems } = await watchedPage(h);
    await page.goto(`${h.base}/documents/${h.fx.documentId}`);
    await page.locator('.doc-text .hl-num').first().waitFor();
    const nums = await page.locator('.doc-text .hl-num').allInnerTexts();
    assert.deepEqual(nums, ['21,602', '18,000']);
    assert.ok((await page.locator('.doc-text .hl-sent').count()) >= 2);
    assert.match(await page.locator('h1').innerText(), /<script>window.__xss=2<\/script>/u, 'the hostile title shows as text');
    assert.match(await page.locator('.doc-text').innerText(), /<img src=x onerror=/u);
    await page.waitForTimeout(300);
    await shot(page, 'document');
    await noXss(page);
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('lets an editor sign in, correct a claim, and see the audit entry beside it', async () => {
    const { page, problems } = await watchedPage(h);
    await page.goto(`${h.base}/signin?next=/review`);
    await page.fill('input[name="username"]', 'ed');
    await page.fill('input[name="password"]', PASSWORD);
    await page.click('form.signin button[type="submit"]');
    await page.waitForURL(/\/review$/u);
    await page.locator('table.claims tbody tr').first().waitFor();
    await shot(page, 'review-queue');
    const id = h.fx.machineClaimIds[1];
    await page.goto(`${h.base}/claims/${id}`);
    await page.locator('form.review').waitFor();
    await page.fill('form.review input[name="low"]', '18500');
    await page.fill('form.review input[name="high"]', '18500');
    await page.fill('form.review input[name="reason"]', 'The outlet corrected the figure');
    await page.click('form.review button[data-action="correct"]');
    await page.locator('.audit-list li[data-action="claim.correct"]').waitFor();
    const entry = await page.locator('.audit-list li[data-action="claim.correct"]').innerText();
    assert.match(entry, /ed/u);
    assert.match(entry, /The outlet corrected the figure/u);
    await page.locator('.audit-list li[data-action="claim.correct"] summary').click();
    await shot(page, 'claim-audit');
    const stored = await (await fetch(`${h.base}/api/claims/${id}`)).json();
    assert.equal(stored.claim.status, 'corrected');
    const fixed = await (await fetch(`${h.base}/api/claims/${stored.superseded_by}`)).json();
    assert.deepEqual(fixed.claim.value, { exact: 18500 });
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('shows contradictions and sources, in Ukrainian too', async () => {
    const { page, problems } = await watchedPage(h);
    await page.goto(`${h.base}/contradictions`);
    await page.locator('.contradiction').first().waitFor();
    await shot(page, 'contradictions');
    await page.goto(`${h.base}/sources`);
    await page.locator('table tbody tr').first().waitFor();
    await shot(page, 'sources');
    await page.click('#lang');
    await page.waitForFunction(() => document.querySelector('#nav a')?.textContent === 'Огляд');
    assert.equal(await page.locator('h1').innerText(), 'Джерела');
    await page.goto(`${h.base}/`);
    await page.locator('.card').first().waitFor();
    await page.waitForTimeout(600);
    await shot(page, 'overview-uk');
    await noXss(page);
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it('is readable on a phone', async () => {
    const { page, problems } = await watchedPage(h, { width: 390, height: 844 });
    await page.goto(`${h.base}/`);
    await page.locator('.chart[data-force="RU"] canvas').waitFor();
    await page.waitForTimeout(600);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `no sideways scrolling (${overflow}px)`);
    await shot(page, 'overview-phone');
    assert.deepEqual(problems, []);
    await page.context().close();
  });
});
