/** okr.* : key results, their check-ins, and the OKR board. */
import { closedPeriodOf } from '../../../shared/closed-periods';
import type { OkrBoard, OkrBoardObjective } from '../../../shared/contract-cascade';
import type { Objective } from '../../../shared/domain';
import type { KeyResultScore, OkrScore } from '../../../shared/evaluation';
import { t } from '../../../shared/i18n';
import { keyResultDefaults, type CheckIn, type KeyResult } from '../../../shared/okr';
import type { Repositories } from '../repositories';
import { closedSnapshots } from './closed';
import { checkCheckIn, checkCheckInCount, checkKeyResult, checkKeyResultCount } from './cascade-rules';
import { evaluatePeriods } from './scorecard';
import type { Handler, HandlerGroup } from './types';

/** A scorecard's key results, check-ins and objectives as the cycle is scored: a closed quarter's from its snapshot. */
function rowsOfCycle(repos: Repositories, scorecardId: number, cycle: string) {
  const closed = closedSnapshots(repos, scorecardId);
  const fy = repos.scorecards.get(scorecardId).fiscalYearStartMonth;
  const key = closed.size ? closedPeriodOf(cycle, closed.keys(), fy) : undefined;
  if (key !== undefined) {
    const s = closed.get(key)!;
    return { objectives: s.objectives, keyResults: s.keyResults, checkIns: s.checkIns };
  }
  return {
    objectives: repos.objectivesOfScorecard(scorecardId),
    keyResults: repos.cascade.keyResultsOfScorecard(scorecardId),
    checkIns: repos.cascade.checkInsOfScorecard(scorecardId),
  };
}

const noScore = (kr: KeyResult): KeyResultScore => ({
  keyResultId: kr.id,
  objectiveId: kr.objectiveId,
  cycle: kr.cycle,
  current: null,
  asOf: null,
  score: null,
  progress: null,
  status: 'none',
  confidence: null,
  formula: { method: 'no-data', text: t('errors:okr.notScored') },
});

const noOkr = (o: Objective, total: number): OkrScore => ({
  objectiveId: o.id,
  kind: o.okrKind,
  score: null,
  status: 'none',
  reported: 0,
  total,
  formula: { method: 'no-data', text: t('errors:okr.noKeyResults') },
});

/** The key results of one cycle across the document (or one scorecard), scored as of the cycle's end. */
const board: Handler<'okr.board'> = ({ cycle, scorecardId }, session) => {
  const { repos } = session.require();
  const scorecards = scorecardId == null ? repos.scorecards.list() : [repos.scorecards.get(scorecardId)];
  const objectives: OkrBoardObjective[] = [];
  const byTeam: OkrBoard['byTeam'] = [];
  const owners = new Map<string, number[]>();
  for (const scorecard of scorecards) {
    const rows = rowsOfCycle(repos, scorecard.id, cycle);
    const ofCycle = rows.keyResults.filter((k) => k.cycle === cycle);
    if (ofCycle.length === 0) continue;
    const evaluation = evaluatePeriods(repos, scorecard.id, [cycle])[0]!;
    const scores = new Map(evaluation.keyResults.map((s) => [s.keyResultId, s]));
    const okrs = new Map(evaluation.okrs.map((s) => [s.objectiveId, s]));
    const checkInsOf = new Map<number, CheckIn[]>();
    for (const c of rows.checkIns) checkInsOf.set(c.keyResultId, [...(checkInsOf.get(c.keyResultId) ?? []), c]);
    const team: number[] = [];
    for (const objective of rows.objectives) {
      const krs = ofCycle.filter((k) => k.objectiveId === objective.id);
      if (krs.length === 0) continue;
      team.push(objective.id);
      objectives.push({
        objective,
        scorecardId: scorecard.id,
        scorecardName: scorecard.name,
        okr: okrs.get(objective.id) ?? noOkr(objective, krs.length),
        keyResults: krs.map((keyResult) => ({
          keyResult,
          score: scores.get(keyResult.id) ?? noScore(keyResult),
          checkIns: checkInsOf.get(keyResult.id) ?? [],
        })),
      });
      for (const kr of krs) {
        // A key result nobody owns is its objective owner's.
        const owner = (kr.owner || objective.owner).trim();
        owners.set(owner, [...(owners.get(owner) ?? []), kr.id]);
      }
    }
    byTeam.push({ scorecardId: scorecard.id, scorecardName: scorecard.name, objectiveIds: team });
  }
  // Named owners alphabetically, then the key results nobody owns.
  const byOwner = [...owners]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
    .map(([owner, keyResultIds]) => ({ owner, keyResultIds }));
  return { cycle, objectives, byOwner, byTeam };
};

export const okrHandlers: HandlerGroup<'okr'> = {
  'okr.createKeyResult': (input, session) => {
    const { repos } = session.require();
    repos.objectives.get(input.objectiveId);
    checkKeyResultCount(repos, input.objectiveId);
    const values = {
      ...keyResultDefaults,
      ...input,
      position: repos.cascade.keyResults.nextPosition('objectiveId', input.objectiveId),
    };
    checkKeyResult(repos, values);
    return repos.cascade.keyResults.insert(values);
  },
  'okr.updateKeyResult': ({ id, ...patch }, session) => {
    const { repos } = session.require();
    checkKeyResult(repos, { ...repos.cascade.keyResults.get(id), ...patch });
    return repos.cascade.keyResults.update(id, patch);
  },
  'okr.deleteKeyResult': ({ id }, session) => {
    session.require().repos.cascade.keyResults.delete(id);
    return null;
  },
  'okr.reorderKeyResults': ({ objectiveId, ids }, session) => {
    const { repos } = session.require();
    repos.objectives.get(objectiveId);
    repos.cascade.keyResults.reorder('objectiveId', objectiveId, ids);
    return repos.cascade.keyResults.list({ objectiveId });
  },
  'okr.addCheckIn': (input, session) => {
    const { repos } = session.require();
    const kr = repos.cascade.keyResults.get(input.keyResultId);
    checkCheckInCount(repos, kr.id);
    const values = { value: null, confidence: null, comment: '', author: '', ...input };
    checkCheckIn(kr, values);
    return repos.cascade.checkIns.insert(values);
  },
  'okr.updateCheckIn': ({ id, ...patch }, session) => {
    const { repos } = session.require();
    const current = repos.cascade.checkIns.get(id);
    checkCheckIn(repos.cascade.keyResults.get(current.keyResultId), { ...current, ...patch });
    return repos.cascade.checkIns.update(id, patch);
  },
  'okr.deleteCheckIn': ({ id }, session) => {
    session.require().repos.cascade.checkIns.delete(id);
    return null;
  },
  'okr.board': board,
};
