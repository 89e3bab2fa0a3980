/**
 * The one API contract: method name → zod input schema → result type.
 * The core's handler map is typed from it (a missing handler does not compile) and so is the
 * renderer's call() (a wrong method or payload does not compile). dispatch validates with these schemas.
 */
import { z } from 'zod';
import { t } from './i18n';
import { says } from './validation-words';
import {
  CauseLink,
  CauseLinkFields,
  Frequency,
  Id,
  Initiative,
  InitiativeFields,
  Kpi,
  KpiFields,
  Measurement,
  MeasurementFields,
  Name,
  Note,
  NoteEntityType,
  NoteFields,
  Objective,
  ObjectiveFields,
  PeriodKey,
  Perspective,
  PerspectiveFields,
  Scorecard,
  ScorecardFields,
  ScorecardTree,
  Theme,
  ThemeFields,
} from './domain';
import { reviewContract } from './contract-review';
import { startContract } from './contract-start';
import { cascadeContract } from './contract-cascade';
import { workshopContract } from './contract-workshop';
import { analysisContract } from './contract-analysis';
import { teamContract } from './contract-team';
import { Slug } from './templates';
import type { DashboardData } from './dashboard';
import type { ClosedPeriod } from './review';
import type { ContributorScores, Evaluation } from './evaluation';
import type { InterchangeDocument } from './interchange';
import { periodKind } from './periods';
import type { Language } from './i18n/languages';
import {
  ReportExportInput,
  ReportOptionsInput,
  ReportSettings,
  type ReportData,
  type ReportExportResult,
} from './report';

interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the result type only. */
  output?: O;
}
const method =
  <O>() =>
  <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input });

/** Whether Intl accepts a tag. Not i18n/languages' canonicalLocale: the first screen's chunks must not follow zod. */
function intlAccepts(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** A BCP 47 language tag as the page knows it ('de', 'de-AT', 'fr-CA'); short, and one Intl accepts. */
export const LocaleTag = z
  .string()
  .min(2)
  .max(35)
  .refine((tag) => /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(tag) && intlAccepts(tag), says('languageTag'));

const FilePath = z.string().min(1, says('pathRequired')).max(4096);
/** What a path in a call is for: a host approves each path for one purpose (see file.choose). */
export const PATH_PURPOSES = ['open', 'create', 'saveAs', 'restore'] as const;
export type PathPurpose = (typeof PATH_PURPOSES)[number];
const Empty = z.object({}).strict();
const ById = z.object({ id: Id }).strict();
const Ids = z.array(Id).min(1).max(10_000);

export interface DocumentInfo {
  path: string;
  /** File name without folder, for titles. */
  name: string;
  schemaVersion: number;
  readOnly: boolean;
  /** Why the document is read-only (open in another Quadrant; a read-only file, folder or disk), for the banner. */
  readOnlyReason?: string;
  scorecards: { id: number; name: string }[];
  /** Where the document's content stands in this session (see changes.ts): what a page that reads it is based on. */
  epoch: number;
  revision: number;
}

/** One rotating backup copy of a document (see src/main/core/backups.ts). */
export interface BackupInfo {
  /** The backup's file name in the backups folder. */
  id: string;
  createdAt: string;
  size: number;
  /** The document it is a copy of. */
  source: string;
  sourceName: string;
  /** Why it was made: the day's first open, before an upgrade, or before New, Save As or import replaced it. */
  reason: 'daily' | 'migration' | 'replaced';
  schemaVersion: number;
}

/** Links in notes open in the system browser: web addresses only, never file:, javascript: or app links. */
export const ExternalUrl = z
  .string()
  .max(2048)
  .refine((s) => {
    try {
      const u = new URL(s);
      return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname !== '';
    } catch {
      return false;
    }
  }, 'must be a web address starting with http:// or https://');

/**
 * The first screen in one answer: the document, its scorecards, the chosen scorecard's tree and measurements, the
 * period shown and its evaluation, and the undo state. With no document open, info is null and the rest is empty.
 */
export interface DocumentSnapshot {
  info: DocumentInfo | null;
  scorecards: Scorecard[];
  tree: ScorecardTree | null;
  measurements: Measurement[];
  viewKind: Frequency;
  period: string | null;
  evaluation: Evaluation | null;
  /** The chosen scorecard's closed periods with their snapshots: the page scores them from these, as the core does. */
  closed: ClosedPeriod[];
  /**
   * The scores of the objectives below that contribute to the chosen scorecard's, for `period`, when the scorecard
   * scores with its contributors ({} when it scores its own only: nothing to count, nothing read). The page's
   * scoring reads them; another period's come from cascade.scores.
   */
  contributors: ContributorScores;
  history: HistoryState;
}

/**
 * What document.load is asked for. A period names its own kind, so a view kind that says otherwise is a
 * contradiction in the request itself: refused, not silently replaced.
 */
const DocumentLoadInput = z
  .object({ scorecardId: Id.optional(), viewKind: Frequency.optional(), period: PeriodKey.optional() })
  .strict()
  .superRefine((input, ctx) => {
    if (input.viewKind === undefined || input.period === undefined) return;
    const kind = periodKind(input.period);
    if (kind !== input.viewKind) {
      ctx.addIssue({
        code: 'custom',
        path: ['period'],
        message: t('errors:validation.viewKind', {
          kind: t(`errors:validation.kind.${kind}`),
          asked: t(`errors:validation.kind.${input.viewKind}`),
        }),
      });
    }
  });

/** Undo and redo of the open document's edits (per open session; history is not saved with the document). */
export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  /** What undo would reverse ("Edit KPI “Total revenue”"), or null when there is nothing to undo. */
  undoLabel: string | null;
  redoLabel: string | null;
}

export const contract = {
  'app.info': method<{ version: string; schemaVersion: number; mode: 'electron' | 'web' | 'cli' }>()(Empty),
  /**
   * The language the backend answers in (formula texts, messages): the person's choice made a locale ('de-AT').
   * Answers the locale it took, in canonical case. On a team server it concerns the caller's requests only.
   */
  'app.setLanguage': method<{ locale: string; language: Language }>()(
    z.object({ locale: LocaleTag }).strict(),
  ),

  'document.create': method<DocumentInfo>()(
    z
      .object({ path: FilePath, name: Name.optional(), overwrite: z.boolean().optional(), template: Slug.optional() })
      .strict(),
  ),
  'document.open': method<DocumentInfo>()(z.object({ path: FilePath }).strict()),
  'document.info': method<DocumentInfo | null>()(Empty),
  'document.close': method<null>()(Empty),
  'document.saveAs': method<DocumentInfo>()(z.object({ path: FilePath, overwrite: z.boolean().optional() }).strict()),
  'document.export': method<InterchangeDocument>()(Empty),
  /**
   * Everything the overview shows first, in one call. The scorecard asked for (else the first); the view kind and
   * period asked for when they fit it (else its granularity and the latest period with values). A read: no undo step.
   */
  'document.load': method<DocumentSnapshot>()(DocumentLoadInput),

  'scorecard.list': method<Scorecard[]>()(Empty),
  'scorecard.get': method<ScorecardTree>()(ById),
  'scorecard.create': method<Scorecard>()(
    ScorecardFields.partial().extend({ name: ScorecardFields.shape.name }).strict(),
  ),
  'scorecard.update': method<Scorecard>()(ScorecardFields.partial().extend({ id: Id }).strict()),
  'scorecard.delete': method<null>()(ById),
  'scorecard.evaluate': method<Evaluation>()(z.object({ scorecardId: Id, period: PeriodKey }).strict()),
  /** Several periods at once (trends, heatmaps), in the order given. */
  'scorecard.evaluateMany': method<Evaluation[]>()(
    z.object({ scorecardId: Id, periods: z.array(PeriodKey).min(1).max(400) }).strict(),
  ),

  /** The dashboard of a period: 8 periods of evaluations, the same period last year and every KPI's forecast. */
  'dashboard.data': method<DashboardData>()(z.object({ scorecardId: Id, period: PeriodKey }).strict()),

  'perspective.list': method<Perspective[]>()(z.object({ scorecardId: Id }).strict()),
  'perspective.create': method<Perspective>()(
    PerspectiveFields.omit({ position: true })
      .partial()
      .extend({ scorecardId: Id, name: PerspectiveFields.shape.name })
      .strict(),
  ),
  'perspective.update': method<Perspective>()(
    PerspectiveFields.omit({ scorecardId: true, position: true }).partial().extend({ id: Id }).strict(),
  ),
  'perspective.delete': method<null>()(ById),
  'perspective.reorder': method<Perspective[]>()(z.object({ scorecardId: Id, ids: Ids }).strict()),

  'theme.list': method<Theme[]>()(z.object({ scorecardId: Id }).strict()),
  'theme.create': method<Theme>()(
    ThemeFields.partial().extend({ scorecardId: Id, name: ThemeFields.shape.name }).strict(),
  ),
  'theme.update': method<Theme>()(ThemeFields.omit({ scorecardId: true }).partial().extend({ id: Id }).strict()),
  'theme.delete': method<null>()(ById),

  'objective.list': method<Objective[]>()(z.object({ scorecardId: Id }).strict()),
  'objective.get': method<Objective>()(ById),
  'objective.create': method<Objective>()(
    ObjectiveFields.omit({ position: true })
      .partial()
      .extend({ perspectiveId: Id, title: ObjectiveFields.shape.title })
      .strict(),
  ),
  'objective.update': method<Objective>()(
    ObjectiveFields.omit({ position: true }).partial().extend({ id: Id }).strict(),
  ),
  'objective.delete': method<null>()(ById),
  'objective.reorder': method<Objective[]>()(z.object({ perspectiveId: Id, ids: Ids }).strict()),

  'link.list': method<CauseLink[]>()(z.object({ scorecardId: Id }).strict()),
  'link.create': method<CauseLink>()(CauseLinkFields.partial({ note: true, fromKpiId: true, toKpiId: true }).strict()),
  /** The note, or the KPI the strategy check reads at either end (a KPI of that end's objective; null: its score). */
  'link.update': method<CauseLink>()(
    CauseLinkFields.pick({ note: true, fromKpiId: true, toKpiId: true }).partial().extend({ id: Id }).strict(),
  ),
  'link.delete': method<null>()(ById),

  'kpi.list': method<Kpi[]>()(z.object({ scorecardId: Id.optional(), objectiveId: Id.optional() }).strict()),
  'kpi.get': method<Kpi>()(ById),
  'kpi.create': method<Kpi>()(
    KpiFields.omit({ position: true }).partial().extend({ objectiveId: Id, name: KpiFields.shape.name }).strict(),
  ),
  'kpi.update': method<Kpi>()(KpiFields.omit({ position: true }).partial().extend({ id: Id }).strict()),
  'kpi.delete': method<null>()(ById),
  'kpi.reorder': method<Kpi[]>()(z.object({ objectiveId: Id, ids: Ids }).strict()),

  'measurement.list': method<Measurement[]>()(z.object({ kpiId: Id.optional(), scorecardId: Id.optional() }).strict()),
  /** Insert or replace the measurement of one KPI for one period. */
  'measurement.set': method<Measurement>()(MeasurementFields.partial({ target: true, note: true }).strict()),
  'measurement.delete': method<null>()(z.object({ kpiId: Id, period: PeriodKey }).strict()),
  /**
   * Many cells in one transaction (a pasted block): all are saved or none. `actual: null` with no target and
   * no note clears the cell.
   */
  'measurement.setMany': method<Measurement[]>()(
    z
      .object({
        items: z
          .array(MeasurementFields.partial({ target: true, note: true }).strict())
          .min(1)
          .max(100_000),
      })
      .strict(),
  ),

  'initiative.list': method<Initiative[]>()(z.object({ scorecardId: Id }).strict()),
  'initiative.create': method<Initiative>()(
    InitiativeFields.partial().extend({ scorecardId: Id, title: InitiativeFields.shape.title }).strict(),
  ),
  'initiative.update': method<Initiative>()(
    InitiativeFields.omit({ scorecardId: true }).partial().extend({ id: Id }).strict(),
  ),
  'initiative.delete': method<null>()(ById),

  'note.list': method<Note[]>()(
    z.object({ entityType: NoteEntityType.optional(), entityId: Id.optional(), scorecardId: Id.optional() }).strict(),
  ),
  'note.create': method<Note>()(NoteFields.partial({ period: true, author: true }).strict()),
  'note.update': method<Note>()(
    NoteFields.pick({ body: true, period: true, author: true }).partial().extend({ id: Id }).strict(),
  ),
  'note.delete': method<null>()(ById),

  /** Everything the print view needs to lay out the PDF report of one period. */
  'report.data': method<ReportData>()(ReportOptionsInput),
  /** The report dialog's last choices in this document (defaults when never saved). */
  'report.settings.get': method<ReportSettings>()(Empty),
  'report.settings.set': method<ReportSettings>()(ReportSettings.strict()),
  /**
   * Prints the report to PDF. Served by the Electron shell (save dialog, file written, optionally opened) and by
   * the browser-mode server (the PDF comes back as base64); the plain core cannot print and says so.
   * null: the user cancelled the save dialog.
   */
  'report.export': method<ReportExportResult | null>()(ReportExportInput),

  'history.state': method<HistoryState>()(Empty),
  /** Reverses the last edit; `undone` is null when there was nothing to undo. */
  'history.undo': method<HistoryState & { undone: string | null }>()(Empty),
  'history.redo': method<HistoryState & { redone: string | null }>()(Empty),

  /** The backups of every document (newest first), or only those of the open one. */
  'backup.list': method<BackupInfo[]>()(z.object({ onlyCurrent: z.boolean().optional() }).strict()),
  /** Copies a backup into a new file (never over an existing one) and opens it. */
  'backup.restore': method<DocumentInfo>()(z.object({ id: z.string().min(1).max(300), path: FilePath }).strict()),
  /**
   * Opens a web link from a note in the system browser. Served by the Electron shell after the user confirms;
   * elsewhere `opened` is false and the page opens the link itself.
   */
  'shell.openExternal': method<{ opened: boolean }>()(z.object({ url: ExternalUrl }).strict()),
  /**
   * Asks the user for a file in the host's own dialog (the Electron app's native one). In the app, a path the page
   * passes to document.open, document.create, document.saveAs or backup.restore must come from here. null: the
   * user cancelled. Hosts without a dialog (browser mode, the CLI) answer VALIDATION: the page asks for a typed path.
   */
  'file.choose': method<{ path: string } | null>()(
    z.object({ purpose: z.enum(PATH_PURPOSES), suggestedPath: FilePath.optional() }).strict(),
  ),

  ...reviewContract,
  ...startContract,
  ...cascadeContract,
  ...workshopContract,
  ...analysisContract,
  ...teamContract,
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
/** What a handler receives: the input after zod parsing (defaults applied, strings trimmed). */
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = Exclude<Contract[M]['output'], undefined>;

export const methodNames = Object.keys(contract) as Method[];

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

export type { Measurement, Note, Objective, Kpi, Perspective, Scorecard, Theme, CauseLink, Initiative };
