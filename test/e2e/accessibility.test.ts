/**
 * Accessibility measured by a tool no one here wrote: axe-core (from npm, injected into the page) on every view of
 * the sample and on the dialogs a user meets on the way (an objective's panel, a KPI's detail, its notes and its
 * form, the initiative form, the KPI library, the note asked for when a value turns red), in the light and the dark
 * theme, at 1440×900. Every rule axe runs by default counts, whatever its impact; none is switched off.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIEW_LIST, type ViewId } from '../../src/shared/views';
import { launchBrowser, resultsDir, scrollGridTo, startApp, type RunningApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(resultsDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** The day the sample is read on, so the initiatives' "behind schedule" and "overdue" do not follow the machine. */
const TODAY = new Date('2026-11-27T12:00:00');
/** axe walks the whole page in the page's one thread: a view with every note in it takes seconds on a busy machine. */
const AXE_TIMEOUT = 90_000;

/**
 * axe-core's findings in the page as it is now: one line per element, with the rule, its impact, the element and
 * what axe says is wrong, so a failure reads as a to-do list. The page is asked in strings (tests run in Node).
 */
async function violations(page: Page): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(axe.source);
  return page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) =>
    r.violations.flatMap((v) =>
      v.nodes.map((n) => v.id + ' (' + v.impact + ') ' + n.target.join(' ') + ': ' + n.failureSummary.replace(/\\s+/g, ' ')),
    ),
  )`);
}

const tab = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true });

/** Whether the dashboard is loaded and every chart in the window drawn. */
async function dashboardDrawn(page: Page): Promise<boolean> {
  return (
    (await page.locator('.dashboard[aria-busy="false"]').count()) === 1 &&
    (await page.locator('.dashboard .chart[data-drawn="false"]').count()) === 0
  );
}

/** What shows that a view has finished loading. A view added to src/shared/views.ts must say it here. */
const READY: Record<ViewId, (page: Page) => Promise<void>> = {
  overview: (page) => page.getByRole('article', { name: 'Grow revenue profitably' }).waitFor(),
  grid: (page) => page.getByRole('gridcell', { name: /^Total revenue, Q3 2026:/ }).waitFor(),
  map: (page) => page.getByRole('button', { name: /^Grow revenue profitably:/ }).waitFor(),
  dashboard: (page) => expect.poll(() => dashboardDrawn(page), { timeout: 10_000 }).toBe(true),
  initiatives: (page) => page.getByRole('list', { name: /^Timeline, today/ }).waitFor(),
  owners: (page) => page.getByRole('list', { name: 'Notes, newest first' }).waitFor(),
  report: (page) => page.getByRole('button', { name: 'Export PDF' }).waitFor(),
  reviews: (page) => page.getByRole('region', { name: 'Reviews' }).waitFor(),
  actions: (page) => page.getByRole('region', { name: 'Actions' }).waitFor(),
  compare: (page) => page.getByRole('region', { name: 'Period comparison' }).waitFor(),
  alignment: (page) =>
    page.getByRole('region', { name: 'Alignment' }).getByRole('heading', { name: 'Nothing cascaded yet' }).waitFor(),
  okrs: (page) =>
    page
      .getByRole('region', { name: 'OKRs' })
      .getByText(/scored as of the cycle’s end|^No key results in this cycle/)
      .waitFor(),
  workshops: (page) => page.getByRole('region', { name: 'Workshops' }).getByRole('button', { name: 'New workshop…' }).waitFor(),
  incentives: (page) => page.getByRole('region', { name: 'Incentives' }).getByRole('button', { name: 'Create incentive plan' }).waitFor(),
  strategy: (page) =>
    page
      .getByRole('region', { name: 'Strategy check' })
      .locator('.cause-effect[aria-busy="false"]')
      .getByRole('table', { name: /^Cause-and-effect links/ })
      .waitFor(),
};

describe.each(['light', 'dark'] as const)('axe-core in the %s theme', (scheme) => {
  let app: RunningApp;
  let page: Page;
  const shot = (name: string) => page.screenshot({ path: join(resultsDir, `a11y-${scheme}-${name}.png`) });

  beforeAll(async () => {
    app = await startApp(browser, { colorScheme: scheme, viewport: { width: 1440, height: 900 } });
    page = app.page;
    page.setDefaultTimeout(10_000);
    await page.clock.setFixedTime(TODAY);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Harbour & Ember — Company Scorecard' }).waitFor();
    expect(await page.locator('html').getAttribute('data-theme')).toBe(scheme);
  });
  afterAll(async () => {
    const errors = app?.pageErrors ?? [];
    await app?.close();
    expect(errors).toEqual([]);
  });

  it.each(VIEW_LIST)(
    'finds nothing on the $label view',
    async ({ id, label }) => {
      await tab(page, label).click();
      await READY[id](page);
      await shot(id);
      expect(await violations(page)).toEqual([]);
    },
    AXE_TIMEOUT,
  );

  it(
    'finds nothing further down the entry grid, nor by month, where read-only cells say what they show',
    async () => {
      await tab(page, 'Enter data').click();
      await READY.grid(page);
      // Monthly KPIs sit low in the virtualised grid: scroll until their quarter totals are drawn.
      const online = page.getByRole('gridcell', { name: /^Online shop revenue, Q3 2026:/ });
      await scrollGridTo(page, online);
      await shot('grid-lower');
      expect(await violations(page)).toEqual([]);

      await page.getByLabel('View by').selectOption('month');
      await page.getByRole('gridcell', { name: /^Total revenue, Sep 2026:/ }).waitFor();
      await shot('grid-months');
      expect(await violations(page)).toEqual([]);
      await page.getByLabel('View by').selectOption('quarter');
      await page.getByRole('gridcell', { name: /^Total revenue, Q3 2026:/ }).waitFor();
    },
    AXE_TIMEOUT,
  );

  it(
    'finds nothing in an objective’s panel, a KPI’s detail, its notes and its form',
    async () => {
      await tab(page, 'Scorecard').click();
      await page.getByRole('button', { name: 'Improve gross margin', exact: true }).click();
      const panel = page.getByRole('region', { name: 'Improve gross margin: KPIs, initiatives and notes' });
      await panel.getByRole('rowheader', { name: /Gross margin/ }).waitFor();
      expect(await violations(page)).toEqual([]);

      await panel.getByRole('button', { name: 'Gross margin', exact: true }).click();
      const detail = page.getByRole('dialog', { name: 'Gross margin' });
      await expect
        .poll(() =>
          detail
            .getByRole('img', { name: /^History of Gross margin/ })
            .locator('svg')
            .textContent(),
        )
        .toContain('Q3 2026');
      await shot('kpi-detail');
      expect(await violations(page)).toEqual([]);

      await detail.getByRole('button', { name: 'Add a note…' }).click();
      const notes = page.getByRole('dialog', { name: 'Notes on Gross margin' });
      await notes.getByLabel('New note').waitFor();
      await shot('notes');
      expect(await violations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await notes.waitFor({ state: 'detached' });

      // One dialog at a time: the notes took the detail's place, so the form opens from the KPI's row.
      await panel.getByRole('button', { name: 'Edit KPI Gross margin' }).click();
      const form = page.getByRole('dialog', { name: 'Edit KPI' });
      await form.getByLabel('Unit', { exact: true }).waitFor();
      await shot('kpi-form');
      expect(await violations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await form.waitFor({ state: 'detached' });
    },
    AXE_TIMEOUT,
  );

  it(
    'finds nothing in the initiative form',
    async () => {
      await tab(page, 'Initiatives').click();
      await page.getByRole('button', { name: 'Edit initiative Wholesale CRM rollout' }).click();
      const form = page.getByRole('dialog', { name: 'Edit initiative' });
      await form.getByLabel('End date').waitFor();
      await shot('initiative-form');
      expect(await violations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await form.waitFor({ state: 'detached' });
    },
    AXE_TIMEOUT,
  );

  it(
    'finds nothing in the New scorecard dialog, starting from a template or a copy',
    async () => {
      await tab(page, 'Scorecard').click();
      await page.getByRole('button', { name: 'New scorecard…' }).click();
      const dialog = page.getByRole('dialog', { name: 'New scorecard' });
      await dialog.getByRole('radio', { name: 'Copy of a scorecard' }).check();
      await dialog.getByRole('radio', { name: 'With data' }).check();
      await shot('new-scorecard-copy');
      expect(await violations(page)).toEqual([]);
      await dialog.getByRole('radio', { name: 'From a template' }).check();
      await dialog.getByRole('group', { name: 'Template' }).getByRole('radio').first().check();
      await dialog.getByRole('region', { name: /^Preview: / }).getByText('Targets are left for you to set.').waitFor();
      await shot('new-scorecard-template');
      expect(await violations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    },
    AXE_TIMEOUT,
  );

  it(
    'finds nothing in the KPI library, nor in the KPI form’s library step',
    async () => {
      await page.getByRole('button', { name: 'Edit', exact: true }).click();
      await page.getByRole('menuitem', { name: 'KPI Library…' }).click();
      const library = page.getByRole('dialog', { name: 'KPI library' });
      await library.getByRole('listbox', { name: 'KPIs in the library' }).getByRole('option').first().waitFor();
      await shot('kpi-library');
      expect(await violations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await library.waitFor({ state: 'detached' });

      // The objective's panel is still open from the test above (a second click on its card would close it).
      await tab(page, 'Scorecard').click();
      const panel = page.getByRole('region', { name: 'Improve gross margin: KPIs, initiatives and notes' });
      if ((await panel.count()) === 0) await page.getByRole('button', { name: 'Improve gross margin', exact: true }).click();
      await panel.getByRole('button', { name: 'Add KPI to Improve gross margin' }).click();
      await page.getByRole('dialog', { name: 'Add KPI' }).getByRole('button', { name: 'Add from library…' }).click();
      const step = page.getByRole('dialog', { name: 'Add KPI from the library' });
      await step.getByRole('listbox', { name: 'KPIs in the library' }).getByRole('option').first().waitFor();
      expect(await violations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog', { name: 'Add KPI' }).getByRole('button', { name: 'Cancel' }).click();
    },
    AXE_TIMEOUT,
  );

  it(
    'finds nothing in the SMART check panel nor in a KPI’s SMART hint',
    async () => {
      await tab(page, 'Scorecard').click();
      await page.getByRole('button', { name: /^SMART check: \d+ hints?$/ }).click();
      await page
        .getByRole('region', { name: /^SMART check/ })
        .getByRole('heading', { name: /^Achievable/ })
        .waitFor();
      await page.getByRole('button', { name: 'Build a loyal online community', exact: true }).click();
      const panel = page.getByRole('region', { name: 'Build a loyal online community: KPIs, initiatives and notes' });
      await panel.getByRole('button', { name: 'SMART hint for Net Promoter Score: Achievable' }).click();
      await panel.getByRole('group', { name: 'SMART hints for Net Promoter Score' }).waitFor();
      await shot('smart');
      expect(await violations(page)).toEqual([]);
      await page.keyboard.press('Escape');
    },
    AXE_TIMEOUT,
  );
});
