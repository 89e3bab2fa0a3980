/** Workshops, their notes and groups, and dot votes (docs/workshops.md). */
import type { Database } from 'better-sqlite3';
import type { Workshop, WorkshopNote, WorkshopVote } from '../../../shared/workshop';
import { Table } from './table';

export class WorkshopRepositories {
  readonly workshops: Table<Workshop>;
  readonly notes: Table<WorkshopNote>;
  readonly votes: Table<WorkshopVote>;

  constructor(db: Database) {
    this.workshops = new Table<Workshop>(db, {
      table: 'workshop',
      label: 'Workshop',
      columns: ['id', 'scorecardId', 'name', 'date', 'participants', 'dotsPerParticipant', 'votesRevealed'],
      booleans: ['votesRevealed'],
      json: ['participants'],
      orderBy: 'scorecard_id, date, id',
    });
    this.notes = new Table<WorkshopNote>(db, {
      table: 'workshop_note',
      label: 'Workshop note',
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
      orderBy: 'workshop_id, perspective_id, position, id',
    });
    this.votes = new Table<WorkshopVote>(db, {
      table: 'workshop_vote',
      label: 'Vote',
      columns: ['id', 'workshopId', 'noteId', 'participant', 'dots'],
      orderBy: 'workshop_id, note_id, participant',
    });
  }
}
