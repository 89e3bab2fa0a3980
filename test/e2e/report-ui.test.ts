/**
 * The Report view in browser mode: choose sections, page and cover, export, and get a real PDF as a download;
 * the choices are remembered in the document. Light and dark screenshots go to test-results/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, resultsDir, startApp, type RunningApp } from './browser';
import { pdfInfo, pdfText, requirePoppler } from './pdf-tools';

let browser: Browser;
let app: RunningApp;

beforeAll(async () => {
  requirePoppler();
  browser = await launchBrowser();
  app = await startApp(browser, { viewport: { width: 1280, height: 900 } });
}, 60_000);

afterAll(async () => {
  await app?.close();
  await browser?.close();
});

describe('the Report view', () => {
  it('exports the chosen sections as a PDF download and remembers the choices', async () => {
    const { page } = app;
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: /Report/ })
      .click();
    await expect.poll(() => page.getByRole('heading', { name: 'PDF report' }).isVisible()).toBe(true);
    await page.getByRole('checkbox', { name: 'Strategy map' }).uncheck();
    await page.getByRole('checkbox', { name: 'Scorecard table' }).uncheck();
    await page.getByRole('checkbox', { name: 'One page per key KPI' }).uncheck();
    await page.getByRole('checkbox', { name: 'OKRs and alignment' }).uncheck();
    await page.getByRole('checkbox', { name: 'Workshops' }).uncheck();
    await page.getByRole('checkbox', { name: 'Review notes' }).uncheck();
    await page.getByLabel('Paper size').selectOption('Letter');
    await page.getByLabel('Title').fill('Q3 board pack');
    await page.getByLabel('Prepared by').fill('Maeve Donnelly');
    await page.screenshot({ path: join(resultsDir, 'report-view-light.png'), fullPage: true });

    const downloading = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Export PDF' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('Harbour & Ember (sample) report 2026-Q3.pdf');
    const file = join(resultsDir, 'report-ui.pdf');
    await download.saveAs(file);
    await expect
      .poll(() => page.getByRole('status', { name: 'Export status' }).textContent(), { timeout: 20_000 })
      .toMatch(/Saved .* 5 pages/);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfInfo(file)).toMatchObject({ pages: 5, width: 612, height: 792 });
    const text = pdfText(file);
    expect(text).toContain('Q3 board pack');
    expect(text).toContain('Maeve Donnelly');
    expect(text).toContain('Initiatives');
    // What changed since the previous quarter, by the same comparison as the Compare periods view.
    expect(text).toContain('What changed since Q2 2026');

    const remembered = (await app.api('report.settings.get', {})) as { pageSize: string; sections: string[] };
    expect(remembered.pageSize).toBe('Letter');
    expect(remembered.sections).toEqual(['cover', 'summary', 'changes', 'initiatives']);

    // Nothing to print: the button says why it is off instead of failing later.
    for (const name of ['Cover page', 'Executive summary', 'What changed since the previous period', 'Initiatives']) {
      await page.getByRole('checkbox', { name }).uncheck();
    }
    await expect.poll(() => page.getByRole('button', { name: 'Export PDF' }).isDisabled()).toBe(true);
    await expect.poll(() => page.getByText('Choose at least one section.').isVisible()).toBe(true);
    await page.setViewportSize({ width: 820, height: 900 });
    await page.screenshot({ path: join(resultsDir, 'report-view-narrow.png'), fullPage: true });

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(resultsDir, 'report-view-dark.png'), fullPage: true });
    expect(app.pageErrors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  }, 90_000);
});
