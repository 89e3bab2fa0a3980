/**
 * The page's language: the browser's at start, a choice in View ▸ Language that switches the whole page without a
 * reload (the backend's formula texts too) and is remembered, and System that follows the browser again.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, resultsDir, startApp, type RunningApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(resultsDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const menubar = (page: Page) => page.getByRole('navigation', { name: /Application|Anwendung|Aplicación/ });

/** The explanation of the first objective's status (built by the scoring engine), its badge's tooltip. */
async function formulaText(page: Page): Promise<string> {
  return (await page.getByRole('article').first().locator('.status[title]').first().getAttribute('title')) ?? '';
}

async function chooseLanguage(page: Page, viewMenu: string, group: string, choice: string): Promise<void> {
  await page.getByRole('button', { name: viewMenu, exact: true }).click();
  await page.getByRole('group', { name: group }).getByRole('menuitemradio', { name: choice, exact: true }).click();
}

describe('the language of the page', () => {
  let app: RunningApp;
  afterAll(async () => app?.close());

  it('follows a German browser, switches to French from the View menu without a reload, and remembers it', { timeout: 90_000 }, async () => {
    app = await startApp(browser, { locale: 'de-DE' });
    const { page } = app;
    // The sample's own names are data: they stay as written.
    await page.getByRole('heading', { level: 1, name: 'Harbour & Ember — Company Scorecard' }).waitFor();
    const bar = menubar(page);
    await bar.getByRole('button', { name: 'Datei', exact: true }).waitFor();
    await bar.getByRole('button', { name: 'Bearbeiten', exact: true }).waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toBe('de-DE');
    const german = await formulaText(page);

    // The menu names the system's language and checks the choice in force.
    await page.getByRole('button', { name: 'Ansicht', exact: true }).click();
    const languages = page.getByRole('group', { name: 'Sprache' });
    const items = languages.getByRole('menuitemradio');
    expect(await items.allTextContents()).toEqual(['●System (Deutsch)', 'English', 'Deutsch', 'Français', 'Español']);
    expect(await languages.getByRole('menuitemradio', { name: 'System (Deutsch)' }).getAttribute('aria-checked')).toBe('true');
    expect(await languages.getByRole('menuitemradio', { name: 'Français' }).getAttribute('aria-checked')).toBe('false');
    await page.screenshot({ path: join(resultsDir, 'language-menu-de.png') });

    // The same page, not a new one: a mark left on it survives the switch.
    await page.evaluate('window.__sameDocument = true');
    await languages.getByRole('menuitemradio', { name: 'Français' }).click();
    await bar.getByRole('button', { name: 'Affichage', exact: true }).waitFor();
    await bar.getByRole('button', { name: 'Fichier', exact: true }).waitFor();
    expect(await page.evaluate('window.__sameDocument')).toBe(true);
    expect(await page.evaluate('document.documentElement.lang')).toBe('fr-FR');
    // Focus comes back to the menu the choice was made in, under its new name.
    expect(await page.evaluate('document.activeElement && document.activeElement.textContent')).toBe('Affichage');
    // The backend answers in French now: the document was read again and its formula texts are French.
    await expect.poll(() => formulaText(page)).not.toBe(german);

    await page.reload();
    await bar.getByRole('button', { name: 'Affichage', exact: true }).waitFor();
    expect(await page.evaluate("localStorage.getItem('quadrant.language')")).toBe('fr');
    await page.getByRole('button', { name: 'Affichage', exact: true }).click();
    const langues = page.getByRole('group', { name: 'Langue' });
    expect(await langues.getByRole('menuitemradio', { name: 'Français' }).getAttribute('aria-checked')).toBe('true');
    await page.screenshot({ path: join(resultsDir, 'language-menu-fr.png') });

    // System follows the browser again: German.
    await langues.getByRole('menuitemradio', { name: 'Système (Deutsch)' }).click();
    await bar.getByRole('button', { name: 'Ansicht', exact: true }).waitFor();
    expect(await page.evaluate("localStorage.getItem('quadrant.language')")).toBe('system');
    await expect.poll(() => formulaText(page)).toBe(german);
    expect(app.pageErrors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });

  it('speaks English to an English browser, and the keyboard reaches the languages', async () => {
    await app?.close();
    app = await startApp(browser, { locale: 'en-GB' });
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Harbour & Ember — Company Scorecard' }).waitFor();
    await page.getByRole('button', { name: 'View', exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    const group = page.getByRole('group', { name: 'Language' });
    await group.getByRole('menuitemradio', { name: 'System (English)' }).waitFor();
    // Past the scorecard items to the languages: End is the last, Español.
    await page.keyboard.press('End');
    expect(await page.evaluate('document.activeElement && document.activeElement.textContent')).toBe('Español');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await menubar(page).getByRole('button', { name: 'Affichage', exact: true }).waitFor();
    await chooseLanguage(page, 'Affichage', 'Langue', 'English');
    await menubar(page).getByRole('button', { name: 'View', exact: true }).waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toBe('en-GB');
    expect(app.pageErrors).toEqual([]);
  });
});
