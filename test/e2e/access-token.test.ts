/**
 * Browser mode with a wrong access token: the server refuses every call with UNAUTHORIZED, and the page says what to
 * do in words instead of showing a scorecard or failing silently.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a page opened with a wrong access token', () => {
  it('shows the refusal and nothing of the document', async () => {
    const app = await startApp(browser);
    try {
      const { page } = app;
      await page.goto(`${new URL(app.url).origin}/?token=not-the-token`);
      await expect
        .poll(() => page.getByRole('alert').textContent())
        .toContain('Missing or wrong access token. Open the address that `npm run web` printed.');
      expect(await page.getByRole('heading', { name: 'Harbour & Ember — Company Scorecard' }).count()).toBe(0);
      expect(app.foreignRequests).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
