/** initiative.* and note.* : the work behind the objectives, and the words beside the numbers. */
import { initiativeDefaults } from '../../../shared/defaults';
import type { NoteEntityType } from '../../../shared/domain';
import { fieldError } from '../../../shared/errors';
import type { Repositories } from '../repositories';
import { checkInitiative } from './rules';
import type { HandlerGroup } from './types';

function entityExists(repos: Repositories, type: NoteEntityType, id: number): boolean {
  const tables = {
    scorecard: repos.scorecards,
    perspective: repos.perspectives,
    objective: repos.objectives,
    kpi: repos.kpis,
    initiative: repos.initiatives,
  } as const;
  return tables[type].find(id) !== undefined;
}

export const initiativeHandlers: HandlerGroup<'initiative'> & HandlerGroup<'note'> = {
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

  'note.list': ({ entityType, entityId, scorecardId }, session) => {
    const { repos } = session.require();
    if (entityType !== undefined && entityId !== undefined) return repos.notes.list({ entityType, entityId });
    if (scorecardId !== undefined) {
      return repos.notes.where(
        `(t.entity_type = 'scorecard' AND t.entity_id = @s)
         OR (t.entity_type = 'perspective' AND t.entity_id IN (SELECT id FROM perspective WHERE scorecard_id = @s))
         OR (t.entity_type = 'objective' AND t.entity_id IN (SELECT o.id FROM objective o JOIN perspective p ON p.id = o.perspective_id WHERE p.scorecard_id = @s))
         OR (t.entity_type = 'kpi' AND t.entity_id IN (SELECT k.id FROM kpi k JOIN objective o ON o.id = k.objective_id JOIN perspective p ON p.id = o.perspective_id WHERE p.scorecard_id = @s))
         OR (t.entity_type = 'initiative' AND t.entity_id IN (SELECT id FROM initiative WHERE scorecard_id = @s))`,
        { s: scorecardId },
      );
    }
    return repos.notes.list();
  },
  'note.create': (input, session) => {
    const { repos } = session.require();
    if (!entityExists(repos, input.entityType, input.entityId)) {
      throw fieldError('entityId', `${input.entityType} ${input.entityId} does not exist`);
    }
    const now = new Date().toISOString();
    return repos.notes.insert({
      entityType: input.entityType,
      entityId: input.entityId,
      period: input.period ?? null,
      author: input.author ?? '',
      body: input.body,
      createdAt: now,
      updatedAt: now,
    });
  },
  'note.update': ({ id, ...patch }, session) =>
    session.require().repos.notes.update(id, { ...patch, updatedAt: new Date().toISOString() }),
  'note.delete': ({ id }, session) => {
    session.require().repos.notes.delete(id);
    return null;
  },
};
