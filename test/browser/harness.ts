// Starts the real server on a free loopback port with a temporary database (the test fixture plus the bundled
// dataset) and Debian's chromium through playwright-core. Screenshots go to test-output/screenshots/.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ensureBundledDataset } from '../../src/dataset/index';
import { buildApp } from '../../src/server/app';
import { addAccounts, makeFixture, type Fixture } from '../../src/server/test-support';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SHOTS = join(process.cwd(), 'test-output', 'screenshots');

export interface Harness {
  base: string;
  fx: Fixture;
  browser: Browser;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  // Build the dashboard from the current sources so the test never runs against a stale bundle.
  execFileSync(process.execPath, ['src/web/build.mjs'], { stdio: 'inherit' });
  mkdirSync(SHOTS, { recursive: true });
  const fx = await makeFixture();
  await ensureBundledDataset(fx.store);
  await addAccounts(fx.store);
  const app = await buildApp({ store: fx.store, webRoot: join(process.cwd(), 'dist', 'web'), webhookIntervalSeconds: 0 });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  await fetch(`${base}/api/overview`); // warm the analysis
  if (!existsSync(CHROMIUM)) throw new Error(`chromium not found at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-dev-shm-usage'],
  });
  return {
    base, fx, browser,
    async close() {
      await browser.close();
      await app.close();
      await fx.close();
    },
  };
}

export interface Watched {
  page: Page;
  /** Page errors, CSP violations and requests that left this server. */
  problems: string[];
}

export async function watchedPage(h: Harness, viewport = { width: 1366, height: 900 }): Promise<Watched> {
  const context = await h.browser.newContext({ viewport });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 4\d\d/u.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(h.base) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) problems.push(`outside request: ${r.url()}`);
  });
  return { page, problems };
}

export const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
