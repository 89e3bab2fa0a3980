/** Result types of the scoring engine (src/shared/scoring.ts). All percentages are in percent (46.5 means 46.5 %). */
import type { RollupMethod, Status } from './domain';

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
}
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
}
