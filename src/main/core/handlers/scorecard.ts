/** scorecard.* : scorecards, the whole tree for views, and evaluation of a period. */
import { AppError, ErrorCode } from '../../../shared/errors';
import { t } from '../../../shared/i18n';
import { evaluateWithClosed } from '../../../shared/closed-periods';
import { indexMeasurements } from '../../../shared/scoring';
import { evaluationExtras, periodsToRead, type EvaluationExtras } from '../cascade-data';
import { closedSnapshots } from './closed';
import type { Evaluation } from '../../../shared/evaluation';
import type { Repositories } from '../repositories';
import type { ScorecardTree } from '../../../shared/domain';
import { createScorecard } from '../session';
import { checkScorecard } from './rules';
import { scorecardStartHandlers } from './templates';
import type { HandlerGroup } from './types';

/**
 * Evaluates periods of one scorecard, reading the structure once and only the measurements those periods need, with
 * its key results and (when it scores with them) the scores of the objectives below that contribute.
 */
export function evaluatePeriods(
  repos: Repositories,
  scorecardId: number,
  periods: readonly string[],
  read?: EvaluationExtras,
): Evaluation[] {
  const scorecard = repos.scorecards.get(scorecardId);
  const extras = read ?? evaluationExtras(repos, scorecard, periods);
  const linked = extras.keyResults.some((k) => k.kpiId !== null);
  const needed = periodsToRead(periods, scorecard.fiscalYearStartMonth, linked);
  const closed = closedSnapshots(repos, scorecardId);
  const input = {
    scorecard,
    perspectives: repos.perspectives.list({ scorecardId }),
    objectives: repos.objectivesOfScorecard(scorecardId),
    kpis: repos.kpisOfScorecard(scorecardId),
    measurements: indexMeasurements(repos.measurements.listByScorecardAndPeriods(scorecardId, needed)),
    ...extras,
  };
  return periods.map((period) => evaluateWithClosed(input, closed, period));
}

/** One scorecard with everything the views draw (scorecard.get, and document.load's first screen). */
export function scorecardTree(repos: Repositories, id: number): ScorecardTree {
  const scorecard = repos.scorecards.get(id);
  return {
    scorecard,
    perspectives: repos.perspectives.list({ scorecardId: id }),
    objectives: repos.objectivesOfScorecard(id),
    kpis: repos.kpisOfScorecard(id),
    themes: repos.themes.list({ scorecardId: id }),
    links: repos.linksOfScorecard(id),
    initiatives: repos.initiatives.list(id),
    keyResults: repos.cascade.keyResultsOfScorecard(id),
    checkIns: repos.cascade.checkInsOfScorecard(id),
    contributions: repos.cascade.contributionsOfScorecard(id),
  };
}

export const scorecardHandlers: HandlerGroup<'scorecard'> = {
  'scorecard.list': (_input, session) => session.require().repos.scorecards.list(),
  'scorecard.get': ({ id }, session) => scorecardTree(session.require().repos, id),
  'scorecard.create': (input, session) => {
    const { repos } = session.require();
    const created = createScorecard(repos, input);
    checkScorecard(repos, created, created.id);
    return created;
  },
  'scorecard.update': ({ id, ...patch }, session) => {
    const { repos } = session.require();
    const next = { ...repos.scorecards.get(id), ...patch };
    checkScorecard(repos, next, id);
    return repos.scorecards.update(id, patch);
  },
  'scorecard.delete': ({ id }, session) => {
    const { repos } = session.require();
    repos.scorecards.get(id);
    if (repos.scorecards.list().length === 1) {
      throw new AppError(ErrorCode.CONFLICT, t('errors:scorecard.lastOne'));
    }
    repos.scorecards.delete(id);
    return null;
  },
  'scorecard.evaluate': ({ scorecardId, period }, session) => evaluatePeriods(session.require().repos, scorecardId, [period])[0]!,
  'scorecard.evaluateMany': ({ scorecardId, periods }, session) =>
    evaluatePeriods(session.require().repos, scorecardId, periods),
  ...scorecardStartHandlers,
};
