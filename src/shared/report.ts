/**
 * The PDF report: what a user chooses (options, remembered per document as settings) and everything the print
 * view needs to lay it out (ReportData). The core builds ReportData; the print view only draws it, so the app,
 * the browser-mode server and the CLI print the same report from the same numbers.
 */
import { z } from 'zod';
import { says } from './validation-words';
import { Id, IsoDate, oneLine, PeriodKey, ShortText, type Initiative, type Note, type ScorecardTree } from './domain';
import type { ContributorScore, Evaluation } from './evaluation';
import type { PeriodComparison } from './period-compare';
import { LANGUAGES, type Language } from './i18n/languages';

export const REPORT_SECTIONS = [
  'cover',
  'summary',
  'changes',
  'map',
  'table',
  'kpis',
  'okrs',
  'initiatives',
  'workshops',
  'notes',
] as const;
export const ReportSection = z.enum(REPORT_SECTIONS);
export type ReportSection = z.infer<typeof ReportSection>;

/** The language a report is written in: chosen per report (a consultant writes for the client). */
export const ReportLanguage = z.enum(LANGUAGES);

export const PageSize = z.enum(['A4', 'Letter']);
export type PageSize = z.infer<typeof PageSize>;
export const Orientation = z.enum(['portrait', 'landscape']);
export type Orientation = z.infer<typeof Orientation>;

/** Page sizes in PDF points (1/72 inch), portrait. */
export const PAGE_POINTS: Record<PageSize, { width: number; height: number }> = {
  A4: { width: 595, height: 842 },
  Letter: { width: 612, height: 792 },
};

/** A logo travels as a data URL, so the document stays one self-contained file and the print view loads nothing. */
export const MAX_LOGO_CHARS = 1_500_000;
export const LogoDataUrl = z
  .string()
  .max(MAX_LOGO_CHARS, says('logoSize', { size: 1 }))
  .regex(
    /^data:image\/(png|jpeg|gif|webp|svg\+xml);base64,[A-Za-z0-9+/]+=*$/,
    says('logoType'),
  );

export const ReportCover = z.object({
  title: oneLine(z.string().trim().max(200, says('atMostChars', { max: 200 }))),
  /** Empty: the scorecard's name. */
  companyName: oneLine(z.string().trim().max(200, says('atMostChars', { max: 200 }))),
  preparedBy: ShortText,
  /** null: the day the report is made. */
  date: IsoDate.nullable(),
  logo: LogoDataUrl.nullable(),
});
export type ReportCover = z.infer<typeof ReportCover>;

export const DEFAULT_COVER: ReportCover = {
  title: 'Balanced scorecard report',
  companyName: '',
  preparedBy: '',
  date: null,
  logo: null,
};

export const ReportOptionsFields = z.object({
  scorecardIds: z.array(Id).min(1, says('oneScorecard')).max(50),
  period: PeriodKey,
  sections: z.array(ReportSection).min(1, says('chooseSection')),
  pageSize: PageSize,
  orientation: Orientation,
  cover: ReportCover,
  /** Absent: the language the app (or the command line) is in. */
  language: ReportLanguage.optional(),
});
export type ReportOptions = z.infer<typeof ReportOptionsFields>;

/** What report.data accepts: everything but the scorecards and the period has a default. */
export const ReportOptionsInput = ReportOptionsFields.extend({
  sections: ReportOptionsFields.shape.sections.default([...REPORT_SECTIONS]),
  pageSize: PageSize.default('A4'),
  orientation: Orientation.default('portrait'),
  cover: ReportCover.partial().default({}),
}).strict();

/** What the report dialog remembers in the document. The period is left out on purpose: next time is another quarter. */
export const ReportSettings = z.object({
  scorecardIds: z.array(Id).max(50),
  sections: z.array(ReportSection),
  pageSize: PageSize,
  orientation: Orientation,
  cover: ReportCover,
  openAfterExport: z.boolean(),
  /** Absent: the interface's language. */
  language: ReportLanguage.optional(),
});
export type ReportSettings = z.infer<typeof ReportSettings>;

export const DEFAULT_REPORT_SETTINGS: ReportSettings = {
  scorecardIds: [],
  sections: [...REPORT_SECTIONS],
  pageSize: 'A4',
  orientation: 'portrait',
  cover: DEFAULT_COVER,
  openAfterExport: true,
};

/** One of the worst key KPIs or objectives of the period. */
export interface ReportRisk {
  kind: 'kpi' | 'objective';
  id: number;
  name: string;
  /** The objective a KPI belongs to, or the perspective of an objective. */
  context: string;
  score: number | null;
  status: 'red' | 'amber';
  /** Why: the scoring formula in words and numbers. */
  reason: string;
}

export interface ReportInitiative {
  initiative: Initiative;
  /** How complete it should be by the end of the period if work were spread evenly between its dates; null when done, cancelled or undated. */
  expectedPercent: number | null;
  /** Behind or overdue. */
  behindSchedule: boolean;
  /** The schedule in words, as the Initiatives view says it ("Behind schedule: 45 % complete, 87 % of the time used"). */
  schedule: string;
  /** Titles of the objectives it serves. */
  objectives: string[];
}

export interface ReportKpiPoint {
  period: string;
  label: string;
  actual: number | null;
  target: number | null;
  status: 'green' | 'amber' | 'red' | 'none';
  greenThreshold: number;
  amberThreshold: number;
}

/** An objective of another scorecard that one of the report's objectives supports, with the contribution's weight. */
export interface ReportSupported {
  objectiveId: number;
  title: string;
  scorecardName: string;
  weight: number;
}

/** Where one objective of the report's scorecard sits in the cascade: what it supports above, what supports it below. */
export interface ReportAlignment {
  objectiveId: number;
  supports: ReportSupported[];
  /** Objectives below with their own score for the period (or why they are not counted). */
  supportedBy: ContributorScore[];
}

/** A note, or a group with its member notes, as the report prints it. */
export interface ReportWorkshopItem {
  kind: 'note' | 'group';
  /** The note's text, or the group's heading. */
  text: string;
  /** Dots on this note or group itself (a group's members keep their own); null while the votes are hidden. */
  votes: number | null;
  /** What it was promoted to, by the objective's title or the KPI's name as they are now. */
  promotedTo: { kind: 'objective' | 'kpi'; name: string } | null;
  members: ReportWorkshopItem[];
}

export interface ReportWorkshopColumn {
  /** A perspective's name, or "Parking lot". */
  title: string;
  items: ReportWorkshopItem[];
}

/** A workshop's outcome: its board by column, as the board shows it (by votes once they are revealed). */
export interface ReportWorkshop {
  id: number;
  name: string;
  date: string;
  participants: string[];
  dotsPerParticipant: number;
  votesRevealed: boolean;
  /** Columns that hold notes, in the board's order (perspectives, then the parking lot). */
  columns: ReportWorkshopColumn[];
}

export interface ReportScorecard {
  tree: ScorecardTree;
  period: string;
  periodLabel: string;
  previousPeriod: string;
  previousLabel: string;
  evaluation: Evaluation;
  previous: Evaluation;
  /** Key KPIs' history up to the period, oldest first. */
  history: Record<number, ReportKpiPoint[]>;
  /** Notes of the period (and its sub-periods) and notes without a period, oldest first. */
  notes: Note[];
  /** Notes on key KPIs over the history window, newest first. */
  kpiNotes: Record<number, Note[]>;
  risks: ReportRisk[];
  initiatives: ReportInitiative[];
  /** What changed since the previous period: scores, structure, actions opened and closed. */
  changes: PeriodComparison;
  /** Objectives with contributions to or from other scorecards, in the scorecard's order. */
  alignment: ReportAlignment[];
  /** Workshops dated on or before the end of the period, newest first. */
  workshops: ReportWorkshop[];
}

export interface ReportData {
  options: ReportOptions;
  /** The locale the words, numbers and dates were made in ('fr-FR'); the print view draws in it too. */
  locale: string;
  language: Language;
  /** The document's file name without the extension, for the footer. */
  documentName: string;
  /** ISO date-time the data was read. */
  generatedAt: string;
  cover: { title: string; companyName: string; preparedBy: string; date: string; logo: string | null };
  scorecards: ReportScorecard[];
}

/** What the print view reports back once every chart is drawn and every font loaded. */
export interface ReportReady {
  sections: ReportSection[];
  charts: number;
}

export const ReportExportInput = ReportOptionsInput.extend({ openAfter: z.boolean().default(false) }).strict();

/** Electron saves the file itself (path); the browser-mode server sends the bytes (base64) for a download. */
export interface ReportExportResult {
  path: string | null;
  pdfBase64: string | null;
  fileName: string;
  pages: number;
  bytes: number;
  /** Which browser engine printed it, for messages ("Chromium 156 at /usr/bin/chromium"). */
  engine: string;
}

export const SETTINGS_KEY_REPORT = 'report';
