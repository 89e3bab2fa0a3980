/** perspective.*, theme.*, objective.* and link.* : the strategy's structure. */
import { objectiveDefaults, perspectiveDefaults, themeDefaults } from '../../../shared/defaults';
import { AppError, ErrorCode, fieldError } from '../../../shared/errors';
import { t } from '../../../shared/i18n';
import { checkLink, checkObjective } from './rules';
import type { HandlerGroup } from './types';
import { parkNotesOf } from './workshop-rules';

type Group = HandlerGroup<'perspective'> & HandlerGroup<'theme'> & HandlerGroup<'objective'> & HandlerGroup<'link'>;

export const structureHandlers: Group = {
  'perspective.list': ({ scorecardId }, session) => {
    const { repos } = session.require();
    repos.scorecards.get(scorecardId);
    return repos.perspectives.list({ scorecardId });
  },
  'perspective.create': (input, session) => {
    const { repos } = session.require();
    repos.scorecards.get(input.scorecardId);
    const position = repos.perspectives.nextPosition('scorecardId', input.scorecardId);
    return repos.perspectives.insert({ ...perspectiveDefaults, ...input, position });
  },
  'perspective.update': ({ id, ...patch }, session) => session.require().repos.perspectives.update(id, patch),
  'perspective.delete': ({ id }, session) => {
    const { repos } = session.require();
    const perspective = repos.perspectives.get(id);
    const count = repos.objectives.list({ perspectiveId: id }).length;
    if (count > 0) {
      throw new AppError(
        ErrorCode.CONFLICT,
        t('errors:rules.perspectiveHasObjectives', { name: perspective.name, count }),
      );
    }
    parkNotesOf(repos, id);
    repos.perspectives.delete(id);
    return null;
  },
  'perspective.reorder': ({ scorecardId, ids }, session) => {
    const { repos } = session.require();
    repos.scorecards.get(scorecardId);
    repos.perspectives.reorder('scorecardId', scorecardId, ids);
    return repos.perspectives.list({ scorecardId });
  },

  'theme.list': ({ scorecardId }, session) => session.require().repos.themes.list({ scorecardId }),
  'theme.create': (input, session) => {
    const { repos } = session.require();
    repos.scorecards.get(input.scorecardId);
    return repos.themes.insert({ ...themeDefaults, ...input });
  },
  'theme.update': ({ id, ...patch }, session) => session.require().repos.themes.update(id, patch),
  'theme.delete': ({ id }, session) => {
    session.require().repos.themes.delete(id);
    return null;
  },

  'objective.list': ({ scorecardId }, session) => {
    const { repos } = session.require();
    repos.scorecards.get(scorecardId);
    return repos.objectivesOfScorecard(scorecardId);
  },
  'objective.get': ({ id }, session) => session.require().repos.objectives.get(id),
  'objective.create': (input, session) => {
    const { repos } = session.require();
    const values = {
      ...objectiveDefaults,
      ...input,
      position: repos.objectives.nextPosition('perspectiveId', input.perspectiveId),
    };
    checkObjective(repos, values);
    return repos.objectives.insert(values);
  },
  'objective.update': ({ id, ...patch }, session) => {
    const { repos } = session.require();
    const current = repos.objectives.get(id);
    const next = { ...current, ...patch };
    if (next.perspectiveId !== current.perspectiveId) {
      const from = repos.perspectives.get(current.perspectiveId).scorecardId;
      if (repos.perspectives.get(next.perspectiveId).scorecardId !== from) {
        throw fieldError('perspectiveId', t('errors:rules.samePerspective'));
      }
      next.position = repos.objectives.nextPosition('perspectiveId', next.perspectiveId);
    }
    checkObjective(repos, next);
    return repos.objectives.update(id, { ...patch, position: next.position });
  },
  'objective.delete': ({ id }, session) => {
    session.require().repos.objectives.delete(id);
    return null;
  },
  'objective.reorder': ({ perspectiveId, ids }, session) => {
    const { repos } = session.require();
    repos.perspectives.get(perspectiveId);
    repos.objectives.reorder('perspectiveId', perspectiveId, ids);
    return repos.objectives.list({ perspectiveId });
  },

  'link.list': ({ scorecardId }, session) => session.require().repos.linksOfScorecard(scorecardId),
  'link.create': ({ fromObjectiveId, toObjectiveId, note, fromKpiId = null, toKpiId = null }, session) => {
    const { repos } = session.require();
    checkLink(repos, { fromObjectiveId, toObjectiveId, fromKpiId, toKpiId });
    if (repos.links.list({ fromObjectiveId, toObjectiveId }).length > 0) {
      throw new AppError(ErrorCode.CONFLICT, t('errors:rules.alreadyLinked'));
    }
    return repos.links.insert({ fromObjectiveId, toObjectiveId, note: note ?? '', fromKpiId, toKpiId });
  },
  'link.update': ({ id, ...patch }, session) => {
    const { repos } = session.require();
    const next = { ...repos.links.get(id), ...patch };
    checkLink(repos, next);
    return repos.links.update(id, patch);
  },
  'link.delete': ({ id }, session) => {
    session.require().repos.links.delete(id);
    return null;
  },
};
