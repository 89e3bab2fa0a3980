/** A sticky note on the board: focusable (one per column in the tab order), editable in place, draggable. */
import type { DragEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopBoard, WorkshopNote } from '../../../shared/workshop';
import type { BoardItem } from '../../../shared/workshop-board';
import { NoteEditor } from './NoteEditor';
import { NoteVotes } from './NoteVotes';
import { PromotedBadge } from './PromotedBadge';

/** What every card on the board shares: the board, who is focused, edited, moved or dropped on, and the handlers. */
export interface CardEnv {
  board: WorkshopBoard;
  totals: Map<number, number>;
  tabbableId: number | null;
  editingId: number | null;
  movingId: number | null;
  dropOntoId: number | null;
  onKeyDown(e: KeyboardEvent<HTMLElement>, note: WorkshopNote): void;
  onFocusCard(note: WorkshopNote): void;
  /** The focus left the card (a move by keys ends there). */
  onBlurCard(note: WorkshopNote): void;
  onEditDone(note: WorkshopNote, text: string | null): void;
  onDragStart(e: DragEvent<HTMLElement>, note: WorkshopNote): void;
  onDragEnd(): void;
}

export function cardClass(base: string, note: WorkshopNote, env: CardEnv): string {
  return [
    base,
    env.movingId === note.id ? 'moving' : '',
    env.dropOntoId === note.id ? 'drop-onto' : '',
    note.promotedObjectiveId !== null || note.promotedKpiId !== null ? 'promoted' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The attributes that make a card focusable, keyboard-driven and draggable. */
export function cardProps(note: WorkshopNote, env: CardEnv) {
  return {
    'data-note-id': note.id,
    tabIndex: env.tabbableId === note.id ? 0 : -1,
    draggable: env.editingId !== note.id,
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => env.onKeyDown(e, note),
    onFocus: (e: React.FocusEvent<HTMLElement>) => {
      if (e.target === e.currentTarget) env.onFocusCard(note);
    },
    onBlur: (e: React.FocusEvent<HTMLElement>) => {
      if (e.target === e.currentTarget) env.onBlurCard(note);
    },
    onDragStart: (e: DragEvent<HTMLElement>) => env.onDragStart(e, note),
    onDragEnd: () => env.onDragEnd(),
  };
}

export function NoteCard({ note, env }: { note: WorkshopNote; env: CardEnv }) {
  const { t } = useTranslation('review');
  const item: BoardItem = { note, members: [], votes: env.totals.get(note.id) ?? 0 };
  return (
    <li className={cardClass('note-card', note, env)} aria-label={note.text} {...cardProps(note, env)}>
      {env.editingId === note.id ? (
        <NoteEditor text={note.text} label={t('board.editNote')} onDone={(text) => env.onEditDone(note, text)} />
      ) : (
        <p className="note-text">{note.text}</p>
      )}
      <div className="note-foot">
        <NoteVotes board={env.board} item={item} />
        <PromotedBadge note={note} />
      </div>
    </li>
  );
}
