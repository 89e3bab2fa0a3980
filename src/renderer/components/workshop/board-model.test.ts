import { describe, expect, it } from 'vitest';
import type { WorkshopBoard, WorkshopNote } from '../../../shared/workshop';
import { boardColumns } from '../../../shared/workshop-board';
import { flatten, locate, ordinal, othersIn, quote } from './board-model';

const note = (
  id: number,
  perspectiveId: number | null,
  position: number,
  extra: Partial<WorkshopNote> = {},
): WorkshopNote => ({
  id,
  workshopId: 1,
  kind: 'note',
  perspectiveId,
  groupId: null,
  text: `note ${id}`,
  position,
  promotedObjectiveId: null,
  promotedKpiId: null,
  ...extra,
});

const board: WorkshopBoard = {
  workshop: {
    id: 1,
    scorecardId: 1,
    name: 'W',
    date: '2026-11-27',
    participants: [],
    dotsPerParticipant: 3,
    votesRevealed: false,
  },
  notes: [
    note(1, 10, 0),
    note(2, 10, 1, { kind: 'group', text: 'Group' }),
    note(3, 10, 0, { groupId: 2 }),
    note(4, 10, 1, { groupId: 2 }),
    note(5, 10, 2),
    note(6, null, 0),
  ],
  votes: [],
};
const columns = boardColumns([{ id: 10, name: 'Customer', position: 0 }], board, false);

describe('the board as the keys walk it', () => {
  it('reads a column top to bottom, a group’s members right after it', () => {
    expect(flatten(columns[0]!).map((c) => [c.note.id, c.itemIndex, c.group?.id ?? null])).toEqual([
      [1, 0, null],
      [2, 1, null],
      [3, 1, 2],
      [4, 1, 2],
      [5, 2, null],
    ]);
  });

  it('finds a note’s column and place, in the parking lot too', () => {
    expect(locate(columns, 4)).toMatchObject({ col: 0, flat: 3, card: { group: { id: 2 } } });
    expect(locate(columns, 6)).toMatchObject({ col: 1, flat: 0 });
    expect(locate(columns, 99)).toBeNull();
  });

  it('counts the places to drop between without the note being moved', () => {
    expect(othersIn(columns[0]!, 1).map((i) => i.note.id)).toEqual([2, 5]);
    expect(othersIn(columns[1]!, 1).map((i) => i.note.id)).toEqual([6]);
  });

  it('says places and quotes notes as the announcements do', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '101st',
      '111th',
    ]);
    expect(quote('  Ask the bank\n about a loan ')).toBe('“Ask the bank about a loan”');
    expect(quote('x'.repeat(80))).toBe(`“${'x'.repeat(59)}…”`);
  });
});
