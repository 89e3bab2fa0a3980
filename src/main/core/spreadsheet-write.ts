/**
 * Writes a scorecard as XLSX (exceljs) or CSV (papaparse): the export of spreadsheet.export and `quadrant export`.
 * The XLSX holds the scorecard table of the period (for people), the measurements wide and long (for the import,
 * which reads them back unchanged) and the KPI definitions; the CSV holds the measurements long. What goes in which
 * row and column is decided in spreadsheet-rows.ts; this file gives it its look.
 */
import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Status } from '../../shared/domain';
import { periodLabel } from '../../shared/periods';
import type { SpreadsheetData, SpreadsheetFormat } from '../../shared/sheets';
import {
  DEFINITION_COLUMNS,
  definitionRows,
  exportFileName,
  longRows,
  LONG_HEADER,
  STATUS_TEXT,
  tableRows,
  wideTable,
  type TableRow,
} from './spreadsheet-rows';

/** The app's status colours (base.css, light theme): the soft tint as the fill, the status colour for the words. */
const STATUS_STYLE: Record<Status, { fill: string; font: string }> = {
  green: { fill: 'FFE7F5EC', font: 'FF137638' },
  amber: { fill: 'FFFDF1E4', font: 'FFA54C09' },
  red: { fill: 'FFFBE9E9', font: 'FFB91C1C' },
  none: { fill: 'FFEEF0F3', font: 'FF5F6672' },
};
const HEADER_FILL = 'FFE8EEFC';
const PERSPECTIVE_FILL = 'FFF3F5F8';
/** Excel refuses sheet names longer than this. */
const MAX_SHEET_NAME = 31;
const TABLE_COLUMNS = 10;

/** Prefix units as the app writes them (format.ts): "€1,200". */
const PREFIX_UNITS = new Set(['€', '$', '£']);

/**
 * An Excel number format for a KPI's unit, so the cell shows what the app shows and stays a number: "0.0%" for
 * percent (the cell holds 0.125 for the app's 12.5 %), "€"#,##0 for a prefix currency, #,##0" days" for the rest.
 */
export function unitFormat(unit: string, decimals: number): string {
  const digits = decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
  const u = unit.trim();
  if (u === '%') return `0${digits}%`;
  const number = `#,##0${digits}`;
  // A quote or backslash cannot sit inside a format's quoted text: such a unit is left to the Unit column.
  if (!u || /["\\]/.test(u)) return number;
  if (PREFIX_UNITS.has(u)) return `"${u}"${number};-"${u}"${number}`;
  return `${number}" ${u}"`;
}

function headerRow(sheet: ExcelJS.Worksheet): void {
  const row = sheet.getRow(1);
  row.font = { bold: true };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF9AA4B2' } } };
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
}

function freezeHeader(sheet: ExcelJS.Worksheet, columns = 1): void {
  sheet.views = [
    {
      state: 'frozen',
      xSplit: columns,
      ySplit: 1,
      topLeftCell: sheet.getCell(2, columns + 1).address,
      activeCell: 'A2',
    },
  ];
}

/** "Scorecard Q3 2026"; a fiscal label too long for a sheet name gives way to the period's key ("2026-Q3"). */
export function tableSheetName(period: string, fyStart: number): string {
  const name = `Scorecard ${periodLabel(period, fyStart)}`;
  return name.length <= MAX_SHEET_NAME ? name : `Scorecard ${period}`;
}

function addTableSheet(book: ExcelJS.Workbook, data: SpreadsheetData): void {
  const fy = data.scored.scorecard.fiscalYearStartMonth;
  const sheet = book.addWorksheet(tableSheetName(data.period, fy), {
    pageSetup: {
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      // 0: as many pages down as the table needs.
      fitToHeight: 0,
      printTitlesRow: '1:1',
      horizontalCentered: true,
    },
    headerFooter: {
      oddHeader: `&L&B${escapeHeader(data.scored.scorecard.name)}&R${escapeHeader(periodLabel(data.period, fy))}`,
      oddFooter: '&LQuadrant&RPage &P of &N',
    },
  });
  sheet.columns = [
    { header: 'Perspective / objective / KPI', key: 'name', width: 44 },
    { header: 'Owner', key: 'owner', width: 16 },
    { header: 'Unit', key: 'unit', width: 9 },
    { header: 'Baseline', key: 'baseline', width: 13 },
    { header: 'Target', key: 'target', width: 13 },
    { header: 'Actual', key: 'actual', width: 13 },
    { header: 'Progress', key: 'progress', width: 10 },
    { header: 'Score', key: 'score', width: 9 },
    { header: 'Status', key: 'status', width: 13 },
    { header: 'Reported', key: 'reported', width: 16 },
  ];
  headerRow(sheet);
  for (const r of tableRows(data)) addTableRow(sheet, r);
  freezeHeader(sheet);
}

/** & starts a code in a page header: written twice it is a plain ampersand. */
function escapeHeader(text: string): string {
  return text.replace(/&/g, '&&');
}

function addTableRow(sheet: ExcelJS.Worksheet, r: TableRow): void {
  // A percent cell holds the fraction Excel expects (0.125); the app keeps percent in percent (12.5 for 12.5 %).
  const percentUnit = r.unit.trim() === '%';
  const value = <T>(v: T) => (typeof v === 'number' && percentUnit ? v / 100 : v);
  const row = sheet.addRow({
    name: r.name,
    owner: r.owner,
    unit: r.unit,
    baseline: value(r.baseline),
    target: value(r.target),
    actual: value(r.actual),
    progress: r.progress === null ? null : r.progress / 100,
    score: r.score,
    status: STATUS_TEXT[r.status],
    reported: r.reported,
  });
  const valueFormat = unitFormat(r.unit, r.decimals);
  for (const key of ['baseline', 'target', 'actual'] as const) {
    const cell = row.getCell(key);
    if (typeof cell.value === 'number') cell.numFmt = valueFormat;
    else cell.alignment = { horizontal: 'right' };
  }
  row.getCell('progress').numFmt = '0%';
  row.getCell('score').numFmt = '0';
  const style = STATUS_STYLE[r.status];
  const status = row.getCell('status');
  status.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: style.fill } };
  status.font = { color: { argb: style.font }, bold: true };
  row.getCell('name').alignment = { indent: r.level === 'kpi' ? 2 : r.level === 'objective' ? 1 : 0 };
  if (r.level === 'objective') row.getCell('name').font = { bold: true };
  if (r.level === 'perspective' || r.level === 'scorecard') {
    for (let c = 1; c <= TABLE_COLUMNS; c++) {
      const cell = row.getCell(c);
      if (cell === status) continue;
      cell.font = { bold: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: PERSPECTIVE_FILL } };
    }
  }
}

function addWideSheet(book: ExcelJS.Workbook, data: SpreadsheetData): void {
  const { header, rows } = wideTable(data);
  const sheet = book.addWorksheet('Measurements');
  sheet.addRow(header);
  for (const r of rows) sheet.addRow(r);
  sheet.getColumn(1).width = 40;
  for (let c = 2; c <= header.length; c++) sheet.getColumn(c).width = 12;
  headerRow(sheet);
  freezeHeader(sheet);
}

function addLongSheet(book: ExcelJS.Workbook, data: SpreadsheetData): void {
  const sheet = book.addWorksheet('Values');
  sheet.addRow([...LONG_HEADER]);
  for (const r of longRows(data)) sheet.addRow([r.kpi, r.period, r.actual, r.target, r.note]);
  [40, 12, 14, 14, 60].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  sheet.getColumn(5).alignment = { wrapText: true, vertical: 'top' };
  headerRow(sheet);
  freezeHeader(sheet);
}

function addDefinitionsSheet(book: ExcelJS.Workbook, data: SpreadsheetData): void {
  const sheet = book.addWorksheet('KPI definitions');
  sheet.columns = DEFINITION_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  for (const r of definitionRows(data)) sheet.addRow(r);
  sheet.getColumn('description').alignment = { wrapText: true, vertical: 'top' };
  headerRow(sheet);
  freezeHeader(sheet);
}

async function writeXlsx(data: SpreadsheetData): Promise<Buffer> {
  // Loaded on the first export: exceljs is most of the main process's code, and starting the app needs none of it.
  const { default: Excel } = await import('exceljs');
  const book = new Excel.Workbook();
  book.creator = 'Quadrant';
  book.title = `${data.tree.scorecard.name} ${periodLabel(data.period, data.tree.scorecard.fiscalYearStartMonth)}`;
  // A fixed date: the same document exported twice gives the same workbook, whatever the clock says.
  book.created = new Date(Date.UTC(2000, 0, 1));
  book.modified = book.created;
  addTableSheet(book, data);
  addWideSheet(book, data);
  addLongSheet(book, data);
  addDefinitionsSheet(book, data);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The measurements long, with a byte-order mark: without it Excel reads UTF-8 as the machine's old code page. */
function writeCsv(data: SpreadsheetData): Buffer {
  const rows = longRows(data).map((r) => [r.kpi, r.period, r.actual, r.target, r.note]);
  // A text that starts with = + − @ gets an apostrophe, so a spreadsheet shows it instead of running it as a formula.
  const text = Papa.unparse({ fields: [...LONG_HEADER], data: rows }, { newline: '\r\n', escapeFormulae: true });
  return Buffer.from(`\uFEFF${text}\r\n`, 'utf8');
}

export async function writeSpreadsheet(
  data: SpreadsheetData,
  format: SpreadsheetFormat,
): Promise<{ fileName: string; bytes: Buffer }> {
  const bytes = format === 'xlsx' ? await writeXlsx(data) : writeCsv(data);
  return { fileName: exportFileName(data, format), bytes };
}
