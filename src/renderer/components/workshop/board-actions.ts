/**
 * The board's edits, each one call on the document's one write path (one transaction, one undo step), each said
 * aloud in the board's live region as it lands, and each refusal said where the user acted.
 */
import { errorMessage } from '../../api';
import { useDocumentStore } from '../../stores/document-store';
import type { WorkshopBoard } from '../../../shared/workshop';
import type { BoardColumn } from '../../../shared/workshop-board';
import { locate, ordinal, othersIn, quote } from './board-model';

export interface BoardFeedback {
  /** Says what happened (polite), or what went wrong (shown as an error). */
  announce(message: string, error?: boolean): void;
  /** Focus this note's card once the board shows the change. */
  focusLater(id: number): void;
}

const run: ReturnType<typeof useDocumentStore.getState>['run'] = (method, input) =>
  useDocumentStore.getState().run(method, input);

export function boardActions(board: WorkshopBoard, columns: readonly BoardColumn[], fb: BoardFeedback) {
  const textOf = (id: number) => board.notes.find((n) => n.id === id)?.text ?? '';
  async function attempt(what: string, work: () => Promise<string>): Promise<boolean> {
    try {
      fb.announce(await work());
      return true;
    } catch (err) {
      fb.announce(`Could not ${what}: ${errorMessage(err)}`, true);
      return false;
    }
  }
  return {
    /** Moves a note or group to a column, at `index` among the column's other loose notes and groups. */
    move: (id: number, col: number, index: number) =>
      attempt('move the note', async () => {
        const column = columns[col]!;
        const others = othersIn(column, id);
        // Once votes are revealed the column shows by votes: drop before the same neighbour in the kept order.
        const kept = [...others].sort((a, b) => a.note.position - b.note.position || a.note.id - b.note.id);
        const before = others[index];
        const at = before ? kept.indexOf(before) : kept.length;
        await run('workshop.moveNote', { id, perspectiveId: column.perspectiveId, groupId: null, index: at });
        const count = others.length + 1;
        fb.focusLater(id);
        return `Moved ${quote(textOf(id))} to ${column.title}, ${ordinal(index + 1)} of ${count}`;
      }),
    /** Drops a note (or group) on another: it joins the group, or the two make a new one. */
    merge: (id: number, ontoId: number) =>
      attempt('group the notes', async () => {
        const target = locate(columns, ontoId);
        const onto = target?.card.group?.id ?? ontoId;
        if (onto === id) throw new Error('a note cannot be grouped with itself.');
        const group = await run('workshop.mergeNotes', { id, ontoId: onto });
        fb.focusLater(id);
        return `Grouped ${quote(textOf(id))} under ${quote(group.text)}`;
      }),
    remove: (id: number, next: number | null) =>
      attempt('delete the note', async () => {
        const note = board.notes.find((n) => n.id === id);
        await run('workshop.deleteNote', { id });
        if (next !== null) fb.focusLater(next);
        const what =
          note?.kind === 'group' ? `group ${quote(note.text)}; its notes stay on the board` : quote(textOf(id));
        return `Deleted ${what}. Ctrl+Z brings it back.`;
      }),
    edit: (id: number, text: string) =>
      attempt('save the note', async () => {
        await run('workshop.updateNote', { id, text });
        fb.focusLater(id);
        return `Saved ${quote(text)}`;
      }),
    vote: (id: number, participant: string, delta: 1 | -1) =>
      attempt(delta > 0 ? 'add a dot' : 'take back a dot', async () => {
        await run('workshop.vote', { workshopId: board.workshop.id, participant, noteId: id, delta });
        return `${participant}: ${delta > 0 ? 'a dot on' : 'a dot taken back from'} ${quote(textOf(id))}`;
      }),
  };
}

export type BoardActions = ReturnType<typeof boardActions>;
