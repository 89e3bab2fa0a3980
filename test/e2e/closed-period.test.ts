/**
 * A closed quarter in Chromium against the real backend: Q3 is closed from the header (the dialog says what closing
 * does), a Q3 cell in the grid refuses typing with the reason, a KPI's target changes and another KPI is deleted in
 * Q4, and Q3's overview still lists the same objectives, scores and KPIs while Q4 shows the edits. The comparison
 * view shows Q3 → Q4's changes; reopening asks for a reason and records it. Screenshots of the closed badge and the
 * comparison, light and dark.
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

const shot = (page: Page, name: string) => page.screenshot({ path: join(resultsDir, `${name}.png`) });
const chosenPeriod = (page: Page) => page.getByRole('status', { name: 'Chosen period' }).textContent();

/** What the overview shows of each objective: title, score and the KPIs listed on its card, in order. */
async function overviewFacts(page: Page) {
  await page.locator('.objective-card').first().waitFor();
  return page.locator('.objective-card').evaluateAll((cards) =>
    cards.map((c) => ({
      title: c.querySelector('.card-title')?.textContent,
      score: c.querySelector('.score')?.textContent,
      kpis: [...c.querySelectorAll('.card-kpis li')].map((li) => li.textContent),
    })),
  );
}

async function select(page: Page, title: string) {
  const button = page.getByRole('button', { name: title, exact: true }).first();
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  const panel = page.getByRole('region', { name: `${title}: KPIs, initiatives and notes` });
  await panel.waitFor();
  return panel;
}

async function step(page: Page, direction: 'Previous' | 'Next', expected: string) {
  await page.getByRole('button', { name: `${direction} period` }).click();
  await expect.poll(() => chosenPeriod(page)).toBe(expected);
}

describe('a closed quarter', () => {
  let app: RunningApp;
  afterAll(async () => app?.close());

  it('is locked, keeps its scores and KPIs through later edits, compares with Q4 and reopens on record', async () => {
    app = await startApp(browser);
    const { page } = app;
    // A step that waits longer than this has failed: say which one rather than run into the test's own limit.
    page.setDefaultTimeout(10_000);
    await page.getByRole('heading', { level: 1, name: 'Harbour & Ember — Company Scorecard' }).waitFor();
    expect(await chosenPeriod(page)).toBe('Q3 2026');
    const q3Before = await overviewFacts(page);
    const overallBefore = await page.locator('.overall-score').textContent();

    // Close Q3: the dialog says what closing does before anything is done.
    await page.getByRole('button', { name: 'Close Q3 2026…' }).click();
    const closeDialog = page.getByRole('dialog', { name: 'Close Q3 2026?' });
    expect(await closeDialog.textContent()).toMatch(/values and targets of Q3 2026 .* are locked/);
    await closeDialog.getByRole('textbox', { name: 'Closed by' }).fill('Ana Owner');
    await closeDialog.getByRole('button', { name: 'Close Q3 2026', exact: true }).click();
    await closeDialog.waitFor({ state: 'detached' });
    const badge = page.locator('.closed-badge');
    await badge.waitFor();
    expect(await badge.textContent()).toContain('Closed');
    await page.getByRole('button', { name: 'Reopen Q3 2026…' }).waitFor();
    await page.locator('.scorecard-header').screenshot({ path: join(resultsDir, 'closed-badge-light.png') });
    // Its values are locked in the overview too.
    await select(page, 'Grow revenue profitably');
    expect(await page.getByRole('button', { name: 'Enter value for Total revenue' }).isDisabled()).toBe(true);

    // A month of the closed quarter shows the quarter's lock.
    await page.getByRole('combobox', { name: 'View by' }).selectOption('month');
    await expect.poll(() => badge.textContent()).toContain('Closed with Q3 2026');
    await page.getByRole('combobox', { name: 'View by' }).selectOption('quarter');
    await expect.poll(() => chosenPeriod(page)).toBe('Q3 2026');

    // The grid: Q3's cells are read-only; typing is refused with the reason, and nothing is saved.
    const kpis = (await app.api('kpi.list', {})) as { id: number; name: string; target: number | null }[];
    const revenue = kpis.find((k) => k.name === 'Total revenue')!;
    const stored = async () =>
      ((await app.api('measurement.list', { kpiId: revenue.id })) as { period: string; actual: number | null }[]).find(
        (m) => m.period === '2026-Q3',
      )?.actual;
    const before = await stored();
    await page.keyboard.press('Control+2');
    const q3Cell = page.getByRole('gridcell', { name: /^Total revenue, Q3 2026:/ });
    await q3Cell.waitFor();
    expect(await q3Cell.getAttribute('aria-readonly')).toBe('true');
    expect(await q3Cell.getAttribute('aria-label')).toContain('Q3 2026 is closed');
    await q3Cell.click();
    await page.keyboard.type('5');
    await expect
      .poll(() => page.locator('.grid-message').textContent())
      .toBe('Not changed: Q3 2026 is closed: its values and targets are locked. Reopen Q3 2026 to change them.');
    expect(await page.locator('.grid-input').count()).toBe(0);
    expect(await stored()).toBe(before);
    // Q2 is open: its cell is not locked.
    const q2Cell = page.getByRole('gridcell', { name: /^Total revenue, Q2 2026:/ });
    expect(await q2Cell.getAttribute('aria-readonly')).toBeNull();
    await shot(page, 'closed-grid-light');

    // In Q4, a new target for Total revenue and Wholesale revenue deleted.
    await page.keyboard.press('Control+1');
    await step(page, 'Next', 'Q4 2026');
    const panel = await select(page, 'Grow revenue profitably');
    await panel.getByRole('button', { name: 'Edit KPI Total revenue' }).click();
    const form = page.getByRole('dialog', { name: 'Edit KPI' });
    await form.getByRole('textbox', { name: 'Target', exact: true }).fill(String((revenue.target ?? 0) * 3));
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await form.waitFor({ state: 'detached' });
    await panel.getByRole('button', { name: 'Edit KPI Wholesale revenue' }).click();
    await form.getByRole('button', { name: 'Delete…' }).click();
    await page
      .getByRole('dialog', { name: /Delete the KPI/ })
      .getByRole('button', { name: 'Delete', exact: true })
      .click();
    await expect
      .poll(async () =>
        (await overviewFacts(page)).flatMap((o) => o.kpis).some((k) => k?.includes('Wholesale revenue')),
      )
      .toBe(false);

    // Back in Q3: the same objectives, scores and KPIs as before, Wholesale revenue included.
    await step(page, 'Previous', 'Q3 2026');
    await expect.poll(() => overviewFacts(page)).toEqual(q3Before);
    expect(await page.locator('.overall-score').textContent()).toBe(overallBefore);
    expect(q3Before.flatMap((o) => o.kpis).some((k) => k?.includes('Wholesale revenue'))).toBe(true);

    // The comparison, Q3 → Q4: the deleted KPI is gone, the target moved.
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Compare periods' }).click();
    const compare = page.getByRole('region', { name: 'Period comparison' });
    await compare.getByRole('heading', { name: 'What changed since Q2 2026' }).waitFor();
    await compare.getByRole('button', { name: 'From: next period' }).click();
    await compare.getByRole('button', { name: 'To: next period' }).click();
    await compare.getByRole('heading', { name: 'What changed since Q3 2026' }).waitFor();
    const goneRow = compare.getByRole('row', { name: /KPI Wholesale revenue/ });
    expect(await goneRow.textContent()).toMatch(/Not in this period.*Gone/);
    const structure = await compare.locator('.compare-list').first().textContent();
    expect(structure).toContain('RemovedKPI Wholesale revenue');
    expect(structure).toMatch(/Re-targetedKPI Total revenue.*target .* → /);
    await shot(page, 'compare-light');

    // Reopen: a reason is required, and the history records it.
    await page.getByRole('button', { name: 'Reopen Q3 2026…' }).click();
    const reopen = page.getByRole('dialog', { name: 'Reopen Q3 2026' });
    expect(await reopen.getByRole('region', { name: 'History of closes and reopens' }).textContent()).toMatch(
      /Closed Q3 2026.* by Ana Owner/,
    );
    await reopen.getByRole('button', { name: 'Reopen Q3 2026', exact: true }).click();
    await expect.poll(() => reopen.getByRole('textbox', { name: 'Reason' }).getAttribute('aria-invalid')).toBe('true');
    await shot(page, 'reopen-dialog-light');
    await reopen.getByRole('textbox', { name: 'Reason' }).fill('Late invoices for September');
    await reopen.getByRole('button', { name: 'Reopen Q3 2026', exact: true }).click();
    await reopen.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Close Q3 2026…' }).waitFor();
    expect(await badge.count()).toBe(0);
    const events = (await app.api('period.list', { scorecardId: 1 })) as {
      events: { action: string; reason: string }[];
    };
    expect(events.events.map((e) => [e.action, e.reason])).toEqual([
      ['close', ''],
      ['reopen', 'Late invoices for September'],
    ]);
    expect(app.pageErrors).toEqual([]);
  }, 120_000);

  it('looks right in the dark theme', async () => {
    const dark = await startApp(browser, { colorScheme: 'dark' });
    try {
      await dark.api('period.close', { scorecardId: 1, period: '2026-Q3', by: 'Ana Owner' });
      const { page } = dark;
      await page.reload();
      await page.locator('.closed-badge').waitFor();
      await page.locator('.scorecard-header').screenshot({ path: join(resultsDir, 'closed-badge-dark.png') });
      await page.keyboard.press('Control+2');
      await page.getByRole('grid').waitFor();
      await shot(page, 'closed-grid-dark');
      await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Compare periods' }).click();
      await page.getByRole('heading', { name: 'What changed since Q2 2026' }).waitFor();
      await shot(page, 'compare-dark');
      expect(dark.pageErrors).toEqual([]);
    } finally {
      await dark.close();
    }
  });
});
