/**
 * The rules of contributions and key results (rules.ts style): checked on the row as it would be after the edit,
 * by the handlers and by a JSON import alike.
 */
import { contributionCycle } from '../../../shared/cascade';
import type { Contribution } from '../../../shared/domain';
import { fieldError } from '../../../shared/errors';
import {
  MAX_CHECK_INS_PER_KEY_RESULT,
  MAX_KEY_RESULTS_PER_OBJECTIVE,
  type CheckIn,
  type KeyResult,
} from '../../../shared/okr';
import type { Repositories } from '../repositories';

const quoted = (title: string) => `“${title}”`;

function objectiveTitle(repos: Repositories, id: number): string {
  return quoted(repos.objectives.find(id)?.title ?? `objective ${id}`);
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
    throw fieldError('fromObjectiveId', `objective ${c.fromObjectiveId} does not exist`);
  if (!repos.objectives.find(c.toObjectiveId))
    throw fieldError('toObjectiveId', `objective ${c.toObjectiveId} does not exist`);
  if (c.fromObjectiveId === c.toObjectiveId) throw fieldError('toObjectiveId', 'must be a different objective');
  if (repos.scorecardOfObjective(c.fromObjectiveId) === repos.scorecardOfObjective(c.toObjectiveId)) {
    // Within one scorecard, objectives relate by cause and effect (links), not by contributing to each other.
    throw fieldError(
      'toObjectiveId',
      'must be an objective of another scorecard (within one scorecard, use a cause-and-effect link)',
    );
  }
  const cycle = contributionCycle(others, c.fromObjectiveId, c.toObjectiveId);
  if (cycle) {
    const chain = cycle.map((id) => objectiveTitle(repos, id)).join(' → ');
    throw fieldError('toObjectiveId', `would make a cycle: ${chain}`);
  }
}

/** A key result's linked KPI is one of its own scorecard's KPIs; a milestone has no start, target or KPI. */
export function checkKeyResult(repos: Repositories, kr: Omit<KeyResult, 'id' | 'position'>): void {
  const scorecardId = repos.scorecardOfObjective(kr.objectiveId);
  if (kr.kpiId !== null) {
    const kpi = repos.kpis.find(kr.kpiId);
    if (!kpi || repos.scorecardOfObjective(kpi.objectiveId) !== scorecardId) {
      throw fieldError('kpiId', 'must be a KPI of the same scorecard');
    }
    if (kr.kind === 'milestone') throw fieldError('kpiId', 'a milestone is done or not: it takes no values from a KPI');
  }
  if (kr.kind === 'metric' && kr.target !== null && kr.startValue !== null && kr.target === kr.startValue) {
    throw fieldError('target', 'must differ from the start value');
  }
  if (kr.kind === 'metric' && kr.target !== null && kr.startValue !== null) {
    const up = kr.target > kr.startValue;
    if (up && kr.direction === 'decrease')
      throw fieldError('target', 'must be below the start value for a key result that decreases');
    if (!up && kr.direction === 'increase')
      throw fieldError('target', 'must be above the start value for a key result that increases');
  }
}

export function checkKeyResultCount(repos: Repositories, objectiveId: number): void {
  if (repos.cascade.keyResults.list({ objectiveId }).length >= MAX_KEY_RESULTS_PER_OBJECTIVE) {
    throw fieldError(
      'objectiveId',
      `has ${MAX_KEY_RESULTS_PER_OBJECTIVE} key results, the most one objective can carry`,
    );
  }
}

/** A milestone's check-in says done (1) or not (0). */
export function checkCheckIn(kr: KeyResult, c: Omit<CheckIn, 'id'>): void {
  if (kr.kind === 'milestone' && c.value !== null && c.value !== 0 && c.value !== 1) {
    throw fieldError('value', 'must be 1 (done) or 0 (not done) for a milestone');
  }
}

export function checkCheckInCount(repos: Repositories, keyResultId: number): void {
  if (repos.cascade.checkIns.list({ keyResultId }).length >= MAX_CHECK_INS_PER_KEY_RESULT) {
    throw fieldError('keyResultId', `has ${MAX_CHECK_INS_PER_KEY_RESULT} check-ins, the most one key result keeps`);
  }
}
