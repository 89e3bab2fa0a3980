/** incentive.* : the optional incentive plan of a scorecard and its payout factors (docs/incentives.md). */
import { inputFor } from '../../../shared/closed-periods';
import { AppError, ErrorCode, fieldError } from '../../../shared/errors';
import { formatPercent } from '../../../shared/format';
import { t } from '../../../shared/i18n';
import { forecastPeriodsNeeded } from '../../../shared/forecast';
import { incentiveFactors } from '../../../shared/incentive-engine';
import {
  incentivePlanDefaults,
  type IncentiveEntityType,
  type IncentiveItem,
  type IncentivePlan,
  type IncentiveReport,
} from '../../../shared/incentives';
import { indexMeasurements } from '../../../shared/scoring';
import { evaluationExtras, periodsToRead } from '../cascade-data';
import type { Repositories } from '../repositories';
import { closedSnapshots } from './closed';
import { evaluatePeriods } from './scorecard';
import type { HandlerGroup } from './types';

function checkTerms(threshold: number, cap: number, field: 'cap' | 'threshold'): void {
  if (threshold > cap) {
    throw fieldError(
      field,
      field === 'cap'
        ? t('errors:incentive.belowThreshold', { threshold: formatPercent(threshold, { maxDecimals: 2 }) })
        : t('errors:incentive.aboveCap', { cap: formatPercent(cap, { maxDecimals: 2 }) }),
    );
  }
}

function planOf(repos: Repositories, scorecardId: number): IncentivePlan {
  repos.scorecards.get(scorecardId);
  const plan = repos.cascade.plans.find(scorecardId);
  if (!plan) throw new AppError(ErrorCode.NOT_FOUND, t('errors:incentive.noPlan'));
  return plan;
}

/** The objective, KPI or key result must be one of the scorecard's own. */
function checkEntity(repos: Repositories, scorecardId: number, type: IncentiveEntityType, id: number): void {
  const ids =
    type === 'objective'
      ? repos.objectivesOfScorecard(scorecardId).map((o) => o.id)
      : type === 'kpi'
        ? repos.kpisOfScorecard(scorecardId).map((k) => k.id)
        : repos.cascade.keyResultsOfScorecard(scorecardId).map((k) => k.id);
  if (!ids.includes(id)) throw fieldError('entityId', t(`errors:incentive.notHere.${type}`, { id }));
}

/** The factors of every owner for one period, scored as the app scores it (a closed period from its snapshot). */
export function incentiveReport(repos: Repositories, scorecardId: number, period: string): IncentiveReport {
  const scorecard = repos.scorecards.get(scorecardId);
  const plan = repos.cascade.plans.find(scorecardId) ?? null;
  const items = repos.cascade.incentiveItems.list({ scorecardId });
  if (!plan) return { scorecardId, period, plan, items, people: [], whatIf: { kpiIds: [], text: '' } };
  const fy = scorecard.fiscalYearStartMonth;
  // The forecast looks back six periods and ahead to the year's end: read those values too, not only the period's.
  const extras = evaluationExtras(repos, scorecard, [period]);
  const linked = extras.keyResults.some((k) => k.kpiId !== null);
  const needed = new Set([...periodsToRead([period], fy, linked), ...forecastPeriodsNeeded(period, fy)]);
  const live = {
    scorecard,
    perspectives: repos.perspectives.list({ scorecardId }),
    objectives: repos.objectivesOfScorecard(scorecardId),
    kpis: repos.kpisOfScorecard(scorecardId),
    measurements: indexMeasurements(repos.measurements.listByScorecardAndPeriods(scorecardId, [...needed])),
    ...extras,
  };
  const { people, whatIf } = incentiveFactors({
    scoring: inputFor(live, closedSnapshots(repos, scorecardId), period),
    plan,
    items,
    period,
    evaluation: evaluatePeriods(repos, scorecardId, [period], extras)[0]!,
  });
  return { scorecardId, period, plan, items, people, whatIf };
}

export const incentiveHandlers: HandlerGroup<'incentive'> = {
  'incentive.get': ({ scorecardId, period }, session) => incentiveReport(session.require().repos, scorecardId, period),
  'incentive.setPlan': ({ scorecardId, ...patch }, session) => {
    const { repos } = session.require();
    repos.scorecards.get(scorecardId);
    const before = repos.cascade.plans.find(scorecardId) ?? { scorecardId, ...incentivePlanDefaults };
    const next = { ...before, ...patch };
    checkTerms(next.threshold, next.cap, patch.cap !== undefined ? 'cap' : 'threshold');
    return repos.cascade.plans.set(next);
  },
  'incentive.deletePlan': ({ scorecardId }, session) => {
    const { repos } = session.require();
    planOf(repos, scorecardId);
    // The terms of the items go with the plan: a plan made again starts from the plan's own terms.
    for (const i of repos.cascade.incentiveItems.list({ scorecardId })) repos.cascade.incentiveItems.delete(i.id);
    repos.cascade.plans.delete(scorecardId);
    return null;
  },
  'incentive.setItem': ({ scorecardId, entityType, entityId, ...terms }, session) => {
    const { repos } = session.require();
    const plan = planOf(repos, scorecardId);
    checkEntity(repos, scorecardId, entityType, entityId);
    const [held] = repos.cascade.incentiveItems.list({ entityType, entityId });
    const next: Omit<IncentiveItem, 'id'> = {
      scorecardId,
      entityType,
      entityId,
      weight: terms.weight ?? held?.weight ?? 1,
      threshold: terms.threshold !== undefined ? terms.threshold : (held?.threshold ?? null),
      cap: terms.cap !== undefined ? terms.cap : (held?.cap ?? null),
    };
    checkTerms(next.threshold ?? plan.threshold, next.cap ?? plan.cap, terms.cap !== undefined ? 'cap' : 'threshold');
    return held ? repos.cascade.incentiveItems.update(held.id, next) : repos.cascade.incentiveItems.insert(next);
  },
};
