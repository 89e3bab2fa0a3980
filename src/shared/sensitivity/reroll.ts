/**
 * The rollups of an evaluation done again with one thing changed — a weight, one KPI's score, the rollup method —
 * from the evaluation's own child scores and with the engine's own rollup functions, so the answer is the one
 * evaluateScorecard would give. Only the objective, perspective and scorecard above the change are rolled up again:
 * a tornado or a search that evaluated the whole scorecard for every step would take minutes on a large one.
 */
import type { RollupMethod } from '../domain';
import type { Evaluation, KpiScore, RollupScore } from '../evaluation';
import { keyResultChild } from '../okr-scoring';
import { evaluateScorecard, rollup, type RollupChild } from '../scoring';
import { contributorChild, kpiChild, objectiveRollup } from '../scoring-objective';
import { resolveThresholds, type Thresholds } from '../scoring-status';
import { scope, type IndexedInput, type ScopedObjective, type ScopedPerspective } from './scope';

const OBJECTIVE_NOUN = { key: 'objective' } as const;
const PERSPECTIVE_NOUN = { key: 'perspective' } as const;
const NONE: readonly RollupChild[] = [];

export interface Model {
  input: IndexedInput;
  period: string;
  base: Evaluation;
  tree: ScopedPerspective[];
  thresholds: Thresholds;
  kpiScores: Map<number, KpiScore>;
  /** An objective's key result and contributor children, which no change here touches. */
  otherChildren: Map<number, { keyResults: readonly RollupChild[]; contributors: readonly RollupChild[] }>;
  objectiveScores: Map<number, RollupScore>;
  perspectiveScores: Map<number, RollupScore>;
  /** KPIs that a key result of the period reads: changing their value changes more than their own score. */
  linkedKpis: Set<number>;
}

export function model(input: IndexedInput, period: string, base = evaluateScorecard(input, period)): Model {
  const tree = scope(input);
  const keyResults = new Map((input.keyResults ?? []).map((kr) => [kr.id, kr]));
  const objectives = new Map(tree.flatMap((p) => p.objectives).map((o) => [o.objective.id, o.objective]));
  const krChildren = new Map<number, RollupChild[]>();
  const linkedKpis = new Set<number>();
  for (const s of base.keyResults) {
    const kr = keyResults.get(s.keyResultId);
    const objective = objectives.get(s.objectiveId);
    if (!kr || !objective) continue;
    if (kr.kpiId !== null) linkedKpis.add(kr.kpiId);
    const list = krChildren.get(s.objectiveId) ?? [];
    list.push(keyResultChild(kr, s, objective.okrKind));
    krChildren.set(s.objectiveId, list);
  }
  const otherChildren = new Map(
    base.objectives.map((o) => [
      o.objectiveId,
      {
        keyResults: krChildren.get(o.objectiveId) ?? NONE,
        contributors: o.contributors?.map(contributorChild) ?? NONE,
      },
    ]),
  );
  return {
    input,
    period,
    base,
    tree,
    thresholds: resolveThresholds(null, input.scorecard),
    kpiScores: new Map(base.kpis.map((k) => [k.kpiId, k])),
    otherChildren,
    objectiveScores: new Map(base.objectives.map((o) => [o.objectiveId, o])),
    perspectiveScores: new Map(base.perspectives.map((p) => [p.perspectiveId, p])),
    linkedKpis,
  };
}

/** One change: a weight, or one KPI's score (its objective found by the tree). */
export type Change =
  { kind: 'perspective' | 'objective' | 'kpi'; id: number; weight: number } | { kind: 'kpi-score'; score: KpiScore };

export interface Rerolled {
  scorecard: RollupScore;
  perspective: (id: number) => RollupScore | undefined;
  objective: (id: number) => RollupScore | undefined;
}

function rollObjective(m: Model, o: ScopedObjective, change: Change | null, method: RollupMethod): RollupScore {
  const kpis = o.kpis.map((kpi) => {
    if (change?.kind === 'kpi-score' && change.score.kpiId === kpi.id) return kpiChild(kpi, change.score);
    const child = kpiChild(kpi, m.kpiScores.get(kpi.id)!);
    return change?.kind === 'kpi' && change.id === kpi.id ? { ...child, weight: change.weight } : child;
  });
  const other = m.otherChildren.get(o.objective.id);
  return objectiveRollup(kpis, other?.keyResults ?? NONE, other?.contributors ?? NONE, method, m.thresholds);
}

/** The scores with one change, under the scorecard's method (or another, which rolls every level up again). */
export function reroll(
  m: Model,
  change: Change | null,
  method: RollupMethod = m.input.scorecard.rollupMethod,
): Rerolled {
  const all = method !== m.input.scorecard.rollupMethod;
  const touches = (o: ScopedObjective) =>
    all ||
    (change !== null &&
      ((change.kind === 'kpi' && o.kpis.some((k) => k.id === change.id)) ||
        (change.kind === 'kpi-score' && o.kpis.some((k) => k.id === change.score.kpiId))));
  const objectives = new Map<number, RollupScore>();
  const perspectives = new Map<number, RollupScore>();
  const perspectiveChildren: RollupChild[] = [];
  for (const p of m.tree) {
    let moved = all || (change?.kind === 'objective' && p.objectives.some((o) => o.objective.id === change.id));
    const children = p.objectives.map((o) => {
      let score = m.objectiveScores.get(o.objective.id)!;
      if (touches(o)) {
        score = rollObjective(m, o, change, method);
        objectives.set(o.objective.id, score);
        moved = true;
      }
      const weight = change?.kind === 'objective' && change.id === o.objective.id ? change.weight : o.objective.weight;
      return { name: o.objective.title, score: score.score, status: score.status, weight };
    });
    const score = moved
      ? rollup(children, method, m.thresholds, OBJECTIVE_NOUN)
      : m.perspectiveScores.get(p.perspective.id)!;
    if (moved) perspectives.set(p.perspective.id, score);
    const weight =
      change?.kind === 'perspective' && change.id === p.perspective.id ? change.weight : p.perspective.weight;
    perspectiveChildren.push({ name: p.perspective.name, score: score.score, status: score.status, weight });
  }
  return {
    scorecard: rollup(perspectiveChildren, method, m.thresholds, PERSPECTIVE_NOUN),
    perspective: (id) => perspectives.get(id) ?? m.perspectiveScores.get(id),
    objective: (id) => objectives.get(id) ?? m.objectiveScores.get(id),
  };
}
