import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, it } from 'vitest';
import { launchBrowser, startApp, type RunningApp } from './browser';

let browser: Browser;
const apps: RunningApp[] = [];
beforeAll(async () => { browser = await launchBrowser(); }, 60_000);
afterAll(async () => { for (const a of apps) await a.close(); await browser?.close(); });

const W: Record<string, Record<string, string>> = {
  de: { actions: 'Maßnahmen', addAction: 'Maßnahme hinzufügen…', scorecard: 'Scorecard', editKpi: 'KPI Gross margin bearbeiten', init: 'Initiativen', addInit: 'Initiative hinzufügen…', compare: 'Perioden vergleichen', close: 'Schließen', dismiss: 'Ausblenden' },
  fr: { actions: 'Actions', addAction: 'Ajouter une action…', scorecard: 'Tableau de bord', editKpi: 'Modifier le KPI Gross margin', init: 'Initiatives', addInit: 'Ajouter une initiative…', compare: 'Comparer les périodes', close: 'Fermer', dismiss: 'Masquer' },
  es: { actions: 'Acciones', addAction: 'Añadir acción…', scorecard: 'Cuadro de mando', editKpi: 'Editar KPI Gross margin', init: 'Iniciativas', addInit: 'Añadir iniciativa…', compare: 'Comparar periodos', close: 'Cerrar', dismiss: 'Cerrar' },
};

async function shots(lang: string, scheme: 'light' | 'dark') {
  const app = await startApp(browser, { locale: lang, colorScheme: scheme });
  apps.push(app);
  const page: Page = app.page;
  page.setDefaultTimeout(10_000);
  const w = W[lang.slice(0, 2)]!;
  const p = (n: string) => `/tmp/panels/${lang}-${scheme}-${n}.png`;
  await page.getByRole('heading', { level: 1, name: 'Harbour & Ember — Company Scorecard' }).waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: p('overview') });
  await page.getByRole('region', { name: /./ }).filter({ has: page.getByRole('button', { name: w.dismiss, exact: true }) }).first().screenshot({ path: p('data-due') });
  await page.getByRole('button', { name: w.dismiss, exact: true }).first().click();
  const down = async (n: string, y = 500) => { await page.mouse.move(640, 500); await page.mouse.wheel(0, y); await page.waitForTimeout(400); await page.screenshot({ path: p(n) }); await page.mouse.wheel(0, -3000); await page.waitForTimeout(200); };
  const tab = (n: string) => page.getByRole('button', { name: n, exact: true });
  await tab(w.actions).click();
  await page.waitForTimeout(600);
  await page.screenshot({ path: p('actions') });
  await down('actions-down');
  await page.getByRole('button', { name: w.addAction }).click();
  await page.waitForTimeout(400);
  await page.screenshot({ path: p('action-form') });
  await page.keyboard.press('Escape');
  await tab(w.scorecard).click();
  await page.getByRole('button', { name: 'Improve gross margin', exact: true }).click();
  await page.waitForTimeout(400);
  await page.screenshot({ path: p('objective') });
  await page.getByRole('button', { name: 'Gross margin', exact: true }).click();
  await page.waitForTimeout(1500);
  await page.getByRole('dialog').locator('.dialog-body').evaluate((e) => e.scrollTo(0, 0));
  await page.waitForTimeout(300);
  await page.screenshot({ path: p('kpi-detail') });
  await page.getByRole('dialog').locator('.dialog-body').evaluate((e) => e.scrollTo(0, 10000));
  await page.waitForTimeout(300);
  await page.screenshot({ path: p('kpi-detail-bottom') });
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: w.editKpi }).click();
  await page.waitForTimeout(400);
  await page.screenshot({ path: p('kpi-form') });
  await page.getByRole('dialog').locator('.dialog-body').evaluate((e) => e.scrollTo(0, 10000));
  await page.waitForTimeout(300);
  await page.screenshot({ path: p('kpi-form-bottom') });
  await page.getByRole('dialog').locator('.danger-quiet').click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: p('kpi-delete') });
  await page.keyboard.press('Escape');
  await tab(w.init).click();
  await page.waitForTimeout(600);
  await page.screenshot({ path: p('initiatives') });
  await down('initiatives-down', 400);
  await down('initiatives-down2', 900);
  await page.getByRole('button', { name: w.addInit }).click();
  await page.waitForTimeout(400);
  await page.screenshot({ path: p('initiative-form') });
  await page.keyboard.press('Escape');
  await tab(w.compare).click();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: p('compare') });
  await down('compare-down', 400);
  await down('compare-down2', 1000);
}

it('de light', async () => { await shots('de-DE', 'light'); }, 120_000);
it('fr light', async () => { await shots('fr-FR', 'light'); }, 120_000);
it('de dark', async () => { await shots('de-DE', 'dark'); }, 120_000);
it('es light', async () => { await shots('es-ES', 'light'); }, 120_000);
