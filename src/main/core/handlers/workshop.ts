/** workshop.* : workshops, their board of notes and groups, dot voting and promotion (docs/workshops.md). */
import { AppError, ErrorCode, fieldError } from '../../../shared/errors';
import { t } from '../../../shared/i18n';
import { MAX_WORKSHOPS_PER_SCORECARD, type WorkshopNote } from '../../../shared/workshop';
import type { Repositories } from '../repositories';
import type { HandlerGroup } from './types';
import { promote } from './workshop-promote';
import {
  carryVotes,
  checkColumn,
  checkRoom,
  dotsPlaced,
  members,
  noteOf,
  participantOf,
  place,
  quote,
  reconcileVotes,
  renumber,
  siblings,
} from './workshop-rules';

/**
 * Drops `dragged` on `onto`: onto a group (or one of its members) it joins that group, a dragged group bringing its
 * members and dots and leaving no empty heading behind; onto a loose note, the two become a new group where the
 * target stood (the target first). A dragged group dropped on a loose note takes the note's place and the note in.
 */
function merge(repos: Repositories, dragged: WorkshopNote, target: WorkshopNote, heading: string | undefined): WorkshopNote {
  const onto = target.groupId !== null ? repos.workshop.notes.get(target.groupId) : target;
  if (onto.id === dragged.id) throw fieldError('ontoId', t('errors:workshop.groupWithItself'));
  if (dragged.groupId === onto.id) {
    throw new AppError(ErrorCode.VALIDATION, t('errors:workshop.alreadyInGroup', { note: quote(dragged.text), group: quote(onto.text) }));
  }
  if (onto.kind === 'group') {
    if (dragged.kind === 'note') place(repos, dragged, onto.perspectiveId, onto.id);
    else {
      if (dragged.promotedObjectiveId !== null || dragged.promotedKpiId !== null) {
        throw new AppError(
          ErrorCode.CONFLICT,
          t('errors:workshop.promotedGroup', { group: quote(dragged.text), onto: quote(onto.text) }),
        );
      }
      for (const m of members(repos, dragged)) place(repos, m, onto.perspectiveId, onto.id);
      carryVotes(repos, dragged.id, onto.id);
      repos.workshop.notes.delete(dragged.id);
      renumber(repos, siblings(repos, dragged.workshopId, dragged.perspectiveId, null));
    }
    return repos.workshop.notes.get(onto.id);
  }
  const index = siblings(repos, onto.workshopId, onto.perspectiveId, null).findIndex((n) => n.id === onto.id);
  if (dragged.kind === 'group') {
    const group = place(repos, dragged, onto.perspectiveId, null, index);
    place(repos, repos.workshop.notes.get(onto.id), group.perspectiveId, group.id, 0);
    return heading !== undefined ? repos.workshop.notes.update(group.id, { text: heading }) : repos.workshop.notes.get(group.id);
  }
  checkRoom(repos, onto.workshopId, 1);
  const created = repos.workshop.notes.insert({
    workshopId: onto.workshopId,
    kind: 'group',
    perspectiveId: onto.perspectiveId,
    groupId: null,
    text: heading ?? onto.text,
    position: index,
    promotedObjectiveId: null,
    promotedKpiId: null,
  });
  const group = place(repos, created, onto.perspectiveId, null, index);
  place(repos, repos.workshop.notes.get(onto.id), group.perspectiveId, group.id, 0);
  place(repos, repos.workshop.notes.get(dragged.id), group.perspectiveId, group.id, 1);
  return repos.workshop.notes.get(group.id);
}

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
      throw new AppError(ErrorCode.CONFLICT, t('errors:workshop.tooManyWorkshops', { max: MAX_WORKSHOPS_PER_SCORECARD }));
    }
    return repos.workshop.workshops.insert({ participants: [], dotsPerParticipant: 3, votesRevealed: false, ...input });
  },
  'workshop.update': ({ id, ...patch }, session) => {
    const { repos } = session.require();
    const workshop = repos.workshop.workshops.get(id);
    reconcileVotes(repos, workshop, patch.participants ?? workshop.participants, patch.dotsPerParticipant ?? workshop.dotsPerParticipant);
    return repos.workshop.workshops.update(id, patch);
  },
  'workshop.delete': ({ id }, session) => {
    session.require().repos.workshop.workshops.delete(id);
    return null;
  },
  'workshop.addNote': ({ workshopId, perspectiveId, text, groupId, afterId }, session) => {
    const { repos } = session.require();
    const workshop = repos.workshop.workshops.get(workshopId);
    checkColumn(repos, workshop, perspectiveId);
    checkRoom(repos, workshopId, 1);
    let column = perspectiveId;
    if (groupId != null) {
      const group = noteOf(repos, workshopId, groupId, 'groupId');
      if (group.kind !== 'group') throw fieldError('groupId', t('errors:workshop.notGroup', { id: groupId }));
      column = group.perspectiveId;
    }
    const list = siblings(repos, workshopId, column, groupId ?? null);
    const at = afterId != null ? list.findIndex((n) => n.id === afterId) + 1 : list.length;
    if (afterId != null && at === 0) throw fieldError('afterId', t('errors:workshop.notInColumn', { id: afterId }));
    const note = repos.workshop.notes.insert({
      workshopId,
      kind: 'note',
      perspectiveId: column,
      groupId: groupId ?? null,
      text,
      position: at,
      promotedObjectiveId: null,
      promotedKpiId: null,
    });
    renumber(repos, [...list.slice(0, at), note, ...list.slice(at)]);
    return repos.workshop.notes.get(note.id);
  },
  'workshop.updateNote': ({ id, text }, session) => session.require().repos.workshop.notes.update(id, { text }),
  'workshop.moveNote': ({ id, perspectiveId, groupId, index }, session) => {
    const { repos } = session.require();
    const note = repos.workshop.notes.get(id);
    const workshop = repos.workshop.workshops.get(note.workshopId);
    if (groupId == null) {
      checkColumn(repos, workshop, perspectiveId);
      return place(repos, note, perspectiveId, null, index);
    }
    const group = noteOf(repos, workshop.id, groupId, 'groupId');
    if (group.kind !== 'group') throw fieldError('groupId', t('errors:workshop.notGroup', { id: groupId }));
    if (note.kind === 'group') {
      throw fieldError('groupId', t('errors:workshop.groupInGroup'));
    }
    return place(repos, note, group.perspectiveId, group.id, index);
  },
  'workshop.mergeNotes': ({ id, ontoId, heading }, session) => {
    const { repos } = session.require();
    const dragged = repos.workshop.notes.get(id);
    return merge(repos, dragged, noteOf(repos, dragged.workshopId, ontoId, 'ontoId'), heading);
  },
  'workshop.deleteNote': ({ id }, session) => {
    const { repos } = session.require();
    const note = repos.workshop.notes.get(id);
    const column = siblings(repos, note.workshopId, note.perspectiveId, note.groupId);
    const at = column.findIndex((n) => n.id === id);
    const freed = members(repos, note);
    for (const m of freed) repos.workshop.notes.update(m.id, { groupId: null });
    repos.workshop.notes.delete(id);
    renumber(repos, [...column.slice(0, at), ...freed, ...column.slice(at + 1)]);
    return null;
  },
  'workshop.vote': ({ workshopId, participant, noteId, delta }, session) => {
    const { repos } = session.require();
    const workshop = repos.workshop.workshops.get(workshopId);
    const name = participantOf(workshop, participant);
    const note = noteOf(repos, workshopId, noteId, 'noteId');
    const mine = repos.workshop.votes.list({ noteId, participant: name })[0];
    if (delta > 0) {
      const placed = dotsPlaced(repos.workshop.votes.list({ workshopId }), name);
      if (placed >= workshop.dotsPerParticipant) {
        throw new AppError(ErrorCode.CONFLICT, t('errors:workshop.noDotsLeft', { name, placed, dots: workshop.dotsPerParticipant }));
      }
      if (mine) repos.workshop.votes.update(mine.id, { dots: mine.dots + 1 });
      else repos.workshop.votes.insert({ workshopId, noteId, participant: name, dots: 1 });
    } else if (!mine) {
      throw new AppError(ErrorCode.VALIDATION, t('errors:workshop.noDotToTakeBack', { name, note: quote(note.text) }));
    } else if (mine.dots > 1) repos.workshop.votes.update(mine.id, { dots: mine.dots - 1 });
    else repos.workshop.votes.delete(mine.id);
    return repos.workshop.votes.list({ workshopId, participant: name });
  },
  'workshop.clearVotes': ({ workshopId, participant }, session) => {
    const { repos } = session.require();
    const workshop = repos.workshop.workshops.get(workshopId);
    const votes = repos.workshop.votes.list({ workshopId });
    const who = participant === undefined ? null : participantOf(workshop, participant);
    for (const v of votes) if (who === null || v.participant === who) repos.workshop.votes.delete(v.id);
    // A fresh round starts hidden, or the first dots placed would show before everyone has voted.
    if (who === null && workshop.votesRevealed) repos.workshop.workshops.update(workshopId, { votesRevealed: false });
    return null;
  },
  'workshop.promote': ({ noteId, target }, session) => promote(session.require().repos, noteId, target),
};
