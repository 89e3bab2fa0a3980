/**
 * The scorecard's own screens in the browser's language, in Chromium against the real backend: the overview
 * (perspective bands, objective cards, status badges), an objective's panel and the period picker in German, the
 * close-period dialog in German, and the objective form in French, found by role and by the names a German or French
 * reader sees. The sample's content (perspective and objective names) stays as written. Screenshots of each screen,
 * German light and French dark, for looking at long words.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describedBy, launchBrowser, resultsDir, startApp, type RunningApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(resultsDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const shot = (page: Page, name: string) => page.screenshot({ path: join(resultsDir, `app-language-${name}.png`) });
const chosenPeriod = (page: Page) => page.getByRole('status', { name: 'Gewählter Zeitraum' }).textContent();

describe('the overview in German', () => {
  let app: RunningApp;
  afterAll(async () => app?.close());

  it('shows bands, cards, badges, the objective panel, the period picker and the close dialog in German', async () => {
    app = await startApp(browser, { locale: 'de-DE' });
    const { page } = app;
    page.setDefaultTimeout(10_000);
    await page.getByRole('heading', { level: 1, name: 'Harbour & Ember — Company Scorecard' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('de-DE');

    // The sample's perspectives keep their names; the controls around them speak German.
    const financial = page.getByRole('region', { name: 'Financial' });
    await financial.getByRole('button', { name: 'Ziel zu Financial hinzufügen' }).waitFor();
    await financial.getByRole('button', { name: 'Financial nach unten verschieben' }).waitFor();
    await financial.getByRole('button', { name: 'Perspektive Financial bearbeiten' }).waitFor();
    expect(await financial.locator('.perspective-score .reported').first().textContent()).toMatch(
      /^\d+ von \d+ Zielen? gemeldet$/,
    );
    await page.getByRole('navigation', { name: 'Perspektiven' }).waitFor();
    await page.getByRole('group', { name: 'Gesamtergebnis' }).waitFor();
    const actions = page.getByRole('group', { name: 'Scorecard-Aktionen' });
    await actions.getByRole('button', { name: 'Scorecard bearbeiten…' }).waitFor();
    await actions.getByRole('button', { name: 'Neue Scorecard…' }).waitFor();

    // Every status badge on the screen says its status in German.
    const badges = await page.locator('.status .status-label').allTextContents();
    expect(badges.length).toBeGreaterThan(4);
    for (const badge of badges) expect(['Im Plan', 'Gefährdet', 'Nicht im Plan', 'Keine Daten']).toContain(badge);
    expect(badges).toContain('Im Plan');

    // An objective card: its owner, its KPIs' count and its KPIs' list in German.
    const card = page.getByRole('article', { name: 'Grow revenue profitably' });
    expect(await card.textContent()).toMatch(/Verantwortlich: /);
    expect(await card.textContent()).toMatch(/\d+ von \d+ KPIs? gemeldet/);
    await card.getByRole('list', { name: 'KPIs von Grow revenue profitably' }).waitFor();
    await shot(page, 'overview-de');

    // Its panel.
    await card.getByRole('button', { name: 'Grow revenue profitably', exact: true }).click();
    const panel = page.getByRole('region', { name: 'Grow revenue profitably: KPIs, Initiativen und Notizen' });
    await panel.waitFor();
    await panel.getByText('Ausgewähltes Ziel').waitFor();
    for (const column of ['Einheit', 'Istwert', 'Zielwert', 'Fortschritt', 'Status'])
      await panel.getByRole('columnheader', { name: column, exact: true }).waitFor();
    await panel.getByRole('button', { name: 'Ziel Grow revenue profitably bearbeiten' }).waitFor();
    await panel.getByRole('button', { name: 'KPI zu Grow revenue profitably hinzufügen' }).waitFor();
    await panel.getByRole('heading', { name: 'Initiativen' }).waitFor();
    await panel.getByRole('heading', { name: 'Offene Aktionen' }).waitFor();
    await panel.scrollIntoViewIfNeeded();
    await shot(page, 'objective-panel-de');
    expect(await page.getByText('Selected objective').count()).toBe(0);
    await panel.getByRole('button', { name: 'Grow revenue profitably schließen' }).click();
    await panel.waitFor({ state: 'detached' });

    // The period picker: a German group, German kinds, German steps.
    const picker = page.getByRole('group', { name: 'Zeitraum' });
    const kind = picker.getByRole('combobox', { name: 'Anzeigen nach' });
    expect(await kind.locator('option').allTextContents()).toEqual(['Monat', 'Quartal', 'Jahr']);
    const before = await chosenPeriod(page);
    await picker.getByRole('button', { name: 'Vorheriger Zeitraum' }).click();
    await expect.poll(() => chosenPeriod(page)).not.toBe(before);
    await picker.getByRole('button', { name: 'Nächster Zeitraum' }).click();
    await expect.poll(() => chosenPeriod(page)).toBe(before);

    // Closing the period: the dialog says what closing does, in German, and Abbrechen leaves it open.
    await page
      .getByRole('group', { name: 'Abschluss' })
      .getByRole('button', { name: `${before} abschließen…` })
      .click();
    const dialog = page.getByRole('dialog', { name: `${before} abschließen?` });
    await dialog.getByText(`Die Werte und Zielwerte von ${before}`).waitFor();
    await dialog.getByRole('textbox', { name: 'Abgeschlossen von' }).waitFor();
    await dialog.getByRole('button', { name: `${before} abschließen` }).waitFor();
    await shot(page, 'period-dialog-de');
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByRole('button', { name: `${before} abschließen…` }).count()).toBe(1);
    expect(app.pageErrors).toEqual([]);
  });
});

describe('the objective form in French', () => {
  let app: RunningApp;
  afterAll(async () => app?.close());

  it('adds an objective through a French form and shows it on a French card', async () => {
    app = await startApp(browser, { locale: 'fr-FR', colorScheme: 'dark' });
    const { page } = app;
    page.setDefaultTimeout(10_000);
    await page.getByRole('heading', { level: 1, name: 'Harbour & Ember — Company Scorecard' }).waitFor();

    await page.getByRole('button', { name: 'Ajouter un objectif à Customer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ajouter un objectif' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Dans Customer');
    const title = dialog.getByRole('textbox', { name: 'Intitulé' });
    expect(await describedBy(title)).toContain('Commencez par un verbe');
    const theme = dialog.getByRole('combobox', { name: 'Thème' });
    expect(await theme.locator('option').first().textContent()).toBe('Aucun thème');
    const okr = dialog.getByRole('combobox', { name: 'Type d’OKR' });
    expect(await okr.locator('option').allTextContents()).toEqual(['Ambitieux', 'Engagé']);
    await dialog.getByRole('textbox', { name: 'Date d’échéance' }).waitFor();
    await shot(page, 'objective-form-fr-dark');

    await title.fill('Ouvrir un second café');
    await dialog.getByRole('textbox', { name: 'Responsable' }).fill('Mia');
    await dialog.getByRole('button', { name: 'Ajouter un objectif' }).click();
    await dialog.waitFor({ state: 'detached' });
    const card = page.getByRole('article', { name: 'Ouvrir un second café' });
    await card.waitFor();
    expect(await card.textContent()).toContain('Responsable : Mia');
    expect(await card.textContent()).toContain('0 KPI renseigné sur 0');
    expect(await card.textContent()).toContain('Aucun KPI pour l’instant.');
    expect(await card.locator('.status-label').textContent()).toBe('Pas de données');

    // The scorecard form, French and dark: months from Intl, the thresholds' words.
    await page.getByRole('button', { name: 'Modifier le tableau de bord…' }).click();
    const form = page.getByRole('dialog', { name: 'Modifier le tableau de bord' });
    const months = form.getByRole('combobox', { name: 'L’exercice commence en' }).locator('option');
    expect(await months.allTextContents()).toContain('septembre');
    await form.getByRole('textbox', { name: 'Vert à partir de' }).waitFor();
    await shot(page, 'scorecard-form-fr-dark');
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });
    expect(app.pageErrors).toEqual([]);
  });
});
