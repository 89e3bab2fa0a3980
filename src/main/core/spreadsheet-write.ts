/** Writes a scorecard as XLSX (exceljs) or CSV (papaparse): the export of spreadsheet.export and `quadrant export`. */
import { AppError, ErrorCode } from '../../shared/errors';
import type { SpreadsheetData, SpreadsheetFormat } from '../../shared/sheets';

export function writeSpreadsheet(_data: SpreadsheetData, _format: SpreadsheetFormat): Promise<{ fileName: string; bytes: Buffer }> {
  return Promise.reject(new AppError(ErrorCode.INTERNAL, 'Not built yet (issue 14).'));
}
