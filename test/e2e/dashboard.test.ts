/**
 * The dashboard in Chromium on the sample: open it, step to another period and see the numbers change, export
 * charts as SVG and PNG from the menu, by mouse and by keyboard, and look at it in light and dark.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focused, launchBrowser, resultsDir, startApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(resultsDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

async function openDashboard(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.getByRole('button', { name: 'Dashboard' }).click();
  await page.locator('.dashboard[data-rendered-period]').waitFor();
}

/** The period the dashboard shows, once it is not loading and every chart in the window is drawn. */
async function renderedPeriod(page: Page): Promise<string | null> {
  const dashboard = page.locator('.dashboard[aria-busy="false"]');
  if ((await dashboard.count()) === 0 || (await page.locator('.dashboard .chart[data-drawn="false"]').count()) > 0) {
    return null;
  }
  return dashboard.getAttribute('data-rendered-period');
}

/** The perspective table's rows as text: the numbers a reader compares. */
async function perspectiveNumbers(page: Page): Promise<string[]> {
  return page.getByRole('table', { name: 'Perspective scores, compared' }).locator('tbody tr').allInnerTexts();
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the dashboard', () => {
  it('shows the period of the header, follows the period picker and compares with earlier periods', async () => {
    const app = await startApp(browser);
    const { page } = app;
    try {
      await openDashboard(page);
      await expect.poll(() => renderedPeriod(page)).toBe('2026-Q3');
      const region = page.getByRole('region', { name: 'Overall score', exact: true });
      await region.getByRole('img', { name: 'Overall score gauge, Q3 2026' }).waitFor();
      expect(await region.innerText()).toMatch(/pts vs Q2 2026|no change vs Q2 2026/);
      expect(await region.innerText()).toMatch(/vs Q3 2025|no data for Q3 2025/);
      const q3 = await perspectiveNumbers(page);
      expect(q3).toHaveLength(4);
      await page.getByRole('region', { name: 'Forecast' }).getByText('End of Q3 2026').waitFor();
      await page.getByRole('region', { name: 'KPIs with no data for Q3 2026' }).waitFor();
      // Screen readers get each chart's numbers as text: the heatmap as a table, one row per objective.
      const heatmapTable = page.getByRole('table', { name: 'Objective scores by period' });
      expect(await heatmapTable.locator('tbody tr').count()).toBe(12);
      expect(await heatmapTable.locator('thead th').allInnerTexts()).toContain('Q3 2026');

      await page.getByRole('button', { name: 'Previous period' }).click();
      await expect.poll(() => renderedPeriod(page)).toBe('2026-Q2');
      await page.getByRole('img', { name: 'Overall score gauge, Q2 2026' }).waitFor();
      const q2 = await perspectiveNumbers(page);
      expect(q2).not.toEqual(q3);
      expect(await page.getByRole('region', { name: 'Overall score', exact: true }).innerText()).toMatch(/Q1 2026/);

      // A month view: the trend and heatmap run over months.
      await page.getByLabel('View by').selectOption('month');
      await expect.poll(async () => (await renderedPeriod(page))?.length).toBe(7);
      await page.getByRole('heading', { name: /^KPIs with no data for [A-Z][a-z]{2} 2026$/ }).waitFor();
      expect(app.foreignRequests).toEqual([]);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('exports a chart as SVG from its button and as PNG from the context menu and the keyboard', async () => {
    const app = await startApp(browser);
    const { page } = app;
    try {
      await openDashboard(page);
      const trend = page.getByRole('img', { name: /^Overall score from .* to Q3 2026$/ });
      await page.getByRole('button', { name: /^Export Overall score from/ }).click();
      const menu = page.getByRole('menu', { name: /^Export Overall score from/ });
      await menu.waitFor();
      expect(await focused(page, 'role')).toBe('menuitem');
      const [svgDownload] = await Promise.all([
        page.waitForEvent('download'),
        menu.getByRole('menuitem', { name: 'Export SVG' }).click(),
      ]);
      expect(svgDownload.suggestedFilename()).toBe('score-trend-2026-Q3.svg');
      const svgPath = join(app.dir, 'trend.svg');
      await svgDownload.saveAs(svgPath);
      const svg = readFileSync(svgPath, 'utf8');
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg).toContain('Q3 2026');
      expect(svg).toContain('Q4 2024');
      expect(svg).toMatch(/\d+ %/);
      await menu.waitFor({ state: 'detached' });

      // Right-click on the chart itself.
      const gauge = page.getByRole('img', { name: 'Overall score gauge, Q3 2026' });
      await gauge.click({ button: 'right' });
      const [pngDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('menuitem', { name: 'Export PNG' }).click(),
      ]);
      expect(pngDownload.suggestedFilename()).toBe('overall-score-2026-Q3.png');
      const pngPath = join(app.dir, 'gauge.png');
      await pngDownload.saveAs(pngPath);
      const box = (await gauge.boundingBox())!;
      const size = pngSize(readFileSync(pngPath));
      // Twice the chart's size, to the pixel (the box may be a fraction of a pixel wide).
      expect(Math.abs(size.width - box.width * 2)).toBeLessThanOrEqual(1);
      expect(Math.abs(size.height - box.height * 2)).toBeLessThanOrEqual(1);

      // Keyboard: Shift+F10 on the focused chart opens the menu, Escape closes it and gives focus back.
      await trend.focus();
      await page.keyboard.press('Shift+F10');
      await page.getByRole('menu').waitFor();
      expect(await focused(page, 'role')).toBe('menuitem');
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate('document.activeElement.textContent')).toBe('Export SVG');
      await page.keyboard.press('Escape');
      await page.getByRole('menu').waitFor({ state: 'detached' });
      expect(await focused(page, 'aria-label')).toMatch(/^Overall score from/);
      expect(app.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 1024, height: 700 },
  ]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`looks right at ${viewport.width}×${viewport.height} in ${colorScheme}`, async () => {
        const app = await startApp(browser, { colorScheme, viewport });
        const { page } = app;
        try {
          await openDashboard(page);
          await expect.poll(() => renderedPeriod(page)).toBe('2026-Q3');
          const name = `dashboard-${viewport.width}-${colorScheme}`;
          await page.screenshot({ path: join(resultsDir, `${name}.png`) });
          // Charts below the window are drawn when they come into view: show the whole dashboard at once.
          expect(await page.locator('.dashboard .chart[data-drawn="deferred"]').count()).toBeGreaterThan(0);
          await page.setViewportSize({ width: viewport.width, height: 3600 });
          await expect.poll(() => page.locator('.dashboard .chart[data-drawn="true"]').count()).toBe(9);
          await page.locator('.dashboard').screenshot({ path: join(resultsDir, `${name}-full.png`) });
          // Nothing sticks out sideways: every card fits the window.
          const overflow = await page.evaluate(
            `[...document.querySelectorAll('.dash-card')].filter((c) => c.scrollWidth > c.clientWidth + 1).length`,
          );
          expect(overflow).toBe(0);
          expect(app.pageErrors).toEqual([]);
        } finally {
          await app.close();
        }
      });
    }
  }
});
