/**
 * The PDF report, printed by the real print view in Chromium from the real backend's data, read back with
 * poppler: the names and scores are in the text, the pages have the right size and count, fonts are embedded,
 * no page is blank, and a scorecard table longer than a page repeats its header and splits no row.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDocument, writeDocument } from '../../bench/generate';
import { ensureSampleDocument } from '../../src/main/core/first-run';
import { printReportPdf } from '../../src/main/core/report-pdf';
import { formatPercent, formatValue } from '../../src/shared/format';
import type { Input } from '../../src/shared/contract';
import { client, tempDir } from '../helpers';
import { launchBrowser, rendererDir, resultsDir } from './browser';
import { flat, inkPerPage, pageTexts, pdfFonts, pdfInfo, pdfText, requirePoppler } from './pdf-tools';

let browser: Browser;
const api = client();
const out = join(resultsDir, 'report');

beforeAll(async () => {
  requirePoppler();
  mkdirSync(out, { recursive: true });
  browser = await launchBrowser();
  api.call('document.open', { path: ensureSampleDocument(tempDir('quadrant-report-e2e-')) });
}, 60_000);

afterAll(async () => {
  api.session.close();
  await browser?.close();
});

async function print(name: string, input: Input<'report.data'>, call = api.call) {
  const data = call('report.data', input);
  const printed = await printReportPdf(data, { rendererDir, browser });
  const file = join(out, `${name}.pdf`);
  writeFileSync(file, printed.pdf);
  return { data, printed, file };
}

describe('the report of the sample, A4 portrait', () => {
  it('names every objective and KPI, shows the overall score, and embeds its fonts', async () => {
    const { data, printed, file } = await print('sample-a4', { scorecardIds: [1], period: '2026-Q3' });
    const text = flat(pdfText(file));
    const sc = data.scorecards[0]!;
    for (const o of sc.tree.objectives) expect(text).toContain(flat(o.title));
    for (const k of sc.tree.kpis) expect(text).toContain(flat(k.name));
    expect(text).toContain(`OVERALL SCORE ${formatPercent(sc.evaluation.scorecard.score)}`);
    expect(text).toContain('Executive summary');
    expect(text).toContain('Wholesale CRM rollout');

    const info = pdfInfo(file);
    expect(info).toMatchObject({ width: 595, height: 842, pages: printed.pages });
    // Cover, summary, table, 8 key KPIs, initiatives, notes: at least 14 pages.
    expect(info.pages).toBeGreaterThanOrEqual(14);

    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.embedded)).toBe(true);
    expect(fonts.some((f) => /Inter/.test(f.name))).toBe(true);

    const ink = inkPerPage(file, tempDir('quadrant-ink-'));
    expect(ink).toHaveLength(info.pages);
    for (const share of ink) expect(share).toBeGreaterThan(0.005);
  });

  it('puts page numbers and the document name with the period in the footer, but not on the cover', async () => {
    const { printed, file } = await print('sample-footer', {
      scorecardIds: [1],
      period: '2026-Q3',
      sections: ['cover', 'summary', 'initiatives'],
    });
    expect(printed.pages).toBe(3);
    const pages = pageTexts(file, 3);
    expect(pages[0]).not.toMatch(/Page \d+ of/);
    expect(pages[1]).toContain('Page 2 of 3');
    expect(pages[1]).toContain('Harbour & Ember (sample) · Q3 2026');
    expect(pages[2]).toContain('Page 3 of 3');
  });

  it('gives each key KPI one page with its formula and chart', async () => {
    const { data, printed, file } = await print('sample-kpis', {
      scorecardIds: [1],
      period: '2026-Q3',
      sections: ['kpis'],
    });
    const sc = data.scorecards[0]!;
    const keys = sc.tree.kpis.filter((k) => k.isKey);
    expect(printed.pages).toBe(keys.length);
    expect(printed.ready.charts).toBe(keys.length);
    const pages = pageTexts(file, printed.pages);
    keys.forEach((k) => {
      const page = pages.findIndex((p) => p.includes('How the status is worked out') && p.includes(flat(k.name)));
      expect(page, k.name).toBeGreaterThanOrEqual(0);
      const formula = sc.evaluation.kpis.find((s) => s.kpiId === k.id)!.formula.text;
      expect(pages[page]).toContain(flat(formula).slice(0, 30));
      // The chart's axis names the periods as text, so it is vector, not a picture.
      expect(pages[page]).toContain('Q2 2026');
    });
  });
});

describe('the strategy map', () => {
  it('fits on one page as vectors, with every perspective and objective named', async () => {
    const { data, printed, file } = await print('sample-map', {
      scorecardIds: [1],
      period: '2026-Q3',
      sections: ['map'],
    });
    expect(printed.pages).toBe(1);
    const text = flat(pdfText(file));
    const sc = data.scorecards[0]!;
    for (const p of sc.tree.perspectives) expect(text).toContain(p.name.split(' ')[0]);
    for (const o of sc.tree.objectives) expect(text).toContain(o.title.split(' ').slice(0, 2).join(' '));
  });
});

describe('a wide strategy map in a portrait report', () => {
  it('gets a landscape page of its own after the portrait cover', async () => {
    const doc = generateDocument({
      seed: 3,
      scorecards: 1,
      objectivesPerScorecard: 24,
      kpisPerObjective: 1,
      months: 12,
    });
    const path = join(tempDir('quadrant-wide-'), 'Wide.scorecard');
    writeDocument(path, doc);
    const wide = client();
    wide.call('document.open', { path });
    const period = `${doc.measurements
      .map((m) => m.period)
      .sort()
      .at(-1)!
      .slice(0, 4)}-Q2`;
    const { printed, file } = await print(
      'wide-map',
      { scorecardIds: [1], period, sections: ['cover', 'map'] },
      wide.call,
    );
    wide.session.close();
    expect(printed.pages).toBe(2);
    expect(pdfInfo(file, 1)).toMatchObject({ width: 595, height: 842 });
    expect(pdfInfo(file, 2)).toMatchObject({ width: 842, height: 595 });
    expect(pageTexts(file, 2)[1]).toContain('Page 2 of 2');
  });
});

describe('Letter landscape', () => {
  it('prints on 792 × 612 pt pages', async () => {
    const { printed, file } = await print('sample-letter', {
      scorecardIds: [1],
      period: '2026-Q3',
      pageSize: 'Letter',
      orientation: 'landscape',
      sections: ['cover', 'kpis'],
    });
    expect(pdfInfo(file)).toMatchObject({ width: 792, height: 612, pages: printed.pages });
    expect(printed.pages).toBe(9);
  });
});

describe('a scorecard table longer than a page', () => {
  it('repeats its header on every page and keeps every row, and every objective with its KPIs, on one page', async () => {
    const doc = generateDocument({
      seed: 7,
      scorecards: 1,
      objectivesPerScorecard: 16,
      kpisPerObjective: 5,
      months: 12,
    });
    const path = join(tempDir('quadrant-long-'), 'Long.scorecard');
    writeDocument(path, doc);
    const long = client();
    long.call('document.open', { path });
    // Names long enough to wrap inside their cell: a row cut by a page break would leave half its lines behind.
    const kpis = long.call('kpi.list', {});
    for (const k of kpis.filter((_, i) => i % 7 === 0)) {
      long.call('kpi.update', {
        id: k.id,
        name: `${k.name} measured across every site, channel and product line of the business`,
      });
    }
    const scorecardId = long.call('scorecard.list', {})[0]!.id;
    const period =
      doc.measurements
        .map((m) => m.period)
        .sort()
        .at(-1)!
        .slice(0, 4) + '-Q2';
    const { data, printed, file } = await print(
      'long-table',
      { scorecardIds: [scorecardId], period, sections: ['table'] },
      long.call,
    );
    long.session.close();
    expect(printed.pages).toBeGreaterThanOrEqual(3);
    const pages = pageTexts(file, printed.pages);
    const sc = data.scorecards[0]!;
    pages.forEach((p, i) => {
      expect(p, `page ${i + 1}`).toContain('OBJECTIVE / KPI ACTUAL TARGET PROGRESS STATUS TREND');
      expect(p, `page ${i + 1}`).toContain(`Page ${i + 1} of ${printed.pages}`);
    });
    const pageOf = (name: string) => {
      const found = pages.map((p, i) => (p.includes(flat(name)) ? i : -1)).filter((i) => i >= 0);
      expect(found, name).toHaveLength(1);
      return found[0]!;
    };
    for (const o of sc.tree.objectives) {
      const page = pageOf(o.title);
      // A page that continues a perspective names it again, in the repeated header.
      const perspective = sc.tree.perspectives.find((p) => p.id === o.perspectiveId)!;
      expect(pages[page], `${o.title} has its perspective on its page`).toContain(perspective.name);
      for (const k of sc.tree.kpis.filter((k) => k.objectiveId === o.id)) {
        expect(pageOf(k.name), `${k.name} sits with its objective`).toBe(page);
        const actual = sc.evaluation.kpis.find((s) => s.kpiId === k.id)!.actual;
        expect(pages[page]).toContain(formatValue(actual, k.unit));
      }
    }
  });
});
