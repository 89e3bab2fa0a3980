/**
 * Domain entities of a scorecard document and their zod schemas.
 * The same schemas validate API payloads, the JSON interchange format and rows read back from disk,
 * so there is one definition of what a valid Objective or Kpi is.
 */
import { z } from 'zod';
import { says, sayNow } from './validation-words';
import { MAX_ABS_NUMBER } from './limits';
import { NOT_XML_SOURCE } from './xml-text';
import type { CheckIn, KeyResult } from './okr';

/** Numbers beyond this are almost certainly typos or attacks; SQLite REAL and JS doubles hold them exactly enough. */
export { MAX_ABS_NUMBER };

export const Id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export const FiniteNumber = z
  .number()
  .refine((n) => Number.isFinite(n), says('finiteNumber'))
  .refine(
    (n) => Math.abs(n) <= MAX_ABS_NUMBER,
    says('between', { min: `-${MAX_ABS_NUMBER}`, max: String(MAX_ABS_NUMBER) }),
  );
export const Weight = z
  .number()
  .min(0, says('orMore', { min: 0 }))
  .max(1000, says('atMost', { max: 1000 }));
export const Percent = z
  .number()
  .min(0, says('orMore', { min: 0 }))
  .max(100, says('atMost', { max: 100 }));

/** Characters XML cannot carry (see xml-text.ts): refused in every text, since they are never typed on purpose. */
const NOT_TEXT = new RegExp(NOT_XML_SOURCE);
/** A one-line text (a name, an owner, a unit) also holds no tab, line break, DEL, C1 control or line separator. */
const NOT_ONE_LINE = new RegExp(`[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]|${NOT_XML_SOURCE}`);

const codePoint = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Refuses text with a character of `forbidden`, naming the first one and where it is (1-based). */
export function plainText<S extends z.ZodString>(schema: S, forbidden: RegExp, what: 'notOneLine' | 'notText'): S {
  return schema.superRefine((s, ctx) => {
    const found = forbidden.exec(s);
    if (found)
      ctx.addIssue({ code: 'custom', message: sayNow(what, { char: codePoint(found[0]), at: found.index + 1 }) });
  }) as S;
}

/** A one-line text field: names, titles, owners, units. */
export const oneLine = <S extends z.ZodString>(schema: S) => plainText(schema, NOT_ONE_LINE, 'notOneLine');
/** A long text field: descriptions, notes. Tabs and line breaks are fine here. */
export const multiLine = <S extends z.ZodString>(schema: S) => plainText(schema, NOT_TEXT, 'notText');

export const text = (max: number) => oneLine(z.string().max(max, says('atMostChars', { max })));
export const Name = oneLine(
  z
    .string()
    .trim()
    .min(1, says('required'))
    .max(200, says('atMostChars', { max: 200 })),
);
export const ShortText = text(200);
export const LongText = multiLine(z.string().max(20_000, says('atMostChars', { max: 20000 })));

/** Calendar date as YYYY-MM-DD. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, says('date'))
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, says('realDate'));
export const IsoDateTime = z.string().datetime({ offset: true, ...says('dateTime') });
export const Colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, says('colour'));

/** Period keys: month 2026-03 (calendar), quarter 2026-Q3 and year 2026 (fiscal, named by the calendar year the fiscal year starts in). */
export const MonthKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, says('month'));
export const QuarterKey = z.string().regex(/^\d{4}-Q[1-4]$/, says('quarter'));
export const YearKey = z.string().regex(/^\d{4}$/, says('year'));
export const PeriodKey = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/, says('period'));

export const Granularity = z.enum(['month', 'quarter']);
export const RollupMethod = z.enum(['weighted_mean', 'worst_child']);
export const Polarity = z.enum(['increase', 'decrease', 'range']);
export const Frequency = z.enum(['month', 'quarter', 'year']);
export const Aggregation = z.enum(['sum', 'average', 'last']);
export const Status = z.enum(['green', 'amber', 'red', 'none']);
export const InitiativeStatus = z.enum(['planned', 'in_progress', 'on_hold', 'done', 'cancelled']);
export const NoteEntityType = z.enum(['scorecard', 'perspective', 'objective', 'kpi', 'initiative']);
/** How a scorecard scores an objective that other scorecards' objectives contribute to (docs/cascading.md). */
export const CascadeScoring = z.enum(['own', 'with_contributors']);
/** An objective's OKR kind: aspirational key results succeed at 0.7, committed ones are expected at 1.0. */
export const OkrKind = z.enum(['aspirational', 'committed']);

export type Granularity = z.infer<typeof Granularity>;
export type RollupMethod = z.infer<typeof RollupMethod>;
export type Polarity = z.infer<typeof Polarity>;
export type Frequency = z.infer<typeof Frequency>;
export type Aggregation = z.infer<typeof Aggregation>;
export type Status = z.infer<typeof Status>;
export type InitiativeStatus = z.infer<typeof InitiativeStatus>;
export type NoteEntityType = z.infer<typeof NoteEntityType>;
export type CascadeScoring = z.infer<typeof CascadeScoring>;
export type OkrKind = z.infer<typeof OkrKind>;

export const DueDays = z
  .number()
  .int()
  .min(0, says('orMore', { min: 0 }))
  .max(365, says('atMostDays', { max: 365 }));

const Thresholds = {
  /** Progress % at or above which a KPI is green. */
  greenThreshold: z.number().min(0).max(1000),
  /** Progress % at or above which a KPI is amber. */
  amberThreshold: z.number().min(0).max(1000),
};

export const ScorecardFields = z.object({
  name: Name,
  mission: LongText,
  vision: LongText,
  fiscalYearStartMonth: z.number().int().min(1).max(12),
  granularity: Granularity,
  rollupMethod: RollupMethod,
  ...Thresholds,
  /** The company scorecard this one belongs to (a department's). */
  parentScorecardId: Id.nullable(),
  /** Ask for a note when an entered value turns a KPI red. */
  requireNoteOnRed: z.boolean(),
  /** A KPI's value is due this many days after its period ends (a KPI may say otherwise). */
  dataDueDays: DueDays,
  /** 'own': an objective scores from its own KPIs and key results; 'with_contributors': also from the objectives below that support it. */
  cascadeScoring: CascadeScoring,
  /** The strategy check tests each link at lags 0 to this many periods; null: 2 quarters or 6 months, by granularity. */
  checkMaxLag: z
    .number()
    .int()
    .min(0, says('orMore', { min: 0 }))
    .max(12, says('atMostPeriods', { max: 12 }))
    .nullable(),
});
export const Scorecard = ScorecardFields.extend({ id: Id });
export type Scorecard = z.infer<typeof Scorecard>;

export const PerspectiveFields = z.object({
  scorecardId: Id,
  name: Name,
  description: LongText,
  position: z.number().int().min(0),
  weight: Weight,
});
export const Perspective = PerspectiveFields.extend({ id: Id });
export type Perspective = z.infer<typeof Perspective>;

export const ThemeFields = z.object({
  scorecardId: Id,
  name: Name,
  colour: Colour,
  description: LongText,
});
export const Theme = ThemeFields.extend({ id: Id });
export type Theme = z.infer<typeof Theme>;

export const ObjectiveFields = z.object({
  perspectiveId: Id,
  title: Name,
  description: LongText,
  owner: ShortText,
  position: z.number().int().min(0),
  weight: Weight,
  startDate: IsoDate.nullable(),
  dueDate: IsoDate.nullable(),
  themeId: Id.nullable(),
  /** How its key results are judged (see okr-scoring.ts). */
  okrKind: OkrKind,
  /** Manual position on the strategy map, null when laid out automatically. */
  mapX: FiniteNumber.nullable(),
  mapY: FiniteNumber.nullable(),
});
export const Objective = ObjectiveFields.extend({ id: Id });
export type Objective = z.infer<typeof Objective>;

export const CauseLinkFields = z.object({
  fromObjectiveId: Id,
  toObjectiveId: Id,
  note: LongText,
  /** The strategy check reads this KPI of the cause objective instead of the objective's score; null: the score. */
  fromKpiId: Id.nullable(),
  /** The same at the effect's end. */
  toKpiId: Id.nullable(),
});
export const CauseLink = CauseLinkFields.extend({ id: Id });
export type CauseLink = z.infer<typeof CauseLink>;

/**
 * A supporting objective (usually of a department's scorecard) contributes to an objective above it (usually of the
 * company's), with a weight. The two are in different scorecards; the contributions of a document never form a cycle.
 */
export const ContributionFields = z.object({
  fromObjectiveId: Id,
  toObjectiveId: Id,
  weight: Weight,
});
export const Contribution = ContributionFields.extend({ id: Id });
export type Contribution = z.infer<typeof Contribution>;

export const KpiFields = z.object({
  objectiveId: Id,
  name: Name,
  description: LongText,
  unit: text(40),
  polarity: Polarity,
  baseline: FiniteNumber.nullable(),
  target: FiniteNumber.nullable(),
  /** Target-range KPIs: the band that counts as fully on target. */
  rangeLow: FiniteNumber.nullable(),
  rangeHigh: FiniteNumber.nullable(),
  /** Target-range KPIs: distance outside the band at which progress falls to zero. */
  tolerance: FiniteNumber.nullable(),
  /** Per-KPI thresholds; null uses the scorecard's. */
  greenThreshold: z.number().min(0).max(1000).nullable(),
  amberThreshold: z.number().min(0).max(1000).nullable(),
  frequency: Frequency,
  aggregation: Aggregation,
  weight: Weight,
  owner: ShortText,
  dataSource: ShortText,
  isKey: z.boolean(),
  position: z.number().int().min(0),
  /** Days after its period ends that the value is due; null uses the scorecard's. */
  dataDueDays: DueDays.nullable(),
});
export const Kpi = KpiFields.extend({ id: Id });
export type Kpi = z.infer<typeof Kpi>;

export const MeasurementFields = z.object({
  kpiId: Id,
  period: PeriodKey,
  actual: FiniteNumber.nullable(),
  /** Overrides the KPI's target for this period. */
  target: FiniteNumber.nullable(),
  note: LongText,
});
export const Measurement = MeasurementFields;
export type Measurement = z.infer<typeof Measurement>;

export const InitiativeFields = z.object({
  scorecardId: Id,
  title: Name,
  description: LongText,
  owner: ShortText,
  budget: FiniteNumber.nullable(),
  spent: FiniteNumber.nullable(),
  startDate: IsoDate.nullable(),
  endDate: IsoDate.nullable(),
  status: InitiativeStatus,
  percentComplete: Percent,
  objectiveIds: z.array(Id).max(1000),
});
export const Initiative = InitiativeFields.extend({ id: Id });
export type Initiative = z.infer<typeof Initiative>;

export const NoteFields = z.object({
  entityType: NoteEntityType,
  entityId: Id,
  period: PeriodKey.nullable(),
  author: ShortText,
  body: multiLine(
    z
      .string()
      .trim()
      .min(1, says('required'))
      .max(20_000, says('atMostChars', { max: 20000 })),
  ),
});
export const Note = NoteFields.extend({ id: Id, createdAt: IsoDateTime, updatedAt: IsoDateTime });
export type Note = z.infer<typeof Note>;

/** Everything of one scorecard, as the views need it. */
export interface ScorecardTree {
  scorecard: Scorecard;
  perspectives: Perspective[];
  objectives: Objective[];
  kpis: Kpi[];
  themes: Theme[];
  links: CauseLink[];
  initiatives: Initiative[];
  /** Key results of the scorecard's objectives, and their check-ins (src/shared/okr.ts). */
  keyResults: KeyResult[];
  checkIns: CheckIn[];
  /** Contributions from or to the scorecard's objectives (either end in this scorecard). */
  contributions: Contribution[];
}
