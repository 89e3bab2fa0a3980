/**
 * The owner's story, in the browser against the real backend: open the sample, add an objective
 * and a KPI, enter values and watch the status change, reload and find it all there.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describedBy, focused, launchBrowser, resultsDir, startApp, type RunningApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(resultsDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const kpiRow = (page: Page, name: string) =>
  page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });

async function enterValue(page: Page, kpi: string, period: string, value: string): Promise<void> {
  await page.getByRole('button', { name: `Enter value for ${kpi}` }).click();
  await page.getByLabel(`Actual for ${kpi}, ${period}`).fill(value);
  await page.getByRole('button', { name: 'Save value' }).click();
  await page.getByLabel(`Actual for ${kpi}, ${period}`).waitFor({ state: 'detached' });
}

describe('a small-business owner plans the quarter', () => {
  let app: RunningApp;
  afterAll(async () => app?.close());

  it('opens the sample, adds an objective and a KPI, enters values, and finds them after a reload', async () => {
    app = await startApp(browser);
    const { page } = app;

    // The sample opens on its latest quarter with data, perspectives in order.
    await page.getByRole('heading', { level: 1, name: 'Harbour & Ember — Company Scorecard' }).waitFor();
    expect(page.url()).not.toContain('token=');
    const perspectives = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(perspectives.slice(0, 4)).toEqual(['Financial', 'Customer', 'Internal Process', 'Learning & Growth']);
    await page.getByRole('heading', { level: 3, name: 'Grow revenue profitably' }).waitFor();
    await expect.poll(() => page.getByRole('status', { name: 'Chosen period' }).textContent()).toBe('Q3 2026');
    expect(await page.getByText('All changes saved').count()).toBe(1);
    await page.screenshot({ path: join(resultsDir, 'overview-light.png') });

    // Add an objective through its form.
    await page.getByRole('button', { name: 'Add objective to Customer' }).click();
    const objectiveDialog = page.getByRole('dialog', { name: 'Add objective' });
    await objectiveDialog.getByLabel('Title').fill('Open a second café');
    await objectiveDialog.getByLabel('Owner').fill('Mia');
    await objectiveDialog.getByRole('button', { name: 'Add objective' }).click();
    await objectiveDialog.waitFor({ state: 'detached' });
    const objective = page.getByRole('article', { name: 'Open a second café' });
    await objective.waitFor();
    expect(await objective.textContent()).toContain('Owner: Mia');
    expect(await objective.textContent()).toContain('0 of 0 KPIs reported');
    // Selecting the card opens its panel: KPIs, initiatives and notes.
    await objective.getByRole('button', { name: 'Open a second café', exact: true }).click();

    // A KPI with a baseline and a target; a target that is not a number is answered beside the field.
    await page.getByRole('button', { name: 'Add KPI to Open a second café' }).click();
    const kpiDialog = page.getByRole('dialog', { name: 'Add KPI' });
    await kpiDialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Weekly covers');
    await kpiDialog.getByLabel('Unit').fill('guests');
    await kpiDialog.getByLabel('Baseline').fill('200');
    const target = kpiDialog.getByRole('textbox', { name: 'Target', exact: true });
    await target.fill('four hundred');
    await kpiDialog.getByRole('button', { name: 'Add KPI' }).click();
    await expect.poll(() => target.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(target)).toMatch(/“four hundred” is not a number/);
    await expect.poll(() => focused(page, 'name')).toBe('target');
    await page.screenshot({ path: join(resultsDir, 'kpi-form-light.png') });
    await target.fill('400');
    await expect.poll(() => target.getAttribute('aria-invalid')).toBeNull();
    await kpiDialog.getByRole('button', { name: 'Add KPI' }).click();
    await kpiDialog.waitFor({ state: 'detached' });

    const row = kpiRow(page, 'Weekly covers');
    expect(await row.getByText('No data').count()).toBe(1);

    // 300 of a 200 → 400 climb is 50 %: red. The scorecard asks for a note on red.
    await enterValue(page, 'Weekly covers', 'Q3 2026', '300');
    await row.getByText('Off track').waitFor();
    expect(await row.textContent()).toContain('50 %');
    await page.getByRole('button', { name: 'Add a note…' }).click();
    const notes = page.getByRole('dialog', { name: 'Notes on Weekly covers' });
    await notes.getByLabel('New note').fill('Opening weeks are quiet; flyers go out in September.');
    await notes.getByRole('button', { name: 'Add note' }).click();
    // The saved note in the list, not the text still in the form while it clears.
    await notes
      .getByRole('paragraph')
      .filter({ hasText: 'Opening weeks are quiet; flyers go out in September.' })
      .waitFor();
    expect(await notes.getByText('Q3 2026').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await notes.waitFor({ state: 'detached' });

    // 380 is 90 %: amber. 420 is 110 %: green.
    await enterValue(page, 'Weekly covers', 'Q3 2026', '380');
    await row.getByText('At risk').waitFor();
    await enterValue(page, 'Weekly covers', 'Q3 2026', '420');
    await row.getByText('On track').waitFor();
    expect(await objective.textContent()).toContain('1 of 1 KPI reported');

    // "Why?" explains the status with the formula and its numbers.
    await row.getByRole('button', { name: 'Why? Weekly covers' }).click();
    const why = page.locator('.why').filter({ hasText: '420' });
    expect(await why.textContent()).toMatch(/200.*400|400.*200/);

    // Everything was committed on the server: a reload shows the same.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Harbour & Ember — Company Scorecard' }).waitFor();
    await page.getByRole('article', { name: 'Open a second café' }).waitFor();
    const again = kpiRow(page, 'Weekly covers');
    await again.getByText('On track').waitFor();
    expect(await again.textContent()).toContain('420 guests');
    expect(app.foreignRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  it('refuses to delete a perspective that still has objectives, and says why in the dialog', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Edit perspective Financial' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit perspective' });
    await dialog.getByRole('button', { name: 'Delete…' }).click();
    const confirm = page.getByRole('dialog', { name: /Delete the perspective “Financial”/ });
    await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
    const alert = confirm.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/still has 3 objectives/);
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' });
    // Focus goes back to the button that opened the dialog.
    await expect.poll(() => focused(page, 'aria-label')).toBe('Edit perspective Financial');
    await page.getByRole('heading', { level: 2, name: 'Financial' }).waitFor();
  });

  it('moves a perspective up, keeping focus on the control', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Move Customer up' }).click();
    await expect
      .poll(() => page.locator('section.perspective h2').allTextContents())
      .toEqual(['Customer', 'Financial', 'Internal Process', 'Learning & Growth']);
    // Now first, Customer cannot move up: focus lands on its "down" twin.
    await expect.poll(() => focused(page, 'aria-label')).toBe('Move Customer down');
  });
});
