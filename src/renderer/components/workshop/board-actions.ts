/**
 * The board's edits, each one call on the document's one write path (one transaction, one undo step), each said
 * aloud in the board's live region as it lands, and each refusal said where the user acted.
 */
import { t } from '../../../shared/i18n';
import { errorMessage } from '../../api';
import { useDocumentStore } from '../../stores/document-store';
import type { WorkshopBoard } from '../../../shared/workshop';
import type { BoardColumn } from '../../../shared/workshop-board';
import { locate, othersIn, placeText, quote } from './board-model';

export interface BoardFeedback {
  /** Says what happened (polite), or what went wrong (shown as an error). */
  announce(message: string, error?: boolean): void;
  /** Focus this note's card once the board shows the change. */
  focusLater(id: number): void;
}

/** What failed, as the board says it: one message each (board.failed.*). */
type Failure = 'move' | 'group' | 'delete' | 'save' | 'addDot' | 'takeBack';

const run: ReturnType<typeof useDocumentStore.getState>['run'] = (method, input) =>
  useDocumentStore.getState().run(method, input);

export function boardActions(board: WorkshopBoard, columns: readonly BoardColumn[], fb: BoardFeedback) {
  const textOf = (id: number) => board.notes.find((n) => n.id === id)?.text ?? '';
  async function attempt(what: Failure, work: () => Promise<string>): Promise<boolean> {
    try {
      fb.announce(await work());
      return true;
    } catch (err) {
      fb.announce(t(`review:board.failed.${what}`, { error: errorMessage(err) }), true);
      return false;
    }
  }
  return {
    /** Moves a note or group to a column, at `index` among the column's other loose notes and groups. */
    move: (id: number, col: number, index: number) =>
      attempt('move', async () => {
        const column = columns[col]!;
        const others = othersIn(column, id);
        // Once votes are revealed the column shows by votes: drop before the same neighbour in the kept order.
        const kept = [...others].sort((a, b) => a.note.position - b.note.position || a.note.id - b.note.id);
        const before = others[index];
        const at = before ? kept.indexOf(before) : kept.length;
        await run('workshop.moveNote', { id, perspectiveId: column.perspectiveId, groupId: null, index: at });
        const count = others.length + 1;
        fb.focusLater(id);
        return t('review:board.moved', { note: quote(textOf(id)), place: placeText(column.title, index + 1, count) });
      }),
    /** Drops a note (or group) on another: it joins the group, or the two make a new one. */
    merge: (id: number, ontoId: number) =>
      attempt('group', async () => {
        const target = locate(columns, ontoId);
        const onto = target?.card.group?.id ?? ontoId;
        if (onto === id) throw new Error(t('review:board.selfGroup'));
        const group = await run('workshop.mergeNotes', { id, ontoId: onto });
        fb.focusLater(id);
        return t('review:board.grouped', { note: quote(textOf(id)), group: quote(group.text) });
      }),
    remove: (id: number, next: number | null) =>
      attempt('delete', async () => {
        const note = board.notes.find((n) => n.id === id);
        await run('workshop.deleteNote', { id });
        if (next !== null) fb.focusLater(next);
        return note?.kind === 'group'
          ? t('review:board.deletedGroup', { note: quote(note.text) })
          : t('review:board.deletedNote', { note: quote(textOf(id)) });
      }),
    edit: (id: number, text: string) =>
      attempt('save', async () => {
        await run('workshop.updateNote', { id, text });
        fb.focusLater(id);
        return t('review:board.saved', { note: quote(text) });
      }),
    vote: (id: number, participant: string, delta: 1 | -1) =>
      attempt(delta > 0 ? 'addDot' : 'takeBack', async () => {
        await run('workshop.vote', { workshopId: board.workshop.id, participant, noteId: id, delta });
        return t(delta > 0 ? 'review:board.dotOn' : 'review:board.dotBack', { participant, note: quote(textOf(id)) });
      }),
  };
}

export type BoardActions = ReturnType<typeof boardActions>;
