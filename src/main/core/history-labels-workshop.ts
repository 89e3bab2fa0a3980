/** Undo steps of the workshop board, named as the facilitator would say them ("Move note “Faster quotes” to Customer"). */
import { PARKING_LOT } from '../../shared/workshop-board';
import type { PromoteResult, WorkshopNote } from '../../shared/workshop';
import type { Repositories } from './repositories';
import { quote } from './handlers/workshop-rules';

type Row = Record<string, unknown>;

const noun = (note: WorkshopNote | undefined): string => (note?.kind === 'group' ? 'group' : 'note');
const named = (note: WorkshopNote | undefined): string => (note ? ` ${quote(note.text)}` : '');

/** Read before the edit (a deleted or merged note is gone after it); named from the result where that says more. */
export function workshopLabel(repos: Repositories, method: string, args: Row): (result: unknown) => string {
  const note = (key: string) => (typeof args[key] === 'number' ? repos.workshop.notes.find(args[key]) : undefined);
  switch (method) {
    case 'workshop.update': {
      const keys = Object.keys(args).filter((k) => k !== 'id');
      if (keys.length === 1 && keys[0] === 'votesRevealed') return () => (args['votesRevealed'] ? 'Reveal votes' : 'Hide votes');
      return (result) => `Edit workshop${typeof (result as Row)?.['name'] === 'string' ? ` ${quote((result as Row)['name'] as string)}` : ''}`;
    }
    case 'workshop.delete': {
      const workshop = typeof args['id'] === 'number' ? repos.workshop.workshops.find(args['id']) : undefined;
      return () => `Delete workshop${workshop ? ` ${quote(workshop.name)}` : ''}`;
    }
    case 'workshop.addNote':
      return (result) => `Add note${named(result as WorkshopNote)}`;
    case 'workshop.updateNote': {
      const before = note('id');
      return (result) => `Edit ${noun(before)}${named(result as WorkshopNote)}`;
    }
    case 'workshop.moveNote': {
      const moved = note('id');
      return () => {
        const into = note('groupId');
        if (into) return `Move ${noun(moved)}${named(moved)} into ${quote(into.text)}`;
        const column = typeof args['perspectiveId'] === 'number' ? repos.perspectives.find(args['perspectiveId'])?.name : undefined;
        return `Move ${noun(moved)}${named(moved)} to ${column ?? PARKING_LOT}`;
      };
    }
    case 'workshop.mergeNotes': {
      const dragged = note('id');
      const target = note('ontoId');
      // Dropped on a note inside a group, it joins that group: name the group.
      const onto = target?.groupId != null ? repos.workshop.notes.find(target.groupId) : target;
      return () => `Group${named(dragged)} with${named(onto)}`;
    }
    case 'workshop.deleteNote': {
      const gone = note('id');
      return () => `Delete ${noun(gone)}${named(gone)}`;
    }
    case 'workshop.vote': {
      const on = note('noteId');
      return () => (args['delta'] === -1 ? `Take back a vote on${named(on)}` : `Vote for${named(on)}`);
    }
    case 'workshop.clearVotes':
      return () => (typeof args['participant'] === 'string' ? `Clear ${args['participant']}’s votes` : 'Clear votes');
    case 'workshop.promote': {
      const promoted = note('noteId');
      return (result) => `Promote${named(promoted)} to ${(result as PromoteResult)?.kpiId != null ? 'KPI' : 'objective'}`;
    }
    case 'workshop.create':
    default:
      return (result) => `Add workshop${typeof (result as Row)?.['name'] === 'string' ? ` ${quote((result as Row)['name'] as string)}` : ''}`;
  }
}
