/**
 * The scoring engine: every KPI of a scorecard for one period, rolled up to objectives, perspectives
 * and the scorecard, each with the formula that produced it. Pure; the same code runs in the core,
 * the renderer and the PDF report.
 */
import type { Contribution, Kpi, Measurement, Objective, Perspective, Scorecard } from './domain';
import type {
  ContributorScore,
  ContributorScores,
  Evaluation,
  KeyResultScore,
  KpiScore,
  ObjectiveScore,
  OkrScore,
  PerspectiveScore,
} from './evaluation';
import type { CheckIn, KeyResult } from './okr';
import { keyResultChild, keyResultsOfPeriod, scoreKeyResult, scoreOkr } from './okr-scoring';
import {
  compareKinds,
  containingPeriod,
  parsePeriod,
  periodKind,
  periodMonths,
  PERIOD_KINDS,
  subPeriods,
  type PeriodKind,
} from './periods';
import { scoreKpiWith } from './scoring-kpi';
import { contributorChild, kpiChild, notLoadedText, objectiveRollup } from './scoring-objective';
import { rollup, type ChildNoun, type RollupChild } from './scoring-rollup';
import { resolveThresholds } from './scoring-status';

export { scoreKpi, type ScoreKpiInput } from './scoring-kpi';
export type { KpiMethod } from './scoring-progress';
export { rollup, type ChildNoun, type RollupChild, type RollupFormulaMethod } from './scoring-rollup';
export {
  compareStatus,
  DEFAULT_THRESHOLDS,
  resolveThresholds,
  statusFor,
  worstStatus,
  type Thresholds,
} from './scoring-status';

const KIND_ORDER: Record<PeriodKind, number> = { month: 0, quarter: 1, year: 2 };

/** Period keys whose measurements can affect the evaluation of one period, at every KPI frequency. */
export function periodsNeeded(period: string, fyStart: number): string[] {
  const kind = periodKind(period);
  const out: string[] = [];
  for (const f of ['month', 'quarter', 'year'] as const) {
    if (KIND_ORDER[f] <= KIND_ORDER[kind]) out.push(...subPeriods(period, f, fyStart));
    else out.push(containingPeriod(period, f, fyStart));
  }
  return out;
}

/** Measurements by KPI id, then by period key. */
export type MeasurementIndex = ReadonlyMap<number, ReadonlyMap<string, Measurement>>;

export interface EvaluateInput {
  scorecard: Scorecard;
  perspectives: readonly Perspective[];
  objectives: readonly Objective[];
  kpis: readonly Kpi[];
  /** A list, or an index from indexMeasurements() when evaluating several periods of the same data. */
  measurements: readonly Measurement[] | MeasurementIndex;
  /** Key results of the scorecard's objectives, of any cycle: those of the period's cycle(s) are scored (docs/okrs.md). */
  keyResults?: readonly KeyResult[];
  checkIns?: readonly CheckIn[];
  /**
   * Contributions from or to the scorecard's objectives. Only read to say, with 'with_contributors', that an
   * objective supported from below was scored without its contributors because their scores were not given.
   */
  contributions?: readonly Contribution[];
  /**
   * The scores of the objectives below that contribute (cascade.ts contributorScores, or evaluateWithContributors
   * there); counted only when the scorecard's cascadeScoring is 'with_contributors' (docs/cascading.md).
   */
  contributors?: ContributorScores;
}

const OBJECTIVE_NOUN: ChildNoun = { key: 'objective' };
const PERSPECTIVE_NOUN: ChildNoun = { key: 'perspective' };
const EMPTY: ReadonlyMap<string, Measurement> = new Map();
const NO_CHILDREN: readonly RollupChild[] = [];
const NO_CHECK_INS: readonly CheckIn[] = [];

/**
 * One pass over the measurements, so scoring a KPI is a few map look-ups instead of a scan.
 * With `periods`, only measurements of those periods are kept. A later duplicate wins.
 */
export function indexMeasurements(
  measurements: readonly Measurement[],
  periods?: ReadonlySet<string>,
): MeasurementIndex {
  const index = new Map<number, Map<string, Measurement>>();
  for (const m of measurements) {
    if (periods !== undefined && !periods.has(m.period)) continue;
    let byPeriod = index.get(m.kpiId);
    if (!byPeriod) {
      byPeriod = new Map();
      index.set(m.kpiId, byPeriod);
    }
    byPeriod.set(m.period, m);
  }
  return index;
}

const byPosition = (a: { position: number; id: number }, b: { position: number; id: number }): number =>
  a.position - b.position || a.id - b.id;

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** What scoring any KPI of a scorecard for one period needs, worked out once per evaluation. */
function kpiContext(
  scorecard: Scorecard,
  measurements: EvaluateInput['measurements'],
  period: string,
  extraPeriods: readonly string[] = [],
) {
  const periodKind = parsePeriod(period).kind;
  const fy = scorecard.fiscalYearStartMonth;
  const fallback = resolveThresholds(null, scorecard);

  // Every KPI of a frequency reads the same period keys; work them out once per kind, not once per KPI.
  const splits = new Map<PeriodKind, readonly string[]>();
  const relevant = new Set<string>();
  for (const kind of PERIOD_KINDS) {
    const finer = compareKinds(kind, periodKind) <= 0;
    const keys = finer ? subPeriods(period, kind, fy) : [containingPeriod(period, kind, fy)];
    if (finer) splits.set(kind, keys);
    for (const key of keys) relevant.add(key);
  }
  for (const key of extraPeriods) relevant.add(key);
  // Indexing only the few periods this evaluation reads keeps a 86,400-measurement document to a quick filter pass.
  const index = Array.isArray(measurements)
    ? indexMeasurements(measurements as readonly Measurement[], relevant)
    : (measurements as MeasurementIndex);
  const score = (kpi: Kpi): KpiScore =>
    scoreKpiWith(kpi, period, fy, index.get(kpi.id) ?? EMPTY, fallback, splits.get(kpi.frequency) ?? null);
  return { fallback, score, index };
}

/**
 * The scores of some KPIs of a scorecard for one period, exactly as evaluateScorecard gives them (a KPI's score
 * depends on its own measurements and the scorecard's thresholds only): what the entry grid needs after one cell
 * changed, without rolling the whole scorecard up.
 */
export function scoreKpisOf(
  scorecard: Scorecard,
  measurements: EvaluateInput['measurements'],
  kpis: readonly Kpi[],
  period: string,
): KpiScore[] {
  const { score } = kpiContext(scorecard, measurements, period);
  return kpis.map(score);
}

/** Key results of the period with what scoring them reads, grouped once per evaluation; null when there are none. */
function keyResultContext(input: EvaluateInput, period: string) {
  const fy = input.scorecard.fiscalYearStartMonth;
  const keyResults = input.keyResults?.length ? keyResultsOfPeriod(input.keyResults, period, fy) : [];
  if (keyResults.length === 0) return null;
  const linked = keyResults.some((kr) => kr.kpiId !== null);
  return {
    byObjective: groupBy(keyResults, (kr) => kr.objectiveId),
    checkIns: groupBy(input.checkIns ?? [], (c) => c.keyResultId),
    kpis: linked ? new Map(input.kpis.map((k) => [k.id, k])) : null,
    // A month's linked key result reads the KPI's earlier months of the quarter too, which a month alone does not index.
    extraPeriods:
      linked && periodKind(period) === 'month' ? periodMonths(containingPeriod(period, 'quarter', fy), fy) : [],
  };
}

/** Contributor scores of the period by supported objective, when the scorecard counts them; and those it lacks. */
function contributorContext(input: EvaluateInput, period: string) {
  if (input.scorecard.cascadeScoring !== 'with_contributors') return null;
  const scores = input.contributors?.[period];
  if (scores !== undefined) return { byObjective: groupBy(scores, (c) => c.toObjectiveId), notLoaded: null };
  const supported = new Set((input.contributions ?? []).map((c) => c.toObjectiveId));
  return supported.size > 0 ? { byObjective: null, notLoaded: supported } : null;
}

/**
 * Evaluate a scorecard for one period. Perspectives come out by position, objectives by perspective
 * then position, KPIs and key results by objective then position. Perspectives of other scorecards, and objectives or
 * KPIs whose parent is not in the input, are left out: they roll up nowhere. An objective rolls up its KPIs, its key
 * results of the period's cycle(s), and — with 'with_contributors' — the contributor scores given for the period.
 */
export function evaluateScorecard(input: EvaluateInput, period: string): Evaluation {
  const { scorecard } = input;
  const fy = scorecard.fiscalYearStartMonth;
  const okr = keyResultContext(input, period);
  const cascade = contributorContext(input, period);
  const { fallback, score, index } = kpiContext(scorecard, input.measurements, period, okr?.extraPeriods);

  const perspectives = input.perspectives.filter((p) => p.scorecardId === scorecard.id).sort(byPosition);
  const objectivesByPerspective = groupBy(input.objectives, (o) => o.perspectiveId);
  const kpisByObjective = groupBy(input.kpis, (k) => k.objectiveId);

  const kpiScores: KpiScore[] = [];
  const keyResultScores: KeyResultScore[] = [];
  const okrScores: OkrScore[] = [];
  const objectiveScores: ObjectiveScore[] = [];
  const perspectiveScores: PerspectiveScore[] = [];
  const perspectiveChildren: RollupChild[] = [];

  const keyResultChildren = (objective: Objective): readonly RollupChild[] => {
    const keyResults = okr?.byObjective.get(objective.id);
    if (!okr || !keyResults) return NO_CHILDREN;
    const children: RollupChild[] = [];
    const scored: { keyResult: KeyResult; score: KeyResultScore }[] = [];
    for (const keyResult of keyResults.slice().sort(byPosition)) {
      const kpi = keyResult.kpiId === null ? undefined : okr.kpis?.get(keyResult.kpiId);
      const s = scoreKeyResult({
        keyResult,
        kind: objective.okrKind,
        checkIns: okr.checkIns.get(keyResult.id) ?? NO_CHECK_INS,
        kpi: kpi ? { kpi, values: index.get(kpi.id) ?? EMPTY } : null,
        period,
        fyStart: fy,
      });
      keyResultScores.push(s);
      scored.push({ keyResult, score: s });
      children.push(keyResultChild(keyResult, s, objective.okrKind));
    }
    okrScores.push(scoreOkr(objective, scored));
    return children;
  };

  for (const perspective of perspectives) {
    const objectives = (objectivesByPerspective.get(perspective.id) ?? []).slice().sort(byPosition);
    const objectiveChildren: RollupChild[] = [];
    for (const objective of objectives) {
      const kpis = (kpisByObjective.get(objective.id) ?? []).slice().sort(byPosition);
      const kpiChildren: RollupChild[] = [];
      for (const kpi of kpis) {
        const s = score(kpi);
        kpiScores.push(s);
        kpiChildren.push(kpiChild(kpi, s));
      }
      const contributors: ContributorScore[] | undefined = cascade?.byObjective?.get(objective.id);
      const o = objectiveRollup(
        kpiChildren,
        keyResultChildren(objective),
        contributors ? contributors.map(contributorChild) : NO_CHILDREN,
        scorecard.rollupMethod,
        fallback,
      );
      if (cascade?.notLoaded?.has(objective.id))
        o.formula = { ...o.formula, text: `${o.formula.text} ${notLoadedText()}` };
      objectiveScores.push(
        contributors ? { objectiveId: objective.id, ...o, contributors } : { objectiveId: objective.id, ...o },
      );
      objectiveChildren.push({ name: objective.title, score: o.score, status: o.status, weight: objective.weight });
    }
    const p = rollup(objectiveChildren, scorecard.rollupMethod, fallback, OBJECTIVE_NOUN);
    perspectiveScores.push({ perspectiveId: perspective.id, ...p });
    perspectiveChildren.push({ name: perspective.name, score: p.score, status: p.status, weight: perspective.weight });
  }

  return {
    scorecardId: scorecard.id,
    period,
    scorecard: rollup(perspectiveChildren, scorecard.rollupMethod, fallback, PERSPECTIVE_NOUN),
    perspectives: perspectiveScores,
    objectives: objectiveScores,
    kpis: kpiScores,
    keyResults: keyResultScores,
    okrs: okrScores,
  };
}
