/**
 * What the strategy check (cause-and-effect links tested against the history) and the sensitivity, what-if and
 * "what it takes" analyses answer (docs/strategy-check.md). Types only: the renderer imports them freely; the inputs'
 * schemas are in contract-analysis.ts and the arithmetic in strategy-check/ and sensitivity/.
 */
import type { RollupMethod, Status } from './domain';
import type { Evaluation } from './evaluation';

/** Period-to-period changes (the default: two series that merely trend upwards together are not related) or levels. */
export type CheckBasis = 'changes' | 'levels';

export type CheckVerdict = 'supported' | 'not-supported' | 'too-little-data';

/** The significance level a link must meet, after the correction for testing several lags. */
export const CHECK_ALPHA = 0.05;
/** Fewer paired periods than this and no verdict is given. */
export const MIN_PAIRS = 8;
/** Permutations per link: p-values are resolved to 1 / (PERMUTATIONS + 1). */
export const PERMUTATIONS = 2000;

/** One end of a link as the check reads it: the objective's score, or the KPI chosen on the link. */
export interface CheckSeriesRef {
  kind: 'objective' | 'kpi';
  id: number;
  /** The objective's title or the KPI's name. */
  name: string;
  /** '%' for a score; the KPI's unit otherwise (may be ''). */
  unit: string;
}

/** The relation at one lag: the effect at period t + lag against the cause at t. */
export interface LagResult {
  lag: number;
  /** Paired periods: both values present (after differencing, when the basis is changes). */
  n: number;
  /** null when n < 3 or either side does not vary. */
  spearman: number | null;
  pearson: number | null;
}

export interface LinkCheck {
  linkId: number;
  fromObjectiveId: number;
  toObjectiveId: number;
  cause: CheckSeriesRef;
  effect: CheckSeriesRef;
  /** The levels of each side, one per period of StrategyCheck.periods (null: no value), for the chart over time. */
  causeValues: (number | null)[];
  effectValues: (number | null)[];
  lags: LagResult[];
  /** The lag with the strongest |Spearman| among those with enough pairs; null when no lag has MIN_PAIRS. */
  best: (LagResult & { spearman: number; pearson: number | null; pValue: number }) | null;
  verdict: CheckVerdict;
  /** The finding in plain words, never claiming causation: "Supported by the data: …". */
  text: string;
}

export interface StrategyCheck {
  scorecardId: number;
  /** The periods analysed, oldest first, at the scorecard's granularity; the last is the period asked for. */
  periods: string[];
  basis: CheckBasis;
  maxLag: number;
  /** Why changes (or levels) were used, and what a verdict does and does not say: for the view, the CLI and the PDF. */
  method: string;
  links: LinkCheck[];
}

/** A score under the other choices behind it. */
export interface MethodScore {
  method: RollupMethod;
  score: number | null;
  status: Status;
}

/** One bar of a tornado chart: the score when one weight goes down or up by the step, the others unchanged. */
export interface WeightSwing {
  kind: 'perspective' | 'objective' | 'kpi';
  id: number;
  name: string;
  weight: number;
  /** The weight used for low and high: weight − step (never below 0) and weight + step (never above 1000). */
  lowWeight: number;
  highWeight: number;
  low: number | null;
  high: number | null;
}

export interface SensitivityTarget {
  kind: 'scorecard' | 'perspective';
  /** The scorecard's or perspective's id. */
  id: number;
  name: string;
  score: number | null;
  status: Status;
  /** The score under each rollup method, the scorecard's own first. */
  methods: MethodScore[];
  /** Every weight below it that counts, largest swing (|high − low|) first. */
  swings: WeightSwing[];
}

export interface Sensitivity {
  scorecardId: number;
  period: string;
  step: number;
  /** The scorecard first, then each perspective in order. */
  targets: SensitivityTarget[];
}

/** One hypothetical value: the KPI's actual for the period (null: as if none were entered). */
export interface WhatIfValue {
  kpiId: number;
  actual: number | null;
}

/** Something whose score or status the hypothetical values change. */
export interface WhatIfChange {
  kind: 'scorecard' | 'perspective' | 'objective' | 'kpi';
  id: number;
  name: string;
  before: { score: number | null; status: Status };
  after: { score: number | null; status: Status };
}

export interface WhatIf {
  scorecardId: number;
  period: string;
  /** The period as saved, and as it would score with the hypothetical values: nothing is written. */
  before: Evaluation;
  after: Evaluation;
  /** What moved, scorecard first, then perspectives, objectives and KPIs in order. */
  changes: WhatIfChange[];
}

/** What "what it takes" is asked to turn green. */
export type TakesTarget = { kind: 'scorecard' } | { kind: 'objective'; id: number };

/** The smallest change of one KPI alone (in its unit) that turns the target green, the other values unchanged. */
export interface TakesItem {
  kpiId: number;
  name: string;
  unit: string;
  /** The period's actual (with the what-if values, if any), null when none. */
  current: number | null;
  /** The value that would just turn the target green; null when this KPI alone cannot. */
  needed: number | null;
  /** needed − current (in the KPI's unit); null when either is null. */
  change: number | null;
  /** Why this KPI alone cannot do it, or how it was worked out ("no value yet: from the baseline"). */
  note: string;
}

export interface WhatItTakes {
  scorecardId: number;
  period: string;
  target: TakesTarget & { name: string };
  status: Status;
  score: number | null;
  /** Already green: items is empty. */
  items: TakesItem[];
}
