/**
 * The panels in the person's language, in Chromium against the real backend: with a German browser the KPI form, the
 * KPI detail and the Actions view carry German labels and headings (found by role and German name), a target typed
 * with a decimal comma is saved and shown as a German number; with a French browser the initiative form does the same
 * in French. English is the other tests' business: they find every element by its English name.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startApp, type RunningApp } from './browser';

let browser: Browser;
const apps: RunningApp[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  const errors = apps.flatMap((a) => a.pageErrors);
  for (const app of apps) await app.close();
  await browser?.close();
  expect(errors).toEqual([]);
});

async function open(locale: string): Promise<Page> {
  const app = await startApp(browser, { locale });
  apps.push(app);
  const page = app.page;
  page.setDefaultTimeout(10_000);
  await page.getByRole('heading', { level: 1, name: 'Harbour & Ember — Company Scorecard' }).waitFor();
  return page;
}

/** A view's tab, by its name in the page's language. */
const tab = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

describe('in German', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open('de-DE');
  }, 60_000);

  it('shows the Actions view with German headings, filters and buttons', async () => {
    await tab(page, 'Maßnahmen').click();
    const view = page.getByRole('region', { name: 'Maßnahmen' });
    await view.getByRole('heading', { level: 2, name: 'Maßnahmen' }).waitFor();
    const filters = view.getByRole('group', { name: 'Maßnahmen filtern' });
    await filters.getByRole('combobox', { name: 'Verantwortlich' }).waitFor();
    const due = filters.getByRole('combobox', { name: 'Fällig' });
    expect(await due.locator('option').allTextContents()).toEqual([
      'Jederzeit',
      'Überfällig',
      'In den nächsten 7 Tagen',
      'Ohne Fälligkeitsdatum',
    ]);
    await view.getByRole('heading', { level: 3, name: 'Erledigungsquote' }).waitFor();
    expect(await view.getByText(/EOS strebt 90 % an\.$/).count()).toBe(1);

    await view.getByRole('button', { name: 'Maßnahme hinzufügen…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Maßnahme hinzufügen' });
    await dialog.getByRole('textbox', { name: 'Maßnahme' }).fill('Lieferanten neu verhandeln');
    await dialog.getByLabel('Verantwortlich').fill('Jana');
    await dialog.getByRole('button', { name: 'Maßnahme hinzufügen' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = view.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Lieferanten neu verhandeln/ }) });
    await row.getByRole('combobox', { name: 'Status von Lieferanten neu verhandeln' }).selectOption({ label: 'Erledigt' });
    await expect.poll(() => row.textContent()).toMatch(/am \d{1,2}\. \S+ \d{4}/);
  });

  it('shows the KPI detail in German, with the target in German numbers', async () => {
    await tab(page, 'Scorecard').click();
    await page.getByRole('button', { name: 'Improve gross margin', exact: true }).click();
    await page.getByRole('button', { name: 'Gross margin', exact: true }).click();
    const detail = page.getByRole('dialog', { name: 'Gross margin' });
    await detail.getByRole('heading', { level: 3, name: /^Bewertung für / }).waitFor();
    await detail.getByRole('heading', { level: 3, name: 'Verlauf', exact: true }).waitFor();
    await detail.getByRole('region', { name: 'Notizen im Zeitverlauf' }).waitFor();
    await detail.getByRole('region', { name: 'Offene Maßnahmen' }).waitFor();
    await detail.getByRole('term').filter({ hasText: 'Richtung' }).waitFor();
    await detail.getByRole('img', { name: 'Verlauf von Gross margin: Istwert gegen Zielwert' }).waitFor();
    await detail.getByRole('button', { name: 'Schließen' }).last().click();
    await detail.waitFor({ state: 'detached' });
  });

  it('shows the KPI form in German and reads a target typed with a decimal comma', async () => {
    await page.getByRole('button', { name: 'KPI Gross margin bearbeiten' }).click();
    const form = page.getByRole('dialog', { name: 'KPI bearbeiten' });
    await form.getByRole('group', { name: 'Bewertung' }).waitFor();
    await form.getByRole('group', { name: 'Messung' }).waitFor();
    await form.getByLabel('Einheit', { exact: true }).waitFor();
    await form.getByRole('combobox', { name: 'Richtung' }).waitFor();
    expect(await form.getByRole('combobox', { name: 'Gemessen' }).locator('option').allTextContents()).toEqual([
      'Pro Monat',
      'Pro Quartal',
      'Pro Jahr',
    ]);
    await form.getByRole('textbox', { name: 'Zielwert' }).fill('42,5');
    await form.getByRole('button', { name: 'Speichern' }).click();
    await form.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Gross margin', exact: true }).click();
    const detail = page.getByRole('dialog', { name: 'Gross margin' });
    const target = detail.getByRole('definition').filter({ hasText: /42,5/ });
    await target.waitFor();
    expect(await target.textContent()).not.toContain('42.5');
    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'detached' });
  });
});

describe('in French', () => {
  it('shows the initiatives and the initiative form in French', async () => {
    const page = await open('fr-FR');
    await tab(page, 'Initiatives').click();
    const view = page.getByRole('region', { name: 'Initiatives' });
    await view.getByRole('heading', { level: 3, name: 'Calendrier' }).waitFor();
    await view.getByRole('columnheader', { name: 'Dépensé sur budget' }).waitFor();
    await view.getByRole('button', { name: 'Ajouter une initiative…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ajouter une initiative' });
    await dialog.getByRole('textbox', { name: 'Titre' }).waitFor();
    await dialog.getByLabel('Date de début').waitFor();
    await dialog.getByRole('group', { name: 'Objectifs qu’elle fait avancer' }).waitFor();
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await dialog.waitFor({ state: 'detached' });
  });
});
