/** dashboard.* : everything the dashboard of one period needs, read in one query and evaluated once per period. */
import { dashboardPeriods, samePeriodLastYear, type DashboardData } from '../../../shared/dashboard';
import { forecastKpis, forecastPeriodsNeeded } from '../../../shared/forecast';
import type { Evaluation, Formula } from '../../../shared/evaluation';
import { evaluateWithClosed } from '../../../shared/closed-periods';
import { indexMeasurements, resolveThresholds } from '../../../shared/scoring';
import { closedSnapshots } from './closed';
import type { Repositories } from '../repositories';
import { evaluationExtras, periodsToRead } from '../cascade-data';
import type { HandlerGroup } from './types';

/**
 * The dashboard shows scores, not the formulas behind them (scorecard.evaluate has those): leaving the texts out
 * makes the answer about a third of the size.
 */
function lean(e: Evaluation): Evaluation {
  const blank = <T extends { formula: Formula }>(x: T): T => ({
    ...x,
    formula: { method: x.formula.method, text: '' },
  });
  return {
    ...e,
    scorecard: blank(e.scorecard),
    perspectives: e.perspectives.map(blank),
    objectives: e.objectives.map(blank),
    kpis: e.kpis.map(blank),
  };
}

export function dashboardData(repos: Repositories, scorecardId: number, period: string): DashboardData {
  const scorecard = repos.scorecards.get(scorecardId);
  const fy = scorecard.fiscalYearStartMonth;
  const periods = dashboardPeriods(period);
  const lastYear = samePeriodLastYear(period);
  const evaluated = periods.includes(lastYear) ? periods : [...periods, lastYear];
  const extras = evaluationExtras(repos, scorecard, evaluated);
  const needed = new Set(periodsToRead(evaluated, fy, extras.keyResults.some((k) => k.kpiId !== null)));
  for (const key of forecastPeriodsNeeded(period, fy)) needed.add(key);
  const kpis = repos.kpisOfScorecard(scorecardId);
  // One read and one index serve the eight evaluations, last year's and every forecast.
  const measurements = indexMeasurements(repos.measurements.listByScorecardAndPeriods(scorecardId, [...needed]));
  const input = {
    scorecard,
    perspectives: repos.perspectives.list({ scorecardId }),
    objectives: repos.objectivesOfScorecard(scorecardId),
    kpis,
    measurements,
    ...extras,
  };
  const closed = closedSnapshots(repos, scorecardId);
  const evaluations = evaluated.map((p) => lean(evaluateWithClosed(input, closed, p)));
  const ordered = new Map(evaluations.map((e) => [e.period, e]));
  // Forecasts in the evaluation's KPI order (perspective, objective, position), which is how the dashboard lists them.
  const kpiById = new Map(kpis.map((k) => [k.id, k]));
  const inOrder = evaluations[0]!.kpis.map((s) => kpiById.get(s.kpiId)!);
  return {
    scorecardId,
    period,
    periods,
    evaluations: periods.map((p) => ordered.get(p)!),
    lastYear: ordered.get(lastYear)!,
    forecasts: forecastKpis(inOrder, measurements, period, fy, resolveThresholds(null, scorecard)),
  };
}

export const dashboardHandlers: HandlerGroup<'dashboard'> = {
  'dashboard.data': ({ scorecardId, period }, session) => dashboardData(session.require().repos, scorecardId, period),
};
