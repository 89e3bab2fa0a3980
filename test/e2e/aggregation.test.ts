/**
 * A published quarterly scorecard entered through the UI: a mystery-shopper rating in %, a rank and an inventory
 * level in days with a target band. Their year is averaged or the latest value, never a sum; a rating an older
 * document sums gets a hint with a one-click, undoable fix; "0,125" typed in the grid is 0.125.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describedBy, launchBrowser, resultsDir, scrollGridTo, startApp, type RunningApp } from './browser';

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
const statusMessage = (page: Page) => page.locator('.status-message').textContent();

interface KpiSpec {
  name: string;
  unit: string;
  direction?: string;
  target?: string;
  range?: [string, string];
  aggregation: string;
}

async function addKpi(page: Page, objective: string, spec: KpiSpec, hint: RegExp): Promise<void> {
  await page.getByRole('button', { name: `Add KPI to ${objective}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Add KPI' });
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(spec.name);
  await dialog.getByLabel('Unit').fill(spec.unit);
  if (spec.direction) await dialog.getByLabel('Direction').selectOption({ label: spec.direction });
  if (spec.target) await dialog.getByRole('textbox', { name: 'Target', exact: true }).fill(spec.target);
  if (spec.range) {
    await dialog.getByLabel('Range from').fill(spec.range[0]);
    await dialog.getByLabel('Range to').fill(spec.range[1]);
  }
  // Nobody picked an aggregation: it follows the name and unit, and says what it does for a quarter and a year.
  const combine = dialog.getByLabel('Combine values by');
  await expect.poll(() => combine.inputValue()).toBe(spec.aggregation);
  expect(await describedBy(combine)).toMatch(hint);
  await dialog.getByRole('button', { name: 'Add KPI' }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** In the year view, a quarterly KPI's entry asks for each quarter in turn. */
async function enterQuarters(page: Page, kpi: string, values: readonly string[]): Promise<void> {
  for (const [i, value] of values.entries()) {
    await page.getByRole('button', { name: `Enter value for ${kpi}` }).click();
    await page.getByLabel('Quarter').selectOption({ label: `Q${i + 1} 2026` });
    const input = page.getByLabel(`Actual for ${kpi}, Q${i + 1} 2026`);
    await input.fill(value);
    await page.getByRole('button', { name: 'Save value' }).click();
    await input.waitFor({ state: 'detached' });
  }
}

const cellText = async (row: Locator) => (await row.textContent()) ?? '';

describe('aggregation that follows what a KPI measures', () => {
  let app: RunningApp;
  // Starting the app is set-up, with set-up's time: on a loaded machine the first page alone takes many seconds.
  beforeAll(async () => {
    app = await startApp(browser, { viewport: { width: 1440, height: 900 } });
    await app.page.getByRole('heading', { level: 1, name: 'Harbour & Ember — Company Scorecard' }).waitFor();
  });
  afterAll(async () => app?.close());

  it('opens the sample and adds an objective for a published scorecard', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Add objective to Customer' }).click();
    const objectiveDialog = page.getByRole('dialog', { name: 'Add objective' });
    await objectiveDialog.getByLabel('Title').fill('Run stores shoppers rate');
    await objectiveDialog.getByRole('button', { name: 'Add objective' }).click();
    await objectiveDialog.waitFor({ state: 'detached' });
    const objective = page.getByRole('article', { name: 'Run stores shoppers rate' });
    await objective.getByRole('button', { name: 'Run stores shoppers rate', exact: true }).click();
  });

  const AVERAGE = /^Average: Jan–Mar of .* for the quarter; Q1–Q4 of .* make .* for the year\. The target stays as set/;
  // One test per KPI and per KPI's values: a busy machine takes its time over each form.
  it.each<[string, KpiSpec, RegExp]>([
    [
      'a rating in %',
      { name: 'Mystery-shopper rating', unit: '%', target: '90', aggregation: 'average' },
      /Q1–Q4 of 72 %, 80 %, 86 %, 90 % make 82 % for the year/,
    ],
    [
      'a rank',
      {
        name: 'Rank among regional stores',
        unit: '',
        direction: 'Lower is better',
        target: '3',
        aggregation: 'average',
      },
      AVERAGE,
    ],
    [
      'an inventory level in days with a band',
      { name: 'Inventory', unit: 'days', direction: 'Within a target range', range: ['28', '32'], aggregation: 'last' },
      /^Latest value: .* make 31 days for the year\. The target stays as set/,
    ],
  ])('adds %s through the form, combined as it measures without being told', async (_what, spec, hint) => {
    await addKpi(app.page, 'Run stores shoppers rate', spec, hint);
  });

  it.each([
    ['Mystery-shopper rating', ['72', '80', '86', '90']],
    ['Rank among regional stores', ['4', '3', '3', '3']],
    ['Inventory', ['35', '33', '36', '30']],
  ])('enters the four quarters of %s in the year view', async (kpi, values) => {
    const { page } = app;
    if ((await page.getByRole('status', { name: 'Chosen period' }).textContent()) !== '2026') {
      await page.getByLabel('View by').selectOption('year');
      await expect.poll(() => page.getByRole('status', { name: 'Chosen period' }).textContent()).toBe('2026');
    }
    await enterQuarters(page, kpi, values);
  });

  it('reads the year right: ratings and ranks averaged, the inventory level kept, no target multiplied', async () => {
    const { page } = app;
    const objective = page.getByRole('article', { name: 'Run stores shoppers rate' });
    // The year: the ratings' mean against the unmultiplied target, the mean rank, the latest inventory level.
    const rating = kpiRow(page, 'Mystery-shopper rating');
    await expect.poll(() => cellText(rating)).toContain('82 %');
    expect(await cellText(rating)).toContain('90 %');
    expect(await cellText(rating)).not.toContain('328');
    expect(await cellText(kpiRow(page, 'Rank among regional stores'))).toContain('3.25');
    const inventory = kpiRow(page, 'Inventory');
    expect(await cellText(inventory)).toContain('30 days');
    await inventory.getByText('On track').waitFor();
    expect(await page.getByRole('note').count()).toBe(0);
    await objective.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(resultsDir, 'aggregation-year-light.png') });
    expect(app.pageErrors).toEqual([]);
  });

  it('flags a rating someone chose to sum, and fixes it in one undoable click', async () => {
    const { page } = app;
    // A rating summed on purpose, as older documents have them: the form says what that does before saving.
    await page.getByRole('button', { name: 'Add KPI to Run stores shoppers rate' }).click();
    const form = page.getByRole('dialog', { name: 'Add KPI' });
    await form.getByRole('textbox', { name: 'Name', exact: true }).fill('Store rating');
    await form.getByLabel('Unit').fill('%');
    await form.getByRole('textbox', { name: 'Target', exact: true }).fill('90');
    await form.getByLabel('Combine values by').selectOption('sum');
    const formHint = form.getByRole('note');
    expect(await formHint.textContent()).toContain('Summed, but the unit “%” is a percentage or points');
    expect(await describedBy(form.getByLabel('Combine values by'))).toMatch(/^Sum: .* Targets add up the same way/);
    await page.screenshot({ path: join(resultsDir, 'aggregation-form-hint-light.png') });
    await form.getByRole('button', { name: 'Add KPI' }).click();
    await form.waitFor({ state: 'detached' });
    const stored = async () =>
      ((await app.api('kpi.list', {})) as { name: string; aggregation: string }[]).find(
        (k) => k.name === 'Store rating',
      )?.aggregation;
    expect(await stored()).toBe('sum');

    // The scorecard shows the hint on the card and in the objective's KPI table, with the fix.
    const card = page.getByRole('article', { name: 'Run stores shoppers rate' });
    await card.getByText('summed').waitFor();
    const fix = page.getByRole('button', { name: 'Average instead: Store rating' });
    const hint = page.getByRole('note').filter({ has: fix });
    expect(await hint.textContent()).toContain('four quarters of 85 % would read 340 % for the year');
    await page.screenshot({ path: join(resultsDir, 'aggregation-hint-light.png') });
    await fix.click();
    await hint.waitFor({ state: 'detached' });
    expect(await stored()).toBe('average');
    expect(await card.getByText('summed').count()).toBe(0);

    // An ordinary edit: undo brings the sum back, with its hint.
    await page.evaluate('document.activeElement && document.activeElement.blur && document.activeElement.blur()');
    await page.keyboard.press('Control+z');
    await expect.poll(() => statusMessage(page)).toMatch(/^Undid: /);
    await hint.waitFor();
    expect(await stored()).toBe('sum');

    // The KPI detail says it too, and its button fixes it the same way.
    await page.getByRole('button', { name: 'Store rating', exact: true }).click();
    const detail = page.getByRole('dialog', { name: 'Store rating' });
    await detail.getByRole('note').waitFor();
    await detail.getByRole('button', { name: 'Average instead: Store rating' }).click();
    await detail.getByRole('note').waitFor({ state: 'detached' });
    expect(await stored()).toBe('average');
    expect(app.pageErrors).toEqual([]);
  });

  it('refuses "0,125" typed in an English grid cell with the likely reading, takes 0.125, and refuses "0,125,000"', async () => {
    const { page } = app;
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+2');
    await page.getByRole('grid').waitFor();
    await page.getByLabel('View by').selectOption('quarter');
    const cell = (period: string) => page.getByRole('gridcell', { name: new RegExp(`^Roast defect rate, ${period}:`) });
    await scrollGridTo(page, cell('Q4 2026'));
    const defects = (await app.api('kpi.list', {})) as { id: number; name: string }[];
    const id = defects.find((k) => k.name === 'Roast defect rate')!.id;
    const actual = async () =>
      ((await app.api('measurement.list', { kpiId: id })) as { period: string; actual: number | null }[]).find(
        (m) => m.period === '2026-Q4',
      )?.actual ?? null;
    const before = await actual();
    const input = page.getByRole('textbox', { name: 'Roast defect rate, Q4 2026' });

    // A decimal comma in English is the other convention's writing: asked about, never guessed (and never 125).
    await cell('Q4 2026').click();
    await page.keyboard.type('0,125');
    await page.keyboard.press('Enter');
    await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(input)).toBe(
      '✕ “0,125” is ambiguous: in English a point separates the decimals. Did you mean 0.125? Nothing was saved.',
    );
    expect(await actual()).toBe(before);
    await page.keyboard.press('Escape');

    await cell('Q4 2026').click();
    await page.keyboard.type('0.125');
    await page.keyboard.press('Enter');
    await expect.poll(actual).toBe(0.125);
    // Shown to two decimals, as every value in the grid.
    await expect.poll(async () => (await cell('Q4 2026').textContent()) ?? '').toMatch(/^✓\s*0\.13$/);
    await page.screenshot({ path: join(resultsDir, 'grid-decimal-comma-light.png') });

    await cell('Q4 2026').click();
    await page.keyboard.type('0,125,000');
    await page.keyboard.press('Enter');
    await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(input)).toBe('✕ “0,125,000” is not a number. Nothing was saved.');
    expect(await actual()).toBe(0.125);
    await page.keyboard.press('Escape');
    expect(app.pageErrors).toEqual([]);
  });

  it('forecasts the last quarter of the year once: "End of 2026", not a second column that disagrees', async () => {
    const { page } = app;
    await expect.poll(() => page.getByRole('status', { name: 'Chosen period' }).textContent()).toBe('Q4 2026');
    await page.getByRole('button', { name: 'Dashboard' }).click();
    const table = page.getByRole('table', { name: 'KPIs by forecast status' });
    await table.waitFor();
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['By forecast', 'End of 2026']);
    await table.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(resultsDir, 'aggregation-dashboard-q4-light.png') });
    await page.getByRole('button', { name: 'Previous period' }).click();
    await expect
      .poll(() => table.getByRole('columnheader').allTextContents())
      .toEqual(['By forecast', 'End of Q3 2026', 'End of 2026']);
    expect(app.pageErrors).toEqual([]);
  });
});
