/**
 * Text is text: markup and script-closing tags typed into every text field of a document are shown as typed in
 * every view, in the notes, in the strategy-map SVG, in the PDF report and in `quadrant score`, and nothing in
 * them ever runs (window.__pwned stays undefined; no <img src=x> appears).
 */
import Database from 'better-sqlite3';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main as cli } from '../../src/main/cli';
import { openPrintView, printInView } from '../../src/main/core/report-pdf';
import type { Evaluation } from '../../src/shared/evaluation';
import type { ReportData } from '../../src/shared/report';
import type { ScorecardTree } from '../../src/shared/domain';
import { strategyMapSvg } from '../../src/shared/strategy-map/svg';
import { VIEW_LIST } from '../../src/shared/views';
import { launchBrowser, rendererDir, resultsDir, startApp, type RunningApp } from './browser';
import { flat, pdfText } from './pdf-tools';

const IMG = '<img src=x onerror=window.__pwned=1>';
const SCRIPT = '</script><script>window.__pwned=2</script>';
const BOTH = `${IMG}${SCRIPT}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(resultsDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** Puts the payloads in every text field the API has. */
async function poison(app: RunningApp): Promise<void> {
  const api = app.api;
  await api('scorecard.update', { id: 1, name: `Acme ${BOTH}`, mission: BOTH, vision: BOTH });
  await api('perspective.update', { id: 1, name: `Money ${IMG}`, description: BOTH });
  await api('objective.update', { id: 1, title: `Grow ${BOTH}`, description: BOTH, owner: IMG });
  await api('kpi.update', {
    id: 1,
    name: `Revenue ${BOTH}`,
    unit: IMG,
    description: BOTH,
    owner: BOTH,
    dataSource: BOTH,
  });
  await api('theme.update', { id: 1, name: `Theme ${BOTH}`, description: BOTH });
  await api('initiative.update', { id: 1, title: `Project ${BOTH}`, description: BOTH, owner: BOTH });
  await api('link.update', { id: 1, note: BOTH });
  const [m] = (await api('measurement.list', { kpiId: 1 })) as { period: string; actual: number | null }[];
  await api('measurement.set', { kpiId: 1, period: '2026-Q3', actual: m?.actual ?? 1, note: BOTH });
  for (const [entityType, entityId] of [
    ['scorecard', 1],
    ['perspective', 1],
    ['objective', 1],
    ['kpi', 1],
    ['initiative', 1],
  ] as const) {
    await api('note.create', { entityType, entityId, body: `${entityType}: ${BOTH}`, author: IMG });
  }
}

async function assertInert(page: Page, where: string, errors: string[]): Promise<void> {
  expect(await page.evaluate('typeof window.__pwned'), where).toBe('undefined');
  expect(await page.locator('img[src="x"]').count(), where).toBe(0);
  expect(await page.locator('script:not([src])').count(), where).toBe(0);
  expect(errors, where).toEqual([]);
}

describe('text from a document', () => {
  it('is shown as typed in every view and dialog, and never runs', async () => {
    const app = await startApp(browser);
    const { page } = app;
    page.setDefaultTimeout(15_000);
    try {
      await poison(app);
      await page.reload();
      await page.getByRole('heading', { level: 1, name: `Acme ${BOTH}` }).waitFor();
      const tab = (label: string) =>
        page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: label, exact: true });
      for (const view of VIEW_LIST) {
        await tab(view.label).click();
        await expect.poll(() => tab(view.label).getAttribute('aria-current')).toBe('page');
        // The header shows the scorecard's name in every view; the view's own content shows the rest.
        await page.getByText(IMG, { exact: false }).first().waitFor();
        await assertInert(page, view.label, app.pageErrors);
        await page.screenshot({ path: join(resultsDir, `text-is-text-${view.id}.png`) });
      }
      await tab(VIEW_LIST[0].label).click();
      await page.getByRole('button', { name: `Notes on Money ${IMG}` }).click();
      const notes = page.getByRole('dialog', { name: `Notes on Money ${IMG}` });
      await notes.getByText(`perspective: ${BOTH}`, { exact: true }).waitFor();
      await assertInert(page, 'the notes dialog', app.pageErrors);
      await page.keyboard.press('Escape');
      expect(app.foreignRequests).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('is escaped in the strategy-map SVG, the PDF report and the command line', async () => {
    const app = await startApp(browser);
    try {
      await poison(app);
      const tree = (await app.api('scorecard.get', { id: 1 })) as ScorecardTree;
      const evaluation = (await app.api('scorecard.evaluate', { scorecardId: 1, period: '2026-Q3' })) as Evaluation;

      // The SVG as a document of its own, as an export opened in a browser would be.
      const svg = strategyMapSvg(tree, evaluation);
      const page = await app.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`);
      expect(await page.evaluate('document.documentElement.textContent')).toContain(`Grow ${BOTH}`.slice(0, 20));
      expect(await page.evaluate('document.getElementsByTagName("script").length')).toBe(0);
      await assertInert(page, 'the map SVG', errors);
      await page.close();

      // The PDF report: the print view renders the same text, prints it, and runs none of it.
      const data = (await app.api('report.data', { scorecardIds: [1], period: '2026-Q3' })) as ReportData;
      const view = await openPrintView(browser, rendererDir);
      try {
        const { pdf } = await printInView(view, data);
        await assertInert(view.page, 'the print view', view.errors);
        const file = join(app.dir, 'report.pdf');
        writeFileSync(file, pdf);
        expect(flat(pdfText(file))).toContain(flat(`Acme ${BOTH}`));
      } finally {
        await view.close();
      }

      // quadrant score: the text as typed, and no control character reaches the terminal.
      // The API refuses control characters in a name; a document written before that rule may still hold them.
      const hostile = 'Wholesale \u001b]0;owned\u0007\u001b[31m red\nfake line';
      await expect(app.api('kpi.update', { id: 2, name: hostile })).rejects.toThrow('must not contain control characters');
      const db = new Database(app.documentPath);
      db.prepare('UPDATE kpi SET name = ? WHERE id = 2').run(hostile);
      db.close();
      let out = '';
      const code = cli(['score', app.documentPath, '--period', '2026-Q3'], {
        out: (s) => (out += s),
        err: (s) => (out += s),
      });
      expect(code).toBe(0);
      expect(out).toContain(`Acme ${BOTH}`);
      expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      expect(out).toContain('Wholesale \uFFFD]0;owned\uFFFD\uFFFD[31m red\uFFFDfake line'.slice(0, 30));
    } finally {
      await app.close();
    }
  }, 120_000);
});
