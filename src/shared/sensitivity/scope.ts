/**
 * What the three analyses share: the scorecard's tree in the engine's order, measurements indexed once (every
 * analysis evaluates the same period many times), and a KPI's value replaced as scored for the period.
 */
import type { Kpi, Measurement, Objective, Perspective } from '../domain';
import { AppError, ErrorCode } from '../errors';
import type { KpiScore } from '../evaluation';
import { t } from '../i18n';
import { containingPeriod, periodKind, periodMonths } from '../periods';
import { indexMeasurements, periodsNeeded, type EvaluateInput, type MeasurementIndex } from '../scoring';

export type IndexedInput = EvaluateInput & { measurements: MeasurementIndex };

const byPosition = (a: { position: number; id: number }, b: { position: number; id: number }): number =>
  a.position - b.position || a.id - b.id;

/**
 * The measurements indexed once for the many evaluations of one period, keeping the periods evaluateScorecard keeps
 * from a list: those the period's KPIs read, and a month's quarter, which a key result linked to a KPI reads.
 */
export function indexed(input: EvaluateInput, period: string): IndexedInput {
  const m = input.measurements;
  if (!Array.isArray(m)) return input as IndexedInput;
  const fy = input.scorecard.fiscalYearStartMonth;
  const keep = new Set(periodsNeeded(period, fy));
  if (periodKind(period) === 'month')
    for (const month of periodMonths(containingPeriod(period, 'quarter', fy), fy)) keep.add(month);
  return { ...input, measurements: indexMeasurements(m as readonly Measurement[], keep) };
}

export interface ScopedObjective {
  objective: Objective;
  kpis: Kpi[];
}
export interface ScopedPerspective {
  perspective: Perspective;
  objectives: ScopedObjective[];
}

/** The perspectives, objectives and KPIs that evaluateScorecard rolls up, in its order. */
export function scope(input: EvaluateInput): ScopedPerspective[] {
  return input.perspectives
    .filter((p) => p.scorecardId === input.scorecard.id)
    .sort(byPosition)
    .map((perspective) => ({
      perspective,
      objectives: input.objectives
        .filter((o) => o.perspectiveId === perspective.id)
        .sort(byPosition)
        .map((objective) => ({
          objective,
          kpis: input.kpis.filter((k) => k.objectiveId === objective.id).sort(byPosition),
        })),
    }));
}

/**
 * The KPI as if it had one measurement for exactly the period, compared with what the period was scored against:
 * the target in force, and a summed KPI's baseline and band scaled like the engine scales them (by the sub-periods
 * reported, or all of them when none was).
 */
export function hypotheticalKpi(kpi: Kpi, scored: KpiScore, period: string): Kpi {
  const n =
    kpi.aggregation === 'sum' && scored.expected > 1 ? (scored.reported > 0 ? scored.reported : scored.expected) : 1;
  const scale = (x: number | null): number | null => (x === null ? null : x * n);
  const range = kpi.polarity === 'range' && kpi.rangeLow !== null && kpi.rangeHigh !== null;
  return {
    ...kpi,
    frequency: periodKind(period),
    aggregation: 'last',
    target: scored.target,
    baseline: range ? kpi.baseline : scale(kpi.baseline),
    rangeLow: range ? scale(kpi.rangeLow) : kpi.rangeLow,
    rangeHigh: range ? scale(kpi.rangeHigh) : kpi.rangeHigh,
    tolerance: range ? scale(kpi.tolerance) : kpi.tolerance,
  };
}

/** The input with these KPIs' values for the period replaced; each KPI's score of the period must be in `scored`. */
export function withValues(
  input: IndexedInput,
  period: string,
  values: readonly { kpiId: number; actual: number | null }[],
  scored: readonly KpiScore[],
): IndexedInput {
  if (values.length === 0) return input;
  const scores = new Map(scored.map((k) => [k.kpiId, k]));
  const given = new Map<number, number | null>();
  values.forEach((v, i) => {
    if (!scores.has(v.kpiId)) {
      const message = t('engine:whatItTakes.notAKpi', { id: v.kpiId });
      throw new AppError(ErrorCode.VALIDATION, `values[${i}].kpiId: ${message}`, [
        { path: ['values', i, 'kpiId'], message },
      ]);
    }
    given.set(v.kpiId, v.actual);
  });
  const measurements = new Map(input.measurements);
  const kpis = input.kpis.map((kpi) => {
    if (!given.has(kpi.id)) return kpi;
    const target = scores.get(kpi.id)!.target;
    const byPeriod = new Map(input.measurements.get(kpi.id));
    byPeriod.set(period, { kpiId: kpi.id, period, actual: given.get(kpi.id)!, target, note: '' });
    measurements.set(kpi.id, byPeriod);
    return hypotheticalKpi(kpi, scores.get(kpi.id)!, period);
  });
  return { ...input, kpis, measurements };
}
