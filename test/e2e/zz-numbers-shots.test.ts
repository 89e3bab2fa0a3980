import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchBrowser, startApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync('/tmp/numbers', { recursive: true });
});
afterAll(async () => browser?.close());

const csv = ['KPI;Q3 2026;Q4 2026;Notiz', 'Total revenue;1.234,5;2.500,75;x', 'Gross margin;12,5 %;13 %;', 'Unbekannte Kennzahl;1;2;'].join('\r\n');

describe('screenshots', () => {
  for (const locale of ['de-DE', 'fr-FR'])
    for (const scheme of ['light', 'dark'] as const)
      it(`${locale} ${scheme}`, async () => {
        const app = await startApp(browser, { locale, colorScheme: scheme });
        const page = app.page;
        await page.evaluate(`document.documentElement.dataset.theme = '${scheme}'`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.keyboard.press('Control+2');
        await page.getByRole('grid').waitFor();
        await page.locator('.grid-keys summary').click();
        await page.screenshot({ path: `/tmp/numbers/grid-${locale}-${scheme}.png` });
        await page.locator('.grid-keys summary').click();
        await page.getByRole('button', { name: 'File' }).click();
        await page.getByRole('menuitem', { name: 'Import Values from Spreadsheet…' }).click();
        const dialog = page.getByRole('dialog');
        await dialog.waitFor();
        await page.screenshot({ path: `/tmp/numbers/import-file-${locale}-${scheme}.png` });
        await dialog.locator('input[type=file]').setInputFiles({ name: 'werte.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
        await dialog.locator('.import-read').waitFor();
        await page.screenshot({ path: `/tmp/numbers/import-read-${locale}-${scheme}.png` });
        await dialog.locator('.import-footer button.primary').click();
        await dialog.locator('.import-mapping').waitFor();
        await page.screenshot({ path: `/tmp/numbers/import-mapping-${locale}-${scheme}.png`, fullPage: true });
        await dialog.locator('.import-footer button.primary').click();
        await dialog.locator('.import-names').waitFor();
        await page.screenshot({ path: `/tmp/numbers/import-names-${locale}-${scheme}.png` });
        await dialog.locator('.import-name-choice select').selectOption('skip');
        await dialog.locator('.import-name-choice button').click();
        await dialog.locator('.import-footer button.primary').click();
        await dialog.locator('.import-preview').waitFor();
        await page.screenshot({ path: `/tmp/numbers/import-preview-${locale}-${scheme}.png` });
        await app.close();
      });
});
