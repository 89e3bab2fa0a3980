/**
 * Cascading in Chromium against the real backend, on the sample: cascade a company objective into a new "Sales team"
 * scorecard with two supporting objectives, switch scorecards with the switcher and its keys, let the company
 * scorecard score with its contributors and see the supporting objective's score counted, edit a weight, and see the
 * Cascade dialog refuse a cycle beside the objective ticked. Screenshots in light and dark.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focused, launchBrowser, resultsDir, startApp, type RunningApp } from './browser';
import { openObjective as openObjectiveOf } from './objective-steps';

const COMPANY = 'Harbour & Ember — Company Scorecard';
const GROW = 'Grow revenue profitably';
const WIN = 'Win three new café accounts';
const RAISE = 'Raise the average order';

let browser: Browser;
let app: RunningApp;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(resultsDir, { recursive: true });
  app = await startApp(browser, { viewport: { width: 1280, height: 900 } });
  page = app.page;
  page.setDefaultTimeout(10_000);
  await heading(COMPANY).waitFor();
});
afterAll(async () => {
  await app?.close();
  await browser?.close();
});

const heading = (name: string) => page.getByRole('heading', { level: 1, name, exact: true });
const shot = (name: string) => page.screenshot({ path: join(resultsDir, `cascade-${name}.png`) });
const openObjective = (title: string) => openObjectiveOf(page, title);

describe('cascading a company objective', () => {
  it('cascades an objective into a new team scorecard with two supporting objectives and goes there', async () => {
    const panel = await openObjective(GROW);
    await panel.getByRole('button', { name: `Cascade ${GROW}…` }).click();
    const dialog = page.getByRole('dialog', { name: `Cascade “${GROW}”` });
    // The sample has one scorecard: the new one is the only choice.
    await dialog.getByRole('textbox', { name: 'New scorecard name' }).fill('Sales team');
    await dialog.getByRole('textbox', { name: 'Title of new objective 1' }).fill(WIN);
    await dialog.getByRole('textbox', { name: 'Owner of new objective 1' }).fill('Jonas Albrecht');
    await dialog.getByRole('textbox', { name: 'Weight of new objective 1' }).fill('2');
    // Enter adds the next row and moves into it.
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page, 'aria-label')).toBe('Title of new objective 2');
    await page.keyboard.type(RAISE);
    await shot('dialog-light');
    await dialog.getByRole('button', { name: 'Cascade', exact: true }).click();
    await dialog
      .getByRole('status')
      .filter({ hasText: `2 objectives in “Sales team” now support “${GROW}”.` })
      .waitFor();
    await dialog.getByRole('button', { name: 'Go to Sales team' }).click();

    await heading('Sales team').waitFor();
    const crumbs = page.getByRole('navigation', { name: 'Scorecards above this one' });
    expect(await crumbs.textContent()).toBe(`${COMPANY} › Sales team`);
    // Put in the perspective of the objective they support.
    const financial = page.getByRole('region', { name: /^Financial/ }).first();
    await financial.getByRole('article', { name: WIN }).waitFor();
    await financial.getByRole('article', { name: RAISE }).waitFor();
    expect(app.pageErrors).toEqual([]);
  });

  it('switches scorecards by keyboard: the switcher filters and goes on Enter; Ctrl+Alt+arrows step', async () => {
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+Shift+O');
    const switcher = page.getByRole('dialog', { name: 'Go to scorecard' });
    const options = switcher.getByRole('listbox', { name: 'Scorecards' }).getByRole('option');
    await expect.poll(() => focused(page, 'aria-label')).toBe('Find a scorecard');
    // The hierarchy, the scorecard shown chosen first.
    expect(await options.locator('.switcher-name').allTextContents()).toEqual([COMPANY, 'Sales team']);
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    await shot('switcher-light');
    await page.keyboard.type('harb');
    await expect.poll(() => options.count()).toBe(1);
    await page.keyboard.press('Enter');
    await heading(COMPANY).waitFor();
    await expect.poll(() => switcher.count()).toBe(0);

    await page.keyboard.press('Control+Alt+ArrowDown');
    await heading('Sales team').waitFor();
    await page.keyboard.press('Control+Alt+ArrowLeft');
    await heading(COMPANY).waitFor();
    // Escape closes without going anywhere, back onto the name.
    await page.keyboard.press('Control+Shift+O');
    await switcher.waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect.poll(() => switcher.count()).toBe(0);
    await heading(COMPANY).waitFor();
    expect(app.pageErrors).toEqual([]);
  });

  it('counts the objectives below once the company scorecard scores with its contributors', async () => {
    // A KPI on one supporting objective, as another window would enter it: 5 of a target of 10 = 50 %.
    const { period } = (await app.api('document.load', {})) as { period: string };
    const objectives = (await app.api('objective.list', { scorecardId: 2 })) as { id: number; title: string }[];
    const win = objectives.find((o) => o.title === WIN)!;
    const kpi = (await app.api('kpi.create', {
      objectiveId: win.id,
      name: 'New café accounts',
      target: 10,
      frequency: 'quarter',
    })) as { id: number };
    await app.api('measurement.set', { kpiId: kpi.id, period, actual: 5 });
    await page.reload();
    await heading(COMPANY).waitFor();

    const panel = await openObjective(GROW);
    const below = panel.getByRole('region', { name: `${GROW} is supported by` });
    const winItem = below.getByRole('listitem').filter({ hasText: WIN });
    // Its own score: 5 / 10 = 50 %, shown beside it even while the company scores its own items only.
    await expect.poll(() => winItem.locator('.item-score').first().textContent()).toMatch(/^50\s?%$/);
    expect(await winItem.getByRole('textbox', { name: `Weight: ${WIN} supports ${GROW}` }).inputValue()).toBe('2');
    const card = page.getByRole('article', { name: GROW });
    const ownFormula = await card.locator('.score').getAttribute('title');
    // Its own two KPIs, Total revenue (weight 2, capped at 100) and Wholesale revenue: (100 × 2 + 95.95) / 3 = 98.65 %.
    expect(ownFormula).toMatch(/^Weighted mean of 2 KPIs: .* = 99 %/);

    await page.getByRole('button', { name: 'Edit scorecard…' }).click();
    const form = page.getByRole('dialog', { name: 'Edit scorecard' });
    await form.getByRole('radio', { name: '…and from the objectives below that support them' }).check();
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });
    // Two contributing objectives now count; the one without data is left out and reported, never zero.
    await expect
      .poll(() => card.locator('.score').getAttribute('title'))
      .toMatch(
        /^Weighted mean of 3 of 4 items \(2 KPIs, 2 contributing objectives\): \(100 × 2 \+ 95\.95 × 1 \+ 50 × 2\) \/ 5 = 79 %/,
      );
    expect(await card.locator('.reported').textContent()).toBe('3 of 4 items reported');

    // Another period: the page reads that period's contributor scores (cascade.scores) before it shows the score.
    // In Q2 the team objective has no value: left out and reported, never zero.
    await page.getByRole('button', { name: 'Previous period' }).click();
    await expect.poll(() => page.getByRole('status', { name: 'Chosen period' }).textContent()).toMatch(/Q2 2026/);
    const q2 = (await card.locator('.score').getAttribute('title')) ?? '';
    expect(q2).toMatch(/^Weighted mean of 2 of 4 items \(2 KPIs, 2 contributing objectives\)/);
    expect(q2).not.toMatch(/not loaded/);
    await page.getByRole('button', { name: 'Next period' }).click();
    await expect.poll(() => card.locator('.score').getAttribute('title')).toMatch(/= 79 %/);

    // A weight edited in place: one undo step.
    const weight = winItem.getByRole('textbox', { name: `Weight: ${WIN} supports ${GROW}` });
    await weight.fill('3');
    await weight.press('Enter');
    await expect
      .poll(
        async () =>
          ((await app.api('cascade.list', {})) as { fromObjectiveId: number; weight: number }[]).find(
            (c) => c.fromObjectiveId === win.id,
          )?.weight,
      )
      .toBe(3);
    // 5 of weight 3 now: (100 × 2 + 95.95 × 1 + 50 × 3) / 6 = 74.3 %.
    await expect.poll(() => card.locator('.score').textContent()).toMatch(/74\s?%$/);
    await panel.scrollIntoViewIfNeeded();
    await shot('supported-by-light');
    expect(app.pageErrors).toEqual([]);
  });

  it('refuses a cycle with a message beside the objective ticked', async () => {
    await page.keyboard.press('Control+Alt+ArrowDown');
    await heading('Sales team').waitFor();
    const panel = await openObjective(WIN);
    await panel
      .getByRole('region', { name: `${WIN} supports` })
      .getByText(GROW)
      .waitFor();
    await shot('supports-light');
    await panel.getByRole('button', { name: `Cascade ${WIN}…` }).click();
    const dialog = page.getByRole('dialog', { name: `Cascade “${WIN}”` });
    await dialog.getByRole('combobox', { name: 'Scorecard' }).selectOption({ label: COMPANY });
    const grow = dialog.getByRole('checkbox', { name: GROW });
    await grow.check();
    await dialog.getByRole('button', { name: 'Cascade', exact: true }).click();
    await expect.poll(() => grow.getAttribute('aria-invalid')).toBe('true');
    const message = await page.locator(`[id="${await grow.getAttribute('aria-describedby')}"]`).textContent();
    expect(message).toContain(`would make a cycle: “${GROW}” → “${WIN}” → “${GROW}”`);
    await shot('cycle-light');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    // Nothing written: still the one contribution from the team objective.
    expect(((await app.api('cascade.list', {})) as unknown[]).length).toBe(2);
    expect(app.pageErrors).toEqual([]);
  });

  it('reads well in the dark theme', async () => {
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('dark');
    await shot('supports-dark');
    await page.keyboard.press('Control+Shift+O');
    await page.getByRole('dialog', { name: 'Go to scorecard' }).waitFor();
    await shot('switcher-dark');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Alt+ArrowLeft');
    await heading(COMPANY).waitFor();
    const panel = await openObjective(GROW);
    await panel.scrollIntoViewIfNeeded();
    await shot('supported-by-dark');
    await panel.getByRole('button', { name: `Cascade ${GROW}…` }).click();
    const dialog = page.getByRole('dialog', { name: `Cascade “${GROW}”` });
    await dialog
      .getByRole('checkbox', { name: WIN })
      .waitFor({ state: 'detached' })
      .catch(() => undefined);
    await dialog.getByRole('textbox', { name: 'Title of new objective 1' }).fill('Open a second café');
    await shot('dialog-dark');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(app.pageErrors).toEqual([]);
  });
});
