/**
 * The strategy check on the map, in Chromium against the real backend, on a scorecard with sixteen quarters of
 * history (test/strategy-history.ts): the overlay draws each link by its verdict (solid and thick, dashed, dotted and
 * faint) with a legend and the finding in the link's name and tooltip, and follows the document's edits; the link
 * form sets a link's cause measure to a KPI (saved, undone); the scorecard form refuses 13 lags beside the field.
 * Screenshots of the overlay in light and dark, axe-core clean in both. Everything by keyboard focus rather than pointer positions: the map
 * fits itself to the window, so a point can move under the pointer while it settles.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStrategyHistory, HISTORY, type StrategyHistory } from '../strategy-history';
import { describedBy, focused, launchBrowser, resultsDir, startApp, type RunningApp } from './browser';

interface Link {
  id: number;
  fromObjectiveId: number;
  toObjectiveId: number;
  fromKpiId: number | null;
  toKpiId: number | null;
}
interface Scorecard {
  id: number;
  checkMaxLag: number | null;
}

let browser: Browser;
let app: RunningApp;
let page: Page;
let history: StrategyHistory;

const { training, guests, revenue, roast, second } = HISTORY;
const linkName = (from: { objective: string }, to: { objective: string }) =>
  `Link from ${from.objective} to ${to.objective}`;
const NAMES = {
  supported: linkName(training, guests),
  randomWalk: linkName(guests, revenue),
  noise: linkName(roast, revenue),
  tooLittle: linkName(second, revenue),
};

const shot = (name: string) => page.screenshot({ path: join(resultsDir, `strategy-map-${name}.png`) });
const links = async () => (await app.api('link.list', { scorecardId: history.scorecardId })) as Link[];
const linkById = async (id: number) => (await links()).find((l) => l.id === id)!;
const scorecard = async () =>
  ((await app.api('scorecard.list', {})) as Scorecard[]).find((s) => s.id === history.scorecardId)!;
const legend = () => page.getByRole('group', { name: 'Strategy check' });
const verdictCounts = async () =>
  (await legend().getByRole('listitem').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
const line = (linkId: number) => page.locator(`[data-link-id="${linkId}"] .map-link-line`);
const verdictOf = (linkId: number) => page.locator(`[data-link-id="${linkId}"]`).getAttribute('data-verdict');
const toggle = () => page.getByRole('toolbar', { name: 'Map tools' }).getByRole('button', { name: 'Strategy check' });

/** axe-core's findings in the map view, one line per element (the rest of the page is test/e2e/accessibility's). */
async function violations(): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(axe.source);
  return page.evaluate(`axe.run(document.querySelector('.map-view'), { resultTypes: ['violations'] }).then((r) =>
    r.violations.flatMap((v) =>
      v.nodes.map((n) => v.id + ' (' + v.impact + ') ' + n.target.join(' ') + ': ' + n.failureSummary.replace(/\\s+/g, ' ')),
    ),
  )`);
}

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(resultsDir, { recursive: true });
  app = await startApp(browser, { viewport: { width: 1440, height: 1000 } });
  page = app.page;
  await page.getByRole('heading', { level: 1 }).waitFor();
  history = await buildStrategyHistory((method, input) => app.api(method, input));
  // The page learns of the new scorecard when it reads the document again.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Harbour & Ember — Company Scorecard' }).waitFor();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+Shift+O');
  await page.getByRole('dialog', { name: 'Go to scorecard' }).waitFor();
  await page.keyboard.type('Corner');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: HISTORY.scorecard }).waitFor();
  await page.getByRole('button', { name: 'Strategy map' }).click();
  await page.getByRole('button', { name: NAMES.supported, exact: true }).waitFor();
});
afterAll(async () => {
  await app?.close();
  await browser?.close();
});

describe('the strategy check on the map', () => {
  it('draws each link by its verdict, with a legend and the finding in its name and tooltip, in light and dark', async () => {
    expect(await toggle().getAttribute('aria-pressed')).toBe('false');
    expect(await legend().count()).toBe(0);
    await toggle().click();
    expect(await toggle().getAttribute('aria-pressed')).toBe('true');

    await expect
      .poll(verdictCounts, { timeout: 15_000 })
      .toEqual(['Supported by the data (1)', 'Not supported (2)', 'Too little data (1)']);
    const note = legend().getByRole('status');
    expect(await note.textContent()).toMatch(
      /^4 links tested on 16 quarters \(.+ – .+\), quarter-to-quarter changes, lags 0–2\. A relation in the history, not proof/,
    );

    // The verdict is in each link's name, and in the line's pattern and weight (not only its colour).
    const { supported, randomWalk, noise, tooLittle } = history.links;
    await page.getByRole('button', { name: `${NAMES.supported}: supported by the data`, exact: true }).waitFor();
    await page.getByRole('button', { name: `${NAMES.randomWalk}: not supported`, exact: true }).waitFor();
    await page.getByRole('button', { name: `${NAMES.noise}: not supported`, exact: true }).waitFor();
    await page.getByRole('button', { name: `${NAMES.tooLittle}: too little data`, exact: true }).waitFor();
    expect([
      await verdictOf(supported),
      await verdictOf(randomWalk),
      await verdictOf(noise),
      await verdictOf(tooLittle),
    ]).toEqual(['supported', 'not-supported', 'not-supported', 'too-little-data']);
    expect(await line(supported).getAttribute('stroke-dasharray')).toBeNull();
    const width = async (id: number) => Number(await line(id).getAttribute('stroke-width'));
    expect(await width(supported)).toBeGreaterThan(await width(randomWalk));
    expect(await line(randomWalk).getAttribute('stroke-dasharray')).toBe('9 6');
    expect(await line(tooLittle).getAttribute('stroke-dasharray')).toBe('0.1 5');
    expect(await line(tooLittle).getAttribute('stroke-linecap')).toBe('round');
    expect(Number(await page.locator(`[data-link-id="${tooLittle}"]`).getAttribute('opacity'))).toBeLessThan(1);

    // The finding, in plain words, is the link's tooltip: never a claim of cause.
    const tip = async (id: number) => (await page.locator(`[data-link-id="${id}"] > title`).textContent()) ?? '';
    expect(await tip(supported)).toMatch(/^Supported by the data/);
    expect(await tip(supported)).toMatch(/not proof/);
    expect(await tip(tooLittle)).toMatch(/^Too little data/);
    // Other than to say it is not proof of one.
    for (const id of [supported, randomWalk, noise, tooLittle]) {
      expect((await tip(id)).replace('not proof that one causes the other', '')).not.toMatch(/\b(cause[sd]?|drives)\b/);
    }

    const map = page.getByRole('region', { name: /^Strategy map of / });
    expect(await violations()).toEqual([]);
    await shot('light');
    await map.screenshot({ path: join(resultsDir, 'strategy-map-canvas-light.png') });
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await violations()).toEqual([]);
    await shot('dark');
    await map.screenshot({ path: join(resultsDir, 'strategy-map-canvas-dark.png') });
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('light');

    // Deleting a link checks the map again; undoing it brings its verdict back.
    await page.getByRole('button', { name: `${NAMES.noise}: not supported`, exact: true }).focus();
    await page.keyboard.press('Delete');
    await expect.poll(verdictCounts).toEqual(['Supported by the data (1)', 'Not supported (1)', 'Too little data (1)']);
    await page.getByRole('toolbar', { name: 'Map tools' }).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(verdictCounts).toEqual(['Supported by the data (1)', 'Not supported (2)', 'Too little data (1)']);
    expect(app.pageErrors).toEqual([]);
  });

  it('reads a KPI for a link’s cause, chosen in the link form, saved and undone', async () => {
    const { supported } = history.links;
    const link = page.getByRole('button', { name: new RegExp(`^${NAMES.supported}(:|$)`) });
    await link.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Edit cause-and-effect link' });
    await dialog.waitFor();
    const cause = dialog.getByRole('combobox', { name: 'Cause measure' });
    const effect = dialog.getByRole('combobox', { name: 'Effect measure' });
    // Only the cause objective's own KPIs are offered.
    expect(await cause.locator('option').allTextContents()).toEqual(['Objective score', `KPI: ${training.kpi}`]);
    expect(await effect.locator('option').allTextContents()).toEqual(['Objective score', `KPI: ${guests.kpi}`]);
    expect(await cause.inputValue()).toBe('');
    await cause.selectOption({ label: `KPI: ${training.kpi}` });
    await shot('link-form');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(async () => (await linkById(supported)).fromKpiId).toBe(history.kpis.training);
    expect((await linkById(supported)).toKpiId).toBeNull();
    // Back on the link it was opened from, whose finding now names the KPI it reads.
    await expect.poll(() => focused(page, 'data-link-id')).toBe(String(supported));
    await expect
      .poll(async () => (await page.locator(`[data-link-id="${supported}"] > title`).textContent()) ?? '')
      .toContain(training.kpi);

    await page.getByRole('toolbar', { name: 'Map tools' }).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await linkById(supported)).fromKpiId).toBeNull();
    await expect
      .poll(async () => (await page.locator(`[data-link-id="${supported}"] > title`).textContent()) ?? '')
      .not.toContain(training.kpi);
    await link.focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    expect(await cause.inputValue()).toBe('');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(app.pageErrors).toEqual([]);
  });

  it('refuses 13 strategy check lags beside the field, saves 3 and undoes it', async () => {
    const open = async () => {
      await page.getByRole('button', { name: 'Edit scorecard…' }).click();
      const form = page.getByRole('dialog', { name: 'Edit scorecard' });
      await form.waitFor();
      return form;
    };
    let form = await open();
    const lags = form.getByRole('textbox', { name: 'Strategy check lags' });
    expect(await lags.inputValue()).toBe('');
    expect(await describedBy(lags)).toContain('Blank: 2 quarters');
    await lags.fill('13');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => lags.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(lags)).toMatch(/must be at most 12/);
    await lags.scrollIntoViewIfNeeded();
    await shot('lags-refused');
    await expect.poll(() => focused(page, 'id')).toBe(await lags.getAttribute('id'));
    expect((await scorecard()).checkMaxLag).toBeNull();

    await lags.fill('3');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(async () => (await scorecard()).checkMaxLag).toBe(3);
    await expect.poll(() => legend().getByRole('status').textContent()).toMatch(/lags 0–3\./);

    await page.getByRole('toolbar', { name: 'Map tools' }).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await scorecard()).checkMaxLag).toBeNull();
    await expect.poll(() => legend().getByRole('status').textContent()).toMatch(/lags 0–2\./);
    form = await open();
    expect(await form.getByRole('textbox', { name: 'Strategy check lags' }).inputValue()).toBe('');
    await form.getByRole('button', { name: 'Cancel' }).click();
    await form.waitFor({ state: 'detached' });

    // Off again: the links are named and drawn as before.
    await toggle().click();
    await page.getByRole('button', { name: NAMES.supported, exact: true }).waitFor();
    expect(await legend().count()).toBe(0);
    expect(await line(history.links.tooLittle).getAttribute('stroke-dasharray')).toBeNull();
    expect(app.pageErrors).toEqual([]);
  });
});
