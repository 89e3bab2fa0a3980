/** Reads an XLSX (exceljs) or CSV (papaparse) file into sheets of cells (src/shared/sheets.ts). */
import { AppError, ErrorCode } from '../../shared/errors';
import type { SpreadsheetFile } from '../../shared/sheets';

export function readSpreadsheet(_fileName: string, _bytes: Buffer): Promise<SpreadsheetFile> {
  return Promise.reject(new AppError(ErrorCode.INTERNAL, 'Not built yet (issue 14).'));
}
