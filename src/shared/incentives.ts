/**
 * Incentives tied to results (docs/incentives.md): an optional plan per scorecard that turns the scores of what each
 * person owns (objectives, KPIs, key results) into a payout factor, with a threshold below which an item pays nothing
 * and a cap, and the formula shown like every score. Shown only in the plan's own view and its XLSX export.
 */
import { z } from 'zod';
import { says } from './validation-words';
import { Id, LongText, PeriodKey, Weight } from './domain';

export const IncentiveEntityType = z.enum(['objective', 'kpi', 'keyResult']);
export type IncentiveEntityType = z.infer<typeof IncentiveEntityType>;

/** Percent of target achieved, as the scores give it (100 = on target). */
const AchievementPercent = z.number().min(0, says('percentOrMore', { min: 0 })).max(1000, says('percentAtMost', { max: 1000 }));

export const IncentivePlanFields = z.object({
  scorecardId: Id,
  /** An item below this achievement (%) pays nothing. */
  threshold: AchievementPercent,
  /** An item pays at most this (%) however far it beats its target. */
  cap: AchievementPercent,
  note: LongText,
});
export const IncentivePlan = IncentivePlanFields;
export type IncentivePlan = z.infer<typeof IncentivePlan>;

export const incentivePlanDefaults = { threshold: 50, cap: 150, note: '' } as const;

/** One owned item's terms, where they differ from the plan's: its weight, and its own threshold or cap. */
export const IncentiveItemFields = z.object({
  scorecardId: Id,
  entityType: IncentiveEntityType,
  entityId: Id,
  weight: Weight,
  threshold: AchievementPercent.nullable(),
  cap: AchievementPercent.nullable(),
});
export const IncentiveItem = IncentiveItemFields.extend({ id: Id });
export type IncentiveItem = z.infer<typeof IncentiveItem>;

/** One item of a person's plan, scored for the period. */
export interface IncentiveLine {
  entityType: IncentiveEntityType;
  entityId: number;
  title: string;
  weight: number;
  threshold: number;
  cap: number;
  /** Achievement (% of target, unclamped) the payout is worked from; null when the item has no data. */
  achievement: number | null;
  /** What the item pays (% of its weight's share): 0 below the threshold, at most the cap; null when excluded. */
  payout: number | null;
  /** Why it is left out of the factor (no data), or null. */
  excluded: string | null;
  /** The achievement rests on a forecast (the what-if): the KPI, or a KPI under the objective or key result, had no value. */
  forecast: boolean;
  formula: string;
}

export interface IncentiveFactor {
  /** Weighted payout of the counted items as a factor (1 = 100 %); null when nothing counted. */
  factor: number | null;
  formula: string;
  lines: IncentiveLine[];
}

export interface IncentivePerson {
  person: string;
  actual: IncentiveFactor;
  /** The same plan at the period's end: each KPI without a value for the period takes its forecast for it. */
  whatIf: IncentiveFactor;
}

/** What the what-if assumed: the KPIs whose forecast stands in for a missing value, said in words. */
export interface IncentiveWhatIf {
  kpiIds: number[];
  text: string;
}

export interface IncentiveReport {
  scorecardId: number;
  period: string;
  plan: IncentivePlan | null;
  items: IncentiveItem[];
  /** Everyone who owns something, with their factors; empty without a plan. */
  people: IncentivePerson[];
  whatIf: IncentiveWhatIf;
}

export const IncentiveGetInput = z.object({ scorecardId: Id, period: PeriodKey }).strict();
export const IncentivePlanInput = IncentivePlanFields.partial({ threshold: true, cap: true, note: true }).strict();
export const IncentiveItemInput = IncentiveItemFields.partial({ weight: true, threshold: true, cap: true }).strict();
export const IncentiveExportInput = z.object({ scorecardId: Id, period: PeriodKey }).strict();
