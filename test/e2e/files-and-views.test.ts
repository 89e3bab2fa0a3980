/**
 * Browser mode without native dialogs: the empty state, File ▸ Open/New/Save As/Close with typed
 * paths and errors shown where the user acted; the period picker; the dark theme.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focused, launchBrowser, resultsDir, startApp, FAKE_PRELOAD } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(resultsDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('file operations in browser mode', () => {
  it('starts empty, refuses a file that is not a scorecard, opens, saves as, creates and closes', async () => {
    const app = await startApp(browser, { noDocument: true });
    const { page } = app;
    try {
      await page.getByRole('heading', { level: 1, name: 'Plan your quarter on one page' }).waitFor();
      await page.getByRole('button', { name: 'New scorecard…' }).waitFor();

      // Not a scorecard: the message appears inside the dialog, and the dialog stays.
      const notes = join(app.dir, 'shopping.txt');
      writeFileSync(notes, 'milk, beans, filters\n');
      await page.getByRole('button', { name: 'Open…' }).click();
      const open = page.getByRole('dialog', { name: 'Open scorecard document' });
      await open.getByLabel('File path').fill(notes);
      await open.getByRole('button', { name: 'Open', exact: true }).click();
      const alert = open.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(/not a Quadrant|not a scorecard/i);

      await open.getByLabel('File path').fill(app.documentPath);
      await open.getByRole('button', { name: 'Open', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Harbour & Ember — Company Scorecard' }).waitFor();

      // The File menu is a real menu: keyboard opens it, arrows move, Enter chooses.
      const fileButton = page.getByRole('button', { name: 'File' });
      await fileButton.focus();
      await page.keyboard.press('ArrowDown');
      await page.getByRole('menu', { name: 'File' }).waitFor();
      await expect.poll(() => focused(page, 'role')).toBe('menuitem');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      const saveAs = page.getByRole('dialog', { name: 'Save As' });
      const copy = join(app.dir, 'Copy for the bank.scorecard');
      await saveAs.getByLabel('File path').fill(copy);
      await saveAs.getByRole('button', { name: 'Save', exact: true }).click();
      await saveAs.waitFor({ state: 'detached' });
      await page.getByRole('contentinfo').getByText(copy).waitFor();

      // Saving over an existing file asks first, inside the dialog.
      await fileButton.click();
      await page.getByRole('menuitem', { name: 'Save As…' }).click();
      await saveAs.getByLabel('File path').fill(app.documentPath);
      await saveAs.getByRole('button', { name: 'Save', exact: true }).click();
      await saveAs.getByRole('alert').waitFor();
      await saveAs.getByLabel('Replace the existing file').check();
      await saveAs.getByRole('button', { name: 'Save', exact: true }).click();
      await saveAs.waitFor({ state: 'detached' });
      await page.getByRole('contentinfo').getByText(app.documentPath).waitFor();

      await fileButton.click();
      await page.getByRole('menuitem', { name: 'New…' }).click();
      const create = page.getByRole('dialog', { name: 'New scorecard document' });
      await create.getByLabel('File path').fill(join(app.dir, 'Second café'));
      await create.getByLabel('Scorecard name').fill('Second café');
      await create.getByRole('button', { name: 'Create' }).click();
      await page.getByRole('heading', { level: 1, name: 'Second café' }).waitFor();
      await page.getByRole('contentinfo').getByText(join(app.dir, 'Second café.scorecard')).waitFor();

      await fileButton.click();
      await page.getByRole('menuitem', { name: 'Close' }).click();
      await page.getByRole('heading', { level: 1, name: 'Plan your quarter on one page' }).waitFor();
      expect(await page.getByRole('menuitem').count()).toBe(0);
      expect(app.foreignRequests).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('periods and themes', () => {
  it('steps through periods, switches to months, and follows a dark system theme with a toggle', async () => {
    const app = await startApp(browser, { colorScheme: 'dark' });
    const { page } = app;
    try {
      const chosen = page.getByRole('status', { name: 'Chosen period' });
      await page.getByRole('heading', { level: 1 }).waitFor();
      await expect.poll(() => chosen.textContent()).toBe('Q3 2026');
      expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
      await page.screenshot({ path: join(resultsDir, 'overview-dark.png') });

      await page.getByRole('button', { name: 'Previous period' }).click();
      await page.getByRole('contentinfo').getByText('Period: Q2 2026').waitFor();
      await page.getByLabel('View by').selectOption('month');
      await page.getByRole('contentinfo').getByText('Period: Jun 2026').waitFor();
      await page.getByRole('button', { name: 'Next period' }).click();
      await expect.poll(() => chosen.textContent()).toBe('Jul 2026');

      // A monthly KPI in the quarter view is entered month by month.
      await page.getByLabel('View by').selectOption('quarter');
      await expect.poll(() => chosen.textContent()).toBe('Q3 2026');
      // KPI rows sit in the selected objective's panel.
      await page.getByRole('button', { name: 'Build a loyal online community', exact: true }).click();
      await page.getByRole('button', { name: 'Enter value for Online shop revenue' }).click();
      await page.getByLabel('Month', { exact: true }).waitFor();
      expect(await page.getByLabel('Month', { exact: true }).locator('option').allTextContents()).toEqual([
        'Jul 2026 (has a value)',
        'Aug 2026 (has a value)',
        'Sep 2026 (has a value)',
      ]);
      await page.keyboard.press('Escape');
      await expect.poll(() => focused(page, 'aria-label')).toBe('Enter value for Online shop revenue');

      await page.getByRole('button', { name: 'Edit KPI Online shop revenue' }).click();
      await page.getByRole('dialog', { name: 'Edit KPI' }).waitFor();
      await page.screenshot({ path: join(resultsDir, 'kpi-form-dark.png') });
      await page.keyboard.press('Escape');

      const toggle = page.getByRole('button', { name: 'Dark theme' });
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');
      await toggle.click();
      await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('light');
      await page.reload();
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await page.locator('html').getAttribute('data-theme')).toBe('light');
      expect(await page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).toBe('false');
    } finally {
      await app.close();
    }
  });
});

describe('inside Electron', () => {
  it('leaves file operations to the native menu and follows notifications from main', async () => {
    const app = await startApp(browser, { initScript: FAKE_PRELOAD });
    const { page } = app;
    try {
      await page.getByRole('heading', { level: 1, name: 'Harbour & Ember — Company Scorecard' }).waitFor();
      expect(await page.getByRole('button', { name: 'File' }).count()).toBe(0);

      // Another window (or the native menu) changed the document: main says so and the page reloads.
      await app.api('objective.create', { perspectiveId: 4, title: 'Share roasting know-how' });
      await page.evaluate(
        `window.dispatchEvent(new CustomEvent('quadrant:event', { detail: JSON.stringify({ type: 'document-changed' }) }))`,
      );
      await page.getByRole('heading', { level: 3, name: 'Share roasting know-how' }).waitFor();

      // An error from main (a dropped file that is not a scorecard) is shown, and can be dismissed.
      await page.evaluate(
        `window.dispatchEvent(new CustomEvent('quadrant:event', { detail: JSON.stringify({ type: 'error', error: { code: 'NOT_A_SCORECARD', message: 'Cannot open “x.txt”: it is not a Quadrant scorecard file.' } }) }))`,
      );
      const alert = page.getByRole('alert');
      await alert.getByText('Cannot open “x.txt”').waitFor();
      await alert.getByRole('button', { name: 'Dismiss' }).click();
      await alert.waitFor({ state: 'detached' });
    } finally {
      await app.close();
    }
  });
});
