/**
 * Spreadsheet import in Chromium against the real backend: a wide XLSX made by exceljs (a cover sheet, a title above
 * the header row, "Q1 2026" headers, a percent-formatted cell) and a long CSV with names that are not the KPIs'
 * exactly, uploaded through the file input as a user would. The preview counts every cell before anything is
 * written; a close name is only taken once confirmed; a bad cell is refused with its reason, then skipped; the
 * import is one undo step; the same file again changes nothing. Values are checked through the API and in the grid.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import ExcelJS from 'exceljs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_PRELOAD, focused, launchBrowser, resultsDir, scrollGridTo, startApp, type RunningApp } from './browser';

interface Measurement {
  kpiId: number;
  period: string;
  actual: number | null;
  target: number | null;
  note: string;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(resultsDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const shot = (page: Page, name: string) => page.screenshot({ path: join(resultsDir, `${name}.png`) });

/** axe-core's findings inside the open dialog, one line per element (the page behind it is test/e2e/accessibility's). */
async function violations(page: Page): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(axe.source);
  return page.evaluate(`axe.run(document.querySelector('dialog[open]'), { resultTypes: ['violations'] }).then((r) =>
    r.violations.flatMap((v) =>
      v.nodes.map((n) => v.id + ' (' + v.impact + ') ' + n.target.join(' ') + ': ' + n.failureSummary.replace(/\\s+/g, ' ')),
    ),
  )`);
}

async function openImport(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: 'Import Values from Spreadsheet…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import values from a spreadsheet' });
  await dialog.getByLabel('Spreadsheet file (XLSX or CSV)').waitFor();
  return dialog;
}

/** The count a verdict filter shows ("New 3" → 3). */
async function count(dialog: Locator, verdict: string): Promise<number> {
  const button = dialog
    .getByRole('group', { name: 'Show cells' })
    .getByRole('button', { name: new RegExp(`^${verdict} `) });
  return Number((await button.textContent())!.replace(/\D/g, ''));
}

function helpers(app: RunningApp) {
  const ids = new Map<string, number>();
  return {
    async load() {
      for (const k of (await app.api('kpi.list', {})) as { id: number; name: string }[]) ids.set(k.name, k.id);
    },
    id: (name: string) => ids.get(name)!,
    async stored(kpi: string, period: string): Promise<Measurement | undefined> {
      const kpis = (await app.api('kpi.list', {})) as { id: number; name: string }[];
      const id = kpis.find((k) => k.name === kpi)?.id;
      if (id === undefined) return undefined;
      const list = (await app.api('measurement.list', { kpiId: id })) as Measurement[];
      return list.find((m) => m.period === period);
    },
  };
}

// Each story opens the wizard two or three times; a busy machine (two cores, other e2e files beside) needs the room.
describe('importing values from a spreadsheet', () => {
  it('reads a wide XLSX, previews every cell, applies it as one undo step, and finds nothing new the second time', async () => {
    const app = await startApp(browser);
    const { page } = app;
    page.setDefaultTimeout(20_000);
    const h = helpers(app);
    try {
      await page.getByRole('heading', { level: 1, name: 'Harbour & Ember — Company Scorecard' }).waitFor();
      await h.load();
      const before = async (period: string) => (await h.stored('Total revenue', period))?.actual ?? null;
      const [q1, q2, q3] = [await before('2026-Q1'), await before('2026-Q2'), await before('2026-Q3')];
      expect(q1 !== null && q2 !== null && q3 !== null).toBe(true);

      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet('Read me').addRow(['Quarterly figures from the accountant, as agreed.']);
      const sheet = workbook.addWorksheet('Figures');
      sheet.addRow(['Harbour & Ember — quarterly figures']);
      sheet.addRow([]);
      sheet.addRow(['KPI', 'Q1 2026', 'Q2 2026', 'Q3 2026', 'Q4 2026']);
      sheet.addRow(['Total revenue', q1, q2! + 5000, q3, 250_000]);
      const margin = sheet.addRow(['Gross margin', null, null, null, 0.62]);
      margin.getCell(5).numFmt = '0%';
      sheet.addRow(['Waste', null, null, null, 120]);
      const xlsx = join(app.dir, 'figures.xlsx');
      await workbook.xlsx.writeFile(xlsx);

      const dialog = await openImport(page);
      await shot(page, 'import-1-file-empty-light');
      await dialog.getByLabel('Spreadsheet file (XLSX or CSV)').setInputFiles(xlsx);
      // Two sheets: the user picks the one with the figures (the cover sheet is offered first, as the file has it).
      const figures = dialog.getByRole('radio', { name: /^Figures/ });
      await figures.waitFor();
      await figures.check();
      await shot(page, 'import-1-file-light');
      await dialog.getByRole('button', { name: 'Next' }).click();

      // Columns: the layout found, the header row under the title, the period each column was read as.
      await dialog.getByRole('heading', { name: 'How the columns are read' }).waitFor();
      await expect.poll(() => focused(page, 'class')).toMatch(/import-step-heading/);
      expect(await dialog.locator('.import-detected').textContent()).toMatch(/wide/i);
      expect(await dialog.getByLabel('Header row').inputValue()).toBe('2');
      expect(await dialog.getByRole('radio', { name: /^Wide/ }).isChecked()).toBe(true);
      const periods = dialog.getByRole('list', { name: 'Columns read as periods' });
      expect(await periods.getByRole('listitem').allTextContents()).toEqual([
        'B “Q1 2026” → Q1 2026',
        'C “Q2 2026” → Q2 2026',
        'D “Q3 2026” → Q3 2026',
        'E “Q4 2026” → Q4 2026',
      ]);
      await shot(page, 'import-2-columns-light');
      expect(await violations(page)).toEqual([]);
      // Another header row is read again at once: row 1 holds the title, no periods.
      await dialog.getByLabel('Header row').selectOption('0');
      await dialog.getByText('No header in row 1 reads as a period. Choose the header row.').waitFor();
      await dialog.getByLabel('Header row').selectOption('2');
      await expect.poll(() => periods.getByRole('listitem').count()).toBe(4);
      await dialog.getByRole('button', { name: 'Next' }).click();

      await dialog.getByText('Every name in the sheet (3) is a KPI of this scorecard.').waitFor();
      await dialog.getByRole('button', { name: 'Next' }).click();

      // Preview: nothing written yet, every cell with its verdict.
      await dialog.getByRole('region', { name: 'Cells to import' }).waitFor();
      expect(await count(dialog, 'New')).toBe(3);
      expect(await count(dialog, 'Changed')).toBe(1);
      expect(await count(dialog, 'Same')).toBe(2);
      const changed = dialog.getByRole('row').filter({ hasText: 'C4' });
      expect(await changed.textContent()).toContain('Changed');
      const margin62 = dialog.getByRole('row').filter({ hasText: 'Gross margin' });
      expect(await margin62.textContent()).toContain('62 %');
      expect(await h.stored('Total revenue', '2026-Q4')).toBeUndefined();
      await shot(page, 'import-4-preview-wide-light');

      await dialog.getByRole('button', { name: 'Import 4 values' }).click();
      await dialog.getByText('Imported 4 values; 2 values already matched.').waitFor();
      await shot(page, 'import-5-done-light');
      await dialog.getByRole('button', { name: 'Close' }).last().click();
      await dialog.waitFor({ state: 'detached' });
      expect((await h.stored('Total revenue', '2026-Q4'))?.actual).toBe(250_000);
      expect((await h.stored('Total revenue', '2026-Q2'))?.actual).toBe(q2! + 5000);
      expect((await h.stored('Gross margin', '2026-Q4'))?.actual).toBe(62);

      // The grid shows the imported quarter without a reload.
      await page.keyboard.press('Control+2');
      await page.getByRole('grid').waitFor();
      await page.getByRole('button', { name: 'Next period' }).click();
      await expect.poll(() => page.getByRole('status', { name: 'Chosen period' }).textContent()).toBe('Q4 2026');
      const cell = page.getByRole('gridcell', { name: /^Total revenue, Q4 2026:/ });
      await scrollGridTo(page, cell);
      await expect.poll(() => cell.getAttribute('aria-label')).toMatch(/^Total revenue, Q4 2026: €250,000/);
      await shot(page, 'import-6-grid-light');

      // The same file again: every value is already there.
      const again = await openImport(page);
      await again.getByLabel('Spreadsheet file (XLSX or CSV)').setInputFiles(xlsx);
      await again.getByRole('radio', { name: /^Figures/ }).check();
      for (let i = 0; i < 3; i++) await again.getByRole('button', { name: 'Next' }).click();
      const nothing = again.getByRole('button', { name: 'Nothing to import' });
      await nothing.waitFor();
      expect(await nothing.isDisabled()).toBe(true);
      await again
        .getByText('Every value in the sheet is already in the scorecard: importing it changes nothing.')
        .waitFor();
      expect(await count(again, 'Same')).toBe(6);
      await again.getByRole('button', { name: 'Cancel' }).click();
      await again.waitFor({ state: 'detached' });

      // The Edit menu names the step; one Ctrl+Z takes the whole import back.
      await page.getByRole('button', { name: 'Edit', exact: true }).click();
      await page.getByRole('menuitem', { name: 'Undo Import 4 values from “figures.xlsx”' }).waitFor();
      await page.keyboard.press('Escape');
      await page.locator('body').click({ position: { x: 5, y: 400 } });
      await page.keyboard.press('Control+z');
      await expect.poll(async () => (await h.stored('Total revenue', '2026-Q4'))?.actual ?? null).toBeNull();
      expect((await h.stored('Total revenue', '2026-Q2'))?.actual).toBe(q2);
      expect((await h.stored('Gross margin', '2026-Q4'))?.actual ?? null).toBeNull();
      await expect.poll(() => cell.getAttribute('aria-label')).toMatch(/^Total revenue, Q4 2026: empty/);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  }, 90_000);

  it('reads a long CSV: a name differing in case is taken, a close one waits for the user, a bad cell is refused then skipped', async () => {
    const app = await startApp(browser);
    const { page } = app;
    page.setDefaultTimeout(20_000);
    const h = helpers(app);
    try {
      await page.getByRole('heading', { level: 1, name: 'Harbour & Ember — Company Scorecard' }).waitFor();
      const csv = [
        'KPI,Period,Value,Note',
        'Total Revenue ,Q4 2026,"€250,000",Strong quarter',
        'Total Revenue ,Q1 2027,"€180,000",',
        'Revenue total,Q2 2027,"€190,000",',
        'Waste,Q4 2026,"12,5,0",',
        'Customer complaints,Q4 2026,n/a,',
        'Espresso shots pulled,Q4 2026,"18,400",',
        'Staff turnover,Q4 2026,4.5 %,',
      ].join('\r\n');
      const dialog = await openImport(page);
      await dialog
        .getByLabel('Spreadsheet file (XLSX or CSV)')
        .setInputFiles({ name: 'values.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
      await dialog.getByText('Read “values.csv”: 8 rows.', { exact: false }).waitFor();
      await dialog.getByRole('button', { name: 'Next' }).click();

      await dialog.getByRole('heading', { name: 'How the columns are read' }).waitFor();
      expect(await dialog.locator('.import-detected').textContent()).toMatch(/long/i);
      expect(await dialog.getByRole('radio', { name: /^Long/ }).isChecked()).toBe(true);
      expect(await dialog.getByLabel('Period column').locator('option:checked').textContent()).toBe('B — Period');
      expect(await dialog.getByLabel('Value column').locator('option:checked').textContent()).toBe('C — Value');
      expect(await dialog.getByLabel('Note column').locator('option:checked').textContent()).toBe('D — Note');
      await shot(page, 'import-2-columns-long-light');
      expect(await violations(page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Next' }).click();

      // Names: "Total Revenue " is Total revenue but for case and spaces; "Revenue total" is only offered.
      const names = dialog.getByRole('listitem');
      const normalized = names.filter({ hasText: '“Total Revenue”' });
      expect(await normalized.textContent()).toMatch(/Total revenue.*the same name but for case and spaces/);
      const close = dialog.getByLabel('KPI for “Revenue total”', { exact: true });
      expect(await close.locator('option:checked').textContent()).toBe('Total revenue');
      await shot(page, 'import-3-names-light');
      expect(await violations(page)).toEqual([]);

      // Not confirmed: the preview marks its cell unmatched and Apply stays off.
      await dialog.getByRole('button', { name: 'Next' }).click();
      await dialog.getByRole('region', { name: 'Cells to import' }).waitFor();
      expect(await count(dialog, 'Unmatched')).toBe(2);
      await dialog.getByText('2 names in the sheet still need a KPI: see Names.').waitFor();
      expect(await dialog.getByRole('button', { name: /^Import / }).isDisabled()).toBe(true);

      await dialog.getByRole('button', { name: 'Back' }).click();
      await dialog.getByRole('button', { name: 'Confirm the KPI for “Revenue total”' }).click();
      await dialog.getByText('Goes to Total revenue').waitFor();
      // An unknown name becomes a new KPI, in an objective chosen once for all new ones, by keyboard.
      const unknown = dialog.getByLabel('KPI for “Espresso shots pulled”', { exact: true });
      await unknown.selectOption({ label: 'Create a new KPI “Espresso shots pulled”' });
      await dialog.getByRole('button', { name: 'Confirm the KPI for “Espresso shots pulled”' }).press('Enter');
      await dialog.getByLabel('Create the new KPIs in').selectOption({ label: 'Roast consistently great coffee' });
      await shot(page, 'import-3-names-decided-light');
      await dialog.getByRole('button', { name: 'Next' }).click();

      // The bad cells come first, each with its place and reason; Apply waits until they are skipped.
      const invalid = dialog.getByRole('group', { name: '2 cells cannot be read:' });
      await invalid.waitFor();
      const reasons = await invalid.getByRole('listitem').allTextContents();
      expect(reasons[0]).toMatch(/^C5 \(Waste, Q4 2026\): .*12,5,0/);
      expect(reasons[1]).toMatch(/^C6 \(Customer complaints, Q4 2026\): .*n\/a/);
      const firstRows = await dialog
        .getByRole('region', { name: 'Cells to import' })
        .getByRole('row')
        .allTextContents();
      expect(firstRows[1]).toMatch(/^C5/);
      expect(await count(dialog, 'New')).toBe(6);
      const apply = dialog.getByRole('button', { name: 'Import 6 values (1 new KPI)' });
      expect(await apply.isDisabled()).toBe(true);
      await dialog.getByText('2 cells cannot be read: skip them or correct the file.').waitFor();
      await shot(page, 'import-4-preview-invalid-light');
      await dialog.getByLabel('Skip the 2 invalid cells and import the rest').check();
      expect(await apply.isDisabled()).toBe(false);
      await shot(page, 'import-4-preview-light');
      expect(await violations(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('dark');
      await shot(page, 'import-4-preview-dark');
      expect(await violations(page)).toEqual([]);
      await dialog
        .getByRole('group', { name: 'Show cells' })
        .getByRole('button', { name: /^Invalid/ })
        .click();
      await shot(page, 'import-4-preview-invalid-dark');
      await page.emulateMedia({ colorScheme: 'light' });

      await apply.click();
      await dialog.getByText('Imported 6 values; created 1 KPI; 2 cells skipped.').waitFor();
      const total = await h.stored('Total revenue', '2026-Q4');
      expect(total).toMatchObject({ actual: 250_000, note: 'Strong quarter' });
      expect((await h.stored('Total revenue', '2027-Q2'))?.actual).toBe(190_000);
      expect((await h.stored('Espresso shots pulled', '2026-Q4'))?.actual).toBe(18_400);
      expect((await h.stored('Staff turnover', '2026-Q4'))?.actual).toBe(4.5);
      expect((await h.stored('Waste', '2026-Q4'))?.actual ?? null).toBeNull();
      const kpis = (await app.api('kpi.list', {})) as { name: string; objectiveId: number }[];
      const objectives = (await app.api('objective.list', { scorecardId: 1 })) as { id: number; title: string }[];
      const shots = kpis.find((k) => k.name === 'Espresso shots pulled')!;
      expect(objectives.find((o) => o.id === shots.objectiveId)?.title).toBe('Roast consistently great coffee');

      // Ctrl+Z on the summary takes back the values and the new KPI together.
      await page.keyboard.press('Control+z');
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(async () => (await h.stored('Total revenue', '2026-Q4'))?.actual ?? null).toBeNull();
      const after = (await app.api('kpi.list', {})) as { name: string }[];
      expect(after.some((k) => k.name === 'Espresso shots pulled')).toBe(false);
      await page
        .getByRole('status')
        .filter({ hasText: /^Undid: / })
        .waitFor();
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  }, 90_000);

  it('opens from the native menu in the app, and its Edit › Undo takes the import back', async () => {
    const app = await startApp(browser, { initScript: FAKE_PRELOAD });
    const { page } = app;
    page.setDefaultTimeout(20_000);
    const fromMenu = (command: string) =>
      page.evaluate(
        `window.dispatchEvent(new CustomEvent('quadrant:event', { detail: ${JSON.stringify(JSON.stringify({ type: 'menu', command }))} }))`,
      );
    try {
      await page.getByRole('heading', { level: 1, name: 'Harbour & Ember — Company Scorecard' }).waitFor();
      await fromMenu('import-values');
      const dialog = page.getByRole('dialog', { name: 'Import values from a spreadsheet' });
      const csv = 'KPI;Period;Value\r\nWaste;2026-Q4;1.234,5\r\nCustomer complaints;2026-Q4;7\r\n';
      await dialog
        .getByLabel('Spreadsheet file (XLSX or CSV)')
        .setInputFiles({ name: 'waste.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
      for (let i = 0; i < 3; i++) await dialog.getByRole('button', { name: 'Next' }).click();
      expect(await dialog.getByRole('row').filter({ hasText: 'Waste' }).textContent()).toContain('1,234.5 kg');
      await dialog.getByRole('button', { name: 'Import 2 values' }).click();
      await dialog.getByText('Imported 2 values.').waitFor();
      await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
      await dialog.waitFor({ state: 'detached' });
      const waste = async () => {
        const list = (await app.api('measurement.list', { kpiId: 6 })) as Measurement[];
        return list.find((m) => m.period === '2026-Q4')?.actual ?? null;
      };
      expect(await waste()).toBe(1234.5);
      await fromMenu('undo');
      await page.getByRole('status').filter({ hasText: 'Undid: Import 2 values from “waste.csv”' }).waitFor();
      expect(await waste()).toBeNull();
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  }, 90_000);

  it('pages a sheet of thousands of cells', async () => {
    const app = await startApp(browser);
    const { page } = app;
    page.setDefaultTimeout(20_000);
    try {
      await page.getByRole('heading', { level: 1, name: 'Harbour & Ember — Company Scorecard' }).waitFor();
      const kpis = (await app.api('kpi.list', {})) as { name: string }[];
      const quarters = Array.from({ length: 100 }, (_, i) => `Q${(i % 4) + 1} ${2001 + Math.floor(i / 4)}`);
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Ten years');
      sheet.addRow(['KPI', ...quarters]);
      kpis.forEach((k, n) => sheet.addRow([k.name, ...quarters.map((_, i) => 100 + n + i)]));
      const xlsx = join(app.dir, 'history.xlsx');
      await workbook.xlsx.writeFile(xlsx);
      const cells = kpis.length * quarters.length;

      const dialog = await openImport(page);
      const started = Date.now();
      await dialog.getByLabel('Spreadsheet file (XLSX or CSV)').setInputFiles(xlsx);
      await dialog.getByRole('button', { name: 'Next' }).click();
      await dialog.getByRole('heading', { name: 'How the columns are read' }).waitFor();
      for (let i = 0; i < 2; i++) await dialog.getByRole('button', { name: 'Next' }).click();
      const pager = dialog.locator('.import-pager > span');
      await expect.poll(() => pager.textContent()).toMatch(/^Cells 1–50 of /);
      console.log(`import preview of ${cells} cells: ${Date.now() - started} ms from choosing the file`);
      expect(await count(dialog, 'All')).toBe(cells);
      await dialog.getByRole('button', { name: 'Next page' }).click();
      expect(await pager.textContent()).toBe(`Cells 51–100 of ${cells.toLocaleString('en')}`);
      expect(await dialog.getByRole('region', { name: 'Cells to import' }).getByRole('row').count()).toBe(51);
      await dialog.getByRole('group', { name: 'Show cells' }).getByRole('button', { name: /^New / }).click();
      expect(await pager.textContent()).toMatch(/^Cells 1–50 of /);
      await shot(page, 'import-4-preview-large-light');
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  }, 90_000);

  it('explains a file it cannot read, inside the dialog', async () => {
    const app = await startApp(browser, { colorScheme: 'dark' });
    const { page } = app;
    page.setDefaultTimeout(20_000);
    try {
      await page.getByRole('heading', { level: 1, name: 'Harbour & Ember — Company Scorecard' }).waitFor();
      const dialog = await openImport(page);
      await dialog
        .getByLabel('Spreadsheet file (XLSX or CSV)')
        // A zip's signature and then nothing a workbook holds: a damaged download, say.
        .setInputFiles({
          name: 'figures.xlsx',
          mimeType: 'application/octet-stream',
          buffer: Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(300, 7)]),
        });
      const alert = dialog.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(/^✕ “figures\.xlsx” could not be read as an XLSX workbook/);
      expect(await dialog.getByRole('button', { name: 'Next' }).isDisabled()).toBe(true);
      await shot(page, 'import-1-file-error-dark');
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  }, 90_000);
});
