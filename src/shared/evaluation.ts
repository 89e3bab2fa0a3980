/** Result types of the scoring engine (src/shared/scoring.ts). All percentages are in percent (46.5 means 46.5 %). */
import type { OkrKind, RollupMethod, Status } from './domain';

export interface Formula {
  /** Machine-readable method, for example 'increase-baseline', 'decrease-ratio', 'range', 'zero-target', 'no-data'. */
  method: string;
  /** The formula in words with the numbers filled in, e.g. "(412 − 380) / (450 − 380) = 46 % → red (green ≥ 100 %, amber ≥ 80 %)". */
  text: string;
}

export interface KpiScore {
  kpiId: number;
  period: string;
  /** Actual after aggregating sub-periods; null when no data. */
  actual: number | null;
  /** Target in force for the period (period override beats the KPI's target), null when none. */
  target: number | null;
  baseline: number | null;
  /** Unclamped progress %, null when no data or no target. */
  progress: number | null;
  /** Progress clamped to 0–100, used by rollups; null when no data. */
  score: number | null;
  status: Status;
  formula: Formula;
  /** Sub-periods that had a value, and how many the period has at the KPI's frequency. */
  reported: number;
  expected: number;
  /** Thresholds used (the KPI's own or the scorecard's). */
  greenThreshold: number;
  amberThreshold: number;
}

export interface RollupScore {
  /** 0–100, null when no child reported. */
  score: number | null;
  status: Status;
  /** Children that reported a score, out of all children. "3 of 5 KPIs reported". */
  reported: number;
  total: number;
  method: RollupMethod;
  formula: Formula;
}

export interface ObjectiveScore extends RollupScore {
  objectiveId: number;
  /** Objectives of other scorecards that contribute to this one, counted or not (see cascade.ts); absent when none. */
  contributors?: ContributorScore[];
}

/** A key result for one period: the latest value up to the period's end, scored 0.0–1.0 (okr-scoring.ts). */
export interface KeyResultScore {
  keyResultId: number;
  objectiveId: number;
  cycle: string;
  /** Metric: the value scored (latest check-in, or the linked KPI's latest value); milestone: 1 done, 0 not; null when none yet. */
  current: number | null;
  /** The check-in date or KPI period the current value comes from. */
  asOf: string | null;
  /** 0.0–1.0, clamped; null when a metric has no value or no target. */
  score: number | null;
  /** Unclamped fraction of the way from start to target (1 = target met); null when no score. */
  progress: number | null;
  status: Status;
  /** The latest check-in's confidence (0–10) up to the period's end. */
  confidence: number | null;
  formula: Formula;
}

/** An objective's OKR score for a period: the (weighted) mean of its key results' scores, 0.0–1.0. */
export interface OkrScore {
  objectiveId: number;
  kind: OkrKind;
  score: number | null;
  status: Status;
  reported: number;
  total: number;
  formula: Formula;
}

/** Why a contributing objective is not counted in the objective it supports. */
export type ContributorExclusion = 'no-data' | 'cycle' | 'fiscal-year';

/** One contribution from an objective below, as scored for one period. */
export interface ContributorScore {
  contributionId: number;
  fromObjectiveId: number;
  toObjectiveId: number;
  title: string;
  scorecardId: number;
  scorecardName: string;
  weight: number;
  /** The contributing objective's own score (0–100) in its scorecard, null when it has none or is excluded. */
  score: number | null;
  status: Status;
  excluded: ContributorExclusion | null;
  /** The contributing objective's formula, or why it is excluded. */
  formula: Formula;
}

/** Contributor scores by period key: what scoring a scorecard with `cascadeScoring: 'with_contributors'` reads. */
export type ContributorScores = Record<string, ContributorScore[]>;
export interface PerspectiveScore extends RollupScore {
  perspectiveId: number;
}

export interface Evaluation {
  scorecardId: number;
  period: string;
  scorecard: RollupScore;
  perspectives: PerspectiveScore[];
  objectives: ObjectiveScore[];
  kpis: KpiScore[];
  /** Key results of the cycles the period lies in (or, for a year, contains), by objective then position. */
  keyResults: KeyResultScore[];
  /** The OKR score of each objective with key results in the period. */
  okrs: OkrScore[];
}
