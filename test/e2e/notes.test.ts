/**
 * One notes model, in Chromium against the real backend: a note written in the grid's note-on-red prompt shows in
 * the notes timeline, in the KPI detail, and in the PDF report (its key KPI page and its review notes), read back
 * with pdftotext.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, resultsDir, startApp, type RunningApp } from './browser';
import { pageTexts, pdfInfo, requirePoppler } from './pdf-tools';

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

const NOTE = 'Wholesale price war in November; margin recovers with the January list prices.';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const cell = (page: Page, kpi: string, period: string) =>
  page.getByRole('gridcell', { name: new RegExp(`^${escape(kpi)}, ${escape(period)}:`) });
const tab = (page: Page, name: string) => page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name });

describe('a note written in the grid’s note-on-red prompt', () => {
  it('is in the notes timeline, the KPI detail and the PDF report', async () => {
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Harbour & Ember — Company Scorecard' }).waitFor();
    await page.getByRole('button', { name: 'Next period' }).click();
    await expect.poll(() => page.getByRole('status', { name: 'Chosen period' }).textContent()).toBe('Q4 2026');

    // A gross margin of 40 % turns the key KPI red; the prompt asks why, and the note is written there.
    await tab(page, 'Enter data').click();
    await cell(page, 'Gross margin', 'Q4 2026').click();
    await page.keyboard.type('40');
    await page.keyboard.press('Enter');
    const prompt = page.getByRole('dialog', { name: 'Off track: Gross margin' });
    await prompt.waitFor();
    await page.keyboard.press('Shift+F2');
    await page.keyboard.type(NOTE);
    await page.keyboard.press('Control+Enter');
    await prompt.waitFor({ state: 'detached' });
    await expect.poll(() => cell(page, 'Gross margin', 'Q4 2026').getAttribute('aria-label')).toMatch(/has a note$/);

    // The notes timeline: newest first, a note on the KPI about Q4 2026.
    await tab(page, 'Owners').click();
    const timeline = page.getByRole('list', { name: 'Notes, newest first' });
    const entry = timeline.getByRole('listitem').filter({ hasText: NOTE });
    await entry.waitFor();
    expect(await timeline.getByRole('listitem').first().textContent()).toContain(NOTE);
    expect(await entry.textContent()).toContain('Gross margin');
    expect(await entry.textContent()).toContain('about Q4 2026');
    await page.getByLabel('About', { exact: true }).selectOption({ label: 'Q4 2026' });
    // The notes of Q4 2026, by the report's rule: the grid's note and a note about no period written in October.
    await expect.poll(() => timeline.getByRole('listitem').count()).toBe(2);
    expect(await timeline.getByRole('listitem').first().textContent()).toContain(NOTE);
    await page.locator('.notes-timeline').screenshot({ path: join(resultsDir, 'notes-grid-note-in-timeline.png') });

    // The KPI detail, opened from the timeline entry.
    await entry.getByRole('button', { name: 'Gross margin' }).click();
    const detail = page.getByRole('dialog', { name: 'Gross margin' });
    const notesOverTime = detail.getByRole('region', { name: 'Notes over time' });
    await notesOverTime.getByText(NOTE).waitFor();
    expect(await notesOverTime.getByRole('listitem').first().textContent()).toContain('Q4 2026');
    await detail.screenshot({ path: join(resultsDir, 'notes-grid-note-in-kpi-detail.png') });
    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'detached' });

    // The PDF of Q4 2026: the key KPI's page and the review notes both carry it.
    await tab(page, 'Report').click();
    await page.getByRole('heading', { name: 'PDF report' }).waitFor();
    for (const name of ['Cover page', 'Executive summary', 'Strategy map', 'Scorecard table', 'Initiatives']) {
      await page.getByRole('checkbox', { name }).uncheck();
    }
    const downloading = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Export PDF' }).click();
    const file = join(resultsDir, 'notes-grid-note.pdf');
    await (await downloading).saveAs(file);
    const pages = pageTexts(file, pdfInfo(file).pages);
    const notesPages = pages.filter((p) => p.includes('Review notes'));
    expect(notesPages.some((p) => p.includes(NOTE))).toBe(true);
    const kpiPages = pages.filter((p) => p.includes('Gross margin ACTUAL, Q4 2026'));
    expect(kpiPages).toHaveLength(1);
    expect(kpiPages[0]).toContain(NOTE);
    expect(app.pageErrors).toEqual([]);
  }, 120_000);
});
