/**
 * The main story in the person's language, in Chromium against the real backend: numbers typed into the entry grid
 * the way the locale writes them ("1.234,5" and "12,5 %" in German, "1,234.5" and "12.5%" in English), shown back
 * the same way, stored as the numbers they mean; an entry that reads only the other way ("1.5" in German) refused
 * beside the cell with the locale's own message and nothing saved; a block pasted from a spreadsheet of that
 * locale; the grid's toolbar and legend in the language. Other views join this story as they are translated.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describedBy, focused, launchBrowser, resultsDir, startApp, type RunningApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(resultsDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

interface Measurement {
  kpiId: number;
  period: string;
  actual: number | null;
}

interface Story {
  locale: string;
  /** What is typed, and what the cell and its label then show. */
  amount: { typed: string; shown: string; label: RegExp };
  percent: { typed: string; label: RegExp };
  /** An entry written the other way, and the message it is refused with. */
  ambiguous: { typed: string; message: string };
  /** A 2 × 2 block as a spreadsheet of the locale copies it, and what copying it back gives. */
  block: { tsv: string; copied: string };
  words: { legend: string; onTrack: string; note: string; hint: string; grid: RegExp; corner: string };
}

const stories: Story[] = [
  {
    locale: 'de-DE',
    amount: { typed: '1.234,5', shown: '1.234,5', label: /: 1\.234,5 €, / },
    percent: { typed: '12,5 %', label: /: 12,5 %, / },
    ambiguous: {
      typed: '1.5',
      message:
        '✕ „1.5“ ist nicht eindeutig: Im Deutschen trennt das Komma die Dezimalstellen. Meinten Sie 1,5? Nichts wurde gespeichert.',
    },
    block: { tsv: '1.234,5\t2.000\r\n"1.000.000,25"\t7,5\r\n', copied: '1234,5\t2000\r\n1000000,25\t7,5' },
    words: {
      legend: 'Legende',
      onTrack: 'Im Plan',
      note: 'Notiz…',
      hint: 'Ändern Sie sie mit der Periode oben.',
      grid: /^Werte nach KPI und Quartal, /,
      corner: 'KPI',
    },
  },
  {
    locale: 'en-US',
    amount: { typed: '1,234.5', shown: '1,234.5', label: /: €1,234\.5, / },
    percent: { typed: '12.5%', label: /: 12\.5 %, / },
    ambiguous: {
      typed: '1,5',
      message: '✕ “1,5” is ambiguous: in English a point separates the decimals. Did you mean 1.5? Nothing was saved.',
    },
    block: { tsv: '1,234.5\t2,000\r\n"1,000,000.25"\t7.5\r\n', copied: '1234.5\t2000\r\n1000000.25\t7.5' },
    words: {
      legend: 'Legend',
      onTrack: 'On track',
      note: 'Note…',
      hint: 'Change them with the period above.',
      grid: /^Values by KPI and quarter, /,
      corner: 'KPI',
    },
  },
];

/** Tab from wherever focus is until it lands in the grid (its one tab stop), as a keyboard user would. */
async function tabIntoGrid(page: Page): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if ((await focused(page, 'role')) === 'gridcell') return;
  }
  throw new Error('Tab never reached the grid');
}

describe.each(stories)('the main story in $locale', (story) => {
  let app: RunningApp;
  let page: Page;
  const ids = new Map<string, number>();
  const actual = async (kpi: string, period: string): Promise<number | null | undefined> => {
    const list = (await app.api('measurement.list', { kpiId: ids.get(kpi) })) as Measurement[];
    return list.find((m) => m.period === period)?.actual;
  };
  const cellOf = (kpi: string, column: string) =>
    page.getByRole('gridcell', { name: new RegExp(`^${kpi}, ${column.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:`) });

  afterAll(async () => app?.close());

  it('enters numbers as the locale writes them, refuses one written the other way, and pastes a block', async () => {
    app = await startApp(browser, { locale: story.locale });
    page = app.page;
    for (const k of (await app.api('kpi.list', {})) as { id: number; name: string }[]) ids.set(k.name, k.id);
    await page.getByRole('heading', { level: 1, name: 'Harbour & Ember — Company Scorecard' }).waitFor();
    await page.keyboard.press('Control+2');
    const grid = page.getByRole('grid');
    await grid.waitFor();

    // The grid's own words are in the language.
    expect(await grid.getAttribute('aria-label')).toMatch(story.words.grid);
    const legend = page.getByRole('list', { name: story.words.legend });
    expect(await legend.textContent()).toContain(story.words.onTrack);
    await page.getByRole('button', { name: story.words.note }).waitFor();
    await page.getByText(story.words.hint).waitFor();
    await page.getByRole('columnheader', { name: story.words.corner, exact: true }).waitFor();

    await tabIntoGrid(page);
    const first = (await focused(page, 'aria-label')) ?? '';
    const column = /^Total revenue, (.+?):/.exec(first)?.[1];
    expect(column).toBeTruthy();

    // An amount with thousands and decimals, Enter saves and goes down; a percentage two rows further.
    await page.keyboard.type(story.amount.typed);
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focused(page, 'aria-label')).toMatch(/^Gross margin, /);
    await page.keyboard.type(story.percent.typed);
    await page.keyboard.press('Enter');

    const total = cellOf('Total revenue', column!);
    await expect.poll(() => total.getAttribute('aria-label')).toMatch(story.amount.label);
    expect(await total.locator('.cell-value').textContent()).toBe(story.amount.shown);
    await expect.poll(() => cellOf('Gross margin', column!).getAttribute('aria-label')).toMatch(story.percent.label);
    const key = keyOf(column!);
    await expect.poll(() => actual('Total revenue', key)).toBe(1234.5);
    await expect.poll(() => actual('Gross margin', key)).toBe(12.5);

    // Written the other way: refused beside the cell, in the language, and nothing saved.
    const before = await actual('Green coffee cost per kg roasted', key);
    await expect.poll(() => focused(page, 'aria-label')).toMatch(/^Green coffee cost per kg roasted, /);
    await page.keyboard.type(story.ambiguous.typed);
    await page.keyboard.press('Enter');
    const input = page.getByRole('textbox', { name: `Green coffee cost per kg roasted, ${column}` });
    await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(input)).toBe(story.ambiguous.message);
    await page.screenshot({ path: join(resultsDir, `language-story-${story.locale}-refused.png`) });
    expect(await actual('Green coffee cost per kg roasted', key)).toBe(before);
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page, 'role')).toBe('gridcell');

    // A block as the locale's spreadsheet copies it: grouped thousands, decimal separators, a quoted cell.
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.keyboard.press('Control+Home');
    await expect.poll(() => focused(page, 'aria-label')).toMatch(/^Total revenue, /);
    const firstColumn = /^Total revenue, (.+?):/.exec((await focused(page, 'aria-label')) ?? '')![1]!;
    const firstKey = keyOf(firstColumn);
    const secondKey = keyOf(firstColumn, 1);
    await page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(story.block.tsv)})`);
    await page.keyboard.press('Control+V');
    await expect.poll(() => actual('Wholesale revenue', secondKey)).toBe(7.5);
    expect(await actual('Total revenue', firstKey)).toBe(1234.5);
    expect(await actual('Total revenue', secondKey)).toBe(2000);
    expect(await actual('Wholesale revenue', firstKey)).toBe(1_000_000.25);
    await page.keyboard.press('Control+c');
    await expect.poll(() => page.evaluate('navigator.clipboard.readText()')).toBe(story.block.copied);
    await page.screenshot({ path: join(resultsDir, `language-story-${story.locale}-grid.png`) });
    expect(app.pageErrors).toEqual([]);
  });
});

/** The period key of a column the grid labels so ("Q3 2026" → "2026-Q3"), or of the column `offset` after it. */
function keyOf(label: string, offset = 0): string {
  const m = /^(?:Q|T)([1-4]) (\d{4})$/.exec(label);
  if (!m) throw new Error(`not a quarter label: ${label}`);
  let q = Number(m[1]) + offset;
  let y = Number(m[2]);
  while (q > 4) {
    q -= 4;
    y++;
  }
  return `${y}-Q${q}`;
}
