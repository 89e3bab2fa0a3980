/**
 * An objective's balanced-scorecard score from all its children: its KPIs, its key results of the period's cycle(s)
 * and, when its scorecard scores with contributors, the objectives below that contribute to it (docs/cascading.md).
 * An objective with KPIs only keeps the KPI formula word for word.
 */
import type { Kpi, Objective, RollupMethod } from './domain';
import type { ContributorScore, Evaluation, KpiScore, ObjectiveScore, RollupScore } from './evaluation';
import { keyResultChild } from './okr-scoring';
import type { KeyResult } from './okr';
import { mixedNoun, rollup, type ChildNoun, type RollupChild } from './scoring-rollup';
import type { Thresholds } from './scoring-status';
import { t } from './i18n';

export const KPI_NOUN: ChildNoun = { key: 'kpi' };
export const KEY_RESULT_NOUN: ChildNoun = { key: 'keyResult' };
export const CONTRIBUTOR_NOUN: ChildNoun = { key: 'contributor' };

/** Said in the current language wherever it is shown. */
export const notLoadedText = (): string => t('engine:rollup.notLoaded');

export function kpiChild(kpi: Kpi, score: KpiScore): RollupChild {
  return { name: kpi.name, score: score.score, status: score.status, weight: kpi.weight };
}

/** An excluded contributor (cycle, fiscal year, no data) is a child without a score: counted as not reported. */
export function contributorChild(c: ContributorScore): RollupChild {
  return {
    name: `${c.title} (${c.scorecardName})`,
    score: c.excluded === null ? c.score : null,
    status: c.excluded === null ? c.status : 'none',
    weight: c.weight,
  };
}

export function objectiveRollup(
  kpis: readonly RollupChild[],
  keyResults: readonly RollupChild[],
  contributors: readonly RollupChild[],
  method: RollupMethod,
  thresholds: Thresholds,
): RollupScore {
  // The common case (KPIs only) allocates nothing new and says exactly what it always said.
  if (keyResults.length === 0 && contributors.length === 0) return rollup(kpis, method, thresholds, KPI_NOUN);
  const noun = mixedNoun([
    { n: kpis.length, noun: KPI_NOUN },
    { n: keyResults.length, noun: KEY_RESULT_NOUN },
    { n: contributors.length, noun: CONTRIBUTOR_NOUN },
  ]);
  return rollup([...kpis, ...keyResults, ...contributors], method, thresholds, noun);
}

const byPosition = (a: { position: number; id: number }, b: { position: number; id: number }): number =>
  a.position - b.position || a.id - b.id;

/**
 * One objective scored again with its contributors, from an evaluation of its scorecard made without them: the KPI
 * and key result scores do not depend on other scorecards, so they are reused as they are. Null when the evaluation
 * does not have the objective (a closed period's snapshot from before it existed).
 */
export function rescoreObjective(
  input: {
    scorecard: { rollupMethod: RollupMethod };
    objectives: readonly Pick<Objective, 'id' | 'okrKind'>[];
    kpis: readonly Kpi[];
    keyResults?: readonly KeyResult[];
  },
  base: Evaluation,
  thresholds: Thresholds,
  objectiveId: number,
  contributors: readonly ContributorScore[],
): ObjectiveScore | null {
  const objective = input.objectives.find((o) => o.id === objectiveId);
  if (!objective || !base.objectives.some((o) => o.objectiveId === objectiveId)) return null;
  const kpiScores = new Map(base.kpis.map((k) => [k.kpiId, k]));
  const kpiChildren: RollupChild[] = [];
  for (const kpi of input.kpis.filter((k) => k.objectiveId === objectiveId).sort(byPosition)) {
    const s = kpiScores.get(kpi.id);
    if (s) kpiChildren.push(kpiChild(kpi, s));
  }
  const keyResults = new Map((input.keyResults ?? []).map((kr) => [kr.id, kr]));
  const krChildren: RollupChild[] = [];
  for (const s of base.keyResults) {
    const kr = s.objectiveId === objectiveId ? keyResults.get(s.keyResultId) : undefined;
    if (kr) krChildren.push(keyResultChild(kr, s, objective.okrKind));
  }
  const o = objectiveRollup(
    kpiChildren,
    krChildren,
    contributors.map(contributorChild),
    input.scorecard.rollupMethod,
    thresholds,
  );
  return contributors.length > 0 ? { objectiveId, ...o, contributors: [...contributors] } : { objectiveId, ...o };
}
