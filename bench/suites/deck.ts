/**
 * PowerPoint deck: the time `quadrant pptx` spends on W1's largest scorecard (open the document, gather the report's
 * data, build every slide with pptxgenjs, write and glue the connectors), beside an XLSX of the same scorecard
 * table written by exceljs from the same data, measured in the same run: both are a zipped Office file of the same
 * figures, so the ratio says what the deck's charts, tables and map shapes cost over a plain workbook.
 */
import ExcelJS from 'exceljs';
import { dispatchSync } from '../../src/main/core/dispatch';
import { Session } from '../../src/main/core/session';
import { buildDeck } from '../../src/main/core/deck/deck-export';
import type { ReportData } from '../../src/shared/report';
import { timeMsAsync, type BenchDefinition } from '../harness';

function reportData(path: string, scorecardId: number, period: string): ReportData {
  const session = new Session({ mode: 'cli' });
  try {
    session.openDocument(path);
    const result = dispatchSync(session, 'report.data', { scorecardIds: [scorecardId], period });
    if (!result.ok) throw new Error(result.error.message);
    return result.value as ReportData;
  } finally {
    session.close();
  }
}

/** The scorecard table as a workbook: a row per objective and KPI with actual, target, progress and status. */
async function tableWorkbook(data: ReportData): Promise<number> {
  const book = new ExcelJS.Workbook();
  for (const sc of data.scorecards) {
    const sheet = book.addWorksheet(`Scorecard ${sc.tree.scorecard.id}`);
    sheet.addRow(['Objective / KPI', 'Actual', 'Target', 'Progress', 'Status']);
    const scores = new Map(sc.evaluation.kpis.map((s) => [s.kpiId, s]));
    for (const o of sc.tree.objectives) {
      sheet.addRow([o.title]);
      for (const k of sc.tree.kpis.filter((x) => x.objectiveId === o.id)) {
        const s = scores.get(k.id);
        sheet.addRow([k.name, s?.actual ?? null, s?.target ?? null, s?.progress ?? null, s?.status ?? 'none']);
      }
    }
  }
  return (await book.xlsx.writeBuffer()).byteLength;
}

export const deck: BenchDefinition[] = [
  {
    name: 'PowerPoint deck, largest scorecard',
    unit: 'ms',
    aim: { on: 'ratio', below: 10 },
    setup(ctx) {
      const w = ctx.workload('W1');
      const doc = w.doc();
      // The scorecard with the most KPIs: the most slides, charts and map boxes.
      const kpisOf = (id: number) =>
        doc.kpis.filter((k) =>
          doc.objectives.some(
            (o) =>
              o.id === k.objectiveId && doc.perspectives.some((p) => p.id === o.perspectiveId && p.scorecardId === id),
          ),
        ).length;
      const largest = [...doc.scorecards].sort((a, b) => kpisOf(b.id) - kpisOf(a.id))[0]!;
      let slides = 0;
      let bytes = 0;
      let xlsxBytes = 0;
      const notes: string[] = [];
      return {
        subject: {
          label: `open ${w.title}, report.data, build and write the deck of “${largest.name}” (as quadrant pptx does)`,
          sample: () =>
            timeMsAsync(async () => {
              const built = await buildDeck(reportData(w.path, largest.id, w.period));
              slides = built.slides;
              bytes = built.bytes.length;
            }),
        },
        baseline: {
          label: 'open, report.data and an exceljs XLSX of the same scorecard table',
          sample: () =>
            timeMsAsync(async () => {
              xlsxBytes = await tableWorkbook(reportData(w.path, largest.id, w.period));
            }),
        },
        notes,
        teardown() {
          notes.push(
            `“${largest.name}” of ${w.title}, ${kpisOf(largest.id)} KPIs: deck ${slides} slides, ${Math.round(bytes / 1024)} KB; workbook ${Math.round(xlsxBytes / 1024)} KB`,
          );
        },
      };
    },
  },
];
