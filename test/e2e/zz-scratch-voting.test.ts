import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, it } from 'vitest';
import { launchBrowser, startApp, type RunningApp } from './browser';

let browser: Browser;
let app: RunningApp;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  app = await startApp(browser, { viewport: { width: 1280, height: 720 } });
  page = app.page;
  page.setDefaultTimeout(10_000);
  await page.getByRole('article', { name: 'Grow revenue profitably' }).waitFor();
});
afterAll(async () => {
  await app?.close();
  await browser?.close();
});

it('scratch', async () => {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Workshops' }).click();
  await page.getByRole('button', { name: 'New workshop…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New workshop' });
  await dialog.getByRole('textbox', { name: 'Participants' }).fill('Anna\nBen\nanna');
  await dialog.getByRole('textbox', { name: 'Dots per participant' }).fill('0');
  await dialog.getByRole('button', { name: 'Create workshop' }).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: '/tmp/voting/dialog-errors.png' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: '/tmp/voting/dialog-errors-dark.png' });
});
