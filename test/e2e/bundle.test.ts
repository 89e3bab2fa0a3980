/**
 * The overview paints without the big parts: on the built renderer, the JavaScript fetched before the first paint
 * holds no ECharts, no strategy map editor and no report view, and stays within 250 KB gzipped. After the paint the
 * window fetches those parts while idle; a part still loading shows a quiet status, and one that cannot be
 * fetched says so in place.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, rendererDir, startApp, type RunningApp } from './browser';
import { kb, measureFirstPaint } from './first-paint';

/**
 * The chunks of the parts that load when first shown (named after their modules by the build), and zod with the
 * schemas, which only the forms need: a module the first screen shares with them must not pull them in.
 */
const LAZY_CHUNK =
  /^assets\/(echarts|EChart|Dashboard|MapView|ReportView|KpiHistoryChart|schemas|EditDialog|ReviewsPage|ActionsView|CompareView)-[\w-]+\.js$/;
/** Code that is only in those parts: ECharts' own instance key, and the map editor's canvas class. */
const MARKERS = { ECharts: '_echarts_instance_', 'the map editor': 'map-canvas' };
const BUDGET_GZIP = 250 * 1024;

let browser: Browser;
let app: RunningApp;
beforeAll(async () => {
  browser = await launchBrowser();
  app = await startApp(browser);
});
afterAll(async () => {
  await app?.close();
  await browser?.close();
});

describe('the first paint of the overview', () => {
  it('fetches no ECharts, map editor, report view, schemas or review views, and at most 250 KB of gzipped JavaScript', async () => {
    const first = await measureFirstPaint(browser, app.url);
    const files = first.scripts.map((s) => s.file);
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((f) => LAZY_CHUNK.test(f))).toEqual([]);
    for (const file of files) {
      const code = readFileSync(join(rendererDir, file), 'utf8');
      for (const [part, marker] of Object.entries(MARKERS))
        expect(code.includes(marker), `${file} holds ${part}`).toBe(false);
    }
    // The markers must still name code the build has, or this test would pass whatever the first paint held.
    const built = readdirSync(join(rendererDir, 'assets'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(rendererDir, 'assets', f), 'utf8'));
    for (const marker of Object.values(MARKERS)) expect(built.some((code) => code.includes(marker))).toBe(true);
    const total = first.scripts.reduce((sum, s) => sum + s.gzip, 0);
    expect(total, `first paint: ${files.join(', ')} = ${kb(total)} gzip`).toBeLessThanOrEqual(BUDGET_GZIP);
  });

  it('fetches the dashboard, ECharts and the map editor afterwards, while the window is idle', async () => {
    const wanted = [/^assets\/echarts-/, /^assets\/Dashboard-/, /^assets\/MapView-/, /^assets\/ReportView-/];
    const first = await measureFirstPaint(browser, app.url, (fetched) =>
      wanted.every((w) => fetched.some((f) => w.test(f))),
    );
    for (const w of wanted)
      expect(
        first.later.some((f) => w.test(f)),
        `${w} fetched after the paint`,
      ).toBe(true);
    // …and none of them before it: the warm-up waits for the painted overview.
    expect(first.scripts.some((s) => LAZY_CHUNK.test(s.file))).toBe(false);
  });
});

describe('a part whose code is on its way', () => {
  it('shows a quiet status in its place until it arrives, then the part', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    try {
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      // Hold the dashboard's code (the idle warm-up asks for it too) until the placeholder has been seen.
      await context.route(/\/assets\/Dashboard-[\w-]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await context.addInitScript("try { localStorage.setItem('quadrant.view', 'overview') } catch {}");
      const page = await context.newPage();
      await page.goto(app.url);
      await page.locator('section.perspective').first().waitFor();
      await page.getByRole('button', { name: 'Dashboard', exact: true }).click();
      const status = page.getByRole('status').filter({ hasText: 'Loading the dashboard…' });
      await status.waitFor();
      // It holds the room of a view, so the status bar does not jump up and back.
      expect((await status.boundingBox())!.height).toBeGreaterThan(300);
      release();
      await page.locator('.dashboard[data-rendered-period]').waitFor();
      expect(await status.count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('says in place that it could not be loaded when its code cannot be fetched', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    try {
      await context.route(/\/assets\/MapView-[\w-]+\.js$/, (route) => route.abort());
      await context.addInitScript("try { localStorage.setItem('quadrant.view', 'overview') } catch {}");
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(app.url);
      await page.locator('section.perspective').first().waitFor();
      await page.getByRole('button', { name: 'Strategy map', exact: true }).click();
      const alert = page.getByRole('alert').filter({ hasText: 'This part of the window could not be loaded' });
      await alert.waitFor();
      await expect(alert.getByRole('button', { name: 'Reload the window' }).isVisible()).resolves.toBe(true);
      // The rest of the window is still there and works.
      await page.getByRole('button', { name: 'Scorecard', exact: true }).click();
      await page.locator('section.perspective').first().waitFor();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
