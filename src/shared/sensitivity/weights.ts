/**
 * Sensitivity: how much the scorecard's and each perspective's score depend on the choices behind them — the rollup
 * method, and every weight moved down and up by a step with the others unchanged (a tornado chart's bars).
 */
import type { MethodScore, Sensitivity, SensitivityTarget, WeightSwing } from '../analysis';
import type { RollupMethod } from '../domain';
import type { Evaluation, RollupScore } from '../evaluation';
import { evaluateScorecard, type EvaluateInput } from '../scoring';
import { model, reroll, type Rerolled } from './reroll';
import { indexed, scope } from './scope';

const METHODS: readonly RollupMethod[] = ['weighted_mean', 'worst_child'];
const MAX_WEIGHT = 1000;

interface Weighted {
  kind: WeightSwing['kind'];
  id: number;
  name: string;
  weight: number;
  /** The perspective it lies in; null for a perspective's own weight, which moves only the scorecard. */
  perspectiveId: number | null;
}

function scoreIn(r: Rerolled, perspectiveId: number | null): RollupScore | undefined {
  return perspectiveId === null ? r.scorecard : r.perspective(perspectiveId);
}

/** Scorecard (id null) or one perspective's score in an evaluation. */
function scoreOf(e: Evaluation, perspectiveId: number | null): RollupScore | undefined {
  return perspectiveId === null ? e.scorecard : e.perspectives.find((p) => p.perspectiveId === perspectiveId);
}

/** How far a bar reaches: low, base and high as one span, so a weight that empties the score (null) still counts. */
export function swingSpan(swing: Pick<WeightSwing, 'low' | 'high'>, base: number | null): number {
  const values = [swing.low, base, swing.high].filter((v): v is number => v !== null);
  return values.length < 2 ? 0 : Math.max(...values) - Math.min(...values);
}

/**
 * Every weight's swing, for the scorecard and each perspective: the scorecard first, then the perspectives in
 * order. A target's swings hold every weight below it, largest span first (ties in the tree's order); weights that
 * move it by nothing are kept too, so a chart can leave them out and still say how many there are.
 */
export function analyseSensitivity(input: EvaluateInput, period: string, step: number): Sensitivity {
  const data = indexed(input, period);
  const base = evaluateScorecard(data, period);
  const own = input.scorecard.rollupMethod;
  const methods = [own, ...METHODS.filter((m) => m !== own)];
  const byMethod = methods.map((method) => ({
    method,
    evaluation:
      method === own
        ? base
        : evaluateScorecard({ ...data, scorecard: { ...input.scorecard, rollupMethod: method } }, period),
  }));

  const tree = scope(input);
  const items: Weighted[] = [];
  for (const { perspective, objectives } of tree) {
    items.push({
      kind: 'perspective',
      id: perspective.id,
      name: perspective.name,
      weight: perspective.weight,
      perspectiveId: null,
    });
    for (const { objective, kpis } of objectives) {
      items.push({
        kind: 'objective',
        id: objective.id,
        name: objective.title,
        weight: objective.weight,
        perspectiveId: perspective.id,
      });
      for (const kpi of kpis)
        items.push({ kind: 'kpi', id: kpi.id, name: kpi.name, weight: kpi.weight, perspectiveId: perspective.id });
    }
  }
  const m = model(data, period, base);
  const moved = items.map((item) => {
    const lowWeight = Math.max(0, item.weight - step);
    const highWeight = Math.min(MAX_WEIGHT, item.weight + step);
    const at = (weight: number): Rerolled | null =>
      weight === item.weight ? null : reroll(m, { kind: item.kind, id: item.id, weight });
    return { item, lowWeight, highWeight, low: at(lowWeight), high: at(highWeight) };
  });

  const target = (
    kind: SensitivityTarget['kind'],
    id: number,
    name: string,
    perspectiveId: number | null,
  ): SensitivityTarget => {
    const score = scoreOf(base, perspectiveId);
    const methodScores: MethodScore[] = byMethod.map(({ method, evaluation }) => {
      const s = scoreOf(evaluation, perspectiveId);
      return { method, score: s?.score ?? null, status: s?.status ?? 'none' };
    });
    const swings = moved
      .filter(({ item }) => perspectiveId === null || item.perspectiveId === perspectiveId)
      .map(({ item, lowWeight, highWeight, low, high }): WeightSwing => ({
        kind: item.kind,
        id: item.id,
        name: item.name,
        weight: item.weight,
        lowWeight,
        highWeight,
        low: (low === null ? score : scoreIn(low, perspectiveId))?.score ?? null,
        high: (high === null ? score : scoreIn(high, perspectiveId))?.score ?? null,
      }));
    const span = new Map(swings.map((s) => [s, swingSpan(s, score?.score ?? null)]));
    swings.sort((a, b) => span.get(b)! - span.get(a)!);
    return {
      kind,
      id,
      name,
      score: score?.score ?? null,
      status: score?.status ?? 'none',
      methods: methodScores,
      swings,
    };
  };

  return {
    scorecardId: input.scorecard.id,
    period,
    step,
    targets: [
      target('scorecard', input.scorecard.id, input.scorecard.name, null),
      ...tree.map(({ perspective: p }) => target('perspective', p.id, p.name, p.id)),
    ],
  };
}
