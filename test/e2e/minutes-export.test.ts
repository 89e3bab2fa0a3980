/**
 * Exporting a review's minutes in browser mode: minutes.export as the page calls it (the Reviews view's Export
 * minutes button), answered by the server's printer with the PDF itself for a download. The printer keeps one
 * print view loaded between exports, so minutes and reports printed one after another must each come out whole.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReviewDetail } from '../../src/shared/contract-review';
import type { ReportExportResult } from '../../src/shared/report';
import { launchBrowser, resultsDir, startApp, type RunningApp } from './browser';
import { flat, pdfInfo, pdfText, requirePoppler } from './pdf-tools';

let browser: Browser;
let app: RunningApp;

beforeAll(async () => {
  requirePoppler();
  browser = await launchBrowser();
  app = await startApp(browser);
}, 60_000);

afterAll(async () => {
  await app?.close();
  await browser?.close();
});

/** What the page's download holds: the base64 answer written out as the file the browser would save. */
function saved(result: ReportExportResult, name: string): string {
  expect(result.path).toBeNull();
  const bytes = Buffer.from(result.pdfBase64!, 'base64');
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  expect(bytes.length).toBe(result.bytes);
  const file = join(resultsDir, name);
  writeFileSync(file, bytes);
  return file;
}

describe('minutes export in browser mode', () => {
  it('prints the minutes as a download, and a report and the minutes again after it from the same print view', async () => {
    const templates = (await app.api('review.templates', {})) as { id: number }[];
    const started = (await app.api('review.start', {
      scorecardId: 1,
      period: '2026-Q3',
      templateId: templates[0]!.id,
      heldOn: '2026-10-14',
      attendees: ['Priya Nair', 'Tomás Reyes'],
    })) as ReviewDetail;
    const item = started.items.find((i) => i.kind === 'kpi')!;
    await app.api('review.item.update', { id: item.id, decision: 'Audit the complaint log weekly.', decided: true });
    await app.api('action.create', {
      scorecardId: 1,
      title: 'Set up the weekly complaint audit',
      owner: 'Priya Nair',
      dueDate: '2026-10-31',
      reviewItemId: item.id,
    });

    // Every call first, the PDFs read afterwards: the server runs in this process, and a poppler tool that blocks
    // it for seconds on a busy machine would let it drop the idle kept-alive connection the next call goes out on.
    const first = (await app.api('minutes.export', { reviewId: started.review.id })) as ReportExportResult;
    // The report after the minutes, from the same print view, then the minutes again.
    const report = (await app.api('report.export', {
      scorecardIds: [1],
      period: '2026-Q3',
      sections: ['cover'],
      pageSize: 'Letter',
    })) as ReportExportResult;
    const again = (await app.api('minutes.export', { reviewId: started.review.id })) as ReportExportResult;
    // A review that is not there is refused in words.
    await expect(app.api('minutes.export', { reviewId: 999 })).rejects.toThrow(/999/);

    expect(first.fileName).toBe('Harbour & Ember (sample) minutes 2026-Q3 2026-10-14.pdf');
    const minutes = saved(first, 'minutes-browser.pdf');
    expect(pdfInfo(minutes)).toMatchObject({ pages: first.pages, width: 595, height: 842 });
    const text = flat(pdfText(minutes));
    for (const s of [
      started.review.title,
      'Priya Nair, Tomás Reyes',
      'Audit the complaint log weekly.',
      'Set up the weekly complaint audit',
    ]) {
      expect(text).toContain(s);
    }
    // The report has its own pages and paper, with nothing of the minutes left in the view.
    const reportFile = saved(report, 'report-after-minutes.pdf');
    expect(pdfInfo(reportFile)).toMatchObject({ pages: 1, width: 612, height: 792 });
    expect(flat(pdfText(reportFile))).not.toContain('Set up the weekly complaint audit');
    expect(again.pages).toBe(first.pages);
    expect(flat(pdfText(saved(again, 'minutes-browser-again.pdf')))).toBe(text);
    expect(app.pageErrors).toEqual([]);
  }, 120_000);
});
