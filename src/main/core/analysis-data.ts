/**
 * What the analyses read (docs/strategy-check.md): a scorecard's history at its granularity, scored period by period
 * as every other view scores it (closed periods from their snapshots, contributors when it counts them), the series
 * one end of a link reads from it, and the input that scores one period for sensitivity, what-if and what it takes.
 */
import { inputFor } from '../../shared/closed-periods';
import type { Kpi, Measurement, Objective, Scorecard } from '../../shared/domain';
import { AppError, ErrorCode } from '../../shared/errors';
import { t } from '../../shared/i18n';
import type { Evaluation } from '../../shared/evaluation';
import type { CheckSeriesRef } from '../../shared/analysis';
import { latestPeriodWithData } from '../../shared/period-choice';
import {
  compareKinds,
  comparePeriods,
  containingPeriod,
  periodEndDate,
  periodForDate,
  periodKind,
  periodLabel,
  periodRange,
  subPeriods,
} from '../../shared/periods';
import { indexMeasurements, type EvaluateInput } from '../../shared/scoring';
import { evaluationExtras, periodsToRead } from './cascade-data';
import { closedSnapshots } from './handlers/closed';
import { evaluatePeriods } from './handlers/scorecard';
import type { Repositories } from './repositories';

/** Fifty years of months: a period far beyond the data would otherwise score thousands of empty periods. */
const MAX_HISTORY = 600;

/** The lags tested when the scorecard does not set them: two quarters, or six months. */
export function defaultMaxLag(scorecard: Pick<Scorecard, 'granularity' | 'checkMaxLag'>): number {
  return scorecard.checkMaxLag ?? (scorecard.granularity === 'quarter' ? 2 : 6);
}

/**
 * A period key of any kind as a period at the scorecard's granularity: the one it lies in, or for a longer period
 * (a year in a quarterly scorecard) its last.
 */
export function atGranularity(period: string, scorecard: Scorecard): string {
  const fy = scorecard.fiscalYearStartMonth;
  if (compareKinds(periodKind(period), scorecard.granularity) <= 0) return containingPeriod(period, scorecard.granularity, fy);
  return subPeriods(period, scorecard.granularity, fy).at(-1)!;
}

/** The first period at the scorecard's granularity with any value, or null when it has none. */
function firstPeriodWithData(scorecard: Scorecard, measurements: readonly Measurement[]): string | null {
  let first: string | null = null;
  for (const m of measurements) {
    if (m.actual === null) continue;
    const p = atGranularity(m.period, scorecard);
    if (first === null || comparePeriods(p, first) < 0) first = p;
  }
  return first;
}

export interface History {
  scorecard: Scorecard;
  /** Oldest first, at the scorecard's granularity; the last is the period asked for. */
  periods: string[];
  evaluations: Evaluation[];
  objectives: readonly Objective[];
  kpis: readonly Kpi[];
}

/** Every period from the first with a value up to `period` (default: the latest with data), each one scored. */
export function readHistory(repos: Repositories, scorecardId: number, period?: string): History {
  const scorecard = repos.scorecards.get(scorecardId);
  const measurements = repos.measurements.listByScorecard(scorecardId);
  const last = period
    ? atGranularity(period, scorecard)
    : (latestPeriodWithData(scorecard, measurements) ??
      periodForDate(new Date(), scorecard.granularity, scorecard.fiscalYearStartMonth));
  const first = firstPeriodWithData(scorecard, measurements);
  const periods = first !== null && comparePeriods(first, last) <= 0 ? periodRange(first, last) : [last];
  if (periods.length > MAX_HISTORY) {
    const fy = scorecard.fiscalYearStartMonth;
    throw new AppError(
      ErrorCode.VALIDATION,
      t(`errors:analysis.tooLong.${scorecard.granularity}`, { from: periodLabel(first!, fy), to: periodLabel(last, fy), n: periods.length, max: MAX_HISTORY }),
      [{ path: ['period'], message: t(`errors:analysis.tooLongField.${scorecard.granularity}`, { max: MAX_HISTORY }) }],
    );
  }
  return {
    scorecard,
    periods,
    evaluations: evaluatePeriods(repos, scorecardId, periods),
    objectives: repos.objectivesOfScorecard(scorecardId),
    kpis: repos.kpisOfScorecard(scorecardId),
  };
}

/** The end of a link the check reads: the KPI chosen on the link, else the objective's score. */
export function endRef(history: History, objectiveId: number, kpiId: number | null): CheckSeriesRef {
  const kpi = kpiId === null ? undefined : history.kpis.find((k) => k.id === kpiId);
  if (kpi) return { kind: 'kpi', id: kpi.id, name: kpi.name, unit: kpi.unit };
  const objective = history.objectives.find((o) => o.id === objectiveId);
  return { kind: 'objective', id: objectiveId, name: objective?.title ?? `Objective ${objectiveId}`, unit: '%' };
}

/**
 * One end's levels, a value per period of the history (null: none, never zero). A KPI coarser than the granularity
 * (a yearly KPI in a quarterly scorecard) counts only in the period that ends its year: the others would repeat it.
 */
export function endValues(history: History, ref: CheckSeriesRef): (number | null)[] {
  const fy = history.scorecard.fiscalYearStartMonth;
  if (ref.kind === 'objective') {
    return history.evaluations.map((e) => e.objectives.find((o) => o.objectiveId === ref.id)?.score ?? null);
  }
  const kpi = history.kpis.find((k) => k.id === ref.id)!;
  const coarser = compareKinds(kpi.frequency, history.scorecard.granularity) > 0;
  return history.evaluations.map((e, i) => {
    const period = history.periods[i]!;
    if (coarser && periodEndDate(period, fy) !== periodEndDate(containingPeriod(period, kpi.frequency, fy), fy)) return null;
    return e.kpis.find((k) => k.kpiId === ref.id)?.actual ?? null;
  });
}

/** True when a rise of this end is a worsening (a 'decrease' KPI), so the check reads it the other way round. */
export function fallIsBetter(history: History, ref: CheckSeriesRef): boolean {
  return ref.kind === 'kpi' && history.kpis.find((k) => k.id === ref.id)?.polarity === 'decrease';
}

/**
 * The input that scores one period as the views score it: a closed period's snapshot, else the live structure with
 * the values that period reads (and the contributors' scores, when the scorecard counts them).
 */
export function periodInput(repos: Repositories, scorecardId: number, period: string): EvaluateInput {
  const scorecard = repos.scorecards.get(scorecardId);
  const extras = evaluationExtras(repos, scorecard, [period]);
  const linked = extras.keyResults.some((k) => k.kpiId !== null);
  const needed = periodsToRead([period], scorecard.fiscalYearStartMonth, linked);
  const live: EvaluateInput = {
    scorecard,
    perspectives: repos.perspectives.list({ scorecardId }),
    objectives: repos.objectivesOfScorecard(scorecardId),
    kpis: repos.kpisOfScorecard(scorecardId),
    measurements: indexMeasurements(repos.measurements.listByScorecardAndPeriods(scorecardId, needed)),
    ...extras,
  };
  const input = inputFor(live, closedSnapshots(repos, scorecardId), period);
  return input === live ? live : { ...input, contributions: live.contributions, contributors: live.contributors };
}

/** Refuses hypothetical values for a KPI the period does not score, or the same KPI twice, with the entry's path. */
export function checkWhatIfValues(input: EvaluateInput, values: readonly { kpiId: number }[]): void {
  const known = new Set(input.kpis.map((k) => k.id));
  const seen = new Set<number>();
  values.forEach((v, i) => {
    if (!known.has(v.kpiId)) {
      throw new AppError(ErrorCode.VALIDATION, t('errors:analysis.notHere', { id: v.kpiId }), [
        { path: ['values', i, 'kpiId'], message: t('errors:analysis.notHereField') },
      ]);
    }
    if (seen.has(v.kpiId)) {
      throw new AppError(ErrorCode.VALIDATION, t('errors:analysis.oneValue'), [
        { path: ['values', i, 'kpiId'], message: t('errors:analysis.oneValueField') },
      ]);
    }
    seen.add(v.kpiId);
  });
}
