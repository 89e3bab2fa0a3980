/**
 * The Sensitivity and What-if panels of the Strategy check view in the browser against the real backend, on the
 * sample (Q3 2026): each score under each rollup method as the core works it out, the tornado drawn and redrawn
 * with another step, a bad step refused beside its field; a hypothetical value that turns a KPI and its objective
 * green (figures worked by hand below), a bad value refused beside its field, what it takes for an amber objective
 * typed back in as a what-if turning it green, and nothing saved: the document's export and the undo state are the
 * same afterwards. axe-core clean and screenshots in both themes at 1440×900.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sensitivity } from '../../src/shared/analysis';
import { NAME_MAX, splitSwings, swingLabel } from '../../src/shared/charts/tornado';
import { formatPercent } from '../../src/shared/format';
import { launchBrowser, resultsDir, startApp, type RunningApp } from './browser';

let browser: Browser;
let app: RunningApp;
let page: Page;
let exportBefore: unknown;
let historyBefore: unknown;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(resultsDir, { recursive: true });
  app = await startApp(browser, { viewport: { width: 1440, height: 900 } });
  page = app.page;
  page.setDefaultTimeout(15_000);
  await page.getByRole('heading', { level: 1, name: 'Harbour & Ember — Company Scorecard' }).waitFor();
  exportBefore = await app.api('document.export', {});
  historyBefore = await app.api('history.state', {});
});
afterAll(async () => {
  const errors = app?.pageErrors ?? [];
  await app?.close();
  await browser?.close();
  expect(errors).toEqual([]);
});

async function violations(): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(axe.source);
  return page.evaluate(`axe.run(document.querySelector('section[aria-label="Strategy check"]'), { resultTypes: ['violations'] }).then((r) =>
    r.violations.flatMap((v) => v.nodes.map((n) => v.id + ' ' + n.target.join(' ') + ': ' + n.failureSummary.replace(/\\s+/g, ' '))),
  )`);
}

const view = () => page.getByRole('region', { name: 'Strategy check' });
const tab = (name: string) => view().getByRole('tab', { name });
const changes = () => view().getByRole('list', { name: 'Changes' }).getByRole('listitem').allTextContents();
const tornado = (name: string) => view().getByRole('img', { name: `How the score of ${name} moves with each weight` });

/** The chart's SVG text, once ECharts has drawn it. */
async function chartText(name: string): Promise<string> {
  const figure = tornado(name);
  await figure.scrollIntoViewIfNeeded();
  await figure.locator('svg').waitFor();
  return (await figure.locator('svg text').allTextContents()).join('\n');
}

describe('the sensitivity of the sample’s scores', () => {
  it('shows each score under each rollup method, as the core works it out, and the tornado of its weights', async () => {
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: 'Strategy check', exact: true })
      .click();
    await tab('Sensitivity').click();
    await view().getByRole('heading', { name: 'Sensitivity · Q3 2026' }).waitFor();
    const methods = view().getByRole('region', { name: 'Score under each rollup method' });
    await methods.getByRole('row', { name: /^The scorecard/ }).waitFor();
    const expected = (await app.api('analysis.sensitivity', { scorecardId: 1, period: '2026-Q3' })) as Sensitivity;
    expect(expected.targets.map((t) => t.name).slice(1)).toEqual([
      'Financial',
      'Customer',
      'Internal Process',
      'Learning & Growth',
    ]);
    for (const target of expected.targets) {
      const name = target.kind === 'scorecard' ? `The scorecard (${target.name})` : target.name;
      const cells = await methods
        .getByRole('row', { name: new RegExp(`^${name.replace(/[()&]/g, '\\$&')}`) })
        .getByRole('cell')
        .allTextContents();
      expect(cells).toEqual(
        target.methods.map(
          (m) =>
            `${formatPercent(m.score, { maxDecimals: 1 })} ${{ green: '✓On track', amber: '!At risk', red: '✕Off track', none: '–No data' }[m.status]}`,
        ),
      );
    }
    // The bars are the core's swings, widest first; every perspective weighs 1 in the sample: a step takes it to 0 and 2.
    const text = await chartText('the scorecard');
    const { shown, more } = splitSwings(expected.targets[0]!.swings, expected.targets[0]!.score);
    expect(text).toContain(shown.map((s) => swingLabel(s, NAME_MAX)).join('\n'));
    expect(text).toContain('Weight of Customer 1 → 0 / 2');
    expect(text).toContain('Weight one step higher');
    await view().getByText(`${more} more weights not drawn.`, { exact: false }).waitFor();
  });

  it('refuses a step of 0 beside its field, and redraws with a step of 2', async () => {
    const step = view().getByLabel('Weight step');
    await step.fill('0');
    await step.press('Enter');
    await expect.poll(() => view().getByRole('alert').textContent()).toBe('must be more than 0');
    expect(await step.getAttribute('aria-invalid')).toBe('true');
    await tab('Sensitivity').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(resultsDir, 'strategy-sensitivity-step-light.png') });
    await step.fill('2');
    await step.press('Enter');
    await expect.poll(() => view().getByRole('alert').count()).toBe(0);
    await expect.poll(() => chartText('the scorecard')).toContain('Weight of Customer 1 → 0 / 3');
    await view().getByLabel('Score of', { exact: true }).selectOption({ label: 'Customer' });
    const customer = await chartText('Customer');
    // The Customer perspective's objectives all weigh 1.
    expect(customer).toContain('Weight of Delight café guests 1 → 0 / 3');
    await page.screenshot({ path: join(resultsDir, 'strategy-sensitivity-light.png') });
    expect(await violations()).toEqual([]);
  });
});

describe('what-if on the sample', () => {
  it('turns a KPI and its objective green with a hypothetical value, and refuses a bad one beside its field', async () => {
    await tab('What-if').click();
    await view().getByRole('heading', { name: 'What-if · Q3 2026' }).waitFor();
    await view().getByText('Type a value in the What-if column to see what it would change.').waitFor();
    // Active wholesale accounts: 48 against a target of 50 from a baseline of 29 → (48 − 29) / (50 − 29) = 90.5 %,
    // amber. At 50 it is 100 %, green. Its objective, with Wholesale account retention at 100 % (capped):
    // (90.48 + 100) / 2 = 95.2 %, amber → (100 + 100) / 2 = 100 %, green.
    const accounts = view().getByLabel('What-if value of Active wholesale accounts');
    await accounts.fill('50');
    await accounts.press('Enter');
    await expect
      .poll(changes)
      .toEqual(
        expect.arrayContaining([
          'Objective Win and keep wholesale accounts: 95.2 % At risk → 100 % On track',
          'KPI Active wholesale accounts: 90.5 % At risk → 100 % On track',
        ]),
      );
    const row = view().getByRole('row', { name: /^Active wholesale accounts/ });
    expect(await row.getByRole('cell').last().textContent()).toBe('50 accounts ✓On track');

    const waste = view().getByLabel('What-if value of Waste');
    await waste.fill('abc');
    await waste.press('Enter');
    const alert = view().getByRole('alert');
    await expect.poll(() => alert.textContent()).toBe('“abc” is not a number');
    expect(await waste.getAttribute('aria-describedby')).toBe(await alert.getAttribute('id'));
    await waste.fill('');
    await waste.press('Enter');
    await expect.poll(() => alert.count()).toBe(0);
  });

  it('works out what it takes for an amber objective; that value, typed as a what-if, turns it green', async () => {
    await view().getByRole('button', { name: 'Reset' }).click();
    await view().getByText('Type a value in the What-if column to see what it would change.').waitFor();
    expect(await view().getByLabel('What-if value of Active wholesale accounts').inputValue()).toBe('');
    await view().getByLabel('To turn green').selectOption({ label: 'Grow revenue profitably' });
    // Wholesale revenue: 90,500 € from 55,000 € towards 92,000 € is 95.9 %; Total revenue is capped at 100 %, so the
    // objective is (2 × 100 + 1 × 95.9) / 3 = 98.6 %, amber. Green needs Wholesale at 100 %: 92,000 €.
    const takes = view().getByRole('table', { name: 'What it takes to turn Grow revenue profitably green' });
    const wholesale = takes.getByRole('row', { name: /^Wholesale revenue/ });
    const cells = await wholesale.getByRole('cell').allTextContents();
    expect(cells.slice(0, 3)).toEqual(['€90,500', '€92,000', '+€1,500']);
    const field = view().getByLabel('What-if value of Wholesale revenue');
    await field.fill('92,000');
    await field.press('Enter');
    await expect.poll(changes).toContain('Objective Grow revenue profitably: 98.6 % At risk → 100 % On track');
    await takes.waitFor({ state: 'detached' });
    await view()
      .getByText(/^Grow revenue profitably is already on track \(100 %\)/)
      .waitFor();

    // Try it types the needed value in: Active wholesale accounts needs 50 for its objective (worked out above).
    await view().getByLabel('To turn green').selectOption({ label: 'Win and keep wholesale accounts' });
    await view().getByRole('button', { name: 'Try it: 50 accounts for Active wholesale accounts' }).click();
    expect(await view().getByLabel('What-if value of Active wholesale accounts').inputValue()).toBe('50');
    await expect.poll(changes).toContain('Objective Win and keep wholesale accounts: 95.2 % At risk → 100 % On track');
    await page.screenshot({ path: join(resultsDir, 'strategy-what-if-light.png') });
    expect(await violations()).toEqual([]);
  });

  it('saves nothing: the document’s export and the undo state are as before', async () => {
    expect(await app.api('history.state', {})).toEqual(historyBefore);
    expect(await app.api('document.export', {})).toEqual(exportBefore);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('dark');
    await view().getByLabel('To turn green').selectOption({ label: 'Improve gross margin' });
    const takes = view().getByRole('table', { name: 'What it takes to turn Improve gross margin green' });
    await takes.waitFor();
    await takes.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(resultsDir, 'strategy-what-if-dark.png') });
    expect(await violations()).toEqual([]);
    await tab('Sensitivity').click();
    await chartText('the scorecard');
    await page.screenshot({ path: join(resultsDir, 'strategy-sensitivity-dark.png') });
    expect(await violations()).toEqual([]);
    // The hypothetical values wait while another section is shown.
    await tab('What-if').click();
    expect(await view().getByLabel('What-if value of Active wholesale accounts').inputValue()).toBe('50');
    await expect.poll(changes).toContain('Objective Win and keep wholesale accounts: 95.2 % At risk → 100 % On track');
  });
});
