/**
 * OKRs in the browser against the real backend, on the sample: key results on a company objective (a metric from
 * check-ins, a milestone, one linked to a KPI), check-ins through the dialog (one edited from the history), their
 * scores and the objective's OKR score with its formula in its panel, aspirational against committed, and the OKR
 * board by owner and by team.
 * Screenshots (1440×900, light and dark) of the objective, the check-in dialog with its chart, and the board.
 */
import axe from 'axe-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describedBy, launchBrowser, resultsDir, startApp, type RunningApp } from './browser';
import { checkIn as checkInOn, type CheckInFields } from './objective-steps';

const OBJECTIVE = 'Grow revenue profitably';
let browser: Browser;
let app: RunningApp;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(resultsDir, { recursive: true });
  app = await startApp(browser, { viewport: { width: 1440, height: 900 } });
  page = app.page;
  page.setDefaultTimeout(10_000);
  await page.getByRole('article', { name: OBJECTIVE }).waitFor();
});
afterAll(async () => {
  await app?.close();
  await browser?.close();
});

const panel = () => page.getByRole('region', { name: `${OBJECTIVE}: KPIs, initiatives and notes` });
const checkIn = (keyResult: string, fields: CheckInFields) => checkInOn(page, keyResults(), keyResult, fields);
const keyResults = () => panel().getByRole('region', { name: `Key results of ${OBJECTIVE}` });

/** axe-core's findings in one part of the page (the page as a whole is test/e2e/accessibility's), one line per element. */
async function violations(selector: string): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(axe.source);
  return page.evaluate(`axe.run(document.querySelector('${selector}'), { resultTypes: ['violations'] }).then((r) =>
    r.violations.flatMap((v) => v.nodes.map((n) => v.id + ' ' + n.target.join(' ') + ': ' + n.failureSummary)))`);
}

async function shoot(name: string, target?: Locator): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe(scheme);
    const path = join(resultsDir, `okr-${name}-${scheme}.png`);
    await (target ? target.screenshot({ path }) : page.screenshot({ path }));
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('OKRs', () => {
  it('adds a metric, a milestone and a KPI-linked key result, answering a mistake beside its field, and three check-ins', async () => {
    // The overview stays tidy: no key results yet, only a quiet way to add one.
    const card = page.getByRole('article', { name: OBJECTIVE });
    await expect.poll(() => card.getByRole('list', { name: `Key results of ${OBJECTIVE}` }).count()).toBe(0);
    await card.getByRole('button', { name: 'Add key result' }).waitFor();
    await shoot('card-without-key-results', card);
    await card.getByRole('button', { name: OBJECTIVE, exact: true }).click();
    await keyResults()
      .getByRole('button', { name: `Add key result to ${OBJECTIVE}` })
      .click();

    let dialog = page.getByRole('dialog', { name: 'Add key result' });
    await dialog.getByRole('textbox', { name: 'Key result' }).fill('Win new wholesale accounts');
    // The cycle starts on the quarter shown.
    expect(await dialog.getByLabel('Cycle').inputValue()).toBe('2026-Q3');
    await dialog.getByLabel('Start value').fill('30');
    await dialog.getByRole('textbox', { name: 'Target' }).fill('fifty');
    await dialog.getByLabel('Unit').fill('accounts');
    await dialog.getByRole('button', { name: 'Add key result' }).click();
    // A mistake is answered beside the field, and nothing is added.
    const target = dialog.getByRole('textbox', { name: 'Target' });
    await expect.poll(() => describedBy(target)).toContain('“fifty” is not a number');
    await target.fill('50');
    await dialog.getByRole('button', { name: 'Add key result' }).click();
    await dialog.waitFor({ state: 'detached' });

    await keyResults()
      .getByRole('button', { name: `Add key result to ${OBJECTIVE}` })
      .click();
    dialog = page.getByRole('dialog', { name: 'Add key result' });
    await dialog.getByRole('textbox', { name: 'Key result' }).fill('Launch the coffee subscription');
    await dialog.getByLabel('Kind').selectOption('milestone');
    await dialog.getByLabel('Owner').fill('Sam Whitfield');
    await dialog.getByRole('button', { name: 'Add key result' }).click();
    await dialog.waitFor({ state: 'detached' });

    // A key result that takes its values from a KPI of the scorecard (Wholesale revenue: €90,500 in Q3 2026).
    await keyResults()
      .getByRole('button', { name: `Add key result to ${OBJECTIVE}` })
      .click();
    dialog = page.getByRole('dialog', { name: 'Add key result' });
    await dialog.getByRole('textbox', { name: 'Key result' }).fill('Wholesale revenue past €100k a quarter');
    await dialog.getByLabel('Linked KPI').selectOption({ label: 'Wholesale revenue' });
    expect(await describedBy(dialog.getByLabel('Linked KPI'))).toContain('comes from the measurements of');
    expect(await dialog.getByLabel('Unit').inputValue()).toBe('€');
    await dialog.getByLabel('Start value').fill('80,000');
    await dialog.getByRole('textbox', { name: 'Target' }).fill('101000');
    await dialog.getByRole('button', { name: 'Add key result' }).click();
    await dialog.waitFor({ state: 'detached' });

    await checkIn('Win new wholesale accounts', { date: '2026-07-15', value: '38', confidence: '6' });
    await checkIn('Win new wholesale accounts', {
      date: '2026-09-01',
      value: '41',
      confidence: '7',
      comment: 'Two cafés signed',
    });
    await checkIn('Launch the coffee subscription', { date: '2026-09-20', done: true, confidence: '9' });
    expect(app.pageErrors).toEqual([]);
  }, 30_000);

  it('edits a check-in from the history and shows the scores and the OKR score with its formula', async () => {
    const card = page.getByRole('article', { name: OBJECTIVE });
    // Edit the September check-in from the key result's history: 41 → 42.
    await keyResults().getByRole('button', { name: 'Check in on Win new wholesale accounts' }).click();
    let dialog = page.getByRole('dialog', { name: 'Check in' });
    const timeline = dialog.getByRole('list', { name: 'Check-ins of Win new wholesale accounts' });
    expect(await timeline.getByRole('listitem').count()).toBe(2);
    await dialog.locator('.kr-history-chart[data-drawn="true"]').waitFor();
    await shoot('check-in-dialog', dialog);
    expect(await violations('dialog[open]')).toEqual([]);
    await timeline.getByRole('button', { name: 'Edit the check-in of 1 Sep 2026' }).click();
    dialog = page.getByRole('dialog', { name: 'Edit check-in' });
    await dialog.getByRole('textbox', { name: 'Value' }).fill('42');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });

    // A linked key result's check-in records confidence only: the value is the KPI's.
    await keyResults().getByRole('button', { name: 'Check in on Wholesale revenue past €100k a quarter' }).click();
    dialog = page.getByRole('dialog', { name: 'Check in' });
    await dialog.getByText('The value comes from the KPI “Wholesale revenue”').waitFor();
    expect(await dialog.getByRole('textbox', { name: 'Value' }).count()).toBe(0);
    await dialog.getByRole('textbox', { name: 'Confidence (0–10)' }).fill('5');
    await dialog.getByRole('button', { name: 'Check in', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    // Metric: (42 − 30) / (50 − 30) = 0.60; milestone done = 1.00; linked: (90,500 − 80,000) / (101,000 − 80,000)
    // = 0.50; aspirational mean (0.60 + 1.00 + 0.50) / 3 = 0.70 → green: 0.7 is success.
    const items = keyResults().getByRole('listitem');
    await expect.poll(() => items.filter({ hasText: 'Win new wholesale accounts' }).textContent()).toContain('0.60');
    expect(await items.filter({ hasText: 'Win new wholesale accounts' }).textContent()).toContain(
      '42 accounts → 50 accounts',
    );
    expect(await items.filter({ hasText: 'Launch the coffee subscription' }).textContent()).toContain('1.00');
    expect(await items.filter({ hasText: 'Wholesale revenue past' }).textContent()).toContain('0.50');
    expect(await items.filter({ hasText: 'Wholesale revenue past' }).textContent()).toContain('€90,500 → €101,000');
    await expect.poll(() => keyResults().locator('.okr-score-large').textContent()).toContain('0.70');
    expect(await keyResults().locator('.formula-text').first().textContent()).toMatch(/0\.70 → green/);
    // The card lists them in brief.
    expect(
      await card
        .getByRole('list', { name: `Key results of ${OBJECTIVE}` })
        .getByRole('listitem')
        .count(),
    ).toBe(3);
    await shoot('objective-card', card);
    await keyResults().evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await shoot('objective');

    // A committed objective expects 1.0: the same 0.70 is amber (committed: green = 1.0, amber ≥ 0.7).
    await panel()
      .getByRole('button', { name: `Edit objective ${OBJECTIVE}` })
      .click();
    dialog = page.getByRole('dialog', { name: 'Edit objective' });
    await dialog.getByLabel('OKR kind').selectOption('committed');
    expect(await describedBy(dialog.getByLabel('OKR kind'))).toContain('1.0 is on track');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(() => keyResults().locator('.formula-text').first().textContent())
      .toMatch(/0\.70 → amber \(committed: 1\.0 is expected\)/);
    expect(app.pageErrors).toEqual([]);
  }, 30_000);

  it('shows the board by owner and by team', async () => {
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'OKRs' }).click();
    const view = page.getByRole('region', { name: 'OKRs' });
    await view.getByText(/scored as of the cycle’s end/).waitFor();
    expect(await view.getByLabel('Cycle').inputValue()).toBe('2026-Q3');
    const owner = view.getByRole('region', { name: 'Owner: Maeve Donnelly' });
    await owner.getByRole('article', { name: OBJECTIVE }).waitFor();
    // Each owner sees the objective with their own key results; the OKR score is the objective's.
    expect(await owner.textContent()).toContain('0.70');
    expect(await owner.textContent()).not.toContain('Launch the coffee subscription');
    const sam = view.getByRole('region', { name: 'Owner: Sam Whitfield' });
    expect(await sam.textContent()).toContain('Launch the coffee subscription');
    await shoot('board-by-owner', view);
    expect(await violations('.okr-view')).toEqual([]);

    await view.getByRole('radio', { name: 'By team' }).check();
    const team = view.getByRole('region', { name: 'Team: Harbour & Ember — Company Scorecard' });
    await team.getByRole('article', { name: OBJECTIVE }).waitFor();
    expect(
      await team
        .getByRole('list', { name: `Key results of ${OBJECTIVE}` })
        .getByRole('listitem')
        .count(),
    ).toBe(3);
    await shoot('board-by-team', view);
    // All scorecards: the sample has one, so the same team, now named beside each owner's objectives.
    await view.getByLabel('Scope').selectOption('all');
    await view.getByRole('radio', { name: 'By owner' }).check();
    await expect
      .poll(() => view.getByRole('region', { name: 'Owner: Sam Whitfield' }).textContent())
      .toContain('Harbour & Ember — Company Scorecard');

    // Another cycle has none: the board says what OKRs are and how to add one.
    await view.getByLabel('Cycle').selectOption('2026-Q4');
    await view.getByRole('heading', { name: 'No key results in Q4 2026' }).waitFor();
    expect(app.pageErrors).toEqual([]);
  }, 30_000);

  it('deletes a key result after asking, and the OKR score follows; undo brings it back', async () => {
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: 'Scorecard', exact: true })
      .click();
    await keyResults().getByRole('button', { name: 'Edit key result Launch the coffee subscription' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit key result' });
    await dialog.getByRole('button', { name: 'Delete…' }).click();
    await page.getByRole('dialog', { name: 'Delete the key result “Launch the coffee subscription”?' }).waitFor();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    // (0.60 + 0.50) / 2 = 0.55: red for the objective, committed since the test before (amber from 0.7).
    await expect.poll(() => keyResults().locator('.okr-score-large').textContent()).toContain('0.55');
    expect(await keyResults().locator('.formula-text').first().textContent()).toMatch(/\/ 2 = 0\.55 → red/);
    await page.keyboard.press('Control+z');
    await expect.poll(() => keyResults().locator('.okr-score-large').textContent()).toContain('0.70');
    expect(app.pageErrors).toEqual([]);
  }, 20_000);
});
