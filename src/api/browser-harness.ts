/**
 * Test support for the browser tests: Debian's /usr/bin/chromium through playwright-core (no browser
 * download) at 1440×900, page errors and console errors collected, pages opened by hash and awaited until the
 * router marks them ready (body[data-ready]), screenshots in test-artifacts/screenshots/ (git ignores it).
 *
 *   const b = await launchBrowser();
 *   const { dataMs, paintMs } = await b.open(server.url, '#/timeline', 'timeline', 'real-02-timeline');
 *   await b.close();
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { packagePath } from '../core/paths.js';

export const CHROMIUM = '/usr/bin/chromium';
export const SHOTS = packagePath('test-artifacts', 'screenshots');
export const VIEWPORT = { width: 1440, height: 900 };

/** Why the browser tests cannot run here (false when they can). */
export const browserSkip: string | false = !existsSync(CHROMIUM) ? `${CHROMIUM} is missing: browser tests skipped (CI installs Debian's chromium)`
  : !existsSync(packagePath('web-dist', 'index.html')) ? 'web-dist/ is not built: run `npm run build` first' : false;

export interface Browser {
  page: Page;
  /** Page errors and console errors since the last check (take them with `problems.splice(0)`). */
  problems: string[];
  /**
   * Opens `hash` fresh, waits for the page's data, checks it shows no error, saves a screenshot (viewport) when named.
   * Times from the start of the load: `dataMs` to the first frame with some of the page's data (a list, a table),
   * `paintMs` to the page drawn complete (charts included).
   */
  open(base: string, hash: string, ready: string, shot?: string): Promise<Paint>;
  shot(name: string, fullPage?: boolean): Promise<void>;
  /** Moves to `hash` inside the running dashboard (no reload) and returns the page's times to draw with its data. */
  navigate(hash: string, ready: string): Promise<Paint>;
  /** Scrolls the element to the top of the screen, clicks a point of it (e.g. a canvas) and waits for the next page to be ready. */
  /** Clicks a point of `selector` and waits for the next render to be `ready` (up to `timeoutMs`, 90 s by default). */
  clickAndWait(selector: string, at: { x: number; y: number }, ready: string, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** Milliseconds to the first frame with some of the page's data, and to the page drawn complete (main.ts). */
export interface Paint { dataMs: number; paintMs: number }

async function paintOf(page: Page): Promise<Paint> {
  return { dataMs: Number(await page.getAttribute('body', 'data-data-ms')), paintMs: Number(await page.getAttribute('body', 'data-paint-ms')) };
}

export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'parley-chromium-'));
  mkdirSync(SHOTS, { recursive: true });
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, viewport: VIEWPORT,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  // Generous waits: CI machines are shared and slow; speed is measured and reported, not asserted.
  page.setDefaultTimeout(90_000);
  page.setDefaultNavigationTimeout(90_000);
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  const shot = async (name: string, fullPage = false) => { await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage }); };
  return {
    page, problems, shot,
    async open(base, hash, ready, name) {
      await page.goto('about:blank');
      await page.goto(`${base}/${hash}`);
      await page.waitForSelector(`body[data-ready="${ready}"]`);
      const paint = await paintOf(page);
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => window.scrollTo(0, 0));
      if (name) await shot(name);
      assert.deepEqual(await page.locator('.error-panel').allTextContents(), [], `${hash} shows an error`);
      assert.deepEqual(problems.splice(0), [], `${hash} logged errors`);
      return paint;
    },
    async navigate(hash, ready) {
      const before = await page.getAttribute('body', 'data-render');
      await page.evaluate((h) => { location.hash = h; }, hash);
      await page.waitForFunction(([b, r]) => document.body.dataset.render !== b && document.body.dataset.ready === r, [before, ready] as const);
      return paintOf(page);
    },
    async clickAndWait(selector, at, ready, timeoutMs = 90_000) {
      // The element's top at the top of the screen (under the 52 px bar), so the point is on screen.
      await page.locator(selector).evaluate((el) => { window.scrollBy(0, el.getBoundingClientRect().top - 60); });
      const box = (await page.locator(selector).boundingBox())!;
      const before = await page.getAttribute('body', 'data-render');
      await page.mouse.click(box.x + at.x, box.y + at.y);
      await page.waitForFunction(([b, r]) => document.body.dataset.render !== b && document.body.dataset.ready === r, [before, ready] as const, { timeout: timeoutMs });
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
