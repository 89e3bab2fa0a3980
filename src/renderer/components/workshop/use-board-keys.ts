/**
 * The board by keyboard (docs/workshops.md): arrows go from note to note and column to column; on a note Enter or
 * F2 edits, Delete deletes, M picks it up to move (arrows choose the place, Enter drops, Escape cancels), G groups
 * it with the item above, + and − place or take back the voter's dot, P promotes. F5 presents.
 */
import type { KeyboardEvent } from 'react';
import { t } from '../../../shared/i18n';
import type { WorkshopNote } from '../../../shared/workshop';
import type { BoardColumn } from '../../../shared/workshop-board';
import type { BoardActions } from './board-actions';
import { flatten, locate, othersIn, placeText, quote } from './board-model';

export interface MoveState {
  id: number;
  col: number;
  /** Where it would drop: the index among the target column's other loose notes and groups. */
  index: number;
}

export interface BoardKeyContext {
  columns: readonly BoardColumn[];
  moving: MoveState | null;
  setMoving(m: MoveState | null): void;
  setEditing(id: number | null): void;
  voter: string | undefined;
  actions: BoardActions;
  announce(message: string): void;
  focusNote(id: number): void;
  focusEntry(col: number): void;
  promote(note: WorkshopNote, from: HTMLElement): void;
  present(): void;
}

/** Where a move starts: the note's own place (a member starts just below its group). */
function startMove(columns: readonly BoardColumn[], id: number): MoveState | null {
  const at = locate(columns, id);
  if (!at) return null;
  return { id, col: at.col, index: at.card.group ? at.card.itemIndex + 1 : at.card.itemIndex };
}

function describeSpot(columns: readonly BoardColumn[], m: MoveState): string {
  const column = columns[m.col]!;
  return placeText(column.title, m.index + 1, othersIn(column, m.id).length + 1);
}

export function handleMoveKey(e: KeyboardEvent, ctx: BoardKeyContext, m: MoveState): void {
  const { columns } = ctx;
  const next = { ...m };
  if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
    next.col = Math.min(columns.length - 1, Math.max(0, m.col + (e.key === 'ArrowLeft' ? -1 : 1)));
    next.index = Math.min(m.index, othersIn(columns[next.col]!, m.id).length);
  } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
    next.index = Math.min(
      othersIn(columns[m.col]!, m.id).length,
      Math.max(0, m.index + (e.key === 'ArrowUp' ? -1 : 1)),
    );
  } else if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    ctx.setMoving(null);
    const from = startMove(columns, m.id);
    const at = locate(columns, m.id);
    if (from && at && !at.card.group && from.col === m.col && from.index === m.index)
      ctx.announce(t('review:board.alreadyThere'));
    else void ctx.actions.move(m.id, m.col, m.index);
    return;
  } else if (e.key === 'Escape') {
    e.preventDefault();
    e.stopPropagation();
    ctx.setMoving(null);
    ctx.announce(t('review:board.moveCancelled'));
    return;
  } else if (e.key === 'Tab') {
    // Leaving the note ends the move (the card's blur cancels it).
    return;
  } else {
    e.preventDefault();
    return;
  }
  e.preventDefault();
  ctx.setMoving(next);
  ctx.announce(t('review:board.dropIn', { place: describeSpot(columns, next) }));
}

export function handleCardKey(e: KeyboardEvent<HTMLElement>, ctx: BoardKeyContext, note: WorkshopNote): void {
  if (e.target !== e.currentTarget || e.altKey || e.ctrlKey || e.metaKey) return;
  if (ctx.moving) {
    handleMoveKey(e, ctx, ctx.moving);
    return;
  }
  const { columns, actions } = ctx;
  const at = locate(columns, note.id);
  if (!at) return;
  const cards = flatten(columns[at.col]!);
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  const handled = () => e.preventDefault();
  switch (key) {
    case 'ArrowUp':
    case 'ArrowDown': {
      handled();
      const to = cards[at.flat + (key === 'ArrowUp' ? -1 : 1)];
      if (to) ctx.focusNote(to.note.id);
      else if (key === 'ArrowDown') ctx.focusEntry(at.col);
      return;
    }
    case 'ArrowLeft':
    case 'ArrowRight': {
      handled();
      const col = at.col + (key === 'ArrowLeft' ? -1 : 1);
      const column = columns[col];
      if (!column) return;
      const target = flatten(column);
      const to = target[Math.min(at.flat, target.length - 1)];
      if (to) ctx.focusNote(to.note.id);
      else ctx.focusEntry(col);
      return;
    }
    case 'Home':
    case 'End': {
      handled();
      const to = key === 'Home' ? cards[0] : cards[cards.length - 1];
      if (to) ctx.focusNote(to.note.id);
      return;
    }
    case 'Enter':
    case 'F2':
      handled();
      ctx.setEditing(note.id);
      return;
    case 'Delete':
    case 'Backspace': {
      handled();
      // Focus goes on to the next card (a group's members take its place), else the one before, else the entry.
      const next = cards[at.flat + 1] ?? cards[at.flat - 1];
      if (!next) ctx.focusEntry(at.col);
      void actions.remove(note.id, next?.note.id ?? null);
      return;
    }
    case 'm': {
      handled();
      const m = startMove(columns, note.id);
      if (!m) return;
      ctx.setMoving(m);
      ctx.announce(t('review:board.pickedUp', { note: quote(note.text) }));
      return;
    }
    case 'g': {
      handled();
      if (at.card.group)
        ctx.announce(t('review:board.alreadyGrouped', { note: quote(note.text), group: quote(at.card.group.text) }));
      else if (at.card.itemIndex === 0) ctx.announce(t('review:board.nothingAbove', { note: quote(note.text) }));
      else void actions.merge(note.id, columns[at.col]!.items[at.card.itemIndex - 1]!.note.id);
      return;
    }
    case '+':
    case '=':
    case '-':
    case '−': {
      if (!ctx.voter) return;
      handled();
      void actions.vote(note.id, ctx.voter, key === '+' || key === '=' ? 1 : -1);
      return;
    }
    case 'p':
      handled();
      ctx.promote(note, e.currentTarget);
      return;
    case 'F5':
      handled();
      ctx.present();
      return;
    default:
  }
}
