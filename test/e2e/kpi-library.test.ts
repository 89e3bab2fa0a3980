/**
 * The KPI library in the browser against the real backend: search and filter it, add a KPI from it to an objective
 * through the KPI form and find it in the overview, save a scorecard's KPI to "My KPIs" (a real file in the test's
 * app data folder), find it there after reopening the dialog, and delete it. Screenshots in both themes.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focused, launchBrowser, resultsDir, startApp, type RunningApp } from './browser';

let browser: Browser;
let app: RunningApp;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(resultsDir, { recursive: true });
  app = await startApp(browser, { viewport: { width: 1280, height: 900 } });
  page = app.page;
  page.setDefaultTimeout(10_000);
  await page.getByRole('heading', { level: 1, name: 'Harbour & Ember — Company Scorecard' }).waitFor();
});
afterAll(async () => {
  await app?.close();
  await browser?.close();
});

async function openLibrary(): Promise<Locator> {
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await page.getByRole('menuitem', { name: 'KPI Library…' }).click();
  const dialog = page.getByRole('dialog', { name: 'KPI library' });
  await dialog.getByRole('listbox', { name: 'KPIs in the library' }).waitFor();
  return dialog;
}

const options = (dialog: Locator) => dialog.getByRole('listbox', { name: 'KPIs in the library' }).getByRole('option');
const count = (dialog: Locator) => dialog.locator('.library-count').textContent();
const chosen = (dialog: Locator) => dialog.getByRole('region', { name: 'The chosen KPI' });

describe('the KPI library', () => {
  it('searches and filters by perspective and family, and moves through the list with the arrow keys', async () => {
    const dialog = await openLibrary();
    const total = Number((await count(dialog))!.match(/^(\d+) KPIs$/)![1]);
    expect(total).toBeGreaterThanOrEqual(150);
    await page.screenshot({ path: join(resultsDir, 'kpi-library-light.png') });

    const search = dialog.getByRole('combobox', { name: 'Search' });
    await expect.poll(() => focused(page, 'placeholder')).toMatch(/^Name, definition or industry/);
    await search.fill('turnover');
    await expect.poll(() => count(dialog)).toMatch(new RegExp(`^\\d+ of ${total} KPIs$`));
    const names = await dialog.locator('.library-option-name').allTextContents();
    expect(names).toEqual(expect.arrayContaining(['Inventory turnover', 'Table turnover rate', 'Employee turnover rate']));
    // Name matches come first; "labour cost" mentions turnover nowhere, so it is not there.
    expect(names).not.toContain('Labour cost percentage');

    await dialog.getByLabel('Family').selectOption({ label: 'Employee' });
    await expect.poll(() => dialog.locator('.library-option-name').allTextContents()).not.toContain('Inventory turnover');
    expect(await dialog.locator('.library-option-name').allTextContents()).toContain('Employee turnover rate');
    await dialog.getByLabel('Family').selectOption({ label: 'All families' });

    // Tags and definitions are searched too: café KPIs whose definitions speak of waste.
    await search.fill('cafe waste');
    await expect
      .poll(() => dialog.locator('.library-option-name').allTextContents())
      .toEqual(['Beverage cost percentage', 'Food waste percentage']);
    await search.fill('');
    await dialog.getByLabel('Perspective').selectOption({ label: 'Learning & growth' });
    await expect.poll(() => count(dialog)).not.toBe(`${total} KPIs`);
    for (const meta of await dialog.locator('.library-option-meta').allTextContents()) expect(meta).toContain('Learning & growth');

    // Arrow keys from the search box move the selection; the chosen KPI's definition and formula show beside it.
    await search.focus();
    const first = await options(dialog).nth(0).textContent();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const third = options(dialog).nth(2);
    expect(await third.getAttribute('aria-selected')).toBe('true');
    expect(await search.getAttribute('aria-activedescendant')).toBe(await third.getAttribute('id'));
    const thirdName = await third.locator('.library-option-name').textContent();
    await chosen(dialog).getByRole('heading', { name: thirdName! }).waitFor();
    expect(await chosen(dialog).textContent()).toMatch(/Formula.*Unit.*Direction.*Measured.*Combine values by/);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await options(dialog).nth(0).getAttribute('aria-selected')).toBe('true');
    expect(await options(dialog).nth(0).textContent()).toBe(first);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(app.pageErrors).toEqual([]);
  });

  it('adds a KPI from the library to an objective through the KPI form, and shows it in the overview', async () => {
    const objective = page.getByRole('article', { name: 'Delight café guests' });
    await objective.getByRole('button', { name: 'Delight café guests', exact: true }).click();
    const panel = page.getByRole('region', { name: 'Delight café guests: KPIs, initiatives and notes' });
    await panel.getByRole('button', { name: 'Add KPI to Delight café guests' }).click();
    const form = page.getByRole('dialog', { name: 'Add KPI' });
    await form.getByRole('button', { name: 'Add from library…' }).click();
    // The library takes the form's place (one dialog at a time); the form's values wait behind it.
    const step = page.getByRole('dialog', { name: 'Add KPI from the library' });
    await step.getByRole('combobox', { name: 'Search' }).fill('customer satisfaction');
    await chosen(step).getByRole('heading', { name: 'Customer satisfaction score (CSAT)' }).waitFor();
    await page.screenshot({ path: join(resultsDir, 'kpi-library-form-step-light.png') });
    await page.keyboard.press('Enter');
    await step.waitFor({ state: 'detached' });

    await form.waitFor();
    expect(await form.getByRole('textbox', { name: 'Name', exact: true }).inputValue()).toBe('Customer satisfaction score (CSAT)');
    expect(await form.getByLabel('Unit').inputValue()).toBe('%');
    expect(await form.getByLabel('Direction').inputValue()).toBe('increase');
    expect(await form.getByLabel('Measured').inputValue()).toBe('month');
    expect(await form.getByLabel('Combine values by').inputValue()).toBe('average');
    const description = await form.getByLabel('Description').inputValue();
    expect(description).toMatch(/^The share of surveyed customers who say they are satisfied\..*\n\nFormula: Responses of 4 or 5/s);
    expect(await form.getByRole('status').filter({ hasText: 'Filled from the library' }).textContent()).toContain('Customer satisfaction score (CSAT)');
    // Still the user's to review: a target is theirs to set.
    await form.getByRole('textbox', { name: 'Target', exact: true }).fill('90');
    await page.screenshot({ path: join(resultsDir, 'kpi-library-form-light.png') });
    await form.getByRole('button', { name: 'Add KPI' }).click();
    await form.waitFor({ state: 'detached' });

    await panel.getByRole('rowheader', { name: /Customer satisfaction score \(CSAT\)/ }).waitFor();
    // One undo step, named like any other added KPI.
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByRole('menuitem', { name: /^Undo Add KPI/ }).waitFor();
    await page.keyboard.press('Escape');
    expect(app.pageErrors).toEqual([]);
  });

  it('saves a scorecard KPI to My KPIs, finds it after reopening the library, and deletes it', async () => {
    const panel = page.getByRole('region', { name: 'Delight café guests: KPIs, initiatives and notes' });
    await panel.getByRole('button', { name: 'Café review rating', exact: true }).click();
    const detail = page.getByRole('dialog', { name: 'Café review rating' });
    await detail.getByRole('button', { name: 'Save to my library' }).click();
    await expect.poll(() => detail.getByRole('status').filter({ hasText: 'Saved' }).textContent()).toBe('Saved to My KPIs as “Café review rating”.');
    const onDisk = JSON.parse(readFileSync(app.libraryFile, 'utf8')) as { format: string; kpis: { id: string; perspective: string; unit: string }[] };
    expect(onDisk.format).toBe('quadrant-kpi-library');
    expect(onDisk.kpis).toEqual([expect.objectContaining({ id: 'cafe-review-rating', perspective: 'customer', unit: '★' })]);
    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'detached' });

    const dialog = await openLibrary();
    const mine = dialog.getByRole('group', { name: 'My KPIs' });
    expect(await mine.getByRole('option').allTextContents()).toEqual([expect.stringContaining('Café review rating')]);
    // The user's own KPIs come first, so the first one is chosen.
    await chosen(dialog).getByRole('heading', { name: 'Café review rating' }).waitFor();
    expect(await chosen(dialog).textContent()).toContain('My KPI');
    await page.screenshot({ path: join(resultsDir, 'kpi-library-mine-light.png') });
    await chosen(dialog).getByRole('button', { name: 'Delete from My KPIs…' }).click();
    await chosen(dialog).getByRole('button', { name: 'Delete', exact: true }).click();
    await mine.waitFor({ state: 'detached' });
    expect((JSON.parse(readFileSync(app.libraryFile, 'utf8')) as { kpis: unknown[] }).kpis).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(app.pageErrors).toEqual([]);
  });

  it('reads well in the dark theme', async () => {
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('dark');
    const dialog = await openLibrary();
    await dialog.getByRole('combobox', { name: 'Search' }).fill('margin');
    await page.screenshot({ path: join(resultsDir, 'kpi-library-dark.png') });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Add KPI to Delight café guests' }).click();
    const form = page.getByRole('dialog', { name: 'Add KPI' });
    await form.getByRole('button', { name: 'Add from library…' }).click();
    const step = page.getByRole('dialog', { name: 'Add KPI from the library' });
    await step.getByRole('combobox', { name: 'Search' }).fill('net promoter');
    await page.keyboard.press('Enter');
    await form.getByRole('status').filter({ hasText: 'Filled from the library' }).waitFor();
    await page.screenshot({ path: join(resultsDir, 'kpi-library-form-dark.png') });
    // Escape in the library step returns to the form; the form's Cancel adds nothing.
    await form.getByRole('button', { name: 'Add from library…' }).click();
    await page.keyboard.press('Escape');
    await form.getByRole('button', { name: 'Cancel' }).click();
    await form.waitFor({ state: 'detached' });
    expect(app.pageErrors).toEqual([]);
  });
});
