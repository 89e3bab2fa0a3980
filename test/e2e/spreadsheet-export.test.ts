/**
 * Export to spreadsheet in browser mode, as a person does it: from the Report view, choose the format, export, and
 * get the workbook as a download; then a CSV of another period, by keyboard. The downloads are read back with exceljs
 * and papaparse. Light and dark screenshots of the dialog go to test-results/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evaluation } from '../../src/shared/evaluation';
import type { Kpi } from '../../src/shared/domain';
import { describedBy, launchBrowser, resultsDir, startApp, type RunningApp } from './browser';

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

/** axe-core's findings inside the open dialog, one line per element (the whole page is accessibility.test.ts's). */
async function dialogViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(axe.source);
  return page.evaluate(`axe.run(document.querySelector('dialog[open]'), { resultTypes: ['violations'] }).then((r) =>
    r.violations.flatMap((v) => v.nodes.map((n) => v.id + ' ' + n.target.join(' ') + ': ' + n.failureSummary)))`);
}

const STATUS_FILLS: Record<string, string> = {
  green: 'FFE7F5EC',
  amber: 'FFFDF1E4',
  red: 'FFFBE9E9',
  none: 'FFEEF0F3',
};

describe('Export to spreadsheet', () => {
  it('downloads the workbook of the shown period and a CSV of another, and says so in the dialog', async () => {
    const { page } = app;
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: /Report/ })
      .click();
    const opener = page.getByRole('button', { name: 'Export to spreadsheet…' });
    await expect.poll(() => opener.isVisible()).toBe(true);
    await page.screenshot({ path: join(resultsDir, 'spreadsheet-export-report-view.png') });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Export to spreadsheet' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getByLabel('Scorecard').inputValue()).toBe('1');
    const period = dialog.getByLabel('Period');
    expect(await period.locator('option:checked').textContent()).toBe('Q3 2026 (shown)');
    const xlsx = dialog.getByRole('radio', { name: 'Excel workbook (.xlsx)' });
    expect(await xlsx.isChecked()).toBe(true);
    expect(await describedBy(xlsx)).toMatch(/scorecard table of the period .* KPI definitions/);
    await page.screenshot({ path: join(resultsDir, 'spreadsheet-export-light.png') });
    expect(await dialogViolations(page)).toEqual([]);

    const downloading = page.waitForEvent('download', { timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('Harbour & Ember — Company Scorecard Q3 2026.xlsx');
    const file = join(resultsDir, 'spreadsheet-export.xlsx');
    await download.saveAs(file);
    await expect
      .poll(() => dialog.getByRole('status', { name: 'Export status' }).textContent())
      .toMatch(/^✓ “Harbour & Ember — Company Scorecard Q3 2026\.xlsx” downloaded \(\d+ KB\)\.$/);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Scorecard Q3 2026',
      'Measurements',
      'Values',
      'KPI definitions',
    ]);
    const evaluation = (await app.api('scorecard.evaluate', { scorecardId: 1, period: '2026-Q3' })) as Evaluation;
    const kpis = (await app.api('kpi.list', { scorecardId: 1 })) as Kpi[];
    const table = book.worksheets[0]!;
    let checked = 0;
    table.eachRow((row) => {
      const kpi = kpis.find((k) => String(row.getCell(1).value).replace(/ ★$/, '') === k.name);
      if (!kpi) return;
      const score = evaluation.kpis.find((s) => s.kpiId === kpi.id)!;
      expect(row.getCell(6).value ?? null).toBe(
        score.actual === null ? null : kpi.unit === '%' ? score.actual / 100 : score.actual,
      );
      expect((row.getCell(9).fill as ExcelJS.FillPattern).fgColor?.argb).toBe(STATUS_FILLS[score.status]);
      checked++;
    });
    expect(checked).toBe(kpis.length);

    // Another period and the CSV, by keyboard: the arrow keys move between the format's radio buttons.
    await period.selectOption({ label: 'Q2 2026' });
    await xlsx.focus();
    await page.keyboard.press('ArrowDown');
    expect(await dialog.getByRole('radio', { name: 'CSV (.csv)' }).isChecked()).toBe(true);
    const csvDownloading = page.waitForEvent('download', { timeout: 30_000 });
    await page.keyboard.press('Enter');
    const csvDownload = await csvDownloading;
    expect(csvDownload.suggestedFilename()).toBe('Harbour & Ember — Company Scorecard Q2 2026.csv');
    const csvFile = join(resultsDir, 'spreadsheet-export.csv');
    await csvDownload.saveAs(csvFile);
    const text = readFileSync(csvFile, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(['KPI', 'Period', 'Actual', 'Target', 'Note']);
    const measurements = (await app.api('measurement.list', { scorecardId: 1 })) as unknown[];
    expect(rows).toHaveLength(measurements.length + 1);
    await expect
      .poll(() => dialog.getByRole('status', { name: 'Export status' }).textContent())
      .toMatch(/Q2 2026\.csv” downloaded/);

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(resultsDir, 'spreadsheet-export-dark.png') });
    expect(await dialogViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => page.evaluate('document.activeElement?.textContent')).toBe('Export to spreadsheet…');
    expect(app.pageErrors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  }, 90_000);
});
