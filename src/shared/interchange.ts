/**
 * The JSON interchange format (docs/file-format.md): every table of a document as flat arrays,
 * validated with the same entity schemas as the API. Key order and row order are fixed so that
 * export → import → export is byte-identical.
 */
import { z } from 'zod';
import { says } from './validation-words';
import { DEFAULT_DATA_DUE_DAYS } from './defaults';
import {
  CauseLink,
  Contribution,
  Initiative,
  Kpi,
  Measurement,
  Note,
  Objective,
  Perspective,
  Scorecard,
  Theme,
} from './domain';
import { IncentiveItem, IncentivePlan } from './incentives';
import { CheckIn, KeyResult } from './okr';
import type { FieldIssue } from './errors';
import {
  ActionItem,
  BUILT_IN_TEMPLATES,
  ClosedPeriod,
  PeriodEvent,
  Review,
  ReviewItem,
  ReviewTemplate,
} from './review';
import { Workshop, WorkshopNote, WorkshopVote } from './workshop';

export const INTERCHANGE_FORMAT = 'quadrant-scorecard';
/**
 * 2 added the review cycle (templates, reviews, agenda lines, actions, closed periods) and when data is due.
 * 3 added cascading (contributions with weights, replacing an objective's single supportsObjectiveId, and each
 * scorecard's cascadeScoring), OKRs (an objective's okrKind, key results, check-ins) and incentive plans.
 * 4 added workshops, their notes and groups, and their votes.
 * 5 added the strategy check's settings: each scorecard's checkMaxLag, and the KPI a link reads at either end.
 */
export const INTERCHANGE_VERSION = 5;

/** Each table: its row schema and the most rows a file may hold. */
export const INTERCHANGE_TABLES = {
  scorecards: { row: Scorecard.strict(), max: 1000 },
  perspectives: { row: Perspective.strict(), max: 20_000 },
  themes: { row: Theme.strict(), max: 20_000 },
  objectives: { row: Objective.strict(), max: 100_000 },
  links: { row: CauseLink.strict(), max: 200_000 },
  kpis: { row: Kpi.strict(), max: 200_000 },
  measurements: { row: Measurement.strict(), max: 10_000_000 },
  initiatives: { row: Initiative.strict(), max: 100_000 },
  notes: { row: Note.strict(), max: 1_000_000 },
  reviewTemplates: { row: ReviewTemplate.strict(), max: 1000 },
  reviews: { row: Review.strict(), max: 100_000 },
  reviewItems: { row: ReviewItem.strict(), max: 1_000_000 },
  actions: { row: ActionItem.strict(), max: 1_000_000 },
  closedPeriods: { row: ClosedPeriod, max: 10_000 },
  periodEvents: { row: PeriodEvent, max: 100_000 },
  contributions: { row: Contribution.strict(), max: 200_000 },
  keyResults: { row: KeyResult.strict(), max: 200_000 },
  checkIns: { row: CheckIn.strict(), max: 1_000_000 },
  incentivePlans: { row: IncentivePlan.strict(), max: 1000 },
  incentiveItems: { row: IncentiveItem.strict(), max: 200_000 },
  workshops: { row: Workshop.strict(), max: 20_000 },
  workshopNotes: { row: WorkshopNote.strict(), max: 1_000_000 },
  workshopVotes: { row: WorkshopVote.strict(), max: 1_000_000 },
} as const;
type Tables = typeof INTERCHANGE_TABLES;
export type InterchangeTable = keyof Tables;
export const INTERCHANGE_TABLE_NAMES = Object.keys(INTERCHANGE_TABLES) as InterchangeTable[];

const envelope = {
  format: z.literal(INTERCHANGE_FORMAT, says('format', { format: INTERCHANGE_FORMAT })),
  formatVersion: z
    .number()
    .int()
    .min(1)
    .refine((v) => v <= INTERCHANGE_VERSION, {
      ...says('newerInterchange', { version: INTERCHANGE_VERSION }),
    }),
};
const tablesOf = <T>(f: <K extends InterchangeTable>(spec: Tables[K]) => T) =>
  Object.fromEntries(INTERCHANGE_TABLE_NAMES.map((k) => [k, f(INTERCHANGE_TABLES[k])])) as {
    [K in InterchangeTable]: T;
  };

export const InterchangeDocument = z
  .object({
    ...envelope,
    scorecards: z.array(INTERCHANGE_TABLES.scorecards.row).max(INTERCHANGE_TABLES.scorecards.max),
    perspectives: z.array(INTERCHANGE_TABLES.perspectives.row).max(INTERCHANGE_TABLES.perspectives.max),
    themes: z.array(INTERCHANGE_TABLES.themes.row).max(INTERCHANGE_TABLES.themes.max),
    objectives: z.array(INTERCHANGE_TABLES.objectives.row).max(INTERCHANGE_TABLES.objectives.max),
    links: z.array(INTERCHANGE_TABLES.links.row).max(INTERCHANGE_TABLES.links.max),
    kpis: z.array(INTERCHANGE_TABLES.kpis.row).max(INTERCHANGE_TABLES.kpis.max),
    measurements: z.array(INTERCHANGE_TABLES.measurements.row).max(INTERCHANGE_TABLES.measurements.max),
    initiatives: z.array(INTERCHANGE_TABLES.initiatives.row).max(INTERCHANGE_TABLES.initiatives.max),
    notes: z.array(INTERCHANGE_TABLES.notes.row).max(INTERCHANGE_TABLES.notes.max),
    reviewTemplates: z.array(INTERCHANGE_TABLES.reviewTemplates.row).max(INTERCHANGE_TABLES.reviewTemplates.max),
    reviews: z.array(INTERCHANGE_TABLES.reviews.row).max(INTERCHANGE_TABLES.reviews.max),
    reviewItems: z.array(INTERCHANGE_TABLES.reviewItems.row).max(INTERCHANGE_TABLES.reviewItems.max),
    actions: z.array(INTERCHANGE_TABLES.actions.row).max(INTERCHANGE_TABLES.actions.max),
    closedPeriods: z.array(INTERCHANGE_TABLES.closedPeriods.row).max(INTERCHANGE_TABLES.closedPeriods.max),
    periodEvents: z.array(INTERCHANGE_TABLES.periodEvents.row).max(INTERCHANGE_TABLES.periodEvents.max),
    contributions: z.array(INTERCHANGE_TABLES.contributions.row).max(INTERCHANGE_TABLES.contributions.max),
    keyResults: z.array(INTERCHANGE_TABLES.keyResults.row).max(INTERCHANGE_TABLES.keyResults.max),
    checkIns: z.array(INTERCHANGE_TABLES.checkIns.row).max(INTERCHANGE_TABLES.checkIns.max),
    incentivePlans: z.array(INTERCHANGE_TABLES.incentivePlans.row).max(INTERCHANGE_TABLES.incentivePlans.max),
    incentiveItems: z.array(INTERCHANGE_TABLES.incentiveItems.row).max(INTERCHANGE_TABLES.incentiveItems.max),
    workshops: z.array(INTERCHANGE_TABLES.workshops.row).max(INTERCHANGE_TABLES.workshops.max),
    workshopNotes: z.array(INTERCHANGE_TABLES.workshopNotes.row).max(INTERCHANGE_TABLES.workshopNotes.max),
    workshopVotes: z.array(INTERCHANGE_TABLES.workshopVotes.row).max(INTERCHANGE_TABLES.workshopVotes.max),
  })
  .strict();
export type InterchangeDocument = z.infer<typeof InterchangeDocument>;

/** The envelope with each table an array of rows not yet looked at: cheap, whatever the rows hold. */
const InterchangeShape = z.object({ ...envelope, ...tablesOf((spec) => z.array(z.unknown()).max(spec.max)) }).strict();

/** How many problems an import names before it stops looking. */
export const MAX_IMPORT_ISSUES = 5;

const issuePath = (prefix: (string | number)[], path: readonly PropertyKey[]) => [
  ...prefix,
  ...path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
];

/**
 * Validates interchange data row by row and stops after the first few problems. Parsing the whole document with
 * one schema collected every issue of every row first: a million bad rows took minutes and gigabytes to report one.
 */
export function validateInterchange(
  raw: unknown,
  maxIssues = MAX_IMPORT_ISSUES,
): { ok: true; doc: InterchangeDocument } | { ok: false; issues: FieldIssue[] } {
  const shape = InterchangeShape.safeParse(upgradeVersion4(upgradeVersion3(upgradeVersion2(upgradeVersion1(raw)))));
  if (!shape.success) {
    return {
      ok: false,
      issues: shape.error.issues.slice(0, maxIssues).map((i) => ({ path: issuePath([], i.path), message: i.message })),
    };
  }
  const issues: FieldIssue[] = [];
  const doc: Record<string, unknown> = { format: shape.data.format, formatVersion: shape.data.formatVersion };
  for (const table of INTERCHANGE_TABLE_NAMES) {
    const { row } = INTERCHANGE_TABLES[table];
    const rows = shape.data[table];
    const out: unknown[] = new Array(rows.length);
    for (let i = 0; i < rows.length && issues.length < maxIssues; i++) {
      const parsed = row.safeParse(rows[i]);
      if (parsed.success) out[i] = parsed.data;
      else
        for (const issue of parsed.error.issues.slice(0, maxIssues - issues.length))
          issues.push({ path: issuePath([table, i], issue.path), message: issue.message });
    }
    doc[table] = out;
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, doc: doc as InterchangeDocument };
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * A version 1 file as version 2 would have written it: scorecards due data after the default number of days, KPIs
 * without their own, the built-in meeting templates and no reviews, actions or closed periods. Anything that is not
 * a version 1 envelope is left for validation to name.
 */
export function upgradeVersion1(raw: unknown): unknown {
  if (!isRecord(raw) || raw.formatVersion !== 1) return raw;
  const withDefault = (rows: unknown, key: string, value: unknown) =>
    Array.isArray(rows) ? rows.map((r) => (isRecord(r) && !(key in r) ? { ...r, [key]: value } : r)) : rows;
  const added = { reviews: [], reviewItems: [], actions: [], closedPeriods: [], periodEvents: [] };
  return {
    ...raw,
    formatVersion: 2,
    scorecards: withDefault(raw.scorecards, 'dataDueDays', DEFAULT_DATA_DUE_DAYS),
    kpis: withDefault(raw.kpis, 'dataDueDays', null),
    reviewTemplates: BUILT_IN_TEMPLATES.map((t, i) => ({ id: i + 1, ...t })),
    ...added,
  };
}

/**
 * A version 2 file as version 3 would have written it: each objective's supportsObjectiveId becomes a contribution of
 * weight 1, objectives are aspirational, scorecards score their own objectives only, and there are no key results,
 * check-ins or incentive plans. Closed periods' snapshots get the same defaults (see review.ts).
 */
export function upgradeVersion2(raw: unknown): unknown {
  if (!isRecord(raw) || raw.formatVersion !== 2) return raw;
  const contributions: { id: number; fromObjectiveId: unknown; toObjectiveId: unknown; weight: number }[] = [];
  const objectives = Array.isArray(raw.objectives)
    ? raw.objectives.map((o) => {
        if (!isRecord(o)) return o;
        const { supportsObjectiveId, ...rest } = o;
        if (supportsObjectiveId !== null && supportsObjectiveId !== undefined) {
          contributions.push({
            id: contributions.length + 1,
            fromObjectiveId: o.id,
            toObjectiveId: supportsObjectiveId,
            weight: 1,
          });
        }
        return 'okrKind' in rest ? rest : { ...rest, okrKind: 'aspirational' };
      })
    : raw.objectives;
  const scorecards = Array.isArray(raw.scorecards)
    ? raw.scorecards.map((s) => (isRecord(s) && !('cascadeScoring' in s) ? { ...s, cascadeScoring: 'own' } : s))
    : raw.scorecards;
  return {
    ...raw,
    formatVersion: 3,
    scorecards,
    objectives,
    contributions,
    keyResults: [],
    checkIns: [],
    incentivePlans: [],
    incentiveItems: [],
  };
}

/** A version 3 file as version 4 would have written it: the same document, without workshops. */
export function upgradeVersion3(raw: unknown): unknown {
  if (!isRecord(raw) || raw.formatVersion !== 3) return raw;
  return { ...raw, formatVersion: 4, workshops: [], workshopNotes: [], workshopVotes: [] };
}

/** A version 4 file as version 5 would have written it: links on their objectives' scores, lags by granularity. */
export function upgradeVersion4(raw: unknown): unknown {
  if (!isRecord(raw) || raw.formatVersion !== 4) return raw;
  const withDefaults = (rows: unknown, defaults: Record<string, unknown>) =>
    Array.isArray(rows)
      ? rows.map((r) =>
          isRecord(r) ? { ...r, ...Object.fromEntries(Object.entries(defaults).filter(([k]) => !(k in r))) } : r,
        )
      : rows;
  return {
    ...raw,
    formatVersion: 5,
    scorecards: withDefaults(raw.scorecards, { checkMaxLag: null }),
    links: withDefaults(raw.links, { fromKpiId: null, toKpiId: null }),
  };
}
