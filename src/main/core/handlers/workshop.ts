/** workshop.* : workshops, their board of notes and groups, dot voting and promotion (docs/workshops.md). */
import { AppError, ErrorCode, fieldError } from '../../../shared/errors';
import { MAX_NOTES_PER_WORKSHOP, MAX_WORKSHOPS_PER_SCORECARD, type Workshop, type WorkshopNote } from '../../../shared/workshop';
import type { Repositories } from '../repositories';
import type { HandlerGroup } from './types';

function checkColumn(repos: Repositories, workshop: Workshop, perspectiveId: number | null): void {
  if (perspectiveId === null) return;
  const p = repos.perspectives.find(perspectiveId);
  if (!p || p.scorecardId !== workshop.scorecardId) {
    throw fieldError('perspectiveId', `perspective ${perspectiveId} is not a column of this workshop's scorecard`);
  }
}

/** Loose notes and groups of a column, or the members of a group, in their order. */
function siblings(repos: Repositories, workshopId: number, perspectiveId: number | null, groupId: number | null): WorkshopNote[] {
  return repos.workshop.notes
    .list({ workshopId })
    .filter((n) => n.perspectiveId === perspectiveId && n.groupId === groupId)
    .sort((a, b) => a.position - b.position || a.id - b.id);
}

const notYet = (): never => {
  throw new AppError(ErrorCode.VALIDATION, 'Not built yet.');
};

export const workshopHandlers: HandlerGroup<'workshop'> = {
  'workshop.list': ({ scorecardId }, session) => {
    const { repos } = session.require();
    repos.scorecards.get(scorecardId);
    return repos.workshop.workshops.list({ scorecardId });
  },
  'workshop.get': ({ id }, session) => {
    const { repos } = session.require();
    const workshop = repos.workshop.workshops.get(id);
    return { workshop, notes: repos.workshop.notes.list({ workshopId: id }), votes: repos.workshop.votes.list({ workshopId: id }) };
  },
  'workshop.create': (input, session) => {
    const { repos } = session.require();
    repos.scorecards.get(input.scorecardId);
    if (repos.workshop.workshops.list({ scorecardId: input.scorecardId }).length >= MAX_WORKSHOPS_PER_SCORECARD) {
      throw new AppError(ErrorCode.CONFLICT, `A scorecard holds at most ${MAX_WORKSHOPS_PER_SCORECARD} workshops.`);
    }
    return repos.workshop.workshops.insert({ participants: [], dotsPerParticipant: 3, votesRevealed: false, ...input });
  },
  'workshop.update': notYet,
  'workshop.delete': notYet,
  'workshop.addNote': ({ workshopId, perspectiveId, text, groupId, afterId }, session) => {
    const { repos } = session.require();
    const workshop = repos.workshop.workshops.get(workshopId);
    checkColumn(repos, workshop, perspectiveId);
    if (repos.workshop.notes.list({ workshopId }).length >= MAX_NOTES_PER_WORKSHOP) {
      throw new AppError(ErrorCode.CONFLICT, `A workshop holds at most ${MAX_NOTES_PER_WORKSHOP} notes.`);
    }
    let column = perspectiveId;
    if (groupId != null) {
      const group = repos.workshop.notes.get(groupId);
      if (group.workshopId !== workshopId || group.kind !== 'group') throw fieldError('groupId', `note ${groupId} is not a group of this workshop`);
      column = group.perspectiveId;
    }
    const list = siblings(repos, workshopId, column, groupId ?? null);
    const at = afterId != null ? list.findIndex((n) => n.id === afterId) + 1 : list.length;
    if (afterId != null && at === 0) throw fieldError('afterId', `note ${afterId} is not in that column`);
    list.slice(at).forEach((n, i) => repos.workshop.notes.update(n.id, { position: at + i + 1 }));
    return repos.workshop.notes.insert({
      workshopId,
      kind: 'note',
      perspectiveId: column,
      groupId: groupId ?? null,
      text,
      position: at,
      promotedObjectiveId: null,
      promotedKpiId: null,
    });
  },
  'workshop.updateNote': ({ id, text }, session) => session.require().repos.workshop.notes.update(id, { text }),
  'workshop.moveNote': notYet,
  'workshop.mergeNotes': notYet,
  'workshop.deleteNote': notYet,
  'workshop.vote': notYet,
  'workshop.clearVotes': notYet,
  'workshop.promote': notYet,
};
