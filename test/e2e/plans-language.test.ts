/**
 * The planning views in another language, in Chromium against the real backend: in German the new-scorecard dialog
 * with its templates (the templates' names and content stay as they ship, the words around them are German), the
 * dashboard and the OKR board; in Spanish the incentive plan, created through its own form.
 * Views are reached by their place in the tab bar, not by their (translated) names, and the sample's content stays.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScorecardTemplate, TemplateSummary } from '../../src/shared/templates';
import { VIEW_LIST } from '../../src/shared/views';
import { launchBrowser, resultsDir, startApp, type RunningApp } from './browser';

const SAMPLE = 'Harbour & Ember — Company Scorecard';
const OBJECTIVE = 'Grow revenue profitably';
const TEMPLATES = (
  JSON.parse(readFileSync(resolve(__dirname, '../../resources/templates.json'), 'utf8')) as {
    templates: { name: string }[];
  }
).templates.map((t) => t.name);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(resultsDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const shot = (page: Page, name: string) => page.screenshot({ path: join(resultsDir, `plans-language-${name}.png`) });

/** A view's tab by its place in the list, whatever language its label is in. */
async function openView(page: Page, id: string): Promise<void> {
  const index = VIEW_LIST.findIndex((v) => v.id === id);
  expect(index).toBeGreaterThanOrEqual(0);
  await page.locator('nav.view-tabs button').nth(index).click();
}

async function withApp(options: Parameters<typeof startApp>[1], run: (app: RunningApp) => Promise<void>) {
  const app = await startApp(browser, options);
  app.page.setDefaultTimeout(10_000);
  try {
    await run(app);
    expect(app.pageErrors).toEqual([]);
  } finally {
    await app.close();
  }
}

describe('the planning views in German', () => {
  it('offers the templates in a German dialog, their names and content unchanged', async () => {
    await withApp({ locale: 'de-DE', noDocument: true }, async (app) => {
      const { page } = app;
      await page.locator('.empty-actions button.primary').click();
      const dialog = page.getByRole('dialog', { name: 'Neue Scorecard' });
      await dialog.waitFor();
      const startFrom = dialog.getByRole('group', { name: 'Beginnen mit' });
      await startFrom.getByRole('radio', { name: 'Leer' }).waitFor();
      await startFrom.getByRole('radio', { name: 'Aus einer Vorlage' }).check();

      const list = dialog.getByRole('group', { name: 'Vorlage' });
      await list.getByRole('radio', { name: TEMPLATES[0] }).waitFor();
      // The names are the templates' own; the counts beneath them are German words with the library's plurals.
      for (const name of TEMPLATES) await list.getByRole('radio', { name, exact: true }).waitFor();
      expect(await list.locator('.template-counts').first().textContent()).toMatch(
        /^\d+ Perspektiven · \d+ Ziele · \d+ KPIs · \d+ Verknüpfungen$/,
      );

      // Creating without a choice is refused in German beside the list.
      await dialog.getByLabel('Dateipfad').fill(join(resultsDir, 'plans-language-de.scorecard'));
      await dialog.getByRole('button', { name: 'Scorecard erstellen' }).click();
      await dialog.getByText(/^✕ Wählen Sie eine Vorlage$/).waitFor();

      await list.getByRole('radio', { name: TEMPLATES[0] }).check();
      const preview = dialog.getByRole('region', { name: `Vorschau: ${TEMPLATES[0]}` });
      await preview.getByText('Die Zielwerte legen Sie selbst fest.').waitFor();
      // The preview shows the template's own perspectives and objectives, in the language they ship in.
      const summaries = (await app.api('template.list', {})) as TemplateSummary[];
      const template = (await app.api('template.get', { id: summaries[0]!.id })) as ScorecardTemplate;
      expect(await preview.locator('h4').allTextContents()).toEqual(template.perspectives.map((p) => p.name));
      for (const o of template.objectives) await preview.getByText(o.title, { exact: true }).waitFor();
      // With no document open, the scorecard is named after its new file unless named here.
      await dialog.getByText('Leer lassen, um sie nach der Datei zu benennen.').waitFor();
      expect(await dialog.getByRole('textbox', { name: 'Name' }).getAttribute('placeholder')).toBe('plans-language-de');
      await shot(page, 'de-new-scorecard');
    });
  }, 60_000);

  it('shows the dashboard and the OKR board in German, the sample’s names as they are', async () => {
    await withApp({ locale: 'de-DE' }, async (app) => {
      const { page } = app;
      await page.getByRole('heading', { level: 1, name: SAMPLE }).waitFor();
      // A key result with a check-in, made as another window would, so the board has something to show.
      const objectives = (await app.api('objective.list', { scorecardId: 1 })) as { id: number; title: string }[];
      const objective = objectives.find((o) => o.title === OBJECTIVE)!;
      const kr = (await app.api('okr.createKeyResult', {
        objectiveId: objective.id,
        title: 'Win 20 wholesale accounts',
        cycle: '2026-Q3',
        target: 20,
        owner: 'Maeve Donnelly',
      })) as { id: number };
      await app.api('okr.addCheckIn', { keyResultId: kr.id, date: '2026-08-14', value: 12.5, confidence: 7 });
      await page.reload();
      await page.getByRole('heading', { level: 1, name: SAMPLE }).waitFor();

      await openView(page, 'dashboard');
      const overall = page.getByRole('region', { name: 'Gesamtwert', exact: true });
      await overall.waitFor();
      await page
        .getByRole('region', { name: 'KPIs nach Status', exact: true })
        .getByRole('columnheader', { name: /^ggü\. / })
        .first()
        .waitFor();
      await page
        .getByRole('region', { name: 'Prognose', exact: true })
        .getByRole('columnheader', { name: 'Nach Prognose' })
        .waitFor();
      await page.getByRole('region', { name: 'Am weitesten vom Zielwert' }).waitFor();
      await page.getByRole('heading', { name: /^Gesamtwert, letzte \d+ Zeiträume$/ }).waitFor();
      await shot(page, 'de-dashboard');

      await openView(page, 'okrs');
      const board = page.getByRole('region', { name: 'OKRs' });
      await board.getByText(/Schlüsselergebnis aus 1 Ziel, bewertet zum Ende des Zyklus/).waitFor();
      expect(await board.getByLabel('Zyklus').inputValue()).toBe('2026-Q3');
      await board.getByRole('radio', { name: 'Nach Verantwortlichen' }).waitFor();
      const maeve = board.getByRole('region', { name: 'Verantwortlich: Maeve Donnelly' });
      const card = maeve.getByRole('article', { name: OBJECTIVE });
      await card.waitFor();
      // The key result's progress and score in German numbers: 12,5 of 20 is 0,63.
      const line = await card.getByRole('list', { name: `Schlüsselergebnisse von ${OBJECTIVE}` }).textContent();
      expect(line).toContain('12,5 → 20');
      expect(line).toContain('Zuversicht 7/10');
      expect(line).toContain('0,63');
      await card.getByRole('button', { name: 'Check-in für Win 20 wholesale accounts' }).click();
      const dialog = page.getByRole('dialog', { name: 'Check-in' });
      await dialog.getByLabel('Zuversicht (0–10)').waitFor();
      await dialog
        .getByRole('list', { name: 'Check-ins von Win 20 wholesale accounts' })
        .getByText('Zuversicht 7/10')
        .waitFor();
      await shot(page, 'de-check-in');
    });
  }, 90_000);
});

describe('the incentive plan in Spanish', () => {
  it('is created through its Spanish form and shows its table in Spanish', async () => {
    await withApp({ locale: 'es-ES' }, async ({ page }) => {
      await page.getByRole('heading', { level: 1, name: SAMPLE }).waitFor();
      await openView(page, 'incentives');
      const view = page.getByRole('region', { name: 'Incentivos' });
      await view.getByRole('heading', { name: 'Aún no hay plan de incentivos' }).waitFor();
      await view.getByLabel('Umbral (%)').fill('50');
      await view.getByLabel('Tope (%)').fill('');
      await view.getByRole('button', { name: 'Crear plan de incentivos' }).click();
      // A missing cap is refused beside its field, in Spanish, and nothing is created.
      await view.getByText('introduzca un porcentaje', { exact: true }).waitFor();
      await view.getByLabel('Tope (%)').fill('150');
      await view.getByRole('button', { name: 'Crear plan de incentivos' }).click();
      const jonas = view.getByRole('region', { name: 'Jonas Albrecht' });
      await jonas.waitFor();
      const items = jonas.getByRole('table', { name: 'Elementos de Jonas Albrecht' });
      for (const header of ['Elemento', 'Peso', 'Umbral %', 'Tope %', 'Cumplimiento', 'Pago', 'Pago simulado'])
        await items.getByRole('columnheader', { name: header, exact: true }).waitFor();
      await jonas.getByLabel('Factor de Jonas Albrecht').waitFor();
      await view.getByRole('checkbox', { name: 'Mostrar cómo paga cada línea' }).waitFor();
      await view.getByRole('button', { name: 'Exportar XLSX' }).waitFor();
      await shot(page, 'es-incentives');
    });
  }, 60_000);
});
