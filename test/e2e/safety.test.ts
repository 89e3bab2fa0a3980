/**
 * Safety in the window: File › Restore from Backup… lists the backups and restores one into a new file; a
 * document another Quadrant is writing opens read-only with a banner and refuses edits; a web link in a note
 * stays text and opens only after a confirmation.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatchSync } from '../../src/main/core/dispatch';
import { Session } from '../../src/main/core/session';
import { launchBrowser, resultsDir, startApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(resultsDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const heading = 'Harbour & Ember — Company Scorecard';

describe('restoring a backup', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`lists the backups with date, size and document and restores one into a new file (${colorScheme})`, async () => {
      const app = await startApp(browser, { backups: true, colorScheme });
      const { page } = app;
      try {
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        await app.api('kpi.update', { id: 1, name: 'Renamed after the backup' });
        await page.getByRole('button', { name: 'File' }).click();
        await page.getByRole('menuitem', { name: 'Restore from Backup…' }).click();
        const dialog = page.getByRole('dialog', { name: 'Restore from backup' });
        const rows = dialog.getByRole('row');
        await expect.poll(() => rows.count()).toBe(2);
        const row = await rows.nth(1).textContent();
        expect(row).toContain('Harbour & Ember (sample).scorecard');
        expect(row).toContain('Daily copy');
        expect(row).toMatch(/\d+ KB/);
        await dialog.getByRole('radio').check();
        const target = dialog.getByLabel('Restore into');
        expect(await target.inputValue()).toMatch(
          /Harbour & Ember \(sample\) \(restored \d{4}-\d\d-\d\d\)\.scorecard$/,
        );
        await page.screenshot({ path: join(resultsDir, `restore-backup-${colorScheme}.png`) });

        // Never over an existing file: the document itself is refused, in the dialog.
        await target.fill(app.documentPath);
        await dialog.getByRole('button', { name: 'Restore' }).click();
        await dialog
          .getByRole('alert')
          .getByText(/already exists/)
          .waitFor();

        const restored = join(app.dir, 'Quadrant', 'Harbour restored.scorecard');
        await target.fill(restored);
        await dialog.getByRole('button', { name: 'Restore' }).click();
        await dialog.waitFor({ state: 'detached' });
        await page.getByRole('contentinfo').getByText(restored).waitFor();
        const kpi = (await app.api('kpi.get', { id: 1 })) as { name: string };
        expect(kpi.name).toBe('Total revenue');
        expect(app.pageErrors).toEqual([]);
        expect(app.foreignRequests).toEqual([]);
      } finally {
        await app.close();
      }
    });
  }
});

describe('a document another Quadrant is writing', () => {
  it('opens read-only with a banner, and an edit is refused with the reason', async () => {
    const app = await startApp(browser);
    const { page } = app;
    page.setDefaultTimeout(10_000);
    const writer = new Session({ mode: 'cli' });
    try {
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      // The page's session lets go, another takes the file, and the page's session opens it again.
      await app.api('document.close', {});
      expect(dispatchSync(writer, 'document.open', { path: app.documentPath }).ok).toBe(true);
      expect(await app.api('document.open', { path: app.documentPath })).toMatchObject({ readOnly: true });
      await page.reload();
      const banner = page.locator('.banner-read-only');
      await banner.getByText('Read-only:').waitFor();
      expect(await banner.textContent()).toMatch(/open in another window of this Quadrant/);
      await page.screenshot({ path: join(resultsDir, 'read-only-light.png') });

      await page.getByRole('button', { name: 'Edit scorecard…' }).click();
      const form = page.getByRole('dialog', { name: 'Edit scorecard' });
      await form.getByRole('textbox', { name: /^Name/ }).fill('Not allowed');
      await form.getByRole('button', { name: 'Save' }).click();
      await form
        .getByRole('alert')
        .getByText(/Read-only/)
        .waitFor();
      await page.keyboard.press('Escape');
      expect(await page.getByRole('contentinfo').textContent()).toContain('Read-only');

      // "Save a copy…" gives a document of one's own.
      await banner.getByRole('button', { name: 'Save a copy…' }).click();
      const saveAs = page.getByRole('dialog', { name: 'Save As' });
      await saveAs.getByLabel('File path').fill(join(app.dir, 'My copy.scorecard'));
      await saveAs.getByRole('button', { name: 'Save', exact: true }).click();
      await banner.waitFor({ state: 'detached' });
      expect(app.pageErrors.filter((e) => !/READ_ONLY|read-only/i.test(e))).toEqual([]);
    } finally {
      writer.close();
      await app.close();
    }
  });
});

describe('a web link in a note', () => {
  it('shows as text, and opens in a new tab only after a confirmation', async () => {
    const app = await startApp(browser, { colorScheme: 'dark' });
    const { page } = app;
    page.setDefaultTimeout(10_000);
    try {
      const body = 'Supplier terms: https://example.com/terms?id=7. Ask Jo.';
      await app.api('note.create', { entityType: 'perspective', entityId: 1, body });
      await page.reload();
      await page.getByRole('button', { name: 'Notes on Financial' }).click();
      const dialog = page.getByRole('dialog', { name: 'Notes on Financial' });
      await dialog.getByText(body, { exact: true }).waitFor();
      expect(await dialog.locator('.note-body a').count()).toBe(0);
      await dialog.getByRole('button', { name: 'Open link https://example.com/terms?id=7' }).click();
      const ask = dialog.getByRole('group', { name: 'Open link?' });
      const open = ask.getByRole('link', { name: 'Open' });
      expect(await open.getAttribute('href')).toBe('https://example.com/terms?id=7');
      expect(await open.getAttribute('target')).toBe('_blank');
      expect(await open.getAttribute('rel')).toBe('noopener noreferrer');
      await page.screenshot({ path: join(resultsDir, 'note-link-dark.png') });
      await ask.getByRole('button', { name: 'Cancel' }).click();
      await ask.waitFor({ state: 'detached' });
      expect(app.foreignRequests).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
