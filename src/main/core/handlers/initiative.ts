/** initiative.* : the work behind the objectives. */
import { initiativeDefaults } from '../../../shared/defaults';
import { checkInitiative } from './rules';
import type { HandlerGroup } from './types';

export const initiativeHandlers: HandlerGroup<'initiative'> = {
  'initiative.list': ({ scorecardId }, session) => {
    const { repos } = session.require();
    repos.scorecards.get(scorecardId);
    return repos.initiatives.list(scorecardId);
  },
  'initiative.create': (input, session) => {
    const { repos } = session.require();
    repos.scorecards.get(input.scorecardId);
    const values = { ...initiativeDefaults, ...input };
    checkInitiative(repos, values);
    return repos.initiatives.insert(values);
  },
  'initiative.update': ({ id, ...patch }, session) => {
    const { repos } = session.require();
    checkInitiative(repos, { ...repos.initiatives.get(id), ...patch });
    return repos.initiatives.update(id, patch);
  },
  'initiative.delete': ({ id }, session) => {
    session.require().repos.initiatives.delete(id);
    return null;
  },
};
