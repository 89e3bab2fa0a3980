/**
 * Spreadsheets in and out: the shape of a read spreadsheet (what import.read answers, from XLSX by exceljs or CSV by
 * papaparse), the mapping from its columns to KPIs and periods, the preview of an import, and the export's options.
 * The pure work on these (detecting the layout, reading numbers and period headers, matching names, the verdict of
 * each cell) lives in src/shared/import/; reading and writing files in src/main/core/spreadsheet-*.ts.
 */
import { z } from 'zod';
import { Id, PeriodKey } from './domain';

/** Files larger than this are refused before they are read (XLSX is zipped: its cells may be ten times more). */
export const MAX_SPREADSHEET_BYTES = 20 * 1024 * 1024;
export const MAX_SHEET_ROWS = 20_000;
export const MAX_SHEET_COLUMNS = 1_000;

/**
 * One cell as read: its value (a formula's cached result), with what the file says about its type. `date`: an
 * Excel date, `v` its ISO day (2026-03-31). `percent`: a number formatted as a percentage (0.12 shown as 12 %).
 * `text`: the text the spreadsheet shows, where it differs from `v` (a formatted number, a date).
 */
export const SheetCell = z
  .object({
    v: z.union([z.string().max(10_000), z.number(), z.boolean(), z.null()]),
    date: z.literal(true).optional(),
    percent: z.literal(true).optional(),
    text: z.string().max(10_000).optional(),
  })
  .strict();
export type SheetCell = z.infer<typeof SheetCell>;

export const SheetTable = z
  .object({
    name: z.string().max(200),
    /** Row by row from the top; a missing cell is null. */
    rows: z.array(z.array(SheetCell.nullable()).max(MAX_SHEET_COLUMNS)).max(MAX_SHEET_ROWS),
  })
  .strict();
export type SheetTable = z.infer<typeof SheetTable>;

/** What import.read answers: every sheet of the file (a CSV has one). */
export interface SpreadsheetFile {
  fileName: string;
  format: 'xlsx' | 'csv';
  sheets: SheetTable[];
}

export const ImportLayout = z.enum(['wide', 'long']);
export type ImportLayout = z.infer<typeof ImportLayout>;

/**
 * How a sheet's columns are read. Wide: one row per KPI, one column per period. Long: one row per value, with
 * KPI, period and value columns (target and note optional). Columns and rows count from 0.
 */
export const ImportMapping = z
  .object({
    layout: ImportLayout,
    headerRow: z.number().int().min(0).max(MAX_SHEET_ROWS),
    nameColumn: z.number().int().min(0).max(MAX_SHEET_COLUMNS),
    /** Wide: the columns that hold periods, each with the period it means. */
    periodColumns: z
      .array(z.object({ column: z.number().int().min(0).max(MAX_SHEET_COLUMNS), period: PeriodKey }).strict())
      .max(MAX_SHEET_COLUMNS)
      .optional(),
    /** Long: */
    periodColumn: z.number().int().min(0).max(MAX_SHEET_COLUMNS).optional(),
    valueColumn: z.number().int().min(0).max(MAX_SHEET_COLUMNS).optional(),
    targetColumn: z.number().int().min(0).max(MAX_SHEET_COLUMNS).optional(),
    noteColumn: z.number().int().min(0).max(MAX_SHEET_COLUMNS).optional(),
    /**
     * How numbers written as text are read: '.' before the decimals (1,234.5) or ',' (1.234,5). Absent: as the
     * sheet shows elsewhere in the column or sheet, else as the person's language writes them.
     */
    decimal: z.enum(['.', ',']).optional(),
  })
  .strict();
export type ImportMapping = z.infer<typeof ImportMapping>;

/** What to do with the rows of a name that is not a KPI's exactly: take a KPI, create one, or leave them out. */
export const NameDecision = z.discriminatedUnion('action', [
  z.object({ name: z.string().max(400), action: z.literal('kpi'), kpiId: Id }).strict(),
  z.object({ name: z.string().max(400), action: z.literal('create') }).strict(),
  z.object({ name: z.string().max(400), action: z.literal('skip') }).strict(),
]);
export type NameDecision = z.infer<typeof NameDecision>;

export const ImportRequest = z
  .object({
    scorecardId: Id,
    sheet: SheetTable,
    /** Absent: detected from the sheet (the preview says what was detected). */
    mapping: ImportMapping.optional(),
    decisions: z.array(NameDecision).max(10_000).optional(),
    /** Where KPIs created for unknown names go (needed when a decision says create). */
    createIn: Id.optional(),
    /** The file the sheet came from, to name the undo step ("Import 42 values from “sales.xlsx”"). */
    fileName: z.string().max(500).optional(),
  })
  .strict();
export type ImportRequest = z.infer<typeof ImportRequest>;

export type CellVerdict = 'new' | 'changed' | 'same' | 'invalid' | 'unmatched';

/** One value of the sheet and what importing it would do. */
export interface PreviewCell {
  row: number;
  column: number;
  /** Its place as the spreadsheet names it: "C4". */
  address: string;
  /** The KPI name as written in the sheet. */
  name: string;
  kpiId: number | null;
  period: string | null;
  field: 'actual' | 'target' | 'note';
  /** The cell as the spreadsheet shows it. */
  raw: string;
  /** The value read from it (a note's text for a note). */
  value: number | string | null;
  /** What the document holds there now. */
  current: number | string | null;
  verdict: CellVerdict;
  /** Why it is invalid or unmatched, in words ("“12,5,0” is not a number"). */
  reason?: string;
}

export type NameMatchKind = 'exact' | 'normalized' | 'close' | 'none';

/** A name of the sheet and the KPI it goes to. */
export interface PreviewName {
  name: string;
  cells: number;
  match: NameMatchKind;
  /** The KPI its cells go to, once matched exactly or decided; null while unsure or skipped. */
  kpiId: number | null;
  /** Close matches, best first, for the user to confirm (close and none). */
  candidates: { kpiId: number; name: string; score: number }[];
  decision: NameDecision['action'] | null;
}

export interface ImportPreview {
  mapping: ImportMapping;
  /** What was detected, in words ("Wide: one row per KPI, 8 quarter columns, Q1 2025 – Q4 2026"). */
  detected: string;
  names: PreviewName[];
  cells: PreviewCell[];
  counts: Record<CellVerdict, number>;
  /**
   * How text numbers are read where a cell does not tell by itself ("1,234"): the decimal separator, and where that
   * came from — the person's choice, the sheet's other numbers, the person's language; 'mixed' when the sheet
   * writes both ways (such cells are then refused).
   */
  numbers: { decimal: '.' | ','; from: 'choice' | 'sheet' | 'language' | 'mixed' };
  /** Problems that stop the import as a whole (no name column, nothing to import), in words. */
  problems: string[];
  /** Nothing is unsure: every name matched or decided, no invalid cell. */
  ready: boolean;
}

export const ImportApplyRequest = ImportRequest.extend({
  /** Write the valid cells and leave the invalid ones out (otherwise an invalid cell refuses the import). */
  skipInvalid: z.boolean().optional(),
}).strict();

export interface ImportResult {
  written: number;
  unchanged: number;
  skipped: number;
  createdKpis: number;
}

export const SpreadsheetFormat = z.enum(['xlsx', 'csv']);
export type SpreadsheetFormat = z.infer<typeof SpreadsheetFormat>;

export const SpreadsheetExportInput = z
  .object({ scorecardId: Id, period: PeriodKey, format: SpreadsheetFormat })
  .strict();

export interface SpreadsheetExportResult {
  /** Where the host saved it (the app's save dialog); null when sent back (browser mode). */
  path: string | null;
  base64: string | null;
  fileName: string;
  bytes: number;
}

/** What the spreadsheet export writes: the scorecard, its evaluation for the period and every measurement. */
export interface SpreadsheetData {
  documentName: string;
  period: string;
  tree: import('./domain').ScorecardTree;
  /**
   * The structure the period is scored with: a closed period's snapshot (a KPI deleted since still has its row),
   * else the live tree. The scorecard table lists this; the definitions and measurements list the live tree.
   */
  scored: Pick<import('./domain').ScorecardTree, 'scorecard' | 'perspectives' | 'objectives' | 'kpis'>;
  evaluation: import('./evaluation').Evaluation;
  measurements: import('./domain').Measurement[];
}
