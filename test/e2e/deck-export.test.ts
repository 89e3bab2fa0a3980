/**
 * The PowerPoint deck in browser mode, as a person gets it: Export PowerPoint in the Report view downloads the
 * deck of the scorecard and period shown and says so; File › Export PowerPoint Deck… does the same. The downloads
 * are unzipped and read back; a screenshot of the Report view with the outcome goes to test-results/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDeck } from '../integration/deck-read';
import { launchBrowser, resultsDir, startApp, type RunningApp } from './browser';

let browser: Browser;
let app: RunningApp;

beforeAll(async () => {
  browser = await launchBrowser();
  app = await startApp(browser, { viewport: { width: 1280, height: 900 } });
}, 60_000);

afterAll(async () => {
  await app?.close();
  await browser?.close();
});

const FILE_NAME = 'Harbour & Ember — Company Scorecard Q3 2026.pptx';

describe('Export PowerPoint', () => {
  it('downloads the deck of the period shown from the Report view, and says how many slides it has', async () => {
    const { page } = app;
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: /Report/ })
      .click();
    const button = page.getByRole('button', { name: 'Export PowerPoint', exact: true });
    await expect.poll(() => button.isVisible()).toBe(true);
    // What the Report view shows on its cover goes on the title slide, saved or not.
    await page.getByLabel('Prepared by').fill('Anna Berg');
    const downloading = page.waitForEvent('download', { timeout: 60_000 });
    await button.focus();
    await page.keyboard.press('Enter');
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(FILE_NAME);
    const file = join(resultsDir, 'deck-export.pptx');
    await download.saveAs(file);

    const status = page.getByRole('status', { name: 'PowerPoint deck status' });
    await expect
      .poll(() => status.textContent(), { timeout: 30_000 })
      .toMatch(/^✓ Saved .*\(downloaded\): \d+ slides, \d+ KB\.$/);
    const slides = Number(/: (\d+) slides/.exec((await status.textContent()) ?? '')?.[1]);
    expect(await button.isEnabled()).toBe(true);
    await page.screenshot({ path: join(resultsDir, 'deck-export-report-view.png') });

    const deck = await readDeck(readFileSync(file));
    expect(deck.slides).toHaveLength(slides);
    expect(deck.slides[0]!.text).toContain('Harbour & Ember — Company Scorecard');
    expect(deck.slides[0]!.text).toContain('Q3 2026');
    expect(deck.slides[0]!.text).toContain('Prepared by Anna Berg');
    expect(deck.slides.flatMap((s) => s.charts).some((c) => c.xml.includes('<c:barChart>'))).toBe(true);
    expect(deck.slides.flatMap((s) => s.charts).some((c) => c.xml.includes('<c:lineChart>'))).toBe(true);
    expect(app.pageErrors).toEqual([]);
  });

  it('downloads the same deck from File › Export PowerPoint Deck…, announced in the status bar', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'File', exact: true }).click();
    const downloading = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('menuitem', { name: 'Export PowerPoint Deck…' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(FILE_NAME);
    const file = join(resultsDir, 'deck-export-menu.pptx');
    await download.saveAs(file);
    await expect
      .poll(() => page.locator('.status-message').textContent(), { timeout: 30_000 })
      .toMatch(/^Saved .*\.pptx \(downloaded\): \d+ slides/);
    expect((await readDeck(readFileSync(file))).slides.length).toBeGreaterThan(5);
    expect(app.pageErrors).toEqual([]);
  });
});
