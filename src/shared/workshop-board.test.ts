import { describe, expect, it } from 'vitest';
import type { WorkshopBoard, WorkshopNote, WorkshopVote } from './workshop';
import { boardColumns, dotsOf, PARKING_LOT, voteTotals } from './workshop-board';

// Two perspectives given out of order, a third deleted since (id 9): its notes must show in the parking lot.
const perspectives = [
  { id: 2, name: 'Customer', position: 1 },
  { id: 1, name: 'Financial', position: 0 },
];

let nextId = 1;
const note = (perspectiveId: number | null, text: string, position: number, over: Partial<WorkshopNote> = {}): WorkshopNote => ({
  id: nextId++,
  workshopId: 1,
  kind: 'note',
  perspectiveId,
  groupId: null,
  text,
  position,
  promotedObjectiveId: null,
  promotedKpiId: null,
  ...over,
});
const vote = (noteId: number, participant: string, dots: number): WorkshopVote => ({ id: nextId++, workshopId: 1, noteId, participant, dots });

const revenue = note(1, 'More revenue', 1);
const margin = note(1, 'Better margin', 0);
const service = note(2, 'Service', 0, { kind: 'group' });
const quotes = note(2, 'Faster quotes', 1, { groupId: service.id });
const staff = note(2, 'Friendly staff', 0, { groupId: service.id });
const app = note(2, 'An app', 1);
const later = note(null, 'Ask IT later', 0);
const stranded = note(9, 'From a deleted perspective', 0);
const board: WorkshopBoard = {
  workshop: { id: 1, scorecardId: 1, name: 'Kick-off', date: '2026-09-01', participants: ['Anna', 'Ben', 'Cy'], dotsPerParticipant: 3, votesRevealed: false },
  // Shuffled: the board must not depend on the order the rows come in.
  notes: [app, quotes, later, revenue, staff, stranded, service, margin],
  votes: [vote(app.id, 'Anna', 2), vote(service.id, 'Ben', 1), vote(app.id, 'Cy', 1), vote(quotes.id, 'Anna', 1), vote(revenue.id, 'Ben', 2)],
};
const texts = (columns: ReturnType<typeof boardColumns>) =>
  columns.map((c) => [c.title, c.items.map((i) => (i.members.length ? `${i.note.text} [${i.members.map((m) => m.text).join(', ')}]` : i.note.text))]);

describe('the board', () => {
  it('has a column per perspective in the scorecard order, then the parking lot with stranded notes', () => {
    const columns = boardColumns(perspectives, board, false);
    expect(columns.map((c) => c.perspectiveId)).toEqual([1, 2, null]);
    expect(texts(columns)).toEqual([
      ['Financial', ['Better margin', 'More revenue']],
      ['Customer', ['Service [Friendly staff, Faster quotes]', 'An app']],
      [PARKING_LOT, ['Ask IT later', 'From a deleted perspective']],
    ]);
  });

  it('counts a group its own dots, not its members’', () => {
    const customer = boardColumns(perspectives, board, false)[1]!;
    expect(customer.items.map((i) => [i.note.text, i.votes])).toEqual([
      ['Service', 1],
      ['An app', 3],
    ]);
  });

  it('sorts by votes once revealed, most first, ties in board order, members in their own order', () => {
    const columns = boardColumns(perspectives, board, true);
    expect(texts(columns)).toEqual([
      ['Financial', ['More revenue', 'Better margin']],
      ['Customer', ['An app', 'Service [Friendly staff, Faster quotes]']],
      [PARKING_LOT, ['Ask IT later', 'From a deleted perspective']],
    ]);
  });

  it('shows an empty board as empty columns', () => {
    const columns = boardColumns(perspectives, { ...board, notes: [], votes: [] }, true);
    expect(columns.map((c) => [c.title, c.items.length])).toEqual([
      ['Financial', 0],
      ['Customer', 0],
      [PARKING_LOT, 0],
    ]);
  });
});

describe('votes', () => {
  it('adds up every participant’s dots per note', () => {
    const totals = voteTotals(board.votes);
    expect(totals.get(app.id)).toBe(3);
    expect(totals.get(service.id)).toBe(1);
    expect(totals.get(margin.id)).toBeUndefined();
  });

  it('tells a participant how many dots are placed and left, never below zero', () => {
    expect(dotsOf(board, 'Anna')).toEqual({ used: 3, left: 0 });
    expect(dotsOf(board, 'Ben')).toEqual({ used: 3, left: 0 });
    expect(dotsOf(board, 'Cy')).toEqual({ used: 1, left: 2 });
    expect(dotsOf({ ...board, workshop: { ...board.workshop, dotsPerParticipant: 2 } }, 'Anna')).toEqual({ used: 3, left: 0 });
    expect(dotsOf(board, 'Nobody')).toEqual({ used: 0, left: 3 });
  });
});
