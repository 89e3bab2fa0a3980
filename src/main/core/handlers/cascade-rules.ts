/**
 * The rules of contributions and key results (rules.ts style): checked on the row as it would be after the edit,
 * by the handlers and by a JSON import alike.
 */
import { contributionCycle } from '../../../shared/cascade';
import type { Contribution } from '../../../shared/domain';
import { fieldError } from '../../../shared/errors';
import { t } from '../../../shared/i18n';
import {
  MAX_CHECK_INS_PER_KEY_RESULT,
  MAX_KEY_RESULTS_PER_OBJECTIVE,
  type CheckIn,
  type KeyResult,
} from '../../../shared/okr';
import type { Repositories } from '../repositories';

const quoted = (title: string) => t('errors:cascade.quoted', { title });

function objectiveTitle(repos: Repositories, id: number): string {
  return quoted(repos.objectives.find(id)?.title ?? t('errors:cascade.objectiveNumber', { id }));
}

/**
 * A contribution joins objectives of two different scorecards and closes no cycle. `others` are the document's
 * other contributions (the row itself, when it is being changed, left out).
 */
export function checkContribution(
  repos: Repositories,
  c: Pick<Contribution, 'fromObjectiveId' | 'toObjectiveId'>,
  others: readonly Pick<Contribution, 'fromObjectiveId' | 'toObjectiveId'>[],
): void {
  if (!repos.objectives.find(c.fromObjectiveId))
    throw fieldError('fromObjectiveId', t('errors:cascade.noObjective', { id: c.fromObjectiveId }));
  if (!repos.objectives.find(c.toObjectiveId))
    throw fieldError('toObjectiveId', t('errors:cascade.noObjective', { id: c.toObjectiveId }));
  if (c.fromObjectiveId === c.toObjectiveId) throw fieldError('toObjectiveId', t('errors:rules.differentObjective'));
  if (repos.scorecardOfObjective(c.fromObjectiveId) === repos.scorecardOfObjective(c.toObjectiveId)) {
    // Within one scorecard, objectives relate by cause and effect (links), not by contributing to each other.
    throw fieldError(
      'toObjectiveId',
      t('errors:cascade.otherScorecard'),
    );
  }
  const cycle = contributionCycle(others, c.fromObjectiveId, c.toObjectiveId);
  if (cycle) {
    const chain = cycle.map((id) => objectiveTitle(repos, id)).join(' → ');
    throw fieldError('toObjectiveId', t('errors:cascade.cycle', { chain }));
  }
}

/** A key result's linked KPI is one of its own scorecard's KPIs; a milestone has no start, target or KPI. */
export function checkKeyResult(repos: Repositories, kr: Omit<KeyResult, 'id' | 'position'>): void {
  const scorecardId = repos.scorecardOfObjective(kr.objectiveId);
  if (kr.kpiId !== null) {
    const kpi = repos.kpis.find(kr.kpiId);
    if (!kpi || repos.scorecardOfObjective(kpi.objectiveId) !== scorecardId) {
      throw fieldError('kpiId', t('errors:cascade.sameScorecardKpi'));
    }
    if (kr.kind === 'milestone') throw fieldError('kpiId', t('errors:cascade.milestoneKpi'));
  }
  if (kr.kind === 'metric' && kr.target !== null && kr.startValue !== null && kr.target === kr.startValue) {
    throw fieldError('target', t('errors:cascade.targetIsStart'));
  }
  if (kr.kind === 'metric' && kr.target !== null && kr.startValue !== null) {
    const up = kr.target > kr.startValue;
    if (up && kr.direction === 'decrease')
      throw fieldError('target', t('errors:cascade.targetDecrease'));
    if (!up && kr.direction === 'increase')
      throw fieldError('target', t('errors:cascade.targetIncrease'));
  }
}

export function checkKeyResultCount(repos: Repositories, objectiveId: number): void {
  if (repos.cascade.keyResults.list({ objectiveId }).length >= MAX_KEY_RESULTS_PER_OBJECTIVE) {
    throw fieldError(
      'objectiveId',
      t('errors:cascade.keyResultCount', { max: MAX_KEY_RESULTS_PER_OBJECTIVE }),
    );
  }
}

/** A milestone's check-in says done (1) or not (0). */
export function checkCheckIn(kr: KeyResult, c: Omit<CheckIn, 'id'>): void {
  if (kr.kind === 'milestone' && c.value !== null && c.value !== 0 && c.value !== 1) {
    throw fieldError('value', t('errors:cascade.milestoneValue'));
  }
}

export function checkCheckInCount(repos: Repositories, keyResultId: number): void {
  if (repos.cascade.checkIns.list({ keyResultId }).length >= MAX_CHECK_INS_PER_KEY_RESULT) {
    throw fieldError('keyResultId', t('errors:cascade.checkInCount', { max: MAX_CHECK_INS_PER_KEY_RESULT }));
  }
}
