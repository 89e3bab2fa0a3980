/** What-if: the period scored with hypothetical KPI values, in memory, and what that changes (docs/strategy-check.md). */
import type { WhatIf, WhatIfChange, WhatIfValue } from '../analysis';
import type { Evaluation, RollupScore } from '../evaluation';
import { evaluateScorecard, type EvaluateInput } from '../scoring';
import { indexed, scope, withValues } from './scope';

/** Scores closer than this are the same score: re-rolling the same numbers may differ in the last bits. */
const SAME = 1e-9;

type Scored = Pick<RollupScore, 'score' | 'status'>;

function moved(a: Scored, b: Scored): boolean {
  if (a.status !== b.status) return true;
  if (a.score === null || b.score === null) return a.score !== b.score;
  return Math.abs(a.score - b.score) > SAME;
}

/** Look-ups of the same item's score before and after. */
function pair<T extends Scored>(before: readonly T[], after: readonly T[], id: (x: T) => number) {
  const b = new Map(before.map((x) => [id(x), x]));
  const a = new Map(after.map((x) => [id(x), x]));
  return (key: number): [T | undefined, T | undefined] => [b.get(key), a.get(key)];
}

/** What moved between two evaluations of the same scorecard: scorecard, then perspectives, objectives and KPIs in order. */
export function changesBetween(input: EvaluateInput, before: Evaluation, after: Evaluation): WhatIfChange[] {
  const changes: WhatIfChange[] = [];
  const add = (kind: WhatIfChange['kind'], id: number, name: string, b: Scored | undefined, a: Scored | undefined) => {
    if (!b || !a || !moved(b, a)) return;
    changes.push({
      kind,
      id,
      name,
      before: { score: b.score, status: b.status },
      after: { score: a.score, status: a.status },
    });
  };
  add('scorecard', input.scorecard.id, input.scorecard.name, before.scorecard, after.scorecard);
  const tree = scope(input);
  const perspectives = pair(before.perspectives, after.perspectives, (p) => p.perspectiveId);
  for (const { perspective: p } of tree) add('perspective', p.id, p.name, ...perspectives(p.id));
  const objectives = tree.flatMap((p) => p.objectives);
  const objectiveScores = pair(before.objectives, after.objectives, (o) => o.objectiveId);
  for (const { objective: o } of objectives) add('objective', o.id, o.title, ...objectiveScores(o.id));
  const kpiScores = pair(before.kpis, after.kpis, (k) => k.kpiId);
  for (const kpi of objectives.flatMap((o) => o.kpis)) add('kpi', kpi.id, kpi.name, ...kpiScores(kpi.id));
  return changes;
}

export function whatIf(input: EvaluateInput, period: string, values: readonly WhatIfValue[]): WhatIf {
  const data = indexed(input, period);
  const before = evaluateScorecard(data, period);
  const after = values.length === 0 ? before : evaluateScorecard(withValues(data, period, values, before.kpis), period);
  return { scorecardId: input.scorecard.id, period, before, after, changes: changesBetween(input, before, after) };
}
