/**
 * Starting and bringing numbers in and out (spread into contract.ts): scorecard templates, copying a scorecard, the
 * KPI library (built in, and the user's own kept with the app's settings), spreadsheet import and export.
 */
import { z } from 'zod';
import { says } from './validation-words';
import { Id, Name, type Scorecard } from './domain';
import {
  ImportApplyRequest,
  ImportRequest,
  MAX_SPREADSHEET_BYTES,
  SpreadsheetExportInput,
  type ImportPreview,
  type ImportResult,
  type SpreadsheetData,
  type SpreadsheetExportResult,
  type SpreadsheetFile,
} from './sheets';
import {
  LibraryKpiFields,
  Slug,
  type KpiLibrary,
  type LibraryKpi,
  type ScorecardTemplate,
  type TemplateSummary,
} from './templates';
import { PeriodKey } from './domain';

interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  output?: O;
}
const method =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input });
const Empty = z.object({}).strict();

/** Base64 of at most MAX_SPREADSHEET_BYTES (4 characters per 3 bytes). */
const FileBase64 = z
  .string()
  .max(Math.ceil(MAX_SPREADSHEET_BYTES / 3) * 4 + 4, says('largerThanMb', { size: MAX_SPREADSHEET_BYTES / 1024 / 1024 }))
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, says('base64'));

export const startContract = {
  'template.list': method<TemplateSummary[]>()(Empty),
  'template.get': method<ScorecardTemplate>()(z.object({ id: Slug }).strict()),
  /** A new scorecard in the open document, built from a template (its name by default the template's). */
  'scorecard.fromTemplate': method<Scorecard>()(z.object({ template: Slug, name: Name.optional() }).strict()),
  /** A copy of a scorecard in the same document: its structure, and with `withData` its measurements and notes. */
  'scorecard.copy': method<Scorecard>()(z.object({ id: Id, name: Name.optional(), withData: z.boolean() }).strict()),

  'library.list': method<KpiLibrary>()(Empty),
  /** Saves a KPI into the personal library (a new entry, or the one with this id replaced). */
  'library.save': method<LibraryKpi>()(LibraryKpiFields.extend({ id: Slug.optional() }).strict()),
  'library.delete': method<null>()(z.object({ id: Slug }).strict()),

  /** Reads a spreadsheet the page sent (the user's file input): every sheet's cells. Nothing is written. */
  'import.read': method<SpreadsheetFile>()(
    z.object({ fileName: z.string().min(1).max(500), dataBase64: FileBase64 }).strict(),
  ),
  /** What importing the sheet would do, cell by cell. Nothing is written. */
  'import.preview': method<ImportPreview>()(ImportRequest),
  /** Writes the preview's new and changed values (and creates KPIs decided so) in one transaction: one undo step. */
  'import.apply': method<ImportResult>()(ImportApplyRequest),

  'spreadsheet.data': method<SpreadsheetData>()(z.object({ scorecardId: Id, period: PeriodKey }).strict()),
  /** The scorecard as XLSX (table, measurements in the wide layout, definitions) or CSV (measurements). */
  'spreadsheet.export': method<SpreadsheetExportResult | null>()(SpreadsheetExportInput),
} as const;
