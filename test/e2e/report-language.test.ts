/**
 * A report in the client's language from an app in English: the Report view's Language choice carries the language
 * to main, which makes the data (formula texts, period labels) in it, and to the print view, which draws its words,
 * numbers and dates in it. Read back with pdftotext; the pages are rendered to PNG in test-results/ to be looked at.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, resultsDir, startApp, type RunningApp } from './browser';
import { flat, pdfInfo, pdfText, requirePoppler } from './pdf-tools';

let browser: Browser;
let app: RunningApp;

beforeAll(async () => {
  requirePoppler();
  browser = await launchBrowser();
  app = await startApp(browser, { viewport: { width: 1280, height: 900 } });
}, 60_000);

afterAll(async () => {
  await app?.close();
  await browser?.close();
});

async function openReportView(page: Page, heading: string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: /Report|Bericht/ }).first().click();
  await expect.poll(() => page.getByRole('heading', { name: heading }).isVisible(), { timeout: 15_000 }).toBe(true);
}

/** Exports with the view's choices, saves the download under `name` and renders its pages to PNG at 60 dpi. */
async function exportPdf(page: Page, button: string, name: string): Promise<string> {
  const downloading = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: button, exact: true }).click();
  const file = join(resultsDir, `${name}.pdf`);
  await (await downloading).saveAs(file);
  execFileSync('pdftoppm', ['-r', '60', '-png', file, join(resultsDir, name)]);
  return file;
}

describe('the report in another language', () => {
  it('prints a French report while the interface stays English', async () => {
    const { page } = app;
    await openReportView(page, 'PDF report');
    const language = page.getByLabel('Language', { exact: true });
    // The interface's language is the report's until another is chosen; every language is named in its own words.
    expect(await language.inputValue()).toBe('en');
    expect(await language.locator('option').allTextContents()).toEqual(['English', 'Deutsch', 'Français', 'Español']);
    await language.selectOption({ label: 'Français' });
    for (const name of ['Strategy map', 'OKRs and alignment', 'Workshops', 'Review notes']) {
      await page.getByRole('checkbox', { name }).uncheck();
    }
    const file = await exportPdf(page, 'Export PDF', 'report-fr');
    await expect
      .poll(() => page.getByRole('status', { name: 'Export status' }).textContent(), { timeout: 20_000 })
      .toMatch(/^✓ Saved .*pages/);

    const text = flat(pdfText(file));
    // Headings and table columns of the print view.
    expect(text).toContain('Synthèse');
    expect(text).toContain('Principaux risques');
    // Column headings are printed in capitals.
    for (const heading of ['OBJECTIF / KPI', 'RÉEL', 'CIBLE', 'PROGRESSION', 'STATUT', 'TENDANCE']) expect(text).toContain(heading);
    expect(text).toContain('Comment le statut est calculé');
    expect(text).toMatch(/Page 2 sur \d+/);
    // A formula text made by the engine in main, in French, with French numbers (no-break or narrow spaces
    // group thousands, a comma marks decimals).
    expect(text).toMatch(
      /Hausse depuis la référence\s: \(206[\u00a0\u202f ]500 − 140[\u00a0\u202f ]000\) \/ \(195[\u00a0\u202f ]000 − 140[\u00a0\u202f ]000\) = 121 % → vert \(vert ≥ 100 %, orange ≥ 80 %\)/,
    );
    expect(text).toMatch(/Moyenne pondérée de 4 perspectives\s: \(85,26 × 1 \+ 91,47 × 1/);
    expect(text).toMatch(/206[\u00a0\u202f ]500 €/);
    // Dates in French; no English headings left.
    expect(text).toMatch(/\d{1,2} déc\. 2025/);
    expect(text).not.toContain('Executive summary');
    expect(text).not.toContain('How the status is worked out');
    expect(text).not.toContain('Ratio to target');

    // The interface did not change language, and the choice is remembered with the document.
    expect(await page.getByRole('heading', { name: 'PDF report' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Export PDF', exact: true }).isVisible()).toBe(true);
    const remembered = (await app.api('report.settings.get', {})) as { language?: string };
    expect(remembered.language).toBe('fr');
    expect(app.pageErrors).toEqual([]);
  }, 120_000);

  it('prints a German report, and English again when English is chosen', async () => {
    const { page } = app;
    await page.getByLabel('Language', { exact: true }).selectOption({ label: 'Deutsch' });
    const german = flat(pdfText(await exportPdf(page, 'Export PDF', 'report-de')));
    expect(german).toContain('Zusammenfassung');
    for (const heading of ['ZIEL / KPI', 'IST', 'ZIELWERT', 'FORTSCHRITT', 'STATUS', 'TREND']) expect(german).toContain(heading);
    expect(german).toContain('206.500 €');
    expect(german).toContain(
      'Steigerung ab Ausgangswert: (206.500 − 140.000) / (195.000 − 140.000) = 121 % → grün (grün ≥ 100 %, gelb ≥ 80 %)',
    );
    expect(german).toMatch(/Seite 2 von \d+/);
    // The cover's default title is the product's words, printed in the report's language.
    // (pdftotext joins the cover's two lines where the big title wraps after a hyphen.)
    expect(german).toMatch(/Balanced-Scorecard-?Bericht/);

    await page.getByLabel('Language', { exact: true }).selectOption({ label: 'English' });
    const englishFile = await exportPdf(page, 'Export PDF', 'report-en');
    const english = flat(pdfText(englishFile));
    expect(english).toContain('Executive summary');
    expect(english).toContain(
      'Increase from baseline: (206,500 − 140,000) / (195,000 − 140,000) = 121 % → green (green ≥ 100 %, amber ≥ 80 %)',
    );
    expect(english).toMatch(/Page 2 of \d+/);
    expect(pdfInfo(englishFile).pages).toBeGreaterThan(3);
    expect(app.pageErrors).toEqual([]);
  }, 120_000);

  it('shows the Report view in German', async () => {
    const de = await startApp(browser, {
      locale: 'de-DE',
      viewport: { width: 1280, height: 800 },
      initScript: "localStorage.setItem('quadrant.language','de')",
    });
    try {
      await openReportView(de.page, 'PDF-Bericht');
      const language = de.page.getByLabel('Sprache', { exact: true });
      expect(await language.inputValue()).toBe('de');
      expect(await de.page.getByRole('checkbox', { name: 'Zusammenfassung für die Geschäftsleitung' }).isChecked()).toBe(
        true,
      );
      expect(await de.page.getByRole('button', { name: 'PDF exportieren', exact: true }).isVisible()).toBe(true);
      // The untouched default title is offered in German, as a placeholder the person can type over.
      const title = de.page.getByLabel('Titel', { exact: true });
      expect(await title.inputValue()).toBe('');
      expect(await title.getAttribute('placeholder')).toBe('Balanced-Scorecard-Bericht');
      await language.scrollIntoViewIfNeeded();
      await de.page.screenshot({ path: join(resultsDir, 'report-view-de.png'), fullPage: true });
      await de.page.setViewportSize({ width: 820, height: 900 });
      await de.page.screenshot({ path: join(resultsDir, 'report-view-de-narrow.png'), fullPage: true });
      expect(de.pageErrors).toEqual([]);
    } finally {
      await de.close();
    }
  }, 90_000);
});
