/**
 * New scorecard, as a user starts one: a copy of the sample with its data shows the same statuses as the original;
 * a copy of its structure shows no values; a blank one still works; a template's scorecard shows the template's
 * perspectives and objectives on the overview and its links on the strategy map, and Ctrl+Z takes it away again.
 * Every step is photographed, in the light and the dark theme.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScorecardTemplate, TemplateSummary } from '../../src/shared/templates';
import { focused, launchBrowser, resultsDir, startApp } from './browser';

/** The templates ship with resources/templates.json (issue 14's templates work); the template story needs them. */
const HAS_TEMPLATES = existsSync(resolve(__dirname, '../../resources/templates.json'));
const SAMPLE = 'Harbour & Ember — Company Scorecard';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(resultsDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const shot = (page: Page, name: string) => page.screenshot({ path: join(resultsDir, `new-scorecard-${name}.png`) });
const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
const dialogOf = (page: Page) => page.getByRole('dialog', { name: 'New scorecard' });

async function openDialog(page: Page) {
  await page.getByRole('button', { name: 'New scorecard…' }).click();
  const dialog = dialogOf(page);
  await dialog.waitFor();
  return dialog;
}

/** What the overview shows of each objective: its status and each KPI's status and value, as read out. */
function overview(page: Page) {
  return page.locator('article.objective-card').evaluateAll((cards) =>
    cards.map((card) => ({
      objective: card.querySelector('h3')?.textContent,
      status: card.querySelector('.status-label')?.textContent,
      score: card.querySelector('.score')?.textContent,
      kpis: [...card.querySelectorAll('.card-kpi')].map((li) => li.textContent),
    })),
  );
}

const statusMessage = (page: Page) => page.locator('.status-message').textContent();
const chosenPeriod = (page: Page) => page.getByRole('status', { name: 'Chosen period' }).textContent();

describe('a new scorecard from a copy, or blank', () => {
  it(
    'copies the sample with data and with its structure only, and still makes a blank scorecard',
    { timeout: 120_000 },
    async () => {
      const app = await startApp(browser);
      const { page } = app;
      try {
        await heading(page, SAMPLE).waitFor();
        await expect.poll(() => chosenPeriod(page)).toBe('Q3 2026');
        const original = await overview(page);
        expect(original.length).toBeGreaterThan(8);

        const dialog = await openDialog(page);
        // Focus starts on the chosen way to start; the arrow keys move through the choices.
        await expect.poll(() => focused(page, 'value')).toBe('blank');
        await shot(page, '1-blank');
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('ArrowDown');
        await expect.poll(() => focused(page, 'value')).toBe('copy');
        expect(await dialog.getByRole('radio', { name: 'Copy of a scorecard' }).isChecked()).toBe(true);
        expect(await dialog.getByRole('combobox', { name: 'Scorecard to copy' }).inputValue()).toBe('1');
        await dialog.getByRole('radio', { name: 'With data' }).check();
        expect(await dialog.getByRole('textbox', { name: 'Name' }).getAttribute('placeholder')).toBe(
          `${SAMPLE} (copy)`,
        );
        await shot(page, '2-copy-with-data');
        await dialog.getByRole('button', { name: 'Create scorecard' }).click();
        await dialog.waitFor({ state: 'detached' });

        // The copy is shown, on the same period, with the same statuses, scores and values as the original.
        await heading(page, `${SAMPLE} (copy)`).waitFor();
        await expect.poll(() => chosenPeriod(page)).toBe('Q3 2026');
        expect(await overview(page)).toEqual(original);
        await shot(page, '3-copy-overview');

        // Structure only: the same objectives and KPIs, no values.
        await openDialog(page);
        await dialogOf(page).getByRole('radio', { name: 'Copy of a scorecard' }).check();
        await dialogOf(page).getByRole('combobox', { name: 'Scorecard to copy' }).selectOption({ label: SAMPLE });
        expect(await dialogOf(page).getByRole('radio', { name: 'Structure only' }).isChecked()).toBe(true);
        // The name it would get says which copy it is.
        expect(await dialogOf(page).getByRole('textbox', { name: 'Name' }).getAttribute('placeholder')).toBe(
          `${SAMPLE} (copy 2)`,
        );
        await dialogOf(page).getByRole('textbox', { name: 'Name' }).fill('Harbour & Ember 2027');
        await dialogOf(page).getByRole('button', { name: 'Create scorecard' }).click();
        await heading(page, 'Harbour & Ember 2027').waitFor();
        await page.getByRole('combobox', { name: 'View by' }).selectOption('quarter');
        const empty = await overview(page);
        expect(empty.map((o) => o.objective)).toEqual(original.map((o) => o.objective));
        expect(empty.map((o) => o.kpis.length)).toEqual(original.map((o) => o.kpis.length));
        for (const o of empty) {
          expect(o.status).toBe('No data');
          for (const kpi of o.kpis) expect(kpi).toMatch(/^–No data: .*—$/);
        }
        await shot(page, '4-structure-only');

        // Blank: four empty perspectives, with the fiscal year and review rhythm chosen.
        await openDialog(page);
        const name = dialogOf(page).getByRole('textbox', { name: 'Name' });
        await dialogOf(page).getByRole('button', { name: 'Create scorecard' }).click();
        // The name is required for a blank scorecard: the message sits beside the field, and focus goes there.
        await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true');
        await expect.poll(() => focused(page, 'name')).toBe('name');
        await name.fill('Roastery');
        await dialogOf(page).getByRole('combobox', { name: 'Fiscal year starts in' }).selectOption({ label: 'April' });
        await dialogOf(page).getByRole('combobox', { name: 'Review by' }).selectOption('month');
        await shot(page, '5-blank-filled');
        await dialogOf(page).getByRole('button', { name: 'Create scorecard' }).click();
        await heading(page, 'Roastery').waitFor();
        expect(await page.locator('section.perspective h2').allTextContents()).toHaveLength(4);
        const created = (
          (await app.api('scorecard.list', {})) as { name: string; fiscalYearStartMonth: number; granularity: string }[]
        ).at(-1)!;
        expect(created).toMatchObject({ name: 'Roastery', fiscalYearStartMonth: 4, granularity: 'month' });

        // Each of them is one undo step: Ctrl+Z takes the blank one away and shows a scorecard that is left.
        await page.evaluate('document.activeElement && document.activeElement.blur && document.activeElement.blur()');
        await page.keyboard.press('Control+z');
        await expect.poll(() => statusMessage(page)).toBe('Undid: Add scorecard “Roastery”');
        await page.keyboard.press('Control+z');
        await expect.poll(() => statusMessage(page)).toBe(`Undid: Copy scorecard “${SAMPLE}”`);
        await heading(page, 'Roastery').waitFor({ state: 'detached' });
        expect(((await app.api('scorecard.list', {})) as { name: string }[]).map((s) => s.name)).toEqual([
          SAMPLE,
          `${SAMPLE} (copy)`,
        ]);
        expect(app.pageErrors).toEqual([]);
      } finally {
        await app.close();
      }
    },
  );
});

describe.skipIf(!HAS_TEMPLATES)('a new scorecard from a template', () => {
  it(
    'shows the template’s perspectives, objectives and links, and Ctrl+Z undoes it',
    { timeout: 120_000 },
    async () => {
      const app = await startApp(browser, { colorScheme: 'dark' });
      const { page } = app;
      try {
        await heading(page, SAMPLE).waitFor();
        const summaries = (await app.api('template.list', {})) as TemplateSummary[];
        const cafe = summaries.find((t) => /caf[eé]/i.test(`${t.id} ${t.name} ${t.industry}`))!;
        const template = (await app.api('template.get', { id: cafe.id })) as ScorecardTemplate;

        const dialog = await openDialog(page);
        await dialog.getByRole('radio', { name: 'From a template' }).check();
        const group = dialog.getByRole('group', { name: 'Template' });
        await expect.poll(() => group.getByRole('radio').count()).toBe(summaries.length);
        await shot(page, '6-template-list-dark');
        // Without a template chosen, Create says so beside the list.
        await dialog.getByRole('button', { name: 'Create scorecard' }).click();
        await dialog.getByText(/^✕ choose a template$/).waitFor();
        await group.getByRole('radio', { name: cafe.name, exact: true }).check();
        const preview = dialog.getByRole('region', { name: `Preview: ${template.name}` });
        await preview.waitFor();
        await preview.getByText('Targets are left for you to set.').waitFor();
        expect(await preview.getByRole('heading', { level: 4 }).allTextContents()).toEqual(
          template.perspectives.map((p) => p.name),
        );
        for (const o of template.objectives) await preview.getByText(o.title, { exact: true }).waitFor();
        await preview.getByText(template.kpis[0]!.name, { exact: false }).first().waitFor();
        expect(await dialog.getByRole('textbox', { name: 'Name' }).getAttribute('placeholder')).toBe(template.name);
        await shot(page, '7-template-preview-dark');
        await dialog.getByRole('button', { name: 'Create scorecard' }).click();
        await dialog.waitFor({ state: 'detached' });

        // The overview shows its perspectives and objectives; the map draws every link.
        await heading(page, template.name).waitFor();
        expect(await page.locator('section.perspective h2').allTextContents()).toEqual(
          template.perspectives.map((p) => p.name),
        );
        const titles = await page.locator('article.objective-card h3').allTextContents();
        expect([...titles].sort()).toEqual(template.objectives.map((o) => o.title).sort());
        await shot(page, '8-template-overview-dark');
        await page.getByRole('button', { name: 'Strategy map' }).click();
        const links = page.getByRole('button', { name: /^Link from / });
        await expect.poll(() => links.count()).toBe(template.links.length);
        await page
          .getByRole('button', { name: new RegExp(`^${template.objectives[0]!.title}:`) })
          .scrollIntoViewIfNeeded();
        await shot(page, '9-template-map-dark');

        await page.evaluate('document.activeElement && document.activeElement.blur && document.activeElement.blur()');
        await page.keyboard.press('Control+z');
        await expect.poll(() => statusMessage(page)).toBe(`Undid: New scorecard from template “${template.name}”`);
        await heading(page, template.name).waitFor({ state: 'detached' });
        await heading(page, SAMPLE).waitFor();
        expect(((await app.api('scorecard.list', {})) as { name: string }[]).map((s) => s.name)).toEqual([SAMPLE]);
        expect(app.pageErrors).toEqual([]);
      } finally {
        await app.close();
      }
    },
  );

  it('starts a new document from a template when none is open', { timeout: 60_000 }, async () => {
    const app = await startApp(browser, { noDocument: true });
    const { page } = app;
    try {
      await page.getByRole('heading', { level: 1, name: 'Plan your quarter on one page' }).waitFor();
      const [first] = (await app.api('template.list', {})) as TemplateSummary[];
      const dialog = await openDialog(page);
      expect(await dialog.getByRole('radio').first().isChecked()).toBe(true);
      // Nothing to copy yet: the choices are blank and a template.
      expect(await dialog.getByRole('radio', { name: 'Copy of a scorecard' }).count()).toBe(0);
      await dialog.getByRole('radio', { name: 'From a template' }).check();
      await dialog.getByRole('radio', { name: first!.name, exact: true }).check();
      await dialog.getByRole('textbox', { name: 'File path' }).fill(join(app.dir, 'Client plan'));
      await shot(page, '10-new-document-from-template');
      // Unnamed, it is named after its file, as the placeholder says.
      expect(await dialog.getByRole('textbox', { name: 'Name' }).getAttribute('placeholder')).toBe('Client plan');
      await dialog.getByRole('button', { name: 'Create scorecard' }).click();
      await heading(page, 'Client plan').waitFor();
      expect(await page.locator('section.perspective h2').allTextContents()).toHaveLength(first!.perspectives);
      expect(await page.locator('article.objective-card').count()).toBe(first!.objectives);
      await page.getByRole('contentinfo').getByText(join(app.dir, 'Client plan.scorecard')).waitFor();
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('a new document, blank', () => {
  it('asks for the file, then makes its first scorecard with the settings chosen', { timeout: 60_000 }, async () => {
    const app = await startApp(browser, { noDocument: true, colorScheme: 'dark' });
    const { page } = app;
    try {
      await page.getByRole('heading', { level: 1, name: 'Plan your quarter on one page' }).waitFor();
      const dialog = await openDialog(page);
      await dialog.getByRole('textbox', { name: 'Name' }).fill('Bakery plan');
      await dialog.getByRole('combobox', { name: 'Review by' }).selectOption('month');
      await dialog.getByRole('button', { name: 'Create scorecard' }).click();
      await dialog.getByText('a file path is required').waitFor();
      await dialog.getByRole('textbox', { name: 'File path' }).fill(join(app.dir, 'Bakery'));
      await shot(page, '11-new-document-blank-dark');
      await dialog.getByRole('button', { name: 'Create scorecard' }).click();
      await heading(page, 'Bakery plan').waitFor();
      await page.getByRole('contentinfo').getByText(join(app.dir, 'Bakery.scorecard')).waitFor();
      expect(await app.api('scorecard.list', {})).toMatchObject([{ name: 'Bakery plan', granularity: 'month' }]);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
