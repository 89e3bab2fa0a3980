/**
 * The scoring engine: every KPI of a scorecard for one period, rolled up to objectives, perspectives
 * and the scorecard, each with the formula that produced it. Pure; the same code runs in the core,
 * the renderer and the PDF report.
 */
import type { Kpi, Measurement, Objective, Perspective, Scorecard } from './domain';
import type { Evaluation, KpiScore, ObjectiveScore, PerspectiveScore } from './evaluation';
import { compareKinds, containingPeriod, parsePeriod, periodKind, PERIOD_KINDS, subPeriods, type PeriodKind } from './periods';
import { scoreKpiWith } from './scoring-kpi';
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
}

const KPI_NOUN: ChildNoun = { one: 'KPI', many: 'KPIs' };
const OBJECTIVE_NOUN: ChildNoun = { one: 'objective', many: 'objectives' };
const PERSPECTIVE_NOUN: ChildNoun = { one: 'perspective', many: 'perspectives' };
const EMPTY: ReadonlyMap<string, Measurement> = new Map();

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

/**
 * Evaluate a scorecard for one period. Perspectives come out by position, objectives by perspective
 * then position, KPIs by objective then position. Perspectives of other scorecards, and objectives or
 * KPIs whose parent is not in the input, are left out: they roll up nowhere.
 */
/** What scoring any KPI of a scorecard for one period needs, worked out once per evaluation. */
function kpiContext(scorecard: Scorecard, measurements: EvaluateInput['measurements'], period: string) {
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
  // Indexing only the few periods this evaluation reads keeps a 86,400-measurement document to a quick filter pass.
  const index = Array.isArray(measurements)
    ? indexMeasurements(measurements as readonly Measurement[], relevant)
    : (measurements as MeasurementIndex);
  const score = (kpi: Kpi): KpiScore =>
    scoreKpiWith(kpi, period, fy, index.get(kpi.id) ?? EMPTY, fallback, splits.get(kpi.frequency) ?? null);
  return { fallback, score };
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

export function evaluateScorecard(input: EvaluateInput, period: string): Evaluation {
  const { scorecard } = input;
  const { fallback, score } = kpiContext(scorecard, input.measurements, period);

  const perspectives = input.perspectives.filter((p) => p.scorecardId === scorecard.id).sort(byPosition);
  const objectivesByPerspective = groupBy(input.objectives, (o) => o.perspectiveId);
  const kpisByObjective = groupBy(input.kpis, (k) => k.objectiveId);

  const kpiScores: KpiScore[] = [];
  const objectiveScores: ObjectiveScore[] = [];
  const perspectiveScores: PerspectiveScore[] = [];
  const perspectiveChildren: RollupChild[] = [];

  for (const perspective of perspectives) {
    const objectives = (objectivesByPerspective.get(perspective.id) ?? []).slice().sort(byPosition);
    const objectiveChildren: RollupChild[] = [];
    for (const objective of objectives) {
      const kpis = (kpisByObjective.get(objective.id) ?? []).slice().sort(byPosition);
      const kpiChildren: RollupChild[] = [];
      for (const kpi of kpis) {
        const s = score(kpi);
        kpiScores.push(s);
        kpiChildren.push({ name: kpi.name, score: s.score, status: s.status, weight: kpi.weight });
      }
      const o = rollup(kpiChildren, scorecard.rollupMethod, fallback, KPI_NOUN);
      objectiveScores.push({ objectiveId: objective.id, ...o });
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
    keyResults: [],
    okrs: [],
  };
}
