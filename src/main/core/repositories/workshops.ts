/** Workshops, their notes and groups, and dot votes (docs/workshops.md). */
import type { Workshop, WorkshopNote, WorkshopVote } from '../../../shared/workshop';
import type { Engine } from '../db/engine';
import { slot } from '../db/prepared';
import { Table } from './table';

export class WorkshopRepositories {
  readonly workshops: Table<Workshop, 'workshop'>;
  readonly notes: Table<WorkshopNote, 'workshop_note'>;
  readonly votes: Table<WorkshopVote, 'workshop_vote'>;

  constructor(engine: Engine) {
    this.workshops = new Table<Workshop, 'workshop'>(engine, {
      table: 'workshop',
      label: 'workshop',
      columns: ['id', 'scorecardId', 'name', 'date', 'participants', 'dotsPerParticipant', 'votesRevealed'],
      booleans: ['votesRevealed'],
      json: ['participants'],
      orderBy: ['scorecard_id', 'date', 'id'],
    });
    this.notes = new Table<WorkshopNote, 'workshop_note'>(engine, {
      table: 'workshop_note',
      label: 'workshopNote',
      columns: [
        'id',
        'workshopId',
        'kind',
        'perspectiveId',
        'groupId',
        'text',
        'position',
        'promotedObjectiveId',
        'promotedKpiId',
      ],
      orderBy: ['workshop_id', { column: 'perspective_id', nullsFirst: true }, 'position', 'id'],
    });
    this.votes = new Table<WorkshopVote, 'workshop_vote'>(engine, {
      table: 'workshop_vote',
      label: 'vote',
      columns: ['id', 'workshopId', 'noteId', 'participant', 'dots'],
      orderBy: ['workshop_id', 'note_id', 'participant'],
    });
  }

  /** The notes and groups in a perspective's column that belong to no group, in board order. */
  ungroupedNotesOf(perspectiveId: number): WorkshopNote[] {
    return this.notes.where(
      'ungroupedOfPerspective',
      (eb) => eb.and([eb('t.perspective_id', '=', slot(0)), eb('t.group_id', 'is', null)]),
      [perspectiveId],
    );
  }
}
