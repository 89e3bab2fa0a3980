/**
 * The board by mouse (HTML5 drag and drop): dropped in a column's gap a note or group moves there; dropped on a
 * note or group it is grouped with it. While dragging, the gap shows as a line and the card as outlined.
 */
import { useRef, useState, type DragEvent } from 'react';
import type { WorkshopNote } from '../../../shared/workshop';
import type { BoardColumn } from '../../../shared/workshop-board';
import type { BoardActions } from './board-actions';
import { locate } from './board-model';

const MIME = 'application/x-quadrant-note';

type Target = { col: number; index: number; ontoId: null } | { col: number; index: null; ontoId: number };

/** Over a card's middle the drop groups; near its top or bottom edge (and between cards) it moves. */
const EDGE = 0.22;

function targetOf(e: DragEvent<HTMLElement>, col: number, dragId: number): Target {
  const list = e.currentTarget;
  const dragged = list.ownerDocument.querySelector(`[data-note-id="${dragId}"]`);
  const card = (e.target as Element).closest<HTMLElement>('[data-note-id]');
  if (card && list.contains(card) && !dragged?.contains(card)) {
    const r = card.getBoundingClientRect();
    const y = (e.clientY - r.top) / Math.max(1, r.height);
    if (y > EDGE && y < 1 - EDGE) return { col, index: null, ontoId: Number(card.dataset.noteId) };
  }
  const items = [...list.querySelectorAll<HTMLElement>(':scope > [data-note-id]')].filter((el) => el !== dragged);
  const index = items.filter((el) => {
    const r = el.getBoundingClientRect();
    return r.top + r.height / 2 < e.clientY;
  }).length;
  return { col, index, ontoId: null };
}

/** A loose note or group dropped back where it stands: nothing to do (and nothing to undo). */
function droppedInPlace(columns: readonly BoardColumn[], id: number, col: number, index: number): boolean {
  const at = locate(columns, id);
  return at !== null && at.card.group === null && at.col === col && at.card.itemIndex === index;
}

export function useBoardDrag(columns: readonly BoardColumn[], actions: BoardActions) {
  const dragId = useRef<number | null>(null);
  const [dragging, setDragging] = useState<number | null>(null);
  const [target, setTarget] = useState<Target | null>(null);
  const end = () => {
    dragId.current = null;
    setDragging(null);
    setTarget(null);
  };
  return {
    dragging,
    dropOntoId: target?.ontoId ?? null,
    markerFor: (col: number) => (target && target.col === col && target.index !== null ? target.index : null),
    onDragStart(e: DragEvent<HTMLElement>, note: WorkshopNote) {
      e.stopPropagation();
      dragId.current = note.id;
      e.dataTransfer.effectAllowed = 'move';
      // Only our own type: with text/plain a drop on a column's entry field would type the note into it.
      e.dataTransfer.setData(MIME, String(note.id));
      // The card stays as it is under the pointer's ghost; it fades once the drag has begun.
      requestAnimationFrame(() => setDragging(note.id));
    },
    onDragEnd: end,
    onDragOver(e: DragEvent<HTMLElement>, col: number) {
      if (dragId.current === null) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'move';
      const t = targetOf(e, col, dragId.current);
      setTarget((old) => (old && old.col === t.col && old.index === t.index && old.ontoId === t.ontoId ? old : t));
    },
    onDrop(e: DragEvent<HTMLElement>, col: number) {
      const id = dragId.current;
      if (id === null) return;
      e.preventDefault();
      const t = targetOf(e, col, id);
      end();
      if (t.ontoId !== null) void actions.merge(id, t.ontoId);
      else if (!droppedInPlace(columns, id, col, t.index)) void actions.move(id, col, t.index);
    },
  };
}
