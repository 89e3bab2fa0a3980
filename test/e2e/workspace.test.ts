/**
 * The everyday workspace in Chromium against the real backend: filter the scorecard, open an objective and a
 * KPI (formula, history chart, notes), follow the initiatives on their timeline, see one owner's share with what
 * needs attention first, add a note and find it in the timeline, and find everything again after a reload.
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

/** The day the sample is read on, so "behind schedule" and "overdue" do not depend on the machine's calendar. */
const TODAY = new Date('2026-11-27T12:00:00');

async function open(opts: { colorScheme?: 'light' | 'dark'; height?: number } = {}): Promise<RunningApp> {
  const app = await startApp(browser, {
    colorScheme: opts.colorScheme,
    viewport: { width: 1280, height: opts.height ?? 900 },
  });
  await app.page.clock.setFixedTime(TODAY);
  await app.page.reload();
  await app.page.getByRole('heading', { level: 1, name: 'Harbour & Ember — Company Scorecard' }).waitFor();
  return app;
}

const cards = (page: Page) => page.getByRole('article');
const tab = (page: Page, name: string) => page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name });
const shot = (page: Page, name: string) => page.screenshot({ path: join(resultsDir, `${name}.png`) });

describe('the everyday workspace', () => {
  let app: RunningApp;
  afterAll(async () => app?.close());

  it('filters the scorecard to key KPIs, by owner, status and theme, and remembers the filters', async () => {
    app = await open();
    const { page } = app;
    expect(await cards(page).count()).toBe(12);

    // Key KPIs only: every KPI left on a card carries the star, and objectives without one step aside.
    await page.getByRole('switch', { name: 'Key KPIs only' }).check();
    await expect.poll(() => cards(page).count()).toBe(6);
    const kpiItems = page.getByRole('list', { name: /^KPIs of / }).getByRole('listitem');
    expect(await kpiItems.count()).toBe(8);
    expect(await kpiItems.filter({ has: page.getByRole('img', { name: 'Key KPI' }) }).count()).toBe(8);
    expect(await page.getByText('6 of 12 objectives shown').count()).toBe(1);
    expect(await page.getByRole('heading', { level: 2, name: 'Internal Process' }).count()).toBe(1);

    // Owner and focus combine; then the owner alone.
    await page.getByLabel('Owner', { exact: true }).selectOption('Grace Okafor');
    await expect.poll(() => cards(page).count()).toBe(1);
    await page.getByRole('switch', { name: 'Key KPIs only' }).uncheck();
    await expect.poll(() => cards(page).count()).toBe(4);
    for (const text of await cards(page).allTextContents()) expect(text).toContain('Owner: Grace Okafor');

    // Her objectives that are off track this quarter.
    await page.getByLabel('Status', { exact: true }).selectOption('red');
    await expect.poll(() => cards(page).count()).toBe(3);
    for (const text of await cards(page).allTextContents()) expect(text).toContain('Off track');
    await shot(page, 'workspace-overview-filters-light');

    // A theme she has no objective in: the view says so and offers the way back.
    await page.getByLabel('Theme', { exact: true }).selectOption({ label: 'Café experience' });
    await page.getByRole('heading', { name: 'No objectives match these filters' }).waitFor();
    expect(await cards(page).count()).toBe(0);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => cards(page).count()).toBe(12);

    // Filters last for the session: a reload keeps them.
    await page.getByRole('switch', { name: 'Key KPIs only' }).check();
    await expect.poll(() => cards(page).count()).toBe(6);
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => cards(page).count()).toBe(6);
    expect(await page.getByRole('switch', { name: 'Key KPIs only' }).isChecked()).toBe(true);
    await page.getByRole('switch', { name: 'Key KPIs only' }).uncheck();
    await expect.poll(() => cards(page).count()).toBe(12);
  });

  it('opens an objective, then a KPI with its formula, history chart and notes over time', async () => {
    const { page } = app;
    const card = page.getByRole('article', { name: 'Improve gross margin' });
    // Its trend against the previous quarter, in words for screen readers.
    expect(await card.textContent()).toMatch(/Down \d+ points since Q2 2026/);
    await card.getByRole('button', { name: 'Improve gross margin', exact: true }).click();
    const panel = page.getByRole('region', { name: 'Improve gross margin: KPIs, initiatives and notes' });
    await panel.waitFor();
    expect(await card.getByRole('button', { name: 'Improve gross margin' }).getAttribute('aria-expanded')).toBe('true');
    await panel.getByRole('rowheader', { name: /Gross margin/ }).waitFor();
    await panel.getByRole('heading', { name: 'Initiatives' }).waitFor();
    await shot(page, 'workspace-objective-panel-light');

    await panel.getByRole('button', { name: 'Gross margin', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Gross margin' });
    await dialog.waitFor();
    // The formula the engine used, with this quarter's numbers in it.
    const evaluation = (await app.api('scorecard.evaluate', { scorecardId: 1, period: '2026-Q3' })) as {
      kpis: { kpiId: number; actual: number; formula: { text: string } }[];
    };
    const expected = evaluation.kpis.find((k) => k.kpiId === 3)!;
    expect(expected.formula.text).toContain(String(expected.actual));
    await dialog.getByText(expected.formula.text, { exact: true }).waitFor();
    expect(await dialog.textContent()).toContain('Higher is better');

    // The history is drawn: an SVG with the quarters on its axis and the latest value written out.
    const chart = dialog.getByRole('img', { name: 'History of Gross margin: actual against target' });
    await chart.locator('svg').waitFor();
    await expect.poll(() => chart.locator('svg').textContent()).toContain('Q3 2026');
    const svgText = (await chart.locator('svg').textContent()) ?? '';
    expect(svgText).toContain('Q4 2024');
    expect(svgText).toContain('62.4 %');
    await dialog.getByText('Holiday gift boxes at full margin; price increase approved for February.').waitFor();
    await shot(page, 'workspace-kpi-detail-light');

    // A note on the KPI, then find it in the notes timeline.
    await dialog.getByRole('button', { name: 'Add a note…' }).click();
    const notes = page.getByRole('dialog', { name: 'Notes on Gross margin' });
    await notes.getByLabel('New note').fill('Price rise on retail bags from October holds the margin.');
    await notes.getByLabel('Author').fill('Grace Okafor');
    await notes.getByRole('button', { name: 'Add note' }).click();
    // The saved note in the list, not the text still in the form while it clears.
    await notes
      .getByRole('paragraph')
      .filter({ hasText: 'Price rise on retail bags from October holds the margin.' })
      .waitFor();
    await page.keyboard.press('Escape');
    await notes.waitFor({ state: 'detached' });

    await tab(page, 'Owners').click();
    const timeline = page.getByRole('list', { name: 'Notes, newest first' });
    const entry = timeline.getByRole('listitem').filter({ hasText: 'Price rise on retail bags' });
    await entry.waitFor();
    expect(await entry.textContent()).toContain('Grace Okafor');
    expect(await entry.textContent()).toContain('Gross margin');
    // Newest first: the note just written heads the list.
    expect(await timeline.getByRole('listitem').first().textContent()).toContain('Price rise on retail bags');
    await page.getByLabel('Notes on', { exact: true }).selectOption('kpi');
    await page.getByLabel('About', { exact: true }).selectOption({ label: 'Q3 2026' });
    await entry.waitFor();
    // The notes of Q3 2026 on KPIs only, by the report's rule: about Q3 2026 (or a month of it), or about no period
    // and written in it. No other kinds, no other quarters.
    const shown = await timeline.getByRole('listitem').allTextContents();
    expect(shown.length).toBeGreaterThan(1);
    for (const text of shown) {
      expect(text).toContain('KPI');
      expect(text).toMatch(/about (Q3 2026|(Jul|Aug|Sep)\w* 2026)|^\d+ (Jul|Aug|Sep) 2026KPI/);
      expect(text).not.toMatch(/Objective|Initiative/);
    }
    await page.locator('.notes-timeline').screenshot({ path: join(resultsDir, 'workspace-notes-timeline-light.png') });
  });

  it('lists the initiatives and their timeline, flags the one behind schedule, and edits one into overdue', async () => {
    const { page } = app;
    await tab(page, 'Initiatives').click();
    const table = page.getByRole('table', { name: 'Initiatives' });
    await table.waitFor();
    expect(await table.getByRole('rowheader').count()).toBe(5);
    const row = (title: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: title }) });
    expect(await row('Wholesale CRM rollout').textContent()).toContain(
      'Behind schedule: 45 % complete, 99 % of the time used',
    );
    expect(await row('Second roaster (Loring S15)').textContent()).toContain('Over budget by 6,800');
    for (const title of ['Second roaster (Loring S15)', 'Barista academy', 'Café refit', 'Subscription relaunch']) {
      expect(await row(title).textContent()).not.toMatch(/Behind schedule|Overdue/);
    }

    const timeline = page.getByRole('list', { name: 'Timeline, today 27 Nov 2026' });
    expect(await timeline.getByRole('listitem').count()).toBe(5);
    const crm = timeline.getByRole('listitem').filter({ hasText: 'Wholesale CRM rollout' });
    expect(await crm.textContent()).toContain('Behind schedule');
    expect(await crm.textContent()).toContain('1 Sep 2025 to 30 Nov 2026');
    expect(await timeline.getByRole('listitem').filter({ hasText: 'Behind schedule' }).count()).toBe(1);
    await shot(page, 'workspace-initiatives-light');
    await page.locator('.timeline-section').screenshot({ path: join(resultsDir, 'workspace-timeline-light.png') });

    // Moving its end date into the past makes it overdue, said in words in the list and on the timeline.
    await page.getByRole('button', { name: 'Edit initiative Wholesale CRM rollout' }).click();
    const form = page.getByRole('dialog', { name: 'Edit initiative' });
    await form.getByLabel('End date').fill('2026-11-20');
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await form.waitFor({ state: 'detached' });
    await expect
      .poll(() => row('Wholesale CRM rollout').textContent())
      .toContain('Overdue: due 20 Nov 2026, 45 % complete');
    expect(await crm.textContent()).toContain('Overdue');
  });

  it('shows one owner’s share with what is red or has no data first, and keeps it all after a reload', async () => {
    const { page } = app;
    await tab(page, 'Owners').click();
    await page.getByLabel('Person', { exact: true }).selectOption('Sam Whitfield');
    const attention = page.getByRole('list', { name: 'Needs attention: Sam Whitfield' });
    const rest = page.getByRole('list', { name: 'Everything else: Sam Whitfield' });
    await attention.waitFor();
    const first = await attention.getByRole('listitem').allTextContents();
    expect(first.length).toBeGreaterThan(0);
    for (const text of first) expect(text).toMatch(/Off track|No data|Overdue|Behind schedule/);
    expect(first.some((t) => t.includes('Employee NPS (eNPS)') && t.includes('No data'))).toBe(true);
    for (const text of await rest.getByRole('listitem').allTextContents()) {
      expect(text).not.toMatch(/Off track|No data|Overdue|Behind schedule/);
    }
    // Attention comes first on the page too, not only in its own list.
    const order = await page.locator('.owner-panel li').allTextContents();
    expect(order.slice(0, first.length)).toEqual(first);
    await page.locator('.owner-panel').screenshot({ path: join(resultsDir, 'workspace-owner-view-light.png') });

    // Jonas owns the late CRM rollout: overdue since the edit above.
    await page.getByLabel('Person', { exact: true }).selectOption('Jonas Albrecht');
    await page
      .getByRole('list', { name: 'Needs attention: Jonas Albrecht' })
      .getByRole('listitem')
      .filter({ hasText: 'Wholesale CRM rollout' })
      .getByText('Overdue')
      .waitFor();

    // Everything was saved: after a reload the note and the new end date are still there.
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page
      .getByRole('list', { name: 'Notes, newest first' })
      .getByText('Price rise on retail bags')
      .first()
      .waitFor();
    await tab(page, 'Initiatives').click();
    await page.getByRole('table', { name: 'Initiatives' }).getByText('Overdue: due 20 Nov 2026').waitFor();
    expect(app.foreignRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});

describe('the workspace in the dark theme', () => {
  it('keeps every view readable', async () => {
    const app = await open({ colorScheme: 'dark', height: 1000 });
    try {
      const { page } = app;
      await page.getByLabel('Owner', { exact: true }).selectOption('Tomás Reyes');
      await expect.poll(() => cards(page).count()).toBe(2);
      await shot(page, 'workspace-overview-filters-dark');
      await page.getByRole('button', { name: 'Run an efficient, reliable roastery', exact: true }).click();
      await page.getByRole('region', { name: /^Run an efficient, reliable roastery/ }).waitFor();
      await shot(page, 'workspace-objective-panel-dark');
      await page.getByRole('button', { name: 'Unplanned roaster downtime', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Unplanned roaster downtime' });
      await dialog
        .getByRole('img', { name: /^History of/ })
        .locator('svg')
        .waitFor();
      await expect.poll(() => dialog.locator('svg').first().textContent()).toContain('Q3 2026');
      await shot(page, 'workspace-kpi-detail-dark');
      await page.keyboard.press('Escape');
      await tab(page, 'Initiatives').click();
      await page.getByRole('list', { name: /^Timeline/ }).waitFor();
      await shot(page, 'workspace-initiatives-dark');
      await page.locator('.timeline-section').screenshot({ path: join(resultsDir, 'workspace-timeline-dark.png') });
      await tab(page, 'Owners').click();
      await page.getByLabel('Person', { exact: true }).selectOption('Grace Okafor');
      await page.locator('.owner-panel').screenshot({ path: join(resultsDir, 'workspace-owner-view-dark.png') });
      await page.locator('.notes-timeline').screenshot({ path: join(resultsDir, 'workspace-notes-timeline-dark.png') });
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
