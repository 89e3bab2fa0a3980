/**
 * The board's rules (docs/workshops.md): where a note sits (column, group, place), what a move, a merge or a delete
 * does to its neighbours, and how participants and their dots are kept honest.
 */
import { AppError, ErrorCode, fieldError } from '../../../shared/errors';
import { t } from '../../../shared/i18n';
import { MAX_NOTES_PER_WORKSHOP, type Workshop, type WorkshopNote, type WorkshopVote } from '../../../shared/workshop';
import type { Repositories } from '../repositories';

export const quote = (text: string): string => {
  const line = text.replace(/\s+/g, ' ').trim();
  return t('history:quote', { text: line.length > 40 ? `${line.slice(0, 39)}…` : line });
};

export function checkColumn(
  repos: Repositories,
  workshop: Workshop,
  perspectiveId: number | null,
  field = 'perspectiveId',
): void {
  if (perspectiveId === null) return;
  const p = repos.perspectives.find(perspectiveId);
  if (!p || p.scorecardId !== workshop.scorecardId) {
    throw fieldError(field, t('errors:workshop.notColumn', { id: perspectiveId }));
  }
}

export function checkRoom(repos: Repositories, workshopId: number, adding: number): void {
  if (repos.workshop.notes.list({ workshopId }).length + adding > MAX_NOTES_PER_WORKSHOP) {
    throw new AppError(ErrorCode.CONFLICT, t('errors:workshop.tooManyNotes', { max: MAX_NOTES_PER_WORKSHOP }));
  }
}

/** A note or group of this workshop, else a field error on `field`. */
export function noteOf(repos: Repositories, workshopId: number, id: number, field: string): WorkshopNote {
  const note = repos.workshop.notes.find(id);
  if (!note || note.workshopId !== workshopId) throw fieldError(field, t('errors:workshop.notOnBoard', { id }));
  return note;
}

/** Loose notes and groups of a column, or the members of a group, in their order. */
export function siblings(
  repos: Repositories,
  workshopId: number,
  perspectiveId: number | null,
  groupId: number | null,
): WorkshopNote[] {
  return repos.workshop.notes
    .list({ workshopId })
    .filter((n) => n.perspectiveId === perspectiveId && n.groupId === groupId)
    .sort((a, b) => a.position - b.position || a.id - b.id);
}

/** Positions 0..n-1 in the list's order; rows already right are left alone (fewer undo entries). */
export function renumber(repos: Repositories, list: readonly WorkshopNote[]): void {
  list.forEach((n, i) => {
    if (n.position !== i) repos.workshop.notes.update(n.id, { position: i });
  });
}

export const members = (repos: Repositories, group: WorkshopNote): WorkshopNote[] =>
  group.kind === 'group' ? siblings(repos, group.workshopId, group.perspectiveId, group.id) : [];

/**
 * Takes the note out of its place (closing the gap) and puts it into a column (groupId null) or a group at `index`
 * (absent or beyond the end: last). A group carries its members' column with it.
 */
export function place(
  repos: Repositories,
  note: WorkshopNote,
  perspectiveId: number | null,
  groupId: number | null,
  index?: number,
): WorkshopNote {
  renumber(
    repos,
    siblings(repos, note.workshopId, note.perspectiveId, note.groupId).filter((n) => n.id !== note.id),
  );
  const target = siblings(repos, note.workshopId, perspectiveId, groupId).filter((n) => n.id !== note.id);
  const at = Math.min(index ?? target.length, target.length);
  if (note.kind === 'group' && note.perspectiveId !== perspectiveId) {
    for (const m of members(repos, note)) repos.workshop.notes.update(m.id, { perspectiveId });
  }
  const moved = repos.workshop.notes.update(note.id, { perspectiveId, groupId });
  renumber(repos, [...target.slice(0, at), moved, ...target.slice(at)]);
  return repos.workshop.notes.get(note.id);
}

/** Moves one note's (or group's) dots onto another, adding them up per participant. */
export function carryVotes(repos: Repositories, fromId: number, toId: number): void {
  for (const v of repos.workshop.votes.list({ noteId: fromId })) {
    const there = repos.workshop.votes.list({ noteId: toId, participant: v.participant })[0];
    if (there) repos.workshop.votes.update(there.id, { dots: there.dots + v.dots });
    else
      repos.workshop.votes.insert({ workshopId: v.workshopId, noteId: toId, participant: v.participant, dots: v.dots });
    repos.workshop.votes.delete(v.id);
  }
}

/** A name from the workshop's list, else a field error. */
export function participantOf(workshop: Workshop, name: string): string {
  if (!workshop.participants.includes(name)) {
    throw fieldError('participant', t('errors:workshop.notParticipant', { name }));
  }
  return name;
}

export const dotsPlaced = (votes: readonly WorkshopVote[], participant: string): number =>
  votes.filter((v) => v.participant === participant).reduce((sum, v) => sum + v.dots, 0);

/**
 * The participants' new list against the old: a name at the same place that is new to the list is a rename (their
 * votes carry over), an old name no longer listed is a removal (their votes go). Returns what to do to the votes.
 */
export function participantChanges(
  before: readonly string[],
  after: readonly string[],
): { renamed: Map<string, string>; removed: string[] } {
  const renamed = new Map<string, string>();
  const removed: string[] = [];
  before.forEach((name, i) => {
    if (after.includes(name)) return;
    const successor = after[i];
    if (successor !== undefined && !before.includes(successor)) renamed.set(name, successor);
    else removed.push(name);
  });
  return { renamed, removed };
}

/**
 * Applies renames and removals to the votes and refuses a dot count below what someone has placed, naming them.
 * Checks before it writes, so a refusal leaves the votes as they were.
 */
export function reconcileVotes(
  repos: Repositories,
  workshop: Workshop,
  participants: readonly string[],
  dots: number,
): void {
  const { renamed, removed } = participantChanges(workshop.participants, participants);
  const votes = repos.workshop.votes.list({ workshopId: workshop.id });
  const over = participants
    .map((name) => {
      const old = [...renamed].find(([, to]) => to === name)?.[0] ?? name;
      return { name, placed: dotsPlaced(votes, old) };
    })
    .filter((p) => p.placed > dots);
  if (over.length) {
    const who = over.map((p) => t('errors:workshop.placed', { name: p.name, count: p.placed })).join(', ');
    throw fieldError(
      'dotsPerParticipant',
      t('errors:workshop.takeBack', { who, least: Math.max(...over.map((p) => p.placed)) }),
    );
  }
  for (const v of votes) {
    const to = renamed.get(v.participant);
    if (to !== undefined) repos.workshop.votes.update(v.id, { participant: to });
    else if (removed.includes(v.participant)) repos.workshop.votes.delete(v.id);
  }
}

/**
 * A perspective about to be deleted: its notes and groups go to the end of each board's parking lot, in their order.
 * The database would clear their column by itself, but leave their places clashing with the parking lot's own.
 */
export function parkNotesOf(repos: Repositories, perspectiveId: number): void {
  for (const note of repos.workshop.ungroupedNotesOf(perspectiveId)) {
    place(repos, repos.workshop.notes.get(note.id), null, null);
  }
}
