/**
 * Every shipped template prints: a document made by `quadrant new --template`, given a value and a target for
 * each KPI, prints its PDF report in Chromium (one browser and one loaded print view for all of them), and the
 * PDF names every objective and KPI of the template.
 */
import { writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/main/cli';
import { openPrintView, printInView, type PrintView } from '../../src/main/core/report-pdf';
import type { Input } from '../../src/shared/contract';
import { TemplatesFile } from '../../src/shared/templates';
import { client, tempDir } from '../helpers';
import { launchBrowser, rendererDir, resultsDir } from './browser';
import { flat, pdfInfo, pdfText, requirePoppler } from './pdf-tools';

const shipped = TemplatesFile.parse(
  JSON.parse(readFileSync(join(resolve(__dirname, '../..'), 'resources/templates.json'), 'utf8')),
).templates;
const out = join(resultsDir, 'templates');
const KPI_PERIOD = { month: '2026-03', quarter: '2026-Q1', year: '2026' } as const;

let browser: Browser;
let view: PrintView;

beforeAll(async () => {
  requirePoppler();
  mkdirSync(out, { recursive: true });
  browser = await launchBrowser();
  view = await openPrintView(browser, rendererDir);
}, 60_000);

afterAll(async () => {
  await view?.close();
  await browser?.close();
});

describe('the PDF report of every template', () => {
  it.each(shipped.map((t) => [t.id, t] as const))('%s prints, naming every objective and KPI', async (_id, t) => {
    const path = join(tempDir('quadrant-template-report-'), `${t.id}.scorecard`);
    let err = '';
    expect(main(['new', path, '--template', t.id], { out: () => {}, err: (s) => (err += s) }), err).toBe(0);
    const api = client();
    try {
      api.call('document.open', { path });
      const items: Input<'measurement.setMany'>['items'] = [];
      for (const k of api.call('kpi.list', { scorecardId: 1 })) {
        if (k.polarity === 'range') api.call('kpi.update', { id: k.id, rangeLow: 40, rangeHigh: 60 });
        items.push({ kpiId: k.id, period: KPI_PERIOD[k.frequency], actual: 40 + ((k.id * 7) % 25), target: 50 });
      }
      api.call('measurement.setMany', { items });
      const period = t.granularity === 'month' ? '2026-03' : '2026-Q1';
      const data = api.call('report.data', { scorecardIds: [1], period });
      const printed = await printInView(view, data);
      const file = join(out, `${t.id}.pdf`);
      writeFileSync(file, printed.pdf);

      expect(printed.ready.sections.length).toBeGreaterThan(2);
      const info = pdfInfo(file);
      expect(info).toMatchObject({ width: 595, height: 842 });
      expect(info.pages).toBeGreaterThanOrEqual(4);
      const text = flat(pdfText(file));
      expect(text).toContain('OVERALL SCORE');
      for (const o of t.objectives) expect(text, o.title).toContain(flat(o.title));
      for (const k of t.kpis) expect(text, k.name).toContain(flat(k.name));
    } finally {
      api.session.close();
    }
  });
});
