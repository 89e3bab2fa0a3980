/**
 * The report's OKRs and alignment section, printed by the real print view in Chromium from a document built through
 * the API (test/okr-document.ts) and read back with poppler: key results with their hand-worked scores and formulas,
 * the alignment of a company and a department, and a long list of key results split between rows, never inside one.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printReportPdf } from '../../src/main/core/report-pdf';
import type { Input } from '../../src/shared/contract';
import { formatPercent, formatValue } from '../../src/shared/format';
import { client } from '../helpers';
import { buildOkrDocument, type OkrDocument } from '../okr-document';
import { launchBrowser, rendererDir, resultsDir } from './browser';
import { flat, pageTexts, pdfInfo, requirePoppler } from './pdf-tools';

let browser: Browser;
const api = client();
let doc: OkrDocument;
const out = join(resultsDir, 'okr-report');

beforeAll(async () => {
  requirePoppler();
  mkdirSync(out, { recursive: true });
  browser = await launchBrowser();
  doc = buildOkrDocument(api);
}, 60_000);

afterAll(async () => {
  api.session.close();
  await browser?.close();
});

async function print(name: string, input: Input<'report.data'>) {
  const data = api.call('report.data', input);
  const printed = await printReportPdf(data, { rendererDir, browser });
  const file = join(out, `${name}.pdf`);
  writeFileSync(file, printed.pdf);
  return { printed, file, pages: pageTexts(file, printed.pages) };
}

/** One page as pdftotext lays it out: a table row's first line keeps its cells side by side. */
const layoutText = (file: string, page: number) =>
  execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });

/** Pages as PNG under test-results/okr-report/, to be looked at. */
const toPng = (file: string, name: string, first: number, last: number) =>
  execFileSync('pdftoppm', ['-r', '80', '-png', '-f', String(first), '-l', String(last), file, join(out, name)]);

describe('the OKRs and alignment section', () => {
  it('prints each objective’s OKR score and formula, each key result’s score, and who supports whom', async () => {
    const { file, pages } = await print('okrs-q3', { scorecardIds: [doc.company, doc.kitchen], period: '2026-Q3' });
    const okrPages = pages.map((p, i) => (p.startsWith('OKRs ') ? i : -1)).filter((i) => i >= 0);
    expect(okrPages).toHaveLength(2);
    const [company, kitchen] = okrPages.map((i) => pages[i]!);
    // Each row's figures on its first line, as a reader sees them side by side.
    const [companyRows, kitchenRows] = okrPages.map((i) => layoutText(file, i + 1));
    expect(company).toContain('Harbour · key results of Q3 2026 as of 30 Sep 2026');
    // Weighted mean: (0.40 × 1 + 1.00 × 1 + 0.80 × 2) / 4 = 3.00 / 4 = 0.75 → green (aspirational).
    expect(companyRows).toMatch(/Grow revenue +0\.75 +✓ On track/);
    expect(company).toContain('Weighted mean of 3 key results: (0.40 × 1 + 1.00 × 1 + 0.80 × 2) / 4 = 0.75 → green (aspirational: 0.7 is success)');
    // (220 − 100) / (400 − 100) = 0.40 → amber; the check-in of 2 October is after the quarter and left out.
    expect(companyRows).toMatch(/Loyalty sign-ups +220 → 400 people +0\.40 +7\/10 +20 Aug 2026/);
    expect(company).toContain('Check-in of 2026-08-20: 220 people. (220 − 100) / (400 − 100) = 0.40 → amber');
    expect(company).toContain('The autumn flyer brought the regulars in.');
    expect(companyRows).toMatch(/New autumn menu live +Done +1\.00 +9\/10 +10 Sep 2026/);
    expect(company).toContain('Milestone done (check-in of 2026-09-10) = 1.00 → green');
    // A decrease, weight 2: (12 − 20) / (10 − 20) = 0.80.
    expect(companyRows).toMatch(new RegExp(`Food waste share +12 → ${formatValue(10, '%')} +0\\.80 +5/10 +1 Sep 2026`));
    expect(company).toContain('Metric · weight 2');
    expect(company).toContain('(12 − 20) / (10 − 20) = 0.80 → green');
    expect(company).toContain('The scores below are counted in Harbour’s scores (scored with its contributors)');
    const desserts = api.call('scorecard.evaluate', { scorecardId: doc.kitchen, period: '2026-Q3' }).objectives[0]!;
    expect(companyRows).toMatch(/Grow revenue +— +Sell more desserts/);
    expect(company).toContain(`Kitchen · weight 2 · ${formatPercent(desserts.score)}`);
    // The department: a committed objective whose milestone nobody checked in on, and what it supports above.
    expect(kitchenRows).toMatch(/Sell more desserts +0\.00 +✕ Off track/);
    expect(kitchen).toContain('Mean of 1 key result: (0.00 × 1) / 1 = 0.00 → red (committed: 1.0 is expected)');
    expect(kitchenRows).toMatch(/Dessert card on every table +Not done yet +0\.00 +— +None yet/);
    expect(kitchenRows).toMatch(/Sell more desserts +Grow revenue +Nothing below supports it/);
    expect(kitchen).toContain('Harbour · weight 2');
    okrPages.forEach((i, n) => toPng(file, n === 0 ? 'okrs-company' : 'okrs-kitchen', i + 1, i + 1));
  }, 60_000);

  it('says there are no key results in a quarter without any, and still shows the alignment', async () => {
    const { printed, pages } = await print('okrs-q2', { scorecardIds: [doc.company], period: '2026-Q2', sections: ['okrs'] });
    expect(printed.pages).toBe(1);
    expect(pages[0]).toContain('No key results in this period.');
    expect(pages[0]).toContain('SUPPORTED BY (BELOW)');
  }, 30_000);

  it('splits a long list of key results between rows, repeating the column header on every page', async () => {
    const titles = Array.from({ length: 28 }, (_, i) => `Key result number ${i + 1} with a long enough title`);
    for (const [i, title] of titles.entries()) {
      const id = api.call('okr.createKeyResult', { objectiveId: doc.desserts, title, cycle: '2026-Q3', startValue: 0, target: 100, unit: 'units' }).id;
      api.call('okr.addCheckIn', { keyResultId: id, date: '2026-09-01', value: i * 3, confidence: 5, comment: 'Steady progress after the first weeks of the quarter.' });
    }
    const { printed, file, pages } = await print('okrs-long', { scorecardIds: [doc.kitchen], period: '2026-Q3', sections: ['okrs'], orientation: 'landscape' });
    expect(pdfInfo(file)).toMatchObject({ width: 842, height: 595 });
    expect(printed.pages).toBeGreaterThanOrEqual(3);
    pages.forEach((_, i) => expect(layoutText(file, i + 1), `page ${i + 1}`).toMatch(/KEY RESULT +CURRENT → TARGET +SCORE +CONFIDENCE +LAST CHECK-IN/));
    for (const [i, title] of titles.entries()) {
      // A row stays whole: its title, formula and figures on one page. (i × 3 − 0) / (100 − 0).
      const page = pages.findIndex((p) => p.includes(flat(title)));
      expect(pages[page], title).toContain(`(${i * 3} − 0) / (100 − 0)`);
      expect(pages[page], title).toContain(`${i * 3} → 100 units`);
    }
    toPng(file, 'okrs-long', 1, 2);
  }, 60_000);
});
