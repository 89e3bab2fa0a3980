/**
 * Inside Electron the page never makes up a path: New…, Open… and Restore from Backup… ask main's file dialog
 * (file.choose) and use the path it answers. Main is stood in for by the preload stand-in, which answers
 * file.choose as the native dialog would and sends every other call to the real backend.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, resultsDir, startApp, FAKE_PRELOAD } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(resultsDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** The native dialog: answers the next path the test put in, and remembers what it was asked. */
const NATIVE_DIALOG = `${FAKE_PRELOAD}
(() => {
  const invoke = window.quadrant.invoke;
  window.__dialog = { answers: [], asked: [] };
  window.quadrant = {
    invoke: (method, input) => {
      if (method !== 'file.choose') return invoke(method, input);
      window.__dialog.asked.push(input);
      const path = window.__dialog.answers.shift() ?? null;
      return Promise.resolve({ ok: true, value: path ? { path } : null });
    },
  };
})();`;

const answer = (page: Page, path: string) => page.evaluate(`window.__dialog.answers.push(${JSON.stringify(path)})`);
const asked = (page: Page) => page.evaluate('window.__dialog.asked.splice(0)') as Promise<unknown[]>;

describe('files inside Electron', () => {
  it('opens and creates documents with the native dialog from the empty page, and shows what went wrong there', async () => {
    const app = await startApp(browser, { noDocument: true, initScript: NATIVE_DIALOG });
    const { page } = app;
    try {
      await page.getByRole('heading', { level: 1, name: 'Plan your quarter on one page' }).waitFor();
      const notes = join(app.dir, 'shopping.scorecard');
      writeFileSync(notes, 'milk, beans, filters\n');
      await answer(page, notes);
      await page.getByRole('button', { name: 'Open…' }).click();
      await page.getByRole('alert').getByText(/not a Quadrant scorecard/).waitFor();
      expect(await asked(page)).toEqual([{ purpose: 'open' }]);
      expect(await page.getByRole('dialog').count()).toBe(0);
      await page.screenshot({ path: join(resultsDir, 'electron-empty-open-error.png') });

      // Cancelled: nothing happens, and the old message goes.
      await page.getByRole('button', { name: 'Open…' }).click();
      await page.getByRole('alert').waitFor({ state: 'detached' });

      // New scorecard asks how to start first; Create… then asks where the file goes.
      await answer(page, join(app.dir, 'Plan 2027.scorecard'));
      await page.getByRole('button', { name: 'New scorecard…' }).click();
      const dialog = page.getByRole('dialog', { name: 'New scorecard' });
      expect(await dialog.getByLabel('File path').count()).toBe(0);
      await dialog.getByRole('button', { name: 'Create…' }).click();
      await page.getByRole('heading', { level: 1, name: /Plan 2027/ }).waitFor();
      expect(await asked(page)).toEqual([{ purpose: 'open' }, { purpose: 'create' }]);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('restores a backup into the file the native dialog answers', async () => {
    const app = await startApp(browser, { backups: true, initScript: NATIVE_DIALOG });
    const { page } = app;
    try {
      await page.getByRole('heading', { level: 1, name: 'Harbour & Ember — Company Scorecard' }).waitFor();
      await page.evaluate(
        `window.dispatchEvent(new CustomEvent('quadrant:event', { detail: JSON.stringify({ type: 'menu', command: 'restore-backup' }) }))`,
      );
      const dialog = page.getByRole('dialog', { name: 'Restore from backup' });
      await dialog.getByRole('radio').check();
      expect(await dialog.getByLabel('Restore into').count()).toBe(0);
      await page.screenshot({ path: join(resultsDir, 'electron-restore-backup.png') });
      const restored = join(app.dir, 'Quadrant', 'Harbour restored.scorecard');
      await answer(page, restored);
      await dialog.getByRole('button', { name: 'Restore…' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByRole('contentinfo').getByText(restored).waitFor();
      const [request] = (await asked(page)) as { purpose: string; suggestedPath: string }[];
      expect(request!.purpose).toBe('restore');
      expect(request!.suggestedPath).toMatch(/Harbour & Ember \(sample\) \(restored \d{4}-\d\d-\d\d\)\.scorecard$/);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
