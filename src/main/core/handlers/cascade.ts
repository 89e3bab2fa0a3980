/** cascade.* : contributions between objectives of different scorecards, the cascade action, alignment. */
import { alignmentTree, createCascadeScoring } from '../../../shared/cascade';
import type { CascadeResult } from '../../../shared/contract-cascade';
import { objectiveDefaults } from '../../../shared/defaults';
import type { Contribution, Objective, Scorecard } from '../../../shared/domain';
import { AppError, ErrorCode } from '../../../shared/errors';
import { t } from '../../../shared/i18n';
import type { Evaluation } from '../../../shared/evaluation';
import { contributorsOf, loadCascadeDocument, scorecardsBelow } from '../cascade-data';
import type { Repositories } from '../repositories';
import { createScorecard } from '../session';
import { checkContribution } from './cascade-rules';
import { checkObjective } from './rules';
import type { Handler, HandlerGroup } from './types';

const invalid = (path: (string | number)[], message: string) =>
  new AppError(ErrorCode.VALIDATION, `${path.join('.')}: ${message}`, [{ path, message }]);

/** Adds the contribution, or sets its weight when the two objectives are already joined that way. */
export function setContribution(
  repos: Repositories,
  fromObjectiveId: number,
  toObjectiveId: number,
  weight?: number,
): Contribution {
  const all = repos.cascade.contributions.list();
  const existing = all.find((c) => c.fromObjectiveId === fromObjectiveId && c.toObjectiveId === toObjectiveId);
  if (existing) return weight === undefined ? existing : repos.cascade.contributions.update(existing.id, { weight });
  checkContribution(repos, { fromObjectiveId, toObjectiveId }, all);
  return repos.cascade.contributions.insert({ fromObjectiveId, toObjectiveId, weight: weight ?? 1 });
}

/** The scorecard the supporting objectives go to: an existing one other than the objective's, or a new child of it. */
function targetScorecard(
  repos: Repositories,
  above: Scorecard,
  target: { scorecardId: number } | { newScorecard: { name: string } },
): Scorecard {
  if ('newScorecard' in target) {
    return createScorecard(repos, {
      name: target.newScorecard.name,
      parentScorecardId: above.id,
      fiscalYearStartMonth: above.fiscalYearStartMonth,
      granularity: above.granularity,
      cascadeScoring: 'own',
    });
  }
  const found = repos.scorecards.find(target.scorecardId);
  if (!found) throw invalid(['target', 'scorecardId'], t('errors:cascade.noScorecard', { id: target.scorecardId }));
  if (found.id === above.id)
    throw invalid(['target', 'scorecardId'], t('errors:cascade.ownScorecard'));
  return found;
}

const cascade: Handler<'cascade.create'> = (input, session) => {
  const { repos } = session.require();
  const objective = repos.objectives.get(input.objectiveId);
  const supportedPerspective = repos.perspectives.get(objective.perspectiveId);
  const above = repos.scorecards.get(supportedPerspective.scorecardId);
  const scorecard = targetScorecard(repos, above, input.target);
  const perspectives = repos.perspectives.list({ scorecardId: scorecard.id });
  // The same kind of goal one level down: a financial objective is supported by financial objectives.
  const matching = perspectives.find(
    (p) => p.name.trim().toLowerCase() === supportedPerspective.name.trim().toLowerCase(),
  );
  const created: Objective[] = [];
  const contributions: Contribution[] = [];
  input.create.forEach((c, i) => {
    const perspectiveId = c.perspectiveId ?? matching?.id ?? perspectives[0]?.id;
    if (perspectiveId === undefined || !perspectives.some((p) => p.id === perspectiveId)) {
      throw invalid(['create', i, 'perspectiveId'], t('errors:cascade.perspectiveOf', { name: scorecard.name }));
    }
    const values = {
      ...objectiveDefaults,
      title: c.title,
      owner: c.owner ?? '',
      perspectiveId,
      position: repos.objectives.nextPosition('perspectiveId', perspectiveId),
    };
    checkObjective(repos, values);
    const made = repos.objectives.insert(values);
    created.push(made);
    contributions.push(
      repos.cascade.contributions.insert({
        fromObjectiveId: made.id,
        toObjectiveId: objective.id,
        weight: c.weight ?? 1,
      }),
    );
  });
  input.link.forEach((l, i) => {
    const linked = repos.objectives.find(l.objectiveId);
    if (!linked || repos.scorecardOfObjective(linked.id) !== scorecard.id) {
      throw invalid(['link', i, 'objectiveId'], t('errors:cascade.objectiveOf', { name: scorecard.name }));
    }
    try {
      contributions.push(setContribution(repos, linked.id, objective.id, l.weight ?? 1));
    } catch (err) {
      const issue = err instanceof AppError ? err.issues?.[0] : undefined;
      if (issue) throw invalid(['link', i, 'objectiveId'], issue.message);
      throw err;
    }
  });
  return { scorecard, created, contributions } satisfies CascadeResult;
};

/** The alignment tree: the scorecard, the scorecards under it and those contributing, each evaluated for the period. */
const alignment: Handler<'cascade.alignment'> = ({ scorecardId, period }, session) => {
  const { repos } = session.require();
  repos.scorecards.get(scorecardId);
  const all = repos.scorecards.list();
  const children = new Map<number, number[]>();
  for (const s of all)
    if (s.parentScorecardId !== null)
      children.set(s.parentScorecardId, [...(children.get(s.parentScorecardId) ?? []), s.id]);
  const family = new Set([scorecardId]);
  for (const queue = [scorecardId]; queue.length;) {
    for (const c of children.get(queue.pop()!) ?? []) {
      if (family.has(c)) continue;
      family.add(c);
      queue.push(c);
    }
  }
  const ends = repos.cascade.contributionEnds();
  const doc = loadCascadeDocument(repos, scorecardsBelow(family, ends), [period], ends);
  const scoring = createCascadeScoring(doc);
  const evaluations = new Map<number, Evaluation>(doc.scorecards.map((s) => [s.id, scoring.evaluate(s.id, period)]));
  return alignmentTree(doc, scorecardId, period, evaluations);
};

export const cascadeHandlers: HandlerGroup<'cascade'> = {
  'cascade.list': (_input, session) => session.require().repos.cascade.contributions.list(),
  'cascade.set': ({ fromObjectiveId, toObjectiveId, weight }, session) =>
    setContribution(session.require().repos, fromObjectiveId, toObjectiveId, weight),
  'cascade.remove': ({ id }, session) => {
    session.require().repos.cascade.contributions.delete(id);
    return null;
  },
  'cascade.create': cascade,
  'cascade.scores': ({ scorecardId, periods }, session) => {
    const { repos } = session.require();
    repos.scorecards.get(scorecardId);
    return contributorsOf(repos, scorecardId, periods);
  },
  'cascade.alignment': alignment,
};
