/**
 * A long random workshop (seeded, so a failure replays): notes added, moved, grouped, merged, deleted and voted on
 * at random, refusals included. After every step the board is well formed; then undo goes back step by step to the
 * empty board and redo forward to the same final one.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { prng } from '../../src/shared/prng';
import type { WorkshopBoard } from '../../src/shared/workshop';
import { boardColumns } from '../../src/shared/workshop-board';
import { checkPositions, openRoom, type Room } from './workshop-fixture';

let room: Room;
afterEach(() => room.api.session.close());

/**
 * Groups are never nested, members sit in their group's column, dots stay within each participant's, and the board
 * as the page draws it shows every note exactly once.
 */
function checkBoard(board: WorkshopBoard, perspectives: { id: number; name: string; position: number }[]): void {
  const { notes, votes } = board;
  checkPositions(notes);
  const shown = boardColumns(perspectives, board, true).flatMap((c) => c.items.flatMap((i) => [i.note.id, ...i.members.map((m) => m.id)]));
  expect(shown.sort((a, b) => a - b)).toEqual(notes.map((n) => n.id).sort((a, b) => a - b));
  const byId = new Map(notes.map((n) => [n.id, n]));
  for (const n of notes) {
    if (n.groupId === null) continue;
    const group = byId.get(n.groupId)!;
    expect(n.kind).toBe('note');
    expect(group.kind).toBe('group');
    expect(group.groupId).toBeNull();
    expect(n.perspectiveId).toBe(group.perspectiveId);
  }
  for (const p of ['Anna', 'Ben', 'Cy']) {
    expect(votes.filter((v) => v.participant === p).reduce((s, v) => s + v.dots, 0)).toBeLessThanOrEqual(3);
  }
}

describe.each([1, 2, 3])('a random workshop (seed %i)', (seed) => {
  it('keeps the board well formed for 150 steps, undoes them all and redoes them all', () => {
    room = openRoom();
    const { api, workshopId } = room;
    const r = prng(seed);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
    const columns = [...Object.values(room.column), null];
    const perspectives = api.call('perspective.list', { scorecardId: 1 });
    const start = room.snapshot();
    let steps = 0;
    for (let i = 0; i < 150; i++) {
      const notes = room.notes();
      const any = () => (notes.length ? pick(notes).id : 1);
      const edits: (() => unknown)[] = [
        () => api.call('workshop.addNote', { workshopId, perspectiveId: pick(columns), text: `Note ${i}` }),
        () => api.call('workshop.moveNote', { id: any(), perspectiveId: pick(columns), index: Math.floor(r() * 5) }),
        () => api.call('workshop.moveNote', { id: any(), perspectiveId: null, groupId: any(), index: Math.floor(r() * 3) }),
        () => api.call('workshop.mergeNotes', { id: any(), ontoId: any() }),
        () => api.call('workshop.deleteNote', { id: any() }),
        () => api.call('workshop.updateNote', { id: any(), text: `Edited ${i}` }),
        () => api.call('workshop.vote', { workshopId, participant: pick(['Anna', 'Ben', 'Cy']), noteId: any(), delta: pick([1, -1] as const) }),
      ];
      const before = api.call('history.state', {}).undoLabel;
      const was = api.call('workshop.get', { id: workshopId });
      try {
        // Adding more often than the rest, so the board fills up.
        (r() < 0.3 ? edits[0]! : pick(edits))();
      } catch {
        expect(api.call('history.state', {}).undoLabel, `step ${i} was refused and left no undo step`).toBe(before);
      }
      const board = api.call('workshop.get', { id: workshopId });
      checkBoard(board, perspectives);
      // A move to where the note already was changes nothing and is no undo step.
      if (JSON.stringify(board) !== JSON.stringify(was)) steps++;
    }
    expect(steps).toBeGreaterThan(80);
    const end = room.snapshot();
    let undone = 0;
    while (api.call('history.state', {}).canUndo && api.call('history.undo', {}).undone?.startsWith('Add workshop') === false) undone++;
    expect(undone).toBe(steps);
    api.call('history.redo', {});
    expect(room.snapshot()).toEqual(start);
    while (api.call('history.state', {}).canRedo) api.call('history.redo', {});
    expect(room.snapshot()).toEqual(end);
  });
});
