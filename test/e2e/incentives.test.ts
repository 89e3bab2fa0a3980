/**
 * The incentive plan in the browser against the real backend, on the sample (its objectives and KPIs have owners):
 * create the plan, change an item's weight and see the factor and its formula change, see a bad cap refused beside
 * the field, export the XLSX (a browser download, read back with exceljs). Screenshots in both themes at 1440×900.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncentiveReport } from '../../src/shared/incentives';
import { launchBrowser, resultsDir, startApp, type RunningApp } from './browser';

let browser: Browser;
let app: RunningApp;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(resultsDir, { recursive: true });
  app = await startApp(browser, { viewport: { width: 1440, height: 900 } });
  page = app.page;
  page.setDefaultTimeout(10_000);
  await page.getByRole('heading', { level: 1, name: 'Harbour & Ember — Company Scorecard' }).waitFor();
});
afterAll(async () => {
  const errors = app?.pageErrors ?? [];
  await app?.close();
  await browser?.close();
  expect(errors).toEqual([]);
});

/** axe-core's findings inside the view, one line per element (as in accessibility.test.ts). */
async function violations(): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(axe.source);
  return page.evaluate(`axe.run(document.querySelector('section[aria-label="Incentives"]'), { resultTypes: ['violations'] }).then((r) =>
    r.violations.flatMap((v) => v.nodes.map((n) => v.id + ' ' + n.target.join(' ') + ': ' + n.failureSummary.replace(/\\s+/g, ' '))),
  )`);
}

const view = () => page.getByRole('region', { name: 'Incentives' });
const jonas = (name: string) => view().getByLabel(`${name} of Jonas Albrecht`, { exact: true });
const report = () => app.api('incentive.get', { scorecardId: 1, period: '2026-Q3' }) as Promise<IncentiveReport>;

describe('the incentive plan', () => {
  it('is created from its view, and shows each owner’s factor with its formula', async () => {
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: 'Incentives', exact: true })
      .click();
    await view().getByRole('heading', { name: 'No incentive plan yet' }).waitFor();
    await view().getByLabel('Threshold (%)').fill('50');
    await view().getByLabel('Cap (%)').fill('150');
    await view().getByRole('button', { name: 'Create incentive plan' }).click();
    await view().getByRole('heading', { name: 'Jonas Albrecht' }).waitFor();
    const people = await view().locator('.incentive-person h3').allTextContents();
    expect(people).toEqual([
      'Grace Okafor',
      'Jonas Albrecht',
      'Maeve Donnelly',
      'Priya Nair',
      'Sam Whitfield',
      'Tomás Reyes',
    ]);
    const { people: scored } = await report();
    const factor = scored.find((p) => p.person === 'Jonas Albrecht')!.actual;
    expect(await jonas('Factor').textContent()).toBe(factor.factor!.toFixed(2));
    expect(await jonas('Formula').textContent()).toBe(factor.formula);
    await view()
      .getByRole('table', { name: 'Items of Jonas Albrecht' })
      .getByRole('row', { name: /Wholesale revenue/ })
      .waitFor();
  });

  it('changes a weight in place: the factor and its formula follow; a cap below the threshold is refused beside it', async () => {
    const before = await jonas('Formula').textContent();
    const weight = view().getByLabel('Weight of Wholesale revenue');
    await weight.fill('3');
    await weight.press('Enter');
    await expect.poll(() => jonas('Formula').textContent()).not.toBe(before);
    const after = (await report()).people.find((p) => p.person === 'Jonas Albrecht')!.actual;
    expect(after.lines.find((l) => l.title === 'Wholesale revenue')!.weight).toBe(3);
    expect(await jonas('Formula').textContent()).toBe(after.formula);
    expect(after.formula).toContain(' × 3 ');
    expect(await jonas('Factor').textContent()).toBe(after.factor!.toFixed(2));

    const cap = view().getByLabel('Cap of Wholesale revenue (%)');
    await cap.fill('10');
    await cap.press('Enter');
    await expect.poll(() => view().getByRole('alert').textContent()).toBe('must not be below the threshold (50 %)');
    await cap.press('Escape');
    expect((await report()).items.find((i) => i.cap !== null)).toBeUndefined();
    await view().getByRole('heading', { name: 'Grace Okafor' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(resultsDir, 'incentives-light.png') });
    expect(await violations()).toEqual([]);
  });

  it('exports the plan as an XLSX download', async () => {
    const downloading = page.waitForEvent('download', { timeout: 30_000 });
    await view().getByRole('button', { name: 'Export XLSX' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('Harbour & Ember — Company Scorecard incentives Q3 2026.xlsx');
    const file = join(app.dir, 'incentives.xlsx');
    await download.saveAs(file);
    await expect
      .poll(() => view().getByRole('status').first().textContent())
      .toMatch(/incentives Q3 2026\.xlsx” downloaded\.$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const row = book
      .getWorksheet('Factors')!
      .getSheetValues()
      .find((v) => Array.isArray(v) && v[1] === 'Jonas Albrecht') as unknown[];
    expect(row[3]).toContain(' × 3 ');

    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('dark');
    await view().getByLabel('Show how each line pays').check();
    // eNPS has no Q3 value yet: Sam's what-if takes its forecast, and the line says so.
    const sam = (await report()).people.find((p) => p.person === 'Sam Whitfield')!;
    expect(sam.whatIf.lines.some((l) => l.forecast)).toBe(true);
    const samFactor = view().getByLabel('What-if factor of Sam Whitfield', { exact: true });
    expect(await samFactor.textContent()).toBe(sam.whatIf.factor === null ? '—' : sam.whatIf.factor.toFixed(2));
    await view().getByRole('table', { name: 'Items of Sam Whitfield' }).getByText('forecast').first().waitFor();
    await view().getByRole('heading', { name: 'Sam Whitfield' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(resultsDir, 'incentives-dark.png') });
    expect(await violations()).toEqual([]);
  });
});
