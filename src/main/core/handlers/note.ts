/** note.* : the words beside the numbers, on the scorecard, a perspective, an objective, a KPI or an initiative. */
import type { NoteEntityType } from '../../../shared/domain';
import { fieldError } from '../../../shared/errors';
import { t } from '../../../shared/i18n';
import type { Repositories } from '../repositories';
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

export const noteHandlers: HandlerGroup<'note'> = {
  'note.list': ({ entityType, entityId, scorecardId }, session) => {
    const { repos } = session.require();
    if (entityType !== undefined && entityId !== undefined) return repos.notes.list({ entityType, entityId });
    if (scorecardId !== undefined) return repos.notes.ofScorecard(scorecardId);
    return repos.notes.list();
  },
  'note.create': (input, session) => {
    const { repos } = session.require();
    if (!entityExists(repos, input.entityType, input.entityId)) {
      throw fieldError('entityId', t(`errors:note.noEntity.${input.entityType}`, { id: input.entityId }));
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
