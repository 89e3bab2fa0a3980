/**
 * The workshop board on a real file (docs/workshops.md): notes typed into columns, moved, grouped and deleted, each
 * one undo step that undo and redo take back and forth exactly; refusals that change nothing; what happens to the
 * board when a perspective goes; what survives closing the file. Votes and promotion: workshop-votes.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_NOTES_PER_WORKSHOP, MAX_PARTICIPANTS, MAX_WORKSHOPS_PER_SCORECARD } from '../../src/shared/workshop';
import { client } from '../helpers';
import { checkPositions, openRoom, type Room } from './workshop-fixture';

let room: Room;
afterEach(() => room.api.session.close());

describe('a workshop and its notes', () => {
  it('is created with three dots each, votes hidden, and refuses what is not a workshop', () => {
    room = openRoom();
    const { api } = room;
    expect(api.call('workshop.list', { scorecardId: 1 })).toEqual([
      { id: room.workshopId, scorecardId: 1, name: 'Strategy day', date: '2026-09-01', participants: ['Anna', 'Ben', 'Cy'], dotsPerParticipant: 3, votesRevealed: false },
    ]);
    const bad = { scorecardId: 1, name: 'Again', date: '2026-09-31', participants: ['Anna', 'anna'], dotsPerParticipant: 21 };
    const error = room.refused('workshop.create', bad);
    expect(error.code).toBe('VALIDATION');
    expect(error.issues?.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['date', 'is not a real calendar date'],
      ['participants', 'each participant needs a different name'],
      ['dotsPerParticipant', 'must be at most 20'],
    ]);
    expect(room.refused('workshop.create', { scorecardId: 99, name: 'Elsewhere', date: '2026-09-01' }).code).toBe('NOT_FOUND');
    room.undoable('Add workshop “Follow-up”', () => api.call('workshop.create', { scorecardId: 1, name: 'Follow-up', date: '2026-10-01' }));
    room.undoable('Edit workshop “Strategy day, part 1”', () => api.call('workshop.update', { id: room.workshopId, name: 'Strategy day, part 1' }));
    const crowd = Array.from({ length: MAX_PARTICIPANTS + 1 }, (_, i) => `Person ${i + 1}`);
    expect(room.refused('workshop.update', { id: room.workshopId, participants: crowd }).issues).toEqual([
      { path: ['participants'], message: `at most ${MAX_PARTICIPANTS} participants` },
    ]);
  });

  it('holds at most so many workshops per scorecard', () => {
    room = openRoom();
    const { repos } = room.api.session.require();
    repos.engine.transaction(() => {
      for (let i = 1; i < MAX_WORKSHOPS_PER_SCORECARD; i++) {
        repos.workshop.workshops.add({ scorecardId: 1, name: `Day ${i}`, date: '2026-01-01', participants: [], dotsPerParticipant: 3, votesRevealed: false });
      }
    });
    expect(room.refused('workshop.create', { scorecardId: 1, name: 'One too many', date: '2026-09-01' })).toMatchObject({
      code: 'CONFLICT',
      message: `A scorecard holds at most ${MAX_WORKSHOPS_PER_SCORECARD} workshops.`,
    });
  });

  it('adds notes at the end of a column or after a note, and edits them, each one undo step', () => {
    room = openRoom();
    const a = room.undoable('Add note “Win the morning rush”', () => room.add('Customer', 'Win the morning rush'));
    const c = room.add('Customer', 'Faster quotes');
    room.undoable('Add note “Friendly staff”', () =>
      room.api.call('workshop.addNote', { workshopId: room.workshopId, perspectiveId: room.column['Customer']!, text: 'Friendly staff', afterId: a.id }),
    );
    room.add(null, 'Ask IT about the till');
    // Shift+Enter in the board's field: a note may run over lines.
    room.add('Financial', 'Fewer\nwasted loaves');
    expect(room.layout()).toEqual({
      Financial: ['Fewer\nwasted loaves'],
      Customer: ['Win the morning rush', 'Friendly staff', 'Faster quotes'],
      'Parking lot': ['Ask IT about the till'],
    });
    room.undoable('Edit note “Quotes the same day”', () => room.api.call('workshop.updateNote', { id: c.id, text: 'Quotes the same day' }));
    expect(room.refused('workshop.updateNote', { id: c.id, text: '   ' }).issues).toEqual([{ path: ['text'], message: 'is required' }]);
    expect(room.refused('workshop.updateNote', { id: c.id, text: 'x'.repeat(501) }).issues?.[0]?.message).toBe('must be at most 500 characters');
    expect(room.refused('workshop.updateNote', { id: c.id, text: 'bell\u0007' }).issues?.[0]?.message).toMatch(/must not contain control characters/);
  });

  it('refuses a column of another scorecard, a group or place that is not on this board, and notes beyond the limit', () => {
    room = openRoom();
    const { api, workshopId } = room;
    const other = api.call('scorecard.create', { name: 'Roastery' });
    const foreign = api.call('perspective.list', { scorecardId: other.id })[0]!.id;
    expect(room.refused('workshop.addNote', { workshopId, perspectiveId: foreign, text: 'Beans' }).issues).toEqual([
      { path: ['perspectiveId'], message: `perspective ${foreign} is not a column of this workshop's scorecard` },
    ]);
    const loose = room.add('Customer', 'Loose');
    expect(room.refused('workshop.addNote', { workshopId, perspectiveId: null, text: 'x', groupId: loose.id }).issues?.[0]?.path).toEqual(['groupId']);
    expect(room.refused('workshop.addNote', { workshopId, perspectiveId: null, text: 'x', afterId: loose.id }).issues?.[0]?.path).toEqual(['afterId']);
    const elsewhere = api.call('workshop.create', { scorecardId: other.id, name: 'Roastery day', date: '2026-09-02' });
    const theirs = api.call('workshop.addNote', { workshopId: elsewhere.id, perspectiveId: null, text: 'Theirs' });
    expect(room.refused('workshop.mergeNotes', { id: loose.id, ontoId: theirs.id }).issues?.[0]?.path).toEqual(['ontoId']);
    expect(room.refused('workshop.moveNote', { id: loose.id, perspectiveId: foreign }).code).toBe('VALIDATION');
    expect(room.refused('workshop.deleteNote', { id: 9999 })).toMatchObject({ code: 'NOT_FOUND', message: 'Workshop note 9999 does not exist.' });

    // Filled to the limit straight through the repository (thousands of calls would only be slow), then refused.
    const { repos } = api.session.require();
    repos.engine.transaction(() => {
      for (let i = 1; i < MAX_NOTES_PER_WORKSHOP; i++) {
        repos.workshop.notes.add({ workshopId, kind: 'note', perspectiveId: null, groupId: null, text: `Idea ${i}`, position: i, promotedObjectiveId: null, promotedKpiId: null });
      }
    });
    expect(room.refused('workshop.addNote', { workshopId, perspectiveId: null, text: 'One too many' })).toMatchObject({
      code: 'CONFLICT',
      message: `A workshop holds at most ${MAX_NOTES_PER_WORKSHOP} notes.`,
    });
  });
});

describe('moving, grouping and deleting', () => {
  it('moves a note within its column, to another column and to the parking lot, keeping places contiguous', () => {
    room = openRoom();
    const [a, b, c] = ['A', 'B', 'C'].map((t) => room.add('Customer', t));
    room.add('Financial', 'F');
    room.undoable('Move note “C” to Customer', () => room.api.call('workshop.moveNote', { id: c!.id, perspectiveId: room.column['Customer']!, index: 0 }));
    expect(room.layout()['Customer']).toEqual(['C', 'A', 'B']);
    // The index is the place after the move, counted without the note: the first of three to the end is 2.
    room.api.call('workshop.moveNote', { id: c!.id, perspectiveId: room.column['Customer']!, index: 2 });
    expect(room.layout()['Customer']).toEqual(['A', 'B', 'C']);
    room.api.call('history.undo', {});
    room.undoable('Move note “A” to Financial', () => room.api.call('workshop.moveNote', { id: a!.id, perspectiveId: room.column['Financial']!, index: 0 }));
    room.undoable('Move note “B” to Parking lot', () => room.api.call('workshop.moveNote', { id: b!.id, perspectiveId: null, index: 99 }));
    expect(room.layout()).toEqual({ Financial: ['A', 'F'], Customer: ['C'], 'Parking lot': ['B'] });
  });

  it('drops a note on a loose note: a new group where the target stood, headed by its text, target first', () => {
    room = openRoom();
    const [, b] = ['A', 'B', 'C'].map((t) => room.add('Customer', t));
    const f = room.add('Financial', 'F');
    const group = room.undoable('Group “F” with “B”', () => room.api.call('workshop.mergeNotes', { id: f.id, ontoId: b!.id }));
    expect(group).toMatchObject({ kind: 'group', text: 'B', perspectiveId: room.column['Customer'], groupId: null, position: 1 });
    expect(room.layout()).toEqual({ Customer: ['A', 'B [B, F]', 'C'] });
    expect(room.note(f.id)).toMatchObject({ groupId: group.id, perspectiveId: room.column['Customer'] });
  });

  it('drops a note on a group or on one of its members: it joins at the end; with a heading of one’s own', () => {
    room = openRoom();
    const [a, b, c, d] = ['A', 'B', 'C', 'D'].map((t) => room.add('Customer', t));
    const group = room.api.call('workshop.mergeNotes', { id: b!.id, ontoId: a!.id, heading: 'Service' });
    room.undoable('Group “C” with “Service”', () => room.api.call('workshop.mergeNotes', { id: c!.id, ontoId: group.id }));
    room.undoable('Group “D” with “Service”', () => room.api.call('workshop.mergeNotes', { id: d!.id, ontoId: b!.id }));
    expect(room.layout()).toEqual({ Customer: ['Service [A, B, C, D]'] });
    expect(room.refused('workshop.mergeNotes', { id: d!.id, ontoId: group.id }).message).toBe('“D” is already in the group “Service”.');
    expect(room.refused('workshop.mergeNotes', { id: group.id, ontoId: a!.id }).message).toBe('ontoId: a note cannot be grouped with itself');
  });

  it('drops a group on a group: its members and dots join, and no empty heading is left behind', () => {
    room = openRoom();
    const { api, workshopId } = room;
    const [a, b, c, d] = ['A', 'B', 'C', 'D'].map((t) => room.add('Customer', t));
    const first = api.call('workshop.mergeNotes', { id: b!.id, ontoId: a!.id, heading: 'First' });
    const other = room.add('Financial', 'E');
    const second = api.call('workshop.mergeNotes', { id: d!.id, ontoId: c!.id, heading: 'Second' });
    api.call('workshop.moveNote', { id: second.id, perspectiveId: room.column['Financial']!, index: 0 });
    for (const g of [first, second]) api.call('workshop.vote', { workshopId, participant: 'Anna', noteId: g.id, delta: 1 });
    api.call('workshop.vote', { workshopId, participant: 'Ben', noteId: second.id, delta: 1 });
    room.undoable('Group “Second” with “First”', () => api.call('workshop.mergeNotes', { id: second.id, ontoId: first.id }));
    expect(room.layout()).toEqual({ Financial: ['E'], Customer: ['First [A, B, C, D]'] });
    expect(room.note(other.id).position).toBe(0);
    expect(api.call('workshop.get', { id: workshopId }).votes.map((v) => [v.noteId, v.participant, v.dots])).toEqual([
      [first.id, 'Anna', 2],
      [first.id, 'Ben', 1],
    ]);
  });

  it('drops a group on a loose note: the group takes its place and the note goes in first', () => {
    room = openRoom();
    const [a, b] = ['A', 'B'].map((t) => room.add('Customer', t));
    const [x, y] = ['X', 'Y'].map((t) => room.add('Financial', t));
    const group = room.api.call('workshop.mergeNotes', { id: b!.id, ontoId: a!.id, heading: 'Service' });
    room.undoable('Group “Service” with “Y”', () => room.api.call('workshop.mergeNotes', { id: group.id, ontoId: y!.id }));
    expect(room.layout()).toEqual({ Financial: ['X', 'Service [Y, A, B]'] });
    expect(room.note(x!.id).position).toBe(0);
  });

  it('moves a group with its members, a member out of its group or into another, never a group into a group', () => {
    room = openRoom();
    const { api } = room;
    const [a, b, c] = ['A', 'B', 'C'].map((t) => room.add('Customer', t));
    const group = api.call('workshop.mergeNotes', { id: b!.id, ontoId: a!.id, heading: 'G' });
    room.undoable('Move group “G” to Parking lot', () => api.call('workshop.moveNote', { id: group.id, perspectiveId: null }));
    expect(room.notes().filter((n) => n.perspectiveId === null).map((n) => n.text).sort()).toEqual(['A', 'B', 'G']);
    room.undoable('Move note “A” to Customer', () => api.call('workshop.moveNote', { id: a!.id, perspectiveId: room.column['Customer']!, index: 0 }));
    room.undoable('Move note “C” into “G”', () => api.call('workshop.moveNote', { id: c!.id, perspectiveId: null, groupId: group.id, index: 0 }));
    expect(room.layout()).toEqual({ Customer: ['A'], 'Parking lot': ['G [C, B]'] });
    // The last member leaves: the heading stays, empty, for the team to delete or fill.
    room.api.call('workshop.moveNote', { id: b!.id, perspectiveId: null });
    room.api.call('workshop.moveNote', { id: c!.id, perspectiveId: null });
    expect(room.layout()['Parking lot']).toEqual(['G []', 'B', 'C']);
    const other = api.call('workshop.mergeNotes', { id: c!.id, ontoId: b!.id, heading: 'H' });
    expect(room.refused('workshop.moveNote', { id: other.id, perspectiveId: null, groupId: group.id }).issues).toEqual([
      { path: ['groupId'], message: 'a group cannot go into another group; drop it on the group to merge the two' },
    ]);
    expect(room.refused('workshop.moveNote', { id: a!.id, perspectiveId: null, groupId: a!.id }).message).toBe(`groupId: note ${a!.id} is not a group`);
  });

  it('deletes a note, or a group whose members stay where it stood, in their order', () => {
    room = openRoom();
    const [a, b, c, d] = ['A', 'B', 'C', 'D'].map((t) => room.add('Customer', t));
    const group = room.api.call('workshop.mergeNotes', { id: c!.id, ontoId: b!.id, heading: 'G' });
    room.api.call('workshop.vote', { workshopId: room.workshopId, participant: 'Anna', noteId: c!.id, delta: 1 });
    room.undoable('Delete note “A”', () => room.api.call('workshop.deleteNote', { id: a!.id }));
    room.undoable('Delete group “G”', () => room.api.call('workshop.deleteNote', { id: group.id }));
    expect(room.layout()).toEqual({ Customer: ['B', 'C', 'D'] });
    // The dot on a member was the member's: it stays.
    expect(room.api.call('workshop.get', { id: room.workshopId }).votes.map((v) => v.noteId)).toEqual([c!.id]);
    expect(room.note(d!.id).position).toBe(2);
  });
});

describe('the board and the rest of the document', () => {
  it('puts a deleted perspective’s notes and groups in the parking lot, and undo puts them back', () => {
    room = openRoom();
    const { api } = room;
    const community = api.call('perspective.create', { scorecardId: 1, name: 'Community' });
    const [a, b] = ['A', 'B'].map((t) => api.call('workshop.addNote', { workshopId: room.workshopId, perspectiveId: community.id, text: t }));
    api.call('workshop.mergeNotes', { id: b!.id, ontoId: a!.id, heading: 'Neighbours' });
    room.add(null, 'Already parked');
    room.undoable('Delete perspective “Community”', () => api.call('perspective.delete', { id: community.id }));
    expect(room.notes().every((n) => n.perspectiveId === null)).toBe(true);
    expect(room.notes().find((n) => n.text === 'B')!.groupId).not.toBeNull();
  });

  it('goes with its workshop, and the workshops with their scorecard', () => {
    room = openRoom();
    const { api } = room;
    room.add('Customer', 'A');
    room.undoable('Delete workshop “Strategy day”', () => api.call('workshop.delete', { id: room.workshopId }));
    const { engine } = api.session.require().store;
    const count = (table: string) => engine.get<{ n: number }>({ sql: `SELECT count(*) AS n FROM ${table}`, parameters: [] })!.n;
    expect(count('workshop_note')).toBe(0);
    api.call('history.undo', {});
    api.call('scorecard.create', { name: 'Spare' });
    api.call('scorecard.delete', { id: 1 });
    expect(count('workshop')).toBe(0);
  });

  it('is all there when the file is opened again', () => {
    room = openRoom();
    const [a, b] = ['A', 'B'].map((t) => room.add('Customer', t));
    room.api.call('workshop.mergeNotes', { id: b!.id, ontoId: a!.id });
    room.api.call('workshop.vote', { workshopId: room.workshopId, participant: 'Cy', noteId: a!.id, delta: 1 });
    const board = room.api.call('workshop.get', { id: room.workshopId });
    room.api.session.close();
    const again = client();
    again.call('document.open', { path: room.path });
    expect(again.call('workshop.get', { id: room.workshopId })).toEqual(board);
    checkPositions(board.notes);
    room = { ...room, api: again };
  });
});
