/**
 * A real scorecard file with a workshop on it, and the checks every workshop test needs: what the document holds
 * (board, objectives, KPIs), undo and redo of one step back to exactly that, and refusals that change nothing.
 */
import { join } from 'node:path';
import { expect } from 'vitest';
import type { ApiError } from '../../src/shared/errors';
import type { Input, Method } from '../../src/shared/contract';
import type { WorkshopNote } from '../../src/shared/workshop';
import { client, tempDir } from '../helpers';

export type Api = ReturnType<typeof client>;

export interface Room {
  api: Api;
  path: string;
  workshopId: number;
  /** The scorecard's perspectives by name: Financial, Customer, Internal Process, Learning & Growth. */
  column: Record<string, number>;
  add(column: string | null, text: string): WorkshopNote;
  notes(): WorkshopNote[];
  note(id: number): WorkshopNote;
  /** Each column's loose notes and groups (and each group's members) by text, in position order. */
  layout(): Record<string, string[]>;
  /** Everything the workshop's edits can touch. */
  snapshot(): unknown;
  /** The edit happens, has this undo label, is undone to exactly the state before and redone to exactly after. */
  undoable<T>(label: string | RegExp, edit: () => T): T;
  /** The call fails, and neither the document nor the undo history has changed. */
  refused(method: Method, input: unknown): ApiError;
}

export function openRoom(participants = ['Anna', 'Ben', 'Cy'], dotsPerParticipant = 3): Room {
  const api = client();
  const path = join(tempDir('quadrant-workshop-'), 'Workshop.scorecard');
  api.call('document.create', { path, name: 'Harbour Bakery' });
  const column = Object.fromEntries(api.call('perspective.list', { scorecardId: 1 }).map((p) => [p.name, p.id]));
  const workshop = api.call('workshop.create', { scorecardId: 1, name: 'Strategy day', date: '2026-09-01', participants, dotsPerParticipant });
  const workshopId = workshop.id;
  const notes = () => api.call('workshop.get', { id: workshopId }).notes;
  const note = (id: number) => notes().find((n) => n.id === id)!;
  const snapshot = () => ({
    boards: api.call('workshop.list', { scorecardId: 1 }).map((w) => api.call('workshop.get', { id: w.id })),
    objectives: api.call('objective.list', { scorecardId: 1 }),
    kpis: api.call('kpi.list', { scorecardId: 1 }),
    document: api.call('document.export', {}),
  });
  const columnName = (id: number | null) => Object.keys(column).find((k) => column[k] === id) ?? 'Parking lot';
  const layout = () => {
    const all = notes();
    const byPosition = (a: WorkshopNote, b: WorkshopNote) => a.position - b.position;
    const out: Record<string, string[]> = {};
    for (const n of all.filter((x) => x.groupId === null).sort((a, b) => (a.perspectiveId ?? 1e9) - (b.perspectiveId ?? 1e9) || byPosition(a, b))) {
      const members = all.filter((m) => m.groupId === n.id).sort(byPosition);
      const key = columnName(n.perspectiveId);
      out[key] = [...(out[key] ?? []), n.kind === 'group' ? `${n.text} [${members.map((m) => m.text).join(', ')}]` : n.text];
    }
    return out;
  };
  return {
    api,
    path,
    workshopId,
    column,
    add: (col, text) => api.call('workshop.addNote', { workshopId, perspectiveId: col === null ? null : column[col]!, text }),
    notes,
    note,
    layout,
    snapshot,
    undoable(label, edit) {
      const before = snapshot();
      const result = edit();
      const after = snapshot();
      expect(after, 'the edit changed the document').not.toEqual(before);
      for (const board of after.boards) checkPositions(board.notes);
      const state = api.call('history.state', {});
      expect(state.undoLabel).toMatch(label);
      expect(api.call('history.undo', {}).undone).toBe(state.undoLabel);
      expect(snapshot()).toEqual(before);
      expect(api.call('history.redo', {}).redone).toBe(state.undoLabel);
      expect(snapshot()).toEqual(after);
      return result;
    },
    refused(method, input) {
      const before = snapshot();
      const label = api.call('history.state', {}).undoLabel;
      const error = api.fail(method, input as Input<typeof method>);
      expect(snapshot()).toEqual(before);
      expect(api.call('history.state', {}).undoLabel).toBe(label);
      return error;
    },
  };
}

/** Every column and every group numbers its items 0..n-1: no gaps, no two in one place. */
export function checkPositions(notes: readonly WorkshopNote[]): void {
  const places = new Map<string, number[]>();
  for (const n of notes) {
    const key = `${n.perspectiveId}/${n.groupId}`;
    places.set(key, [...(places.get(key) ?? []), n.position]);
  }
  for (const [key, positions] of places) {
    expect(positions.sort((a, b) => a - b), key).toEqual(positions.map((_, i) => i));
  }
}
