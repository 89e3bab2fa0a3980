/**
 * The Strategy check view's Cause and effect panel in the browser against the real backend: on the sample (eight
 * quarters, so every link is honestly "too little data", with the pairs it has shown), then on a scorecard with
 * sixteen quarters built through the API (test/strategy-history.ts): a supported link found at lag 1, links not
 * supported, one with too little data; the charts drawn; the rows chosen by keyboard; the basis switched; the lags
 * saved, refused beyond 12 and undone. axe-core finds nothing in either theme; screenshots of both.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StrategyCheck } from '../../src/shared/analysis';
import type { ScorecardTree } from '../../src/shared/domain';
import { buildStrategyHistory, HISTORY, type StrategyHistory } from '../strategy-history';
import { describedBy, launchBrowser, resultsDir, startApp, type RunningApp } from './browser';

/** axe walks the page in its one thread, twice per test (light and dark): seconds on a busy machine. */
const AXE_TIMEOUT = 90_000;

let browser: Browser;
let app: RunningApp;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(resultsDir, { recursive: true });
  app = await startApp(browser, { viewport: { width: 1440, height: 900 } });
  page = app.page;
  page.setDefaultTimeout(15_000);
  await page.getByRole('heading', { level: 1, name: 'Harbour & Ember — Company Scorecard' }).waitFor();
});
afterAll(async () => {
  const errors = app?.pageErrors ?? [];
  await app?.close();
  await browser?.close();
  expect(errors).toEqual([]);
});

const view = () => page.getByRole('region', { name: 'Strategy check' });
const links = () => view().getByRole('table', { name: /^Cause-and-effect links/ });
const row = (cause: string, effect: string) =>
  links()
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: `${cause} → ${effect}`, exact: true }) });
const cells = async (cause: string, effect: string) =>
  // The verdict's glyph is hidden from screen readers; its words are what a reader hears.
  (await row(cause, effect).getByRole('cell').allTextContents()).map((t) => t.replace(/^[✓✕…]/, '').trim());
const settled = () => view().locator('.cause-effect[aria-busy="false"]').waitFor();
const lagField = () => view().getByLabel('Lags tested up to');
const meta = () => view().locator('.meta', { hasText: 'tested, on the' }).textContent();
const VERDICT_WORDS = {
  supported: 'Supported',
  'not-supported': 'Not supported',
  'too-little-data': 'Too little data',
};
const verdicts = async () =>
  (await links().locator('tbody tr td:first-of-type').allTextContents()).map((t) => t.replace(/^[✓✕…]/, '').trim());

/** axe-core's findings inside the view, one line per element (as in accessibility.test.ts). */
async function violations(): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(axe.source);
  return page.evaluate(`axe.run(document.querySelector('section[aria-label="Strategy check"]'), { resultTypes: ['violations'] }).then((r) =>
    r.violations.flatMap((v) => v.nodes.map((n) => v.id + ' ' + n.target.join(' ') + ': ' + n.failureSummary.replace(/\\s+/g, ' '))),
  )`);
}

/** The view in both themes: axe finds nothing, and a screenshot of each to look at. */
async function bothThemes(name: string): Promise<void> {
  // Tall enough for the whole view: the page scrolls inside its main area, and charts draw when in view.
  const bottom = await view().evaluate((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) p.scrollTop = 0;
    return el.getBoundingClientRect().bottom + 48;
  });
  await page.setViewportSize({ width: 1440, height: Math.ceil(Math.max(900, bottom)) });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe(scheme);
    await expect.poll(() => view().locator('.chart:not([data-drawn="true"])').count()).toBe(0);
    await page.screenshot({ path: join(resultsDir, `strategy-check-${name}-${scheme}.png`) });
    expect(await violations()).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1440, height: 900 });
}

describe('the cause-and-effect check', () => {
  it(
    'opens on the sample: eight quarters give every link too little data, with the pairs it has',
    { timeout: AXE_TIMEOUT },
    async () => {
      await page
        .getByRole('navigation', { name: 'Views' })
        .getByRole('button', { name: 'Strategy check', exact: true })
        .click();
      await links().waitFor();
      await settled();
      const check = (await app.api('analysis.strategyCheck', { scorecardId: 1 })) as StrategyCheck;
      expect(check.links.length).toBeGreaterThan(0);
      expect(await links().locator('tbody tr').count()).toBe(check.links.length);
      for (const link of check.links) {
        const [verdict, best, rho, r, n, p] = await cells(link.cause.name, link.effect.name);
        expect(verdict).toBe('Too little data');
        expect([best, rho, r, p]).toEqual(['–', '–', '–', '–']);
        // The most pairs at any lag, fewer than the eight a verdict needs.
        const most = Math.max(...link.lags.map((l) => l.n));
        expect(Number(n)).toBe(most);
        expect(most).toBeLessThan(8);
      }
      await expect
        .poll(() => view().locator('.check-text').textContent())
        .toMatch(/^Too little data: \d+ paired quarters?, 8 needed/);
      await expect.poll(() => view().locator('.check-method').textContent()).toMatch(/change/);
      await bothThemes('sample');
    },
  );

  describe('on sixteen quarters of history', () => {
    let history: StrategyHistory;
    beforeAll(async () => {
      history = await buildStrategyHistory(app.api);
      // Written by another client: the page learns of the new scorecard on a reload, and keeps its view.
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Harbour & Ember — Company Scorecard' }).waitFor();
      await links().waitFor();
      await page.locator('body').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Control+Shift+O');
      await page.getByRole('dialog', { name: 'Go to scorecard' }).waitFor();
      await page.keyboard.type('Corner');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: HISTORY.scorecard }).waitFor();
      await row(HISTORY.training.objective, HISTORY.guests.objective).waitFor();
      await settled();
    });

    it(
      'finds the planted relation at lag 1, and says so without claiming causation',
      { timeout: AXE_TIMEOUT },
      async () => {
        const [verdict, best, rho, , n, p] = await cells(HISTORY.training.objective, HISTORY.guests.objective);
        expect(verdict).toBe('Supported');
        expect(best).toBe('1 quarter');
        expect(Number(rho)).toBeGreaterThan(0.5);
        expect(Number(n)).toBeGreaterThanOrEqual(8);
        expect(p === '< 0.001' || Number(p) < 0.01).toBe(true);
        expect((await cells(HISTORY.roast.objective, HISTORY.revenue.objective))[0]).toBe('Not supported');
        expect((await cells(HISTORY.guests.objective, HISTORY.revenue.objective))[0]).toBe('Not supported');
        expect((await cells(HISTORY.second.objective, HISTORY.revenue.objective))[0]).toBe('Too little data');

        const button = row(HISTORY.training.objective, HISTORY.guests.objective).getByRole('button');
        await button.click();
        expect(await button.getAttribute('aria-pressed')).toBe('true');
        const detail = view().getByRole('region', {
          name: `${HISTORY.training.objective} → ${HISTORY.guests.objective}`,
        });
        const text = (await detail.locator('.check-text').textContent()) ?? '';
        expect(text).toMatch(/^Supported by the data/);
        expect(text).toContain('not proof that one causes the other');
        expect(text).not.toMatch(/\b(drives|leads to|because)\b/);
        const overTime = detail.getByRole('img', {
          name: `${HISTORY.training.objective} → ${HISTORY.guests.objective} over time`,
        });
        // Charts draw once in view, as a reader scrolls to them.
        await overTime.scrollIntoViewIfNeeded();
        await expect
          .poll(() => overTime.locator('svg').textContent())
          .toContain(`Cause: ${HISTORY.training.objective}`);
        expect(await describedBy(overTime)).toContain('Q4 2022 to Q3 2026');
        const scatter = detail.getByRole('img', { name: /lagged values at lag 1$/ });
        await expect
          .poll(() => scatter.locator('svg').textContent())
          .toContain(`Change in ${HISTORY.guests.objective} (%), t + 1`);
        await bothThemes('history');
      },
    );

    it('chooses links with the arrow keys', async () => {
      const first = row(HISTORY.training.objective, HISTORY.guests.objective).getByRole('button');
      await first.focus();
      await page.keyboard.press('ArrowDown');
      const second = links().locator('tbody tr').nth(1).getByRole('button');
      expect(await second.getAttribute('aria-pressed')).toBe('true');
      expect(await page.evaluate('document.activeElement.id')).toBe(await second.getAttribute('id'));
      const name = (await second.textContent())?.trim() ?? '';
      await view().getByRole('heading', { level: 2, name }).waitFor();
      await page.keyboard.press('Home');
      expect(await first.getAttribute('aria-pressed')).toBe('true');
    });

    it('compares levels on request, the table and the scatter following', async () => {
      await view().getByRole('radio', { name: 'Levels' }).check();
      await settled();
      await expect.poll(meta).toContain('on the levels');
      const levels = (await app.api('analysis.strategyCheck', {
        scorecardId: history.scorecardId,
        basis: 'levels',
      })) as StrategyCheck;
      expect(await verdicts()).toEqual(levels.links.map((l) => VERDICT_WORDS[l.verdict]));
      const scatter = view()
        .locator('.check-detail')
        .getByRole('img', { name: /lagged values at lag/ });
      await scatter.scrollIntoViewIfNeeded();
      // The levels' axis titles, once the chart is drawn again (the changes' titles start with "Change in").
      await expect
        .poll(async () => (await scatter.locator('svg').textContent()) ?? '')
        .toMatch(new RegExp(`^${HISTORY.guests.objective} \\(%\\), t`));

      await view().getByRole('radio', { name: 'Changes' }).check();
      await settled();
      await expect.poll(meta).toContain('period-to-period changes');
      await scatter.scrollIntoViewIfNeeded();
      await expect.poll(() => scatter.locator('svg').textContent()).toContain('Change in');
    });

    it('saves the lags tested with the scorecard, refuses 13 beside the field, and undoes', async () => {
      const tree = async () => (await app.api('scorecard.get', { id: history.scorecardId })) as ScorecardTree;
      await expect.poll(meta).toContain('lags 0–2');
      await lagField().fill('13');
      await lagField().press('Enter');
      await expect.poll(() => view().getByRole('alert').textContent()).toBe('must be at most 12 periods');
      expect((await tree()).scorecard.checkMaxLag).toBeNull();

      await lagField().fill('4');
      await lagField().press('Enter');
      await expect.poll(async () => (await tree()).scorecard.checkMaxLag).toBe(4);
      await expect.poll(meta).toContain('lags 0–4');
      expect(await view().getByRole('alert').count()).toBe(0);
      expect(await view().locator('.check-lags tbody tr').count()).toBe(5);

      await page.evaluate('document.activeElement && document.activeElement.blur && document.activeElement.blur()');
      await page.keyboard.press('Control+z');
      await expect.poll(async () => (await tree()).scorecard.checkMaxLag).toBeNull();
      await expect.poll(() => lagField().inputValue()).toBe('');
      await expect.poll(meta).toContain('lags 0–2');
    });

    it('ends the history at the period shown when asked, and says so while a slow answer is on its way', async () => {
      await page.getByRole('button', { name: 'Previous period' }).click();
      await expect.poll(() => page.getByRole('status', { name: 'Chosen period' }).textContent()).toBe('Q2 2026');
      // The answer held back for a second and a half: the panel says it is working, then shows the shorter history.
      await page.route('**/api', async (route) => {
        if (route.request().postData()?.includes('"analysis.strategyCheck"'))
          await new Promise((r) => setTimeout(r, 1500));
        await route.continue();
      });
      await view().getByLabel('History up to').selectOption({ label: 'Q2 2026 (the period shown)' });
      await view().getByRole('status').filter({ hasText: 'Testing the links against the history…' }).waitFor();
      await settled();
      await expect.poll(meta).toMatch(/^Q4 2022 – Q2 2026: 15 quarters/);
      expect(await view().getByRole('status').filter({ hasText: 'Testing' }).count()).toBe(0);
      await page.unroute('**/api');
      await view().getByLabel('History up to').selectOption({ label: 'The latest period with data' });
      await settled();
      await expect.poll(meta).toMatch(/^Q4 2022 – Q3 2026: 16 quarters/);
    });
  });

  it(
    'on a scorecard without links, says to draw them first and goes to the map',
    { timeout: AXE_TIMEOUT },
    async () => {
      await app.api('scorecard.create', { name: 'No links yet', granularity: 'quarter' });
      await page.reload();
      await view().waitFor();
      await page.locator('body').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Control+Shift+O');
      await page.getByRole('dialog', { name: 'Go to scorecard' }).waitFor();
      await page.keyboard.type('No links');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'No links yet' }).waitFor();
      await view().getByRole('heading', { name: 'No cause-and-effect links yet' }).waitFor();
      await bothThemes('no-links');
      await view().getByRole('button', { name: 'Open the strategy map' }).click();
      await expect
        .poll(() =>
          page
            .getByRole('navigation', { name: 'Views' })
            .getByRole('button', { name: 'Strategy map' })
            .getAttribute('aria-current'),
        )
        .toBe('page');
    },
  );
});
