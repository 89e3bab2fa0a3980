/**
 * incentive.export: the incentive plan's view as XLSX (exceljs), saved by the host's dialog or sent back to the page.
 * Two sheets: each person's factor and what-if with their formulas, and every line with its terms and formula. The
 * plan is shown nowhere else, so this file is the only way its figures leave the view.
 */
import type ExcelJS from 'exceljs';
import type { z } from 'zod';
import { AppError, ErrorCode } from '../../shared/errors';
import { formatNumber } from '../../shared/format';
import { currentLocale, t, withLocale } from '../../shared/i18n';
import type { IncentiveExportInput, IncentiveLine, IncentiveReport } from '../../shared/incentives';
import { periodLabel } from '../../shared/periods';
import type { SpreadsheetExportResult } from '../../shared/sheets';
import type { Capabilities } from './capabilities';
import type { ReadCore } from './handlers/types';

const HEADER_FILL = 'FFE8EEFC';
/** What a line is about, in the person's words; the columns' headers stay English, as every spreadsheet export's. */
const kind = (type: IncentiveLine['entityType']): string => t(`deck:incentiveExport.kind.${type}`);
/** A plan's percentage as it was entered, in the person's notation ('80.5' in English, '80,5' in German). */
const planPercent = (n: number): string => formatNumber(n, { maxDecimals: 10, grouping: false });

function header(sheet: ExcelJS.Worksheet): void {
  const row = sheet.getRow(1);
  row.font = { bold: true };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 1, topLeftCell: 'B2', activeCell: 'A2' }];
}

function addFactors(book: ExcelJS.Workbook, report: IncentiveReport, label: string): void {
  const sheet = book.addWorksheet('Factors');
  sheet.columns = [
    { header: 'Person', key: 'person', width: 24 },
    { header: `Factor ${label}`, key: 'factor', width: 12, style: { numFmt: '0.00' } },
    { header: 'Formula', key: 'formula', width: 70 },
    { header: 'What-if at the period’s end', key: 'whatIf', width: 14, style: { numFmt: '0.00' } },
    { header: 'What-if formula', key: 'whatIfFormula', width: 70 },
  ];
  for (const p of report.people) {
    sheet.addRow({
      person: p.person,
      factor: p.actual.factor,
      formula: p.actual.formula,
      whatIf: p.whatIf.factor,
      whatIfFormula: p.whatIf.formula,
    });
  }
  header(sheet);
  sheet.addRow([]);
  const { threshold, cap } = report.plan!;
  const terms = { threshold: planPercent(threshold), cap: planPercent(cap), whatIf: report.whatIf.text };
  sheet.addRow([t('deck:incentiveExport.plan', terms)]);
}

function addLines(book: ExcelJS.Workbook, report: IncentiveReport): void {
  const sheet = book.addWorksheet('Lines');
  const percent = { numFmt: '0.0" %"' };
  sheet.columns = [
    { header: 'Person', key: 'person', width: 24 },
    { header: 'Kind', key: 'kind', width: 12 },
    { header: 'Item', key: 'item', width: 36 },
    { header: 'Weight', key: 'weight', width: 9 },
    { header: 'Threshold', key: 'threshold', width: 11, style: percent },
    { header: 'Cap', key: 'cap', width: 10, style: percent },
    { header: 'Achievement', key: 'achievement', width: 13, style: percent },
    { header: 'Payout', key: 'payout', width: 10, style: percent },
    { header: 'Left out because', key: 'excluded', width: 30 },
    { header: 'Formula', key: 'formula', width: 70 },
    { header: 'What-if achievement', key: 'whatIfAchievement', width: 13, style: percent },
    { header: 'What-if payout', key: 'whatIfPayout', width: 10, style: percent },
  ];
  for (const p of report.people) {
    const ahead = new Map(p.whatIf.lines.map((l) => [`${l.entityType}:${l.entityId}`, l]));
    for (const l of p.actual.lines) {
      const w = ahead.get(`${l.entityType}:${l.entityId}`);
      sheet.addRow({
        person: p.person,
        kind: kind(l.entityType),
        item: l.title,
        weight: l.weight,
        threshold: l.threshold,
        cap: l.cap,
        achievement: l.achievement,
        payout: l.payout,
        excluded: l.excluded ?? '',
        formula: l.formula,
        whatIfAchievement: w?.achievement ?? null,
        whatIfPayout: w?.payout ?? null,
      });
    }
  }
  header(sheet);
}

/** "Roastery incentives Q3 2026.xlsx", without the characters a file name cannot hold. */
function fileName(scorecardName: string, label: string): string {
  const safe = t('deck:incentiveExport.fileName', { scorecard: scorecardName, period: label })
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 150)
    .trim();
  return `${safe || t('deck:incentiveExport.fallbackName')}.xlsx`;
}

export async function writeIncentiveWorkbook(report: IncentiveReport, scorecardName: string, fyStart: number) {
  // The language of the call: a team server puts its own back once a request's synchronous part has run.
  const locale = currentLocale();
  // Loaded on the first export, as for the scorecard's spreadsheet: starting the app needs none of exceljs.
  const { default: Excel } = await import('exceljs');
  const book = new Excel.Workbook();
  const name = withLocale(locale, () => {
    const label = periodLabel(report.period, fyStart);
    book.creator = 'Quadrant';
    book.title = t('deck:incentiveExport.fileName', { scorecard: scorecardName, period: label });
    book.created = new Date(Date.UTC(2000, 0, 1));
    book.modified = book.created;
    addFactors(book, report, label);
    addLines(book, report);
    return fileName(scorecardName, label);
  });
  return { fileName: name, bytes: Buffer.from(await book.xlsx.writeBuffer()) };
}

export function exportIncentives(
  { scorecardId, period }: z.output<typeof IncentiveExportInput>,
  host: Capabilities,
  read: ReadCore,
): Promise<SpreadsheetExportResult | null> {
  // Read before anything is awaited: a missing scorecard or plan is refused at once, by every host alike.
  const report = read('incentive.get', { scorecardId, period });
  if (!report.plan) throw new AppError(ErrorCode.VALIDATION, t('deck:incentiveExport.noPlan'));
  const { scorecard } = read('scorecard.get', { id: scorecardId });
  const filter = t('deck:incentiveExport.filter');
  return writeIncentiveWorkbook(report, scorecard.name, scorecard.fiscalYearStartMonth).then(
    async ({ fileName, bytes }) => {
      if (host.saveFile) {
        const path = await host.saveFile(fileName, bytes, {
          name: filter,
          extensions: ['xlsx'],
        });
        return path ? { path, base64: null, fileName, bytes: bytes.length } : null;
      }
      return { path: null, base64: bytes.toString('base64'), fileName, bytes: bytes.length };
    },
  );
}
