/**
 * PDF report: the time to produce a report of about 30 pages from the large document (W1), end to end as
 * `quadrant report` does it (open the document, gather the data, start Chromium, lay out and print), beside the
 * time LibreOffice takes to turn an XLSX of the same scorecard table into a PDF (`libreoffice --headless
 * --convert-to pdf`), measured in the same run. Without LibreOffice the baseline is reported as unavailable, with why.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { dispatchSync } from '../../src/main/core/dispatch';
import { Session } from '../../src/main/core/session';
import { countPdfPages, launchPrinter, openPrintView, printReportPdf } from '../../src/main/core/report-pdf';
import { ensurePrintView, RENDERER_DIR } from '../../src/main/cli-report';
import { formatPercent, formatValue } from '../../src/shared/format';
import type { ReportData, ReportOptions } from '../../src/shared/report';
import { timeMsAsync, timeMs, type BenchDefinition } from '../harness';

const TARGET_PAGES = 30;

function reportData(path: string, options: Omit<ReportOptions, 'cover'>): ReportData {
  const session = new Session({ mode: 'cli' });
  try {
    session.openDocument(path);
    const result = dispatchSync(session, 'report.data', options);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as ReportData;
  } finally {
    session.close();
  }
}

/** The scorecard table of the report, one sheet per scorecard, with its header row repeated on every printed page. */
async function writeXlsx(data: ReportData, file: string): Promise<number> {
  const book = new ExcelJS.Workbook();
  let rows = 0;
  for (const sc of data.scorecards) {
    const sheet = book.addWorksheet(`Scorecard ${sc.tree.scorecard.id}`, {
      pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    sheet.pageSetup.printTitlesRow = '1:1';
    sheet.columns = [
      { header: 'Objective / KPI', width: 48 },
      { header: 'Actual', width: 14 },
      { header: 'Target', width: 14 },
      { header: 'Progress', width: 10 },
      { header: 'Status', width: 10 },
    ];
    sheet.getRow(1).font = { bold: true };
    const kpiScores = new Map(sc.evaluation.kpis.map((s) => [s.kpiId, s]));
    for (const p of sc.tree.perspectives) {
      sheet.addRow([p.name]).font = { bold: true };
      for (const o of sc.tree.objectives.filter((x) => x.perspectiveId === p.id)) {
        sheet.addRow([o.title]).font = { italic: true };
        for (const k of sc.tree.kpis.filter((x) => x.objectiveId === o.id)) {
          const s = kpiScores.get(k.id);
          sheet.addRow([
            k.name,
            formatValue(s?.actual, k.unit),
            formatValue(s?.target, k.unit),
            formatPercent(s?.progress),
            s?.status,
          ]);
          rows++;
        }
      }
    }
  }
  await book.xlsx.writeFile(file);
  return rows;
}

function libreOffice(): { path: string } | { reason: string } {
  const found = spawnSync('sh', ['-c', 'command -v libreoffice || command -v soffice'], { encoding: 'utf8' });
  const path = found.stdout.trim();
  if (!path) return { reason: 'libreoffice is not installed (Debian: apt-get install libreoffice-calc-nogui)' };
  return { path };
}

/** The same ~30-page report of W1 and the LibreOffice baseline, with Chromium already running (warm) or started per report (cold). */
function reportBench(mode: 'warm' | 'cold'): BenchDefinition {
  return {
    name: mode === 'warm' ? 'PDF report, ~30 pages (engine running)' : 'PDF report, ~30 pages (CLI, cold start)',
    unit: 'ms',
    aim: { on: 'ratio', below: 1 },
    async setup(ctx) {
      ensurePrintView({ out: () => undefined, err: (s) => process.stderr.write(s) });
      const w = ctx.workload('W1');
      const all = reportData(w.path, {
        scorecardIds: [1],
        period: w.period,
        sections: ['summary', 'table', 'kpis', 'initiatives', 'notes'],
        pageSize: 'A4',
        orientation: 'portrait',
      }).options;
      const printer = await launchPrinter();
      // Calibrate: each scorecard's page count, then the first scorecards whose pages add up closest to 30.
      const ids = w.doc().scorecards.map((s) => s.id);
      let count = 1;
      let total = 0;
      let best = Infinity;
      for (let i = 0; i < (ctx.quick ? 1 : ids.length) && total < TARGET_PAGES; i++) {
        const data = reportData(w.path, { ...all, scorecardIds: [ids[i]!] });
        total += (await printReportPdf(data, { rendererDir: RENDERER_DIR, ...printer })).pages;
        if (Math.abs(total - TARGET_PAGES) < best) [best, count] = [Math.abs(total - TARGET_PAGES), i + 1];
      }
      if (mode === 'cold') await printer.browser.close();
      const view = mode === 'warm' ? await openPrintView(printer.browser, RENDERER_DIR) : undefined;
      const options = { ...all, scorecardIds: ids.slice(0, count) };
      let pages = 0;
      const subject = {
        label:
          mode === 'warm'
            ? `open ${w.title}, report.data, print ${count} scorecard(s) in a Chromium with the print view loaded (as the browser-mode server keeps it)`
            : `open ${w.title}, report.data, start Chromium, print ${count} scorecard(s) (as quadrant report does)`,
        sample: () =>
          timeMsAsync(async () => {
            const data = () => reportData(w.path, options);
            const printed = await printReportPdf(data, {
              rendererDir: RENDERER_DIR,
              ...(view ? { view, ...printer } : {}),
            });
            pages = printed.pages;
          }),
      };
      const notes = [`${count} scorecard(s) of ${w.title}, sections ${options.sections.join(', ')}, A4 portrait`];
      const closeWarm = async () => {
        notes.push(`report: ${pages} pages`);
        await view?.close();
        if (mode === 'warm') await printer.browser.close();
      };
      const lo = libreOffice();
      if (ctx.quick || 'reason' in lo) {
        notes.push(`LibreOffice baseline unavailable: ${'reason' in lo ? lo.reason : 'skipped in a quick run'}`);
        return { subject, notes, teardown: closeWarm };
      }
      const dir = join(ctx.tmp, `report-bench-${mode}`);
      const profile = join(dir, 'lo-profile');
      mkdirSync(profile, { recursive: true });
      const xlsx = join(dir, 'scorecard.xlsx');
      const rows = await writeXlsx(reportData(w.path, options), xlsx);
      const convert = () =>
        execFileSync(
          lo.path,
          [
            `-env:UserInstallation=${pathToFileURL(profile).href}`,
            '--headless',
            '--convert-to',
            'pdf',
            '--outdir',
            dir,
            xlsx,
          ],
          { stdio: 'ignore', timeout: 300_000 },
        );
      convert(); // The first start creates LibreOffice's profile: not part of any conversion a user waits for twice.
      const loPages = countPdfPages(readFileSync(join(dir, 'scorecard.pdf')));
      const version = execFileSync(lo.path, ['--version'], { encoding: 'utf8' }).trim().split('\n')[0];
      notes.push(`baseline: ${version}, XLSX of the same scorecard table (${rows} KPI rows) → ${loPages}-page PDF`);
      return {
        subject,
        baseline: {
          label: 'libreoffice --headless --convert-to pdf of the same table as XLSX',
          sample: () => timeMs(convert),
        },
        notes,
        teardown: async () => {
          await closeWarm();
          for (const f of readdirSync(dir)) if (f.endsWith('.pdf')) rmSync(join(dir, f));
        },
      };
    },
  };
}

export const report: BenchDefinition[] = [reportBench('warm'), reportBench('cold')];
