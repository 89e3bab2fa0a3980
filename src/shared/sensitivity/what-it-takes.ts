/**
 * "What it takes": per KPI, the value of that KPI alone that just turns an objective or the scorecard green, the other
 * values as they are. Found by the scoring engine itself — a bisection on the KPI's value, on the grid of its displayed
 * precision — so it agrees with what a what-if of that value shows. Deterministic.
 */
import type { TakesItem, TakesTarget, WhatIfValue, WhatItTakes } from '../analysis';
import type { Kpi } from '../domain';
import { AppError, ErrorCode } from '../errors';
import type { Evaluation, RollupScore } from '../evaluation';
import { formatValue } from '../format';
import { t } from '../i18n';
import { MAX_ABS_NUMBER } from '../limits';
import { evaluateScorecard, scoreKpi, type EvaluateInput } from '../scoring';
import { resolveThresholds, type Thresholds } from '../scoring-status';
import { model, reroll, type Model, type Rerolled } from './reroll';
import { hypotheticalKpi, indexed, scope, withValues, type ScopedObjective, type ScopedPerspective } from './scope';

/** Values are worked out to two decimals, as the app shows them. */
const DECIMALS = 2;

interface Goal {
  kind: 'scorecard' | 'objective';
  name: string;
  objectiveId: number | null;
  /** What the target rolls up, for the note when one KPI cannot do it (engine:whatItTakes.why.*). */
  children: 'restOfScorecard' | 'otherKpis';
}

/** The value at which a KPI scores `p` % (unclamped), by its polarity; null when no value does (no target). */
function valueAt(kpi: Kpi, p: number): number | null {
  const t = kpi.target;
  if (t === null) return null;
  // Exactly the target, not b + (t − b) with a float's last bit off.
  if (p === 100) return t;
  const b = kpi.baseline;
  const f = p / 100;
  if (kpi.polarity === 'increase') {
    if (b !== null && b < t) return b + f * (t - b);
    if (t === 0) return p >= 100 ? 0 : -(10 ** -DECIMALS);
    return t > 0 ? t * f : t + (f - 1) * Math.abs(t);
  }
  if (b !== null && b > t) return b - f * (b - t);
  if (t === 0) return p >= 100 ? 0 : 10 ** -DECIMALS;
  return t > 0 ? t * (2 - f) : t - (f - 1) * Math.abs(t);
}

interface Search {
  /** +1: more is better; −1: less is better. */
  direction: 1 | -1;
  /** A value that does not turn it green, and the KPI at its best. */
  from: number;
  best: number;
}

/** Where to search, for a KPI (as scored for the period) starting at `start`; a note instead when it cannot move. */
function searchFor(kpi: Kpi, start: number | null, fallback: Thresholds): Search | string {
  // Best: a score of 100 % and the KPI's own green, which a threshold above 100 % puts further on.
  const bestProgress = Math.max(100, resolveThresholds(kpi, fallback).greenThreshold);
  if (kpi.polarity === 'range') {
    const { rangeLow: low, rangeHigh: high, tolerance } = kpi;
    if (low === null || high === null || low > high) return t('engine:whatItTakes.noRange');
    const from = start ?? low - (tolerance !== null && tolerance > 0 ? tolerance : 10 ** -DECIMALS);
    if (from >= low && from <= high) return 'already-best';
    return from < low ? { direction: 1, from, best: low } : { direction: -1, from, best: high };
  }
  const best = valueAt(kpi, bestProgress);
  const zero = valueAt(kpi, 0);
  if (best === null || zero === null) return t('engine:whatItTakes.noTarget');
  const direction = kpi.polarity === 'increase' ? 1 : -1;
  const from = start ?? zero;
  if (direction * from >= direction * best) return 'already-best';
  return { direction, from, best };
}

const gridOf = (decimals: number) => 10 ** decimals;

/** The least value on the grid (in the improving direction) between `from` and `best` for which `green` holds. */
function bisect(s: Search, green: (v: number) => boolean): number | null {
  let decimals = DECIMALS;
  // Huge values leave no room for decimals in a double's 53 bits.
  while (decimals > 0 && Math.max(Math.abs(s.from), Math.abs(s.best)) * gridOf(decimals) > 2 ** 52) decimals--;
  const g = gridOf(decimals);
  const value = (k: number) => (s.direction * k) / g;
  let lo = Math.floor(s.direction * s.from * g);
  let hi = Math.ceil(s.direction * s.best * g);
  if (!green(value(hi))) return null;
  if (green(value(lo))) return value(lo);
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (green(value(mid))) hi = mid;
    else lo = mid;
  }
  return value(hi);
}

/**
 * A KPI that a key result reads can help past its own cap, until the key result's is reached too: the distance
 * from the start doubles until the target turns green or stops moving.
 */
function furthest(s: Search, at: (v: number) => RollupScore | undefined): number {
  let best = s.best;
  let before = at(best);
  for (let i = 0; i < 60 && before?.status !== 'green'; i++) {
    const next = s.from + 2 * (best - s.from);
    if (Math.abs(next) > MAX_ABS_NUMBER) break;
    const after = at(next);
    if (after?.score === before?.score && after?.status === before?.status) break;
    best = next;
    before = after;
  }
  return best;
}

function goalOf(input: EvaluateInput, target: TakesTarget): Goal {
  if (target.kind === 'scorecard') {
    return { kind: 'scorecard', name: input.scorecard.name, objectiveId: null, children: 'restOfScorecard' };
  }
  const objective = scope(input)
    .flatMap((p) => p.objectives)
    .find((o) => o.objective.id === target.id)?.objective;
  if (!objective) {
    const message = t('engine:whatItTakes.notAnObjective', { id: target.id });
    throw new AppError(ErrorCode.VALIDATION, `target.id: ${message}`, [{ path: ['target', 'id'], message }]);
  }
  return { kind: 'objective', name: objective.title, objectiveId: objective.id, children: 'otherKpis' };
}

const inEvaluation = (goal: Goal, e: Evaluation): RollupScore | undefined =>
  goal.objectiveId === null ? e.scorecard : e.objectives.find((o) => o.objectiveId === goal.objectiveId);

const inRerolled = (goal: Goal, r: Rerolled): RollupScore | undefined =>
  goal.objectiveId === null ? r.scorecard : r.objective(goal.objectiveId);

function blocked(goal: Goal, atBest: RollupScore | undefined, how: string): string {
  const status = t(`engine:statusWord.${atBest?.status ?? 'none'}`);
  const why =
    atBest?.method === 'worst_child'
      ? t(goal.kind === 'objective' ? 'engine:whatItTakes.why.anotherKpi' : 'engine:whatItTakes.why.anotherPart', {
          status,
        })
      : t(`engine:whatItTakes.why.${goal.children}`);
  return t('engine:whatItTakes.blocked', { how, goal: goal.name, status, why });
}

export function whatItTakes(
  input: EvaluateInput,
  period: string,
  target: TakesTarget,
  values: readonly WhatIfValue[] = [],
): WhatItTakes {
  const goal = goalOf(input, target);
  const saved = indexed(input, period);
  const start = values.length === 0 ? saved : withValues(saved, period, values, evaluateScorecard(saved, period).kpis);
  const m = model(start, period);
  const score = inEvaluation(goal, m.base);
  const answer = { scorecardId: input.scorecard.id, period, target: { ...target, name: goal.name } };
  if (score?.status === 'green') return { ...answer, status: 'green', score: score.score, items: [] };
  const items = m.tree.flatMap((p) =>
    p.objectives
      .filter((o) => goal.objectiveId === null || o.objective.id === goal.objectiveId)
      .flatMap((o) => o.kpis.map((kpi) => takesFor(kpi, m, goal, zeroWeightAbove(goal, p, o)))),
  );
  return { ...answer, status: score?.status ?? 'none', score: score?.score ?? null, items };
}

/** The perspective or objective whose weight 0 keeps a KPI out of the scorecard's score whatever its value. */
function zeroWeightAbove(goal: Goal, p: ScopedPerspective, o: ScopedObjective): string | null {
  if (goal.objectiveId !== null) return null;
  if (p.perspective.weight === 0) return p.perspective.name;
  return o.objective.weight === 0 ? o.objective.title : null;
}

/** The target's score with this KPI's value for the period replaced. */
function scoreWith(m: Model, goal: Goal, kpi: Kpi, scaled: Kpi, value: number): RollupScore | undefined {
  const scored = m.kpiScores.get(kpi.id)!;
  // A key result that reads this KPI moves with it: only a whole evaluation knows where.
  if (m.linkedKpis.has(kpi.id)) {
    return inEvaluation(
      goal,
      evaluateScorecard(withValues(m.input, m.period, [{ kpiId: kpi.id, actual: value }], [scored]), m.period),
    );
  }
  const score = scoreKpi({
    kpi: scaled,
    period: m.period,
    fiscalYearStartMonth: m.input.scorecard.fiscalYearStartMonth,
    measurements: [{ kpiId: kpi.id, period: m.period, actual: value, target: scored.target, note: '' }],
    scorecardThresholds: m.thresholds,
  });
  return inRerolled(goal, reroll(m, { kind: 'kpi-score', score }));
}

function takesFor(kpi: Kpi, m: Model, goal: Goal, zeroAbove: string | null): TakesItem {
  const scored = m.kpiScores.get(kpi.id)!;
  const current = scored.actual;
  const item = { kpiId: kpi.id, name: kpi.name, unit: kpi.unit, current };
  const none = (note: string): TakesItem => ({ ...item, needed: null, change: null, note });
  if (kpi.weight === 0) return none(t('engine:whatItTakes.weightZero', { goal: goal.name }));
  if (zeroAbove !== null) return none(t('engine:whatItTakes.weightZeroAbove', { name: zeroAbove, goal: goal.name }));
  const scaled = hypotheticalKpi(kpi, scored, m.period);
  const search = searchFor(scaled, current, m.thresholds);
  const at = (v: number) => scoreWith(m, goal, kpi, scaled, v);
  if (search === 'already-best') {
    return none(
      blocked(
        goal,
        at(current as number),
        t('engine:whatItTakes.how.alreadyBest', { value: formatValue(current, kpi.unit) }),
      ),
    );
  }
  if (typeof search === 'string') return none(search);
  if (m.linkedKpis.has(kpi.id)) search.best = furthest(search, at);
  const needed = bisect(search, (v) => at(v)?.status === 'green');
  if (needed === null) {
    const best = formatValue(search.best, kpi.unit);
    const how =
      kpi.polarity === 'range'
        ? t('engine:whatItTakes.how.insideRange')
        : search.best === scaled.target
          ? t('engine:whatItTakes.how.atTarget', { value: best })
          : t('engine:whatItTakes.how.at', { value: best });
    return none(blocked(goal, at(search.best), how));
  }
  const note =
    current === null ? t('engine:whatItTakes.noValueYet', { value: formatValue(search.from, kpi.unit) }) : '';
  return { ...item, needed, change: current === null ? null : Number((needed - current).toPrecision(12)), note };
}
