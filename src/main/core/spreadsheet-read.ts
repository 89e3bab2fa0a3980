/**
 * Reads an XLSX (exceljs) or CSV (papaparse) file into sheets of cells (src/shared/sheets.ts). The file's content
 * decides how it is read, not its name: a PDF or a Quadrant document renamed .xlsx, an old binary .xls or an .ods is
 * refused with a message that names the file and says what to do. A cell keeps what the spreadsheet shows: a
 * formula its saved result, rich text its text, a date its day, a number formatted as a percentage that fact.
 */
import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { AppError, ErrorCode } from '../../shared/errors';
import { formatNumber } from '../../shared/format';
import { t } from '../../shared/i18n';
import {
  MAX_SHEET_COLUMNS,
  MAX_SHEET_ROWS,
  MAX_SPREADSHEET_BYTES,
  type SheetCell,
  type SheetTable,
  type SpreadsheetFile,
} from '../../shared/sheets';

const MAX_TEXT = 10_000;

function refuse(message: string): AppError {
  return new AppError(ErrorCode.VALIDATION, message);
}

const startsWith = (bytes: Buffer, magic: number[]): boolean => magic.every((b, i) => bytes[i] === b);

/** What the first bytes say the file is. */
function sniff(bytes: Buffer): 'zip' | 'ole' | 'pdf' | 'sqlite' | 'text' | 'binary' {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (bytes.subarray(0, 16).toString('latin1') === 'SQLite format 3\0') return 'sqlite';
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return 'text';
  // Text has no NUL bytes and few control characters; a binary file has plenty.
  const head = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of head) {
    if (b === 0) return 'binary';
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > head.length / 100 ? 'binary' : 'text';
}

function decodeText(bytes: Buffer): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return bytes.subarray(3).toString('utf8');
  // Excel's "Unicode text" is UTF-16 with a byte-order mark.
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: Excel on Windows saves CSV in the Windows code page ("€" is 0x80 there).
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function checkSize(fileName: string, rows: number, columns: number): void {
  if (rows > MAX_SHEET_ROWS) {
    throw refuse(
      t('numbers:import.read.rows', { name: fileName, rows: formatNumber(rows), max: formatNumber(MAX_SHEET_ROWS) }),
    );
  }
  if (columns > MAX_SHEET_COLUMNS) {
    throw refuse(
      t('numbers:import.read.columns', {
        name: fileName,
        columns: formatNumber(columns),
        max: formatNumber(MAX_SHEET_COLUMNS),
      }),
    );
  }
}

/** The delimiter that splits the first lines into the same number of fields: tab, then ';', then ',', then '|'. */
function guessDelimiter(text: string): string {
  const sample = text.slice(0, 64 * 1024);
  let best = ',';
  let bestFields = 1;
  for (const delimiter of ['\t', ';', ',', '|']) {
    const rows = Papa.parse<string[]>(sample, { delimiter, newline: '', skipEmptyLines: 'greedy' }).data.slice(0, 20);
    // The last sampled row may be cut in the middle.
    const whole = rows.length > 1 && sample.length < text.length ? rows.slice(0, -1) : rows;
    const counts = new Set(whole.map((r) => r.length));
    const fields = whole[0]?.length ?? 1;
    if (counts.size === 1 && fields > 1) return delimiter;
    if (fields > bestFields) [best, bestFields] = [delimiter, fields];
  }
  return best;
}

function readCsv(fileName: string, bytes: Buffer): SpreadsheetFile {
  const text = decodeText(bytes);
  if (text.trim() === '') throw refuse(t('numbers:import.read.empty', { name: fileName }));
  const parsed = Papa.parse<string[]>(text, { delimiter: guessDelimiter(text), newline: '', skipEmptyLines: false });
  const rows = parsed.data;
  // A file ends with a line break: papaparse reads one empty row after it.
  while (rows.length && rows[rows.length - 1]!.every((f) => f.trim() === '')) rows.pop();
  const columns = Math.max(0, ...rows.map((r) => r.length));
  checkSize(fileName, rows.length, columns);
  const quote = parsed.errors.find((e) => e.type === 'Quotes');
  if (quote) {
    throw refuse(t('numbers:import.read.quote', { name: fileName, row: (quote.row ?? 0) + 1 }));
  }
  const table: SheetTable = {
    name: fileName.replace(/\.[^.]*$/, '') || fileName,
    rows: rows.map((r) => r.map((f) => (f === '' ? null : { v: unguarded(f).slice(0, MAX_TEXT) }))),
  };
  return { fileName, format: 'csv', sheets: [table] };
}

/**
 * A CSV field written with a spreadsheet's formula guard: a leading apostrophe before = + - @ (what papaparse's
 * escapeFormulae, Quadrant's own CSV export and many tools add so Excel does not run text as a formula). The
 * apostrophe is not part of the text.
 */
function unguarded(field: string): string {
  return /^'[=+\-@\t\r]/.test(field) ? field.slice(1) : field;
}

function isoDay(d: Date): string | null {
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}

function text(s: string): string {
  return s.length > MAX_TEXT ? s.slice(0, MAX_TEXT) : s;
}

/** One exceljs value as a cell (a formula's result, a link's text, rich text's characters). */
function toCell(value: ExcelJS.CellValue, numFmt: string | undefined): SheetCell | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { v: String(value) };
    return numFmt && /%/.test(numFmt.replace(/"[^"]*"/g, '')) ? { v: value, percent: true } : { v: value };
  }
  if (typeof value === 'string') return value === '' ? null : { v: text(value) };
  if (typeof value === 'boolean') return { v: value };
  if (value instanceof Date) {
    const day = isoDay(value);
    return day ? { v: day, date: true } : null;
  }
  if (typeof value === 'object') {
    if ('error' in value) return { v: String(value.error) };
    if ('richText' in value) return { v: text(value.richText.map((r) => r.text).join('')) };
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: ExcelJS.CellValue }).result;
      if (result === undefined || result === null) {
        // Written by a program that does not calculate: the value was never saved. Shown as its formula.
        const f =
          (value as { formula?: string; sharedFormula?: string }).formula ??
          (value as { sharedFormula?: string }).sharedFormula;
        return f ? { v: `=${f}` } : null;
      }
      return toCell(result, numFmt);
    }
    if ('hyperlink' in value) {
      const t = (value as { text?: unknown }).text;
      if (t && typeof t === 'object' && 'richText' in t) return toCell(t as ExcelJS.CellRichTextValue, numFmt);
      return typeof t === 'string' && t !== '' ? { v: text(t) } : { v: text(String(value.hyperlink)) };
    }
  }
  return { v: text(String(value as unknown)) };
}

async function readXlsx(fileName: string, bytes: Buffer): Promise<SpreadsheetFile> {
  // Loaded on first use: exceljs takes half a second to load, which every start of the app and of the CLI would pay.
  const Excel = (await import('exceljs')).default;
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    const reason = (err as Error)?.message ?? String(err);
    throw refuse(t('numbers:import.read.xlsx', { name: fileName, reason: reason.slice(0, 200) }));
  }
  const sheets: SheetTable[] = [];
  for (const ws of workbook.worksheets) {
    const rowCount = ws.actualRowCount === 0 ? 0 : ws.rowCount;
    let columns = 0;
    for (let r = 1; r <= rowCount; r++) columns = Math.max(columns, ws.getRow(r).cellCount);
    checkSize(`${fileName}” sheet “${ws.name}`, rowCount, columns);
    const rows: (SheetCell | null)[][] = [];
    for (let r = 1; r <= rowCount; r++) {
      const row = ws.getRow(r);
      const cells: (SheetCell | null)[] = [];
      for (let c = 1; c <= row.cellCount; c++) {
        const cell = row.getCell(c);
        // A merged range's value lives in its first cell; the others would repeat a header or a name.
        if (cell.type === Excel.ValueType.Merge) cells.push(null);
        else cells.push(toCell(cell.value, cell.numFmt));
      }
      while (cells.length && cells[cells.length - 1] === null) cells.pop();
      rows.push(cells);
    }
    while (rows.length && rows[rows.length - 1]!.length === 0) rows.pop();
    sheets.push({ name: ws.name.slice(0, 200), rows });
  }
  if (sheets.length === 0) {
    throw refuse(t('numbers:import.read.noWorksheets', { name: fileName }));
  }
  return { fileName, format: 'xlsx', sheets };
}

/** Reads a spreadsheet; every file it cannot read is refused with a message naming it, never a stack trace. */
export async function readSpreadsheet(fileName: string, bytes: Buffer): Promise<SpreadsheetFile> {
  if (bytes.length === 0) throw refuse(t('numbers:import.read.empty', { name: fileName }));
  if (bytes.length > MAX_SPREADSHEET_BYTES) {
    throw refuse(
      t('numbers:import.read.tooBig', {
        name: fileName,
        size: formatNumber(bytes.length / 2 ** 20, { minDecimals: 1, maxDecimals: 1 }),
        max: formatNumber(MAX_SPREADSHEET_BYTES / 2 ** 20),
      }),
    );
  }
  const kind = sniff(bytes);
  switch (kind) {
    case 'zip': {
      // An OpenDocument file names its type first thing in the archive.
      if (bytes.subarray(30, 100).toString('latin1').includes('application/vnd.oasis.opendocument')) {
        throw refuse(t('numbers:import.read.ods', { name: fileName }));
      }
      return readXlsx(fileName, bytes);
    }
    case 'ole':
      throw refuse(t('numbers:import.read.xls', { name: fileName }));
    case 'pdf':
      throw refuse(t('numbers:import.read.pdf', { name: fileName }));
    case 'sqlite':
      throw refuse(t('numbers:import.read.sqlite', { name: fileName }));
    case 'binary':
      throw refuse(t('numbers:import.read.neither', { name: fileName }));
    default:
      return readCsv(fileName, bytes);
  }
}
