/**
 * The entry grid in Chromium against the real backend, by keyboard: a quarter typed in with Enter, Tab and arrows,
 * a value that is not a number refused in place, a note asked for when a value turns red, a block pasted from a
 * spreadsheet in one step (and a bad block refused whole), a range cleared with Delete, and all of it still there
 * after a reload. Values are checked through the API, not only on screen.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describedBy, focused, launchBrowser, resultsDir, scrollGridTo, startApp, type RunningApp } from './browser';

interface Measurement {
  kpiId: number;
  period: string;
  actual: number | null;
  target: number | null;
  note: string;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(resultsDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const cell = (page: Page, kpi: string, period: string) =>
  page.getByRole('gridcell', { name: new RegExp(`^${escape(kpi)}, ${escape(period)}:`) });
const label = (page: Page, kpi: string, period: string) => cell(page, kpi, period).getAttribute('aria-label');
const classes = (page: Page, kpi: string, period: string) => cell(page, kpi, period).getAttribute('class');
const shot = (page: Page, name: string) => page.screenshot({ path: join(resultsDir, `${name}.png`) });

/** Scrolls the virtualised grid down until a cell is rendered. */
async function scrollTo(page: Page, kpi: string, period: string): Promise<void> {
  await scrollGridTo(page, cell(page, kpi, period));
}

/** Tab from wherever focus is until it lands in the grid (its one tab stop), as a keyboard user would. */
async function tabIntoGrid(page: Page): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if ((await focused(page, 'role')) === 'gridcell') return;
  }
  throw new Error('Tab never reached the grid');
}

describe('the entry grid', () => {
  let app: RunningApp;
  let page: Page;
  const ids = new Map<string, number>();
  const stored = async (kpi: string, period: string): Promise<Measurement | undefined> => {
    const list = (await app.api('measurement.list', { kpiId: ids.get(kpi) })) as Measurement[];
    return list.find((m) => m.period === period);
  };
  const actual = async (kpi: string, period: string) => (await stored(kpi, period))?.actual ?? null;

  afterAll(async () => app?.close());

  it('takes a quarter typed in by keyboard, colours each cell by its status, and asks for a note on red', async () => {
    app = await startApp(browser);
    page = app.page;
    for (const k of (await app.api('kpi.list', {})) as { id: number; name: string }[]) ids.set(k.name, k.id);
    await page.getByRole('heading', { level: 1, name: 'Harbour & Ember — Company Scorecard' }).waitFor();
    await page.keyboard.press('Control+2');
    await page.getByRole('grid').waitFor();
    await page.getByRole('button', { name: 'Next period' }).press('Enter');
    await expect.poll(() => page.getByRole('status', { name: 'Chosen period' }).textContent()).toBe('Q4 2026');
    await cell(page, 'Total revenue', 'Q4 2026').waitFor();
    await tabIntoGrid(page);
    await expect.poll(() => focused(page, 'aria-label')).toBe('Total revenue, Q4 2026: empty');

    // Type to overwrite, Enter to save and go down.
    for (const value of ['220,000', '95 000', '61.5%', '9.2']) {
      await page.keyboard.type(value);
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => label(page, 'Total revenue', 'Q4 2026')).toBe('Total revenue, Q4 2026: €220,000, on track');
    await expect
      .poll(() => label(page, 'Wholesale revenue', 'Q4 2026'))
      .toBe('Wholesale revenue, Q4 2026: €95,000, on track');
    await expect.poll(() => label(page, 'Gross margin', 'Q4 2026')).toBe('Gross margin, Q4 2026: 61.5 %, at risk');
    await expect
      .poll(() => label(page, 'Green coffee cost per kg roasted', 'Q4 2026'))
      .toBe('Green coffee cost per kg roasted, Q4 2026: 9.2 €/kg, off track');
    expect(await classes(page, 'Total revenue', 'Q4 2026')).toContain('cell-green');
    expect(await classes(page, 'Gross margin', 'Q4 2026')).toContain('cell-amber');
    expect(await classes(page, 'Green coffee cost per kg roasted', 'Q4 2026')).toContain('cell-red');
    expect(await actual('Total revenue', '2026-Q4')).toBe(220_000);
    expect(await actual('Gross margin', '2026-Q4')).toBe(61.5);

    // 9.2 €/kg turned the KPI red: a prompt asks for a note, and the grid keeps the focus until Shift+F2.
    const prompt = page.getByRole('dialog', { name: 'Off track: Green coffee cost per kg roasted' });
    await prompt.waitFor();
    await expect.poll(() => focused(page, 'aria-label')).toMatch(/^Labour cost as % of revenue, Q4 2026: /);
    await shot(page, 'grid-note-prompt-light');
    await page.keyboard.press('Shift+F2');
    await expect.poll(() => focused(page, 'aria-label')).toBeNull();
    expect(await page.evaluate('document.activeElement && document.activeElement.tagName')).toBe('TEXTAREA');
    await page.keyboard.type('Harvest prices rose 12 % in October.');
    await page.keyboard.press('Control+Enter');
    await prompt.waitFor({ state: 'detached' });
    expect((await stored('Green coffee cost per kg roasted', '2026-Q4'))?.note).toBe(
      'Harvest prices rose 12 % in October.',
    );
    expect((await stored('Green coffee cost per kg roasted', '2026-Q4'))?.actual).toBe(9.2);
    await expect.poll(() => label(page, 'Green coffee cost per kg roasted', 'Q4 2026')).toMatch(/has a note$/);
    await expect.poll(() => focused(page, 'aria-label')).toMatch(/^Labour cost as % of revenue, Q4 2026: /);

    // Arrows move, Tab saves and moves right, an arrow after typing saves and moves too.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => focused(page, 'aria-label')).toMatch(/^Labour cost as % of revenue, Q3 2026: /);
    await page.keyboard.type('31');
    await page.keyboard.press('Tab');
    await page.keyboard.type('30');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focused(page, 'aria-label')).toMatch(/^Waste, Q4 2026: /);
    await expect.poll(() => actual('Labour cost as % of revenue', '2026-Q4')).toBe(30);
    expect(await actual('Labour cost as % of revenue', '2026-Q3')).toBe(31);
    await shot(page, 'grid-typed-light');

    // Not a number: the text stays in the cell, in red with the reason, the cursor stays, and nothing is saved.
    await page.keyboard.type('abc');
    await page.keyboard.press('Enter');
    const input = page.getByRole('textbox', { name: 'Waste, Q4 2026' });
    await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(input)).toBe('✕ “abc” is not a number. Nothing was saved.');
    expect(await page.evaluate('document.activeElement && document.activeElement.tagName')).toBe('INPUT');
    await shot(page, 'grid-error-light');
    expect(await stored('Waste', '2026-Q4')).toBeUndefined();
    await page.keyboard.press('Escape');
    await expect.poll(() => label(page, 'Waste', 'Q4 2026')).toBe('Waste, Q4 2026: empty');
    expect(app.pageErrors).toEqual([]);
  });

  it('pastes a 3 × 4 block from a spreadsheet as one step (undo, redo), and refuses a block with bad cells whole', async () => {
    const periods = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'];
    const kpis = ['Total revenue', 'Wholesale revenue', 'Gross margin'];
    await page.keyboard.press('Control+Home');
    await expect.poll(() => focused(page, 'aria-label')).toMatch(/^Total revenue, Q1 2025: /);
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const paste = async (tsv: string) => {
      await page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(tsv)})`);
      await page.keyboard.press('Control+V');
    };

    const all = async () => {
      const out: (number | null)[][] = [];
      for (const kpi of kpis) out.push(await Promise.all(periods.map((period) => actual(kpi, period))));
      return out;
    };
    const before = await all();

    // As Excel puts it on the clipboard: tabs, CRLF, a trailing line end, a quoted cell, user number formats.
    await paste('€150,000\t152 000\t"160,500"\t171000\r\n60,000\t61000\t62,000.50\t-\r\n58%\t58.5\t(1)\t60\r\n');
    await expect.poll(() => actual('Gross margin', '2025-Q4')).toBe(60);
    const expected = [
      [150_000, 152_000, 160_500, 171_000],
      [60_000, 61_000, 62_000.5, null],
      [58, 58.5, -1, 60],
    ];
    expect(await all()).toEqual(expected);
    await expect.poll(() => page.getByRole('gridcell', { selected: true }).count()).toBe(12);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Pasted' }).textContent())
      .toBe('Pasted 3 rows × 4 columns.');
    await shot(page, 'grid-paste-light');

    // Copy gives the selected block back as a spreadsheet takes it: plain numbers, tabs, CRLF.
    await page.keyboard.press('Control+c');
    await expect
      .poll(() => page.evaluate('navigator.clipboard.readText()'))
      .toBe('150000\t152000\t160500\t171000\r\n60000\t61000\t62000.5\t\r\n58\t58.5\t-1\t60');

    // The paste was one step: one undo takes back all twelve cells, one redo puts them back.
    await expect.poll(() => focused(page, 'role')).toBe('gridcell');
    await page.keyboard.press('Control+z');
    await expect.poll(all).toEqual(before);
    await page.getByText('Undid: Paste 12 values').waitFor();
    await expect
      .poll(() => label(page, 'Total revenue', 'Q1 2025'))
      .toMatch(/^Total revenue, Q1 2025: 151,200, target €170,000 for this period, /);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(all).toEqual(expected);
    await expect
      .poll(() => label(page, 'Total revenue', 'Q1 2025'))
      .toMatch(/^Total revenue, Q1 2025: 150,000, target €170,000 for this period, /);

    // One bad cell and the whole block is refused: the bad cells say why, and nothing changes on disk.
    await paste('1\t2\t3\t4\r\n5\tabc\t7\t8\r\n9\t10\t11\t12x\r\n');
    await expect.poll(() => page.getByRole('gridcell', { name: /Not saved/ }).count()).toBe(2);
    expect(await label(page, 'Wholesale revenue', 'Q2 2025')).toContain('Not saved: “abc” is not a number');
    expect(await label(page, 'Gross margin', 'Q4 2025')).toContain('Not saved: “12x” is not a number');
    expect(await page.locator('.grid-message').textContent()).toMatch(
      /^Nothing pasted: 2 cells are wrong, marked in red\./,
    );
    expect(await all()).toEqual(expected);
    await shot(page, 'grid-bad-paste-light');

    // Too big for the space below the cursor: refused with the sizes.
    await page.keyboard.press('Control+End');
    await paste('1\t2\r\n3\t4\r\n');
    await expect
      .poll(() => page.locator('.grid-message').textContent())
      .toMatch(/^Nothing pasted: the block is 2 rows × 2 columns/);
  });

  it('clears a selected range with Delete in one save, and selects with the mouse', async () => {
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(() => page.getByRole('gridcell', { selected: true }).count()).toBe(4);
    await page.keyboard.press('Delete');
    await expect.poll(() => actual('Wholesale revenue', '2025-Q2')).toBeNull();
    expect(await actual('Total revenue', '2025-Q1')).toBeNull();
    expect(await actual('Total revenue', '2025-Q2')).toBeNull();
    expect(await actual('Wholesale revenue', '2025-Q1')).toBeNull();
    // The sample's note on Total revenue, Q1 2025 outlives its value.
    expect((await stored('Total revenue', '2025-Q1'))?.note).toMatch(/Quiet January/);
    expect(await actual('Total revenue', '2025-Q3')).toBe(160_500);
    await expect.poll(() => label(page, 'Total revenue', 'Q1 2025')).toMatch(/^Total revenue, Q1 2025: empty/);

    // The mouse selects too: Shift+click spans a range, a drag spans another.
    await cell(page, 'Total revenue', 'Q2 2025').click();
    await cell(page, 'Gross margin', 'Q4 2025').click({ modifiers: ['Shift'] });
    await expect.poll(() => page.getByRole('gridcell', { selected: true }).count()).toBe(9);
    await cell(page, 'Wholesale revenue', 'Q1 2026').hover();
    await page.mouse.down();
    await cell(page, 'Wholesale revenue', 'Q2 2026').hover();
    await cell(page, 'Gross margin', 'Q3 2026').hover();
    await page.mouse.up();
    await expect.poll(() => page.getByRole('gridcell', { selected: true }).count()).toBe(6);
    await expect.poll(() => focused(page, 'aria-label')).toMatch(/^Gross margin, Q3 2026: /);
  });

  it('finds everything after a reload, and shows target overrides and read-only cells', async () => {
    await page.reload();
    await page.getByRole('grid').waitFor();
    // The document opens on its latest period with data: the quarter typed in above.
    await expect.poll(() => page.getByRole('status', { name: 'Chosen period' }).textContent()).toBe('Q4 2026');
    await cell(page, 'Total revenue', 'Q4 2026').waitFor();
    expect(await label(page, 'Total revenue', 'Q4 2026')).toBe('Total revenue, Q4 2026: €220,000, on track');
    expect(await label(page, 'Green coffee cost per kg roasted', 'Q4 2026')).toBe(
      'Green coffee cost per kg roasted, Q4 2026: 9.2 €/kg, off track, has a note',
    );
    expect(await label(page, 'Total revenue', 'Q3 2025')).toMatch(/^Total revenue, Q3 2025: €160,500, /);
    expect(await label(page, 'Total revenue', 'Q4 2025')).toMatch(/target €225,000 for this period/);
    expect(await cell(page, 'Total revenue', 'Q4 2025').textContent()).toContain('target 225,000');

    // The monthly KPI in a quarter grid shows its months' total, read-only, and says why.
    await scrollTo(page, 'Online shop revenue', 'Q3 2026');
    const online = cell(page, 'Online shop revenue', 'Q3 2026');
    expect(await online.getAttribute('aria-readonly')).toBe('true');
    expect(await online.getAttribute('aria-label')).toMatch(
      /Read-only\. Measured monthly: this column shows the total of its months\./,
    );
    await online.click();
    await page.keyboard.type('5');
    await expect
      .poll(() => page.locator('.grid-message').textContent())
      .toMatch(/^Online shop revenue cannot be entered here/);
    expect(await page.getByRole('textbox').count()).toBe(0);

    // By month, the monthly KPI takes values and the quarterly ones show their quarter's value, read-only.
    await page.getByLabel('View by').selectOption('month');
    await expect.poll(() => page.locator('.grid-scope').textContent()).toMatch(/^Months of 2026\./);
    await cell(page, 'Online shop revenue', 'Oct 2026').click();
    await page.keyboard.type('€12,900');
    await page.keyboard.press('Enter');
    await expect.poll(() => actual('Online shop revenue', '2026-10')).toBe(12_900);
    await expect
      .poll(() => label(page, 'Online shop revenue', 'Oct 2026'))
      .toMatch(/^Online shop revenue, Oct 2026: €12,900, /);
    expect(await label(page, 'Repeat online customers', 'Sep 2026')).toMatch(
      /Read-only\. Measured quarterly: this column shows the value of its quarter\./,
    );
    expect(await cell(page, 'Repeat online customers', 'Sep 2026').textContent()).toContain('Q3 value');

    // With the scorecard's "ask for a note" setting off, a value turning red asks nothing.
    const [scorecard] = (await app.api('scorecard.list', {})) as { id: number }[];
    await app.api('scorecard.update', { id: scorecard!.id, requireNoteOnRed: false });
    await page.reload();
    await page.getByLabel('View by').selectOption('month');
    await scrollTo(page, 'Online shop revenue', 'Nov 2026');
    await cell(page, 'Online shop revenue', 'Nov 2026').click();
    await page.keyboard.type('100');
    await page.keyboard.press('Enter');
    await expect.poll(() => label(page, 'Online shop revenue', 'Nov 2026')).toMatch(/: €100, off track$/);
    await page.waitForTimeout(300);
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(app.pageErrors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});

describe('the entry grid while the disk is slow', () => {
  it('shows a typed value with its status before the save is answered, and takes it back when the save is refused', async () => {
    const app = await startApp(browser);
    const { page } = app;
    try {
      // Each save is held after the backend (real) has answered, as a slow disk would hold it; the second one is
      // answered with the backend's refusal of a document that became read-only meanwhile.
      // A latch, not a callback the handler sets: on a busy machine the test may release the save before the
      // backend's answer has even come back to the handler, and a release made then must not be lost.
      let released = false;
      let wake = () => undefined as void;
      const release = () => {
        released = true;
        wake();
      };
      let refuse = false;
      await page.route('**/api', async (route) => {
        const method = (route.request().postDataJSON() as { method?: string } | null)?.method;
        if (method !== 'measurement.setMany') return route.continue();
        if (refuse) {
          const error = { code: 'READ_ONLY', message: 'The document is read-only.' };
          return route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: false, error }) });
        }
        const response = await route.fetch();
        if (!released) await new Promise<void>((resolve) => (wake = resolve));
        await route.fulfill({ response });
      });
      await page.getByRole('heading', { level: 1, name: 'Harbour & Ember — Company Scorecard' }).waitFor();
      await page.keyboard.press('Control+2');
      await page.getByRole('grid').waitFor();
      await cell(page, 'Total revenue', 'Q3 2026').click();
      const before = await label(page, 'Total revenue', 'Q3 2026');
      await page.keyboard.type('1000');
      await page.keyboard.press('Enter');
      // Saved on disk, not yet answered: the cell already shows the value and the status it has, and says "saving".
      await expect.poll(() => label(page, 'Total revenue', 'Q3 2026')).toBe('Total revenue, Q3 2026: €1,000, off track, saving');
      expect(await classes(page, 'Total revenue', 'Q3 2026')).toContain('cell-red');
      await page.getByRole('contentinfo').getByText('Saving…').waitFor();
      release();
      await expect.poll(() => label(page, 'Total revenue', 'Q3 2026')).toMatch(/^Total revenue, Q3 2026: €1,000, off track/);
      await page.getByRole('contentinfo').getByText('All changes saved').waitFor();
      expect(await label(page, 'Total revenue', 'Q3 2026')).not.toMatch(/saving/);

      // Refused: the cell goes back to what the document holds and says why, next to where the user typed.
      refuse = true;
      await cell(page, 'Total revenue', 'Q3 2026').click();
      await page.keyboard.type('5');
      await page.keyboard.press('Enter');
      await page.getByText(/Nothing saved: .*read-only/i).waitFor();
      await expect.poll(() => label(page, 'Total revenue', 'Q3 2026')).toMatch(/^Total revenue, Q3 2026: €1,000, off track/);
      expect(before).not.toMatch(/€1,000/);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe.each(['light', 'dark'] as const)('the entry grid in the %s theme', (scheme) => {
  let app: RunningApp;
  afterAll(async () => app?.close());

  it('shows values, an edit, a refused value, a selection and the note prompt', async () => {
    app = await startApp(browser, { colorScheme: scheme });
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Harbour & Ember — Company Scorecard' }).waitFor();
    expect(await page.evaluate('document.documentElement.dataset.theme')).toBe(scheme);
    await page.keyboard.press('Control+2');
    await page.getByRole('button', { name: 'Next period' }).press('Enter');
    await cell(page, 'Total revenue', 'Q4 2026').waitFor();
    await tabIntoGrid(page);
    await shot(page, `grid-${scheme}`);

    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('F2');
    const input = page.getByRole('textbox', { name: 'Total revenue, Q3 2026' });
    expect(await input.inputValue()).toBe('206500');
    await shot(page, `grid-editing-${scheme}`);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('lots');
    await page.keyboard.press('Enter');
    await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
    await shot(page, `grid-error-cell-${scheme}`);
    await page.keyboard.press('Escape');

    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(() => page.getByRole('gridcell', { selected: true }).count()).toBe(6);
    await shot(page, `grid-selection-${scheme}`);

    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+ArrowUp');
    await page.keyboard.press('Control+ArrowRight');
    await expect.poll(() => focused(page, 'aria-label')).toBe('Total revenue, Q4 2026: empty');
    await page.keyboard.type('150000');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Off track: Total revenue' }).waitFor();
    await shot(page, `grid-note-prompt-${scheme}`);
    expect(app.pageErrors).toEqual([]);
  });
});
