/**
 * SMART checks in the window: the sample's header counts its hints and lists them by letter in a panel beside the
 * scorecard; an objective whose description is cleared gets a quiet S hint with its reason, gone again once it has
 * one; a KPI whose target its history cannot reach gets an A hint with the numbers. Everything by keyboard and by
 * role, as a screen reader would find it, in the light and the dark theme.
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

/** The day the sample is read on: its objectives are due at the end of 2026, so none is past its due date. */
const TODAY = new Date('2026-11-27T12:00:00');

const card = (page: Page, title: string) => page.getByRole('article', { name: title });

async function editObjective(page: Page, title: string, description: string): Promise<void> {
  await card(page, title).getByRole('button', { name: title, exact: true }).click();
  const panel = page.getByRole('region', { name: `${title}: KPIs, initiatives and notes` });
  await panel.getByRole('button', { name: `Edit objective ${title}` }).click();
  const form = page.getByRole('dialog', { name: 'Edit objective' });
  await form.getByLabel('Description').fill(description);
  await form.getByRole('button', { name: 'Save' }).click();
  await form.waitFor({ state: 'detached' });
  // Close the panel again, so the next step starts from the cards.
  await panel.getByRole('button', { name: `Close ${title}` }).click();
}

describe.each(['light', 'dark'] as const)('SMART checks in the %s theme', (scheme) => {
  let app: RunningApp;
  let page: Page;
  const shot = (name: string) => page.screenshot({ path: join(resultsDir, `smart-${scheme}-${name}.png`) });

  beforeAll(async () => {
    app = await startApp(browser, { colorScheme: scheme, viewport: { width: 1440, height: 900 } });
    page = app.page;
    page.setDefaultTimeout(10_000);
    await page.clock.setFixedTime(TODAY);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Harbour & Ember — Company Scorecard' }).waitFor();
  });
  afterAll(async () => app?.close());

  it('counts the sample’s hints in the header and lists them by letter in a panel that opens each item', async () => {
    const button = page.getByRole('button', { name: 'SMART check: 4 hints' });
    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    const panel = page.getByRole('region', { name: 'SMART check: 4 hints' });
    // Opening moves to the panel's heading, so a screen reader hears what opened.
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('SMART check: 4 hints');
    const achievable = panel.getByRole('region', { name: 'Achievable (4)' });
    expect(await achievable.getByRole('listitem').allTextContents()).toEqual([
      'KPI Green coffee cost per kg roastedNeeds −0.74 €/kg a quarter to reach an average of 8.6 €/kg in 2026; the best quarter in its history fell 0.44 €/kg (Q4 2025), so it needs 1.7 times its best',
      'KPI Net Promoter ScoreNeeds +17 pts a quarter to reach an average of 50 pts in 2026; the best quarter in its history rose 7 pts (Q2 2026), so it needs 2.4 times its best',
      'KPI Repeat online customersNeeds +8.1 % a quarter to reach an average of 40 % in 2026; the best quarter in its history rose 3.9 % (Q1 2026), so it needs 2.1 times its best',
      'KPI Wholesale orders placed onlineNeeds +145 % a quarter to reach an average of 80 % in 2026; the best quarter in its history rose 15 % (Q1 2026), so it needs 9.7 times its best',
    ]);
    // The other letters have nothing to say about the sample.
    expect(await panel.getByRole('heading', { level: 3 }).allTextContents()).toEqual(['AAchievable (4)']);
    await shot('panel');

    // An item opens its form; the panel stays (it is not a dialog) and the scorecard behind it works.
    await achievable.getByRole('button', { name: 'Edit KPI Net Promoter Score' }).click();
    const form = page.getByRole('dialog', { name: 'Edit KPI' });
    expect(await form.getByRole('textbox', { name: 'Name', exact: true }).inputValue()).toBe('Net Promoter Score');
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });
    await panel.waitFor();

    // Escape in the panel closes it and gives focus back to the button.
    await panel.getByRole('button', { name: 'Close', exact: true }).focus();
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('SMART check: 4 hints');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(app.pageErrors).toEqual([]);
  });

  it('shows an S hint with its reason beside an objective without a description, and drops it once it has one', async () => {
    const title = 'Delight café guests';
    // A well-written objective has no marker at all.
    expect(
      await card(page, title)
        .getByRole('button', { name: /^SMART hint/ })
        .count(),
    ).toBe(0);
    await editObjective(page, title, '');
    const marker = card(page, title).getByRole('button', { name: `SMART hint for ${title}: Specific` });
    await marker.waitFor();
    expect(await marker.getAttribute('aria-expanded')).toBe('false');
    // By keyboard: focus, Enter opens the reasons, Escape closes them.
    await marker.focus();
    await page.keyboard.press('Enter');
    const hints = card(page, title).getByRole('group', { name: `SMART hints for ${title}` });
    expect(await hints.textContent()).toBe('Specific: No description says what success looks like');
    expect(await marker.getAttribute('aria-controls')).toBe(await hints.getAttribute('id'));
    await shot('objective-hint');
    await page.keyboard.press('Escape');
    await hints.waitFor({ state: 'detached' });
    // The letters for the eye, then the words a screen reader names the button by.
    expect(await page.evaluate('document.activeElement?.textContent')).toBe(
      `S·M·A·R·TSMART hint for ${title}: Specific`,
    );
    // Reading the hints did not select the objective.
    expect(await page.getByRole('region', { name: `${title}: KPIs, initiatives and notes` }).count()).toBe(0);
    await expect.poll(() => page.getByRole('button', { name: /^SMART check: / }).textContent()).toContain('5 hints');

    await editObjective(page, title, 'Guests rate their visit highly and rarely have a reason to complain.');
    await marker.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByRole('button', { name: /^SMART check: / }).textContent()).toContain('4 hints');
  });

  it('shows an A hint with the numbers beside a KPI whose target its history cannot reach', async () => {
    const title = 'Delight café guests';
    await card(page, title).getByRole('button', { name: title, exact: true }).click();
    const panel = page.getByRole('region', { name: `${title}: KPIs, initiatives and notes` });
    const row = panel.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Café review rating/ }) });
    await row.waitFor();
    expect(await row.getByRole('button', { name: /^SMART hint/ }).count()).toBe(0);

    // 4.7 ★ is within reach; 5 ★ averaged over 2026 needs Q4 at 5.92 ★, +1.2 ★ on Q3's 4.72 ★.
    await panel.getByRole('button', { name: 'Edit KPI Café review rating' }).click();
    const form = page.getByRole('dialog', { name: 'Edit KPI' });
    await form.getByRole('textbox', { name: 'Target', exact: true }).fill('5');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });

    const marker = row.getByRole('button', { name: 'SMART hint for Café review rating: Achievable' });
    await marker.click();
    const hints = row.getByRole('group', { name: 'SMART hints for Café review rating' });
    expect(await hints.textContent()).toBe(
      'Achievable: Needs +1.2 ★ a quarter to reach an average of 5 ★ in 2026; the best quarter in its history rose 0.17 ★ (Q3 2025), so it needs 7.1 times its best',
    );
    // The letters say which one is unmet, for the eye; the button's name says it in words.
    expect(await marker.locator('.smart-letter.unmet').allTextContents()).toEqual(['A']);
    await shot('kpi-hint');
    expect(app.pageErrors).toEqual([]);
  });
});

describe('SMART checks in German', () => {
  let app: RunningApp;
  let page: Page;

  beforeAll(async () => {
    app = await startApp(browser, { locale: 'de-DE', viewport: { width: 1280, height: 800 } });
    page = app.page;
    page.setDefaultTimeout(10_000);
    await page.clock.setFixedTime(TODAY);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Harbour & Ember — Company Scorecard' }).waitFor();
  });
  afterAll(async () => app?.close());

  it('counts, groups and explains the hints in German, numbers written the German way', async () => {
    await page.getByRole('button', { name: 'SMART-Prüfung: 4 Hinweise' }).click();
    const panel = page.getByRole('region', { name: 'SMART-Prüfung: 4 Hinweise' });
    const achievable = panel.getByRole('region', { name: 'Erreichbar (4)' });
    const items = await achievable.getByRole('listitem').allTextContents();
    expect(items).toHaveLength(4);
    expect(items[1]).toMatch(
      /^KPI Net Promoter ScoreBraucht \+17\s?pts pro Quartal, um für 2026 einen Durchschnitt von 50\s?pts zu erreichen; das beste Quartal seines Verlaufs stieg um 7\s?pts \(.+\), er braucht also das 2,4-Fache seines Besten$/,
    );
    expect(await panel.getByRole('button', { name: 'KPI Net Promoter Score bearbeiten' }).count()).toBe(1);
    await page.screenshot({ path: join(resultsDir, 'smart-de-panel.png') });
  });
});
