/**
 * `quadrant export --format xlsx|csv`: a scorecard's table, measurements and definitions as a spreadsheet, the same
 * file the app's "Export to spreadsheet" saves (spreadsheet-write.ts), for the period asked or the latest with data.
 */
import { resolve } from 'node:path';
import { AppError, ErrorCode } from '../shared/errors';
import { formatNumber } from '../shared/format';
import { t } from '../shared/i18n';
import { isPeriodKey, periodLabel } from '../shared/periods';
import type { SpreadsheetFormat } from '../shared/sheets';
import { writeSpreadsheet } from './core/spreadsheet-write';
import { call, chooseScorecards, openDocument, UsageError, type Io } from './cli-common';
import { checkOutputFile, writeOutputFile } from './cli-files';
import { latestPeriodWithData } from '../shared/period-choice';

export const EXPORT_FORMATS = ['json', 'xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The --format value, checked; json when absent. */
export function exportFormat(text: string | undefined): ExportFormat {
  if (text === undefined) return 'json';
  const format = text.toLowerCase();
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(t('cli:exportSheet.format', { value: text }));
  }
  return format as ExportFormat;
}

export interface SheetExportOptions {
  document: string;
  format: SpreadsheetFormat;
  out: string | undefined;
  force: boolean;
  scorecard: string | undefined;
  period: string | undefined;
}

export async function exportSpreadsheetFile(o: SheetExportOptions, io: Io): Promise<void> {
  // A workbook is a zip: on a terminal it would be noise, and through a pipe it is better named by its file.
  if (o.format === 'xlsx' && o.out === undefined) throw new UsageError(t('cli:exportSheet.xlsxNeedsOut'));
  if (o.period !== undefined && !isPeriodKey(o.period)) {
    throw new UsageError(t('cli:exportSheet.period', { value: o.period }));
  }
  const out = o.out !== undefined ? resolve(o.out) : undefined;
  if (out) checkOutputFile(out, o.force, `export.${o.format}`);
  const { session, info } = openDocument(o.document);
  try {
    const [scorecardId] = chooseScorecards(info, o.scorecard, false) as [number];
    const tree = call(session, 'scorecard.get', { id: scorecardId });
    const period = o.period ?? latestPeriodWithData(tree.scorecard, call(session, 'measurement.list', { scorecardId }));
    if (!period) throw new AppError(ErrorCode.VALIDATION, t('cli:errors.noMeasurements'));
    const data = call(session, 'spreadsheet.data', { scorecardId, period });
    const { bytes } = await writeSpreadsheet(data, o.format);
    if (out) {
      writeOutputFile(out, bytes);
      const label = periodLabel(period, tree.scorecard.fiscalYearStartMonth);
      const size = formatNumber(Math.max(1, Math.round(bytes.length / 1024)));
      io.err(`${t('cli:exportSheet.exported', { scorecard: tree.scorecard.name, period: label, path: out, size })}\n`);
    } else {
      io.out(bytes.toString('utf8'));
    }
  } finally {
    session.close();
  }
}
