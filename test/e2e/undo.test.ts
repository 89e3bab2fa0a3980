/**
 * Undo and redo in the browser against the real backend: edits made in the UI are reversed with the keyboard
 * (focus outside any text field) and the screen follows; a text field keeps its own typing undo; the Edit menu
 * names the edit it would undo; a reload shows the document as it was last left.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIEW_LIST } from '../../src/shared/views';
import { launchBrowser, resultsDir, startApp, type RunningApp, FAKE_PRELOAD } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(resultsDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const statusMessage = (page: Page) => page.locator('.status-message').textContent();
const perspectiveOrder = (page: Page) => page.locator('section.perspective h2').allTextContents();
// A key KPI's row header starts with its star ("Key KPI Total revenue").
const kpiNamed = (page: Page, name: string) =>
  page.getByRole('rowheader', { name: new RegExp(`^(Key KPI ?)?${name}$`) });

/** Opens an objective's panel (its KPIs, initiatives and notes) unless it is open already (the choice outlives a reload). */
async function select(page: Page, title: string) {
  const button = page.getByRole('button', { name: title, exact: true }).first();
  await button.waitFor();
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  const panel = page.getByRole('region', { name: `${title}: KPIs, initiatives and notes` });
  await panel.waitFor();
  return panel;
}

/** Moves focus to the page itself, outside any field, as clicking an empty spot would. */
async function focusOutsideFields(page: Page): Promise<void> {
  await page.evaluate('document.activeElement && document.activeElement.blur && document.activeElement.blur()');
}

/**
 * The row's text includes its SMART hint, which the page recomputes just after an edit or an undo (use-smart.ts:
 * 150 ms, then when idle, within 300 ms more); a busy machine's timers run late, so the poll gives it room.
 */
const HINTS_SETTLED = { timeout: 5_000 };

async function undo(page: Page, expected: string): Promise<void> {
  await page.keyboard.press('Control+z');
  await expect.poll(() => statusMessage(page)).toBe(`Undid: ${expected}`);
}

async function redo(page: Page, expected: string, keys = 'Control+Shift+z'): Promise<void> {
  await page.keyboard.press(keys);
  await expect.poll(() => statusMessage(page)).toBe(`Redid: ${expected}`);
}

describe('undo and redo', () => {
  let app: RunningApp;
  afterAll(async () => app?.close());

  it(
    'reverses each kind of edit from the keyboard, redoes it, and keeps the result after a reload',
    { timeout: 120_000 },
    async () => {
      app = await startApp(browser);
      const { page } = app;
      await page.getByRole('heading', { level: 1, name: 'Harbour & Ember — Company Scorecard' }).waitFor();

      // Nothing done yet: the shortcut says so instead of failing silently.
      await focusOutsideFields(page);
      await page.keyboard.press('Control+z');
      await expect.poll(() => statusMessage(page)).toBe('Nothing to undo');

      // Edit a KPI through its form.
      await select(page, 'Grow revenue profitably');
      await page.getByRole('button', { name: 'Edit KPI Total revenue' }).click();
      const kpiDialog = page.getByRole('dialog', { name: 'Edit KPI' });
      const name = kpiDialog.getByRole('textbox', { name: 'Name', exact: true });
      await name.fill('Net revenue');
      // Inside a text field Ctrl+Z is the field's own typing undo, not the document's.
      await name.press('Control+z');
      await expect.poll(() => name.inputValue()).toBe('Total revenue');
      await name.fill('Net revenue');
      await kpiDialog.getByRole('button', { name: 'Save', exact: true }).click();
      await kpiDialog.waitFor({ state: 'detached' });
      await kpiNamed(page, 'Net revenue').waitFor();
      await undo(page, 'Edit KPI “Net revenue”');
      await kpiNamed(page, 'Total revenue').waitFor();
      await redo(page, 'Edit KPI “Net revenue”');
      await kpiNamed(page, 'Net revenue').waitFor();

      // Delete an objective with its KPIs, values and notes; undo brings the whole card back.
      const community = 'Build a loyal online community';
      await select(page, community);
      await page.getByRole('button', { name: `Edit objective ${community}` }).click();
      await page.getByRole('dialog', { name: 'Edit objective' }).getByRole('button', { name: 'Delete…' }).click();
      const confirm = page.getByRole('dialog', { name: /Delete the objective/ });
      await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
      await confirm.waitFor({ state: 'detached' });
      const card = page.getByRole('article', { name: community });
      await card.waitFor({ state: 'detached' });
      await focusOutsideFields(page);
      await undo(page, `Delete objective “${community}”`);
      await card.waitFor();
      const panel = await select(page, community);
      await expect
        .poll(() => panel.getByRole('rowheader').allTextContents())
        .toEqual(['★Net Promoter Score', 'Repeat online customers', expect.stringMatching(/^Online shop revenue/)]);
      await focusOutsideFields(page);
      await redo(page, `Delete objective “${community}”`, 'Control+y');
      await card.waitFor({ state: 'detached' });
      await undo(page, `Delete objective “${community}”`);
      await card.waitFor();

      // Reorder perspectives: focus stays on the move button, which is no text field.
      await page.getByRole('button', { name: 'Move Customer up' }).click();
      const moved = ['Customer', 'Financial', 'Internal Process', 'Learning & Growth'];
      const original = ['Financial', 'Customer', 'Internal Process', 'Learning & Growth'];
      await expect.poll(() => perspectiveOrder(page)).toEqual(moved);
      await undo(page, 'Reorder perspectives');
      await expect.poll(() => perspectiveOrder(page)).toEqual(original);
      await redo(page, 'Reorder perspectives');
      await expect.poll(() => perspectiveOrder(page)).toEqual(moved);

      // Enter a value.
      await select(page, 'Grow revenue profitably');
      const row = page.getByRole('row').filter({ has: kpiNamed(page, 'Net revenue') });
      const shown = await row.textContent();
      await page.getByRole('button', { name: 'Enter value for Net revenue' }).click();
      await page.getByLabel('Actual for Net revenue, Q3 2026').fill('123456');
      await page.getByRole('button', { name: 'Save value' }).click();
      await page.getByLabel('Actual for Net revenue, Q3 2026').waitFor({ state: 'detached' });
      await expect.poll(() => row.textContent()).toContain('123,456');
      await focusOutsideFields(page);
      await undo(page, 'Enter value for “Net revenue”, 2026-Q3');
      await expect.poll(() => row.textContent(), HINTS_SETTLED).toBe(shown);

      // A pasted block is one step, however many cells it fills. (Pasting through the grid's UI, then Ctrl+Z and
      // Ctrl+Shift+Z on a cell, is told in grid.test.ts; here the block arrives as another window would send it.)
      const kpis = (await app.api('kpi.list', { objectiveId: 1 })) as { id: number; frequency: string }[];
      const quarterly = kpis.filter((k) => k.frequency === 'quarter').slice(0, 2);
      await app.api('measurement.setMany', {
        items: quarterly.flatMap((k) =>
          ['2026-Q1', '2026-Q2', '2026-Q3'].map((period) => ({ kpiId: k.id, period, actual: 7 })),
        ),
      });
      await page.reload();
      await select(page, 'Grow revenue profitably');
      await expect.poll(() => row.textContent()).toContain('€7');
      await focusOutsideFields(page);
      await undo(page, `Paste ${quarterly.length * 3} values`);
      await expect.poll(() => row.textContent(), HINTS_SETTLED).toBe(shown);

      // The Edit menu names what it would undo and redo, and works from the keyboard.
      const edit = page.getByRole('button', { name: 'Edit', exact: true });
      await edit.focus();
      await page.keyboard.press('ArrowDown');
      const menu = page.getByRole('menu', { name: 'Edit' });
      await menu.getByRole('menuitem', { name: 'Undo Reorder perspectives' }).waitFor();
      await menu.getByRole('menuitem', { name: `Redo Paste ${quarterly.length * 3} values` }).waitFor();
      expect(await menu.getByRole('menuitem', { name: /^Undo/ }).getAttribute('aria-keyshortcuts')).toBe('Control+Z');
      await page.screenshot({ path: join(resultsDir, 'undo-edit-menu-light.png') });
      await page.keyboard.press('Enter');
      await expect.poll(() => statusMessage(page)).toBe('Undid: Reorder perspectives');
      await expect.poll(() => perspectiveOrder(page)).toEqual(original);
      await page.screenshot({ path: join(resultsDir, 'undo-status-light.png') });

      // Everything was on disk at every step: a reload shows the document as it was left, history and all.
      await page.reload();
      await select(page, 'Grow revenue profitably');
      await kpiNamed(page, 'Net revenue').waitFor();
      await page.getByRole('article', { name: community }).waitFor();
      await expect.poll(() => perspectiveOrder(page)).toEqual(original);
      await expect.poll(() => row.textContent(), HINTS_SETTLED).toBe(shown);
      await edit.click();
      await menu.getByRole('menuitem', { name: 'Redo Reorder perspectives' }).waitFor();
      await page.keyboard.press('Escape');
      expect(app.pageErrors).toEqual([]);
    },
  );

  it('shows the Edit menu and the undo message in the dark theme too', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await focusOutsideFields(page);
    await redo(page, 'Reorder perspectives');
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page
      .getByRole('menu', { name: 'Edit' })
      .getByRole('menuitem', { name: 'Undo Reorder perspectives' })
      .waitFor();
    await page.screenshot({ path: join(resultsDir, 'undo-edit-menu-dark.png') });
    await page.keyboard.press('Escape');
  });

  it('lists the views in the order the Electron View menu does', async () => {
    const { page } = app;
    const tabs = page.getByRole('navigation', { name: 'Views' }).getByRole('button');
    const labels = (await tabs.count()) > 0 ? await tabs.allTextContents() : ['Scorecard'];
    expect(labels).toEqual(VIEW_LIST.map((v) => v.label).filter((l) => labels.includes(l)));
    expect(labels.every((l) => VIEW_LIST.some((v) => v.label === l))).toBe(true);
  });
});

const fromMenu = (page: Page, command: object) =>
  page.evaluate(
    `window.dispatchEvent(new CustomEvent('quadrant:event', { detail: ${JSON.stringify(JSON.stringify({ type: 'menu', ...command }))} }))`,
  );

describe('undo and views from the native menu (Electron)', () => {
  it('undoes the document outside a text field, the typing inside one, and switches views', async () => {
    const app = await startApp(browser, { initScript: FAKE_PRELOAD });
    const { page } = app;
    try {
      await page.getByRole('heading', { level: 1, name: 'Harbour & Ember — Company Scorecard' }).waitFor();
      // The native menu owns Edit: no in-app Edit menu.
      expect(await page.getByRole('button', { name: 'Edit', exact: true }).count()).toBe(0);

      await page.getByRole('button', { name: 'Move Customer up' }).click();
      const moved = ['Customer', 'Financial', 'Internal Process', 'Learning & Growth'];
      await expect.poll(() => perspectiveOrder(page)).toEqual(moved);
      await fromMenu(page, { command: 'undo' });
      await expect.poll(() => statusMessage(page)).toBe('Undid: Reorder perspectives');
      await expect.poll(() => perspectiveOrder(page)).toEqual([moved[1], moved[0], ...moved.slice(2)]);
      await fromMenu(page, { command: 'redo' });
      await expect.poll(() => perspectiveOrder(page)).toEqual(moved);
      // The keyboard works the same in the app window.
      await page.keyboard.press('Control+z');
      await expect.poll(() => perspectiveOrder(page)).toEqual([moved[1], moved[0], ...moved.slice(2)]);

      // In a text field, Edit › Undo undoes the typing and leaves the document alone.
      await select(page, 'Grow revenue profitably');
      await page.getByRole('button', { name: 'Edit KPI Total revenue' }).click();
      const dialog = page.getByRole('dialog', { name: 'Edit KPI' });
      const name = dialog.getByRole('textbox', { name: 'Name', exact: true });
      await name.focus();
      await page.keyboard.press('End');
      await page.keyboard.type(' (net)');
      await fromMenu(page, { command: 'undo' });
      await expect.poll(() => name.inputValue()).toBe('Total revenue');
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      expect(await app.api('history.state', {})).toMatchObject({ canUndo: false, redoLabel: 'Reorder perspectives' });

      // View › <view> and Toggle Dark Theme; the chosen view is still there after a reload (as after a restart).
      const tabs = await page.getByRole('navigation', { name: 'Views' }).getByRole('button').allTextContents();
      const second = VIEW_LIST.find((v) => v.id !== 'overview' && tabs.includes(v.label));
      if (second) {
        await fromMenu(page, { command: 'view', view: second.id });
        const current = page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: second.label });
        await expect.poll(() => current.getAttribute('aria-current')).toBe('page');
        await page.reload();
        await expect.poll(() => current.getAttribute('aria-current')).toBe('page');
      }
      await fromMenu(page, { command: 'toggle-theme' });
      await expect.poll(() => page.evaluate('document.documentElement.dataset.theme')).toBe('dark');
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
