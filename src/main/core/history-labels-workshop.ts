/** Undo steps of the workshop board, named as the facilitator would say them ("Move note “Faster quotes” to Customer"). */
import { t } from '../../shared/i18n';
import type { PromoteResult, WorkshopNote } from '../../shared/workshop';
import type { Repositories } from './repositories';
import { quote } from './handlers/workshop-rules';

type Row = Record<string, unknown>;

/** A note or group: which of the two keys a step uses ("Delete group …" or "Delete note …"). */
const kind = (note: WorkshopNote | undefined): 'group' | 'note' => (note?.kind === 'group' ? 'group' : 'note');
/** A quoted note's text, or an empty string when the step has no note to name. */
const named = (note: WorkshopNote | undefined): string => (note ? quote(note.text) : '');
const nameOf = (result: unknown): string | undefined =>
  typeof (result as Row)?.['name'] === 'string' ? quote((result as Row)['name'] as string) : undefined;

/** Read before the edit (a deleted or merged note is gone after it); named from the result where that says more. */
export function workshopLabel(repos: Repositories, method: string, args: Row): (result: unknown) => string {
  const note = (key: string) => (typeof args[key] === 'number' ? repos.workshop.notes.find(args[key]) : undefined);
  switch (method) {
    case 'workshop.update': {
      const keys = Object.keys(args).filter((k) => k !== 'id');
      if (keys.length === 1 && keys[0] === 'votesRevealed') {
        return () => t(args['votesRevealed'] ? 'history:workshop.revealVotes' : 'history:workshop.hideVotes');
      }
      return (result) => {
        const name = nameOf(result);
        return name ? t('history:workshop.edit.named', { name }) : t('history:workshop.edit.bare');
      };
    }
    case 'workshop.delete': {
      const workshop = typeof args['id'] === 'number' ? repos.workshop.workshops.find(args['id']) : undefined;
      return () =>
        workshop
          ? t('history:workshop.delete.named', { name: quote(workshop.name) })
          : t('history:workshop.delete.bare');
    }
    case 'workshop.addNote':
      return (result) => t('history:workshop.addNote', { name: named(result as WorkshopNote) }).trim();
    case 'workshop.updateNote': {
      const before = note('id');
      return (result) => t(`history:workshop.edit_${kind(before)}`, { name: named(result as WorkshopNote) }).trim();
    }
    case 'workshop.moveNote': {
      const moved = note('id');
      return () => {
        const into = note('groupId');
        if (into)
          return t(`history:workshop.moveInto_${kind(moved)}`, { name: named(moved), group: quote(into.text) }).replace(
            / {2,}/g,
            ' ',
          );
        const column =
          typeof args['perspectiveId'] === 'number' ? repos.perspectives.find(args['perspectiveId'])?.name : undefined;
        return t(`history:workshop.moveTo_${kind(moved)}`, {
          name: named(moved),
          column: column ?? t('history:workshop.parkingLot'),
        }).replace(/ {2,}/g, ' ');
      };
    }
    case 'workshop.mergeNotes': {
      const dragged = note('id');
      const target = note('ontoId');
      // Dropped on a note inside a group, it joins that group: name the group.
      const onto = target?.groupId != null ? repos.workshop.notes.find(target.groupId) : target;
      return () =>
        t('history:workshop.group', { name: named(dragged), onto: named(onto) })
          .replace(/ {2,}/g, ' ')
          .trim();
    }
    case 'workshop.deleteNote': {
      const gone = note('id');
      return () => t(`history:workshop.delete_${kind(gone)}`, { name: named(gone) }).trim();
    }
    case 'workshop.vote': {
      const on = note('noteId');
      return () =>
        t(args['delta'] === -1 ? 'history:workshop.unvote' : 'history:workshop.vote', { name: named(on) }).trim();
    }
    case 'workshop.clearVotes':
      return () =>
        typeof args['participant'] === 'string'
          ? t('history:workshop.clearVotesOf', { participant: args['participant'] })
          : t('history:workshop.clearVotes');
    case 'workshop.promote': {
      const promoted = note('noteId');
      return (result) =>
        t(
          (result as PromoteResult)?.kpiId != null
            ? 'history:workshop.promoteKpi'
            : 'history:workshop.promoteObjective',
          {
            name: named(promoted),
          },
        ).replace(/ {2,}/g, ' ');
    }
    case 'workshop.create':
    default:
      return (result) => {
        const name = nameOf(result);
        return name ? t('history:workshop.add.named', { name }) : t('history:workshop.add.bare');
      };
  }
}
