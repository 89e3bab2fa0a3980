/**
 * The entry grid's keys, as a spreadsheet user expects them, decided without touching the DOM so the map can be
 * read (and tested) in one place. Positions are (KPI index, column index); header rows are not stops.
 */

export interface Pos {
  r: number;
  c: number;
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** 'overwrite': typing replaced the value, arrows commit and move. 'edit' (F2, double-click): arrows move the caret. */
export type EditMode = 'overwrite' | 'edit';

export type GridAction =
  | { type: 'move'; dr: number; dc: number; extend: boolean }
  | { type: 'jump'; to: 'rowStart' | 'rowEnd' | 'first' | 'last' | 'top' | 'bottom'; extend: boolean }
  | { type: 'page'; dir: 1 | -1; extend: boolean }
  /** Tab: the next cell in the row, or out of the grid at its edge. */
  | { type: 'tab'; dc: 1 | -1 }
  | { type: 'commit'; dr: number; dc: number }
  | { type: 'cancel' }
  | { type: 'edit' }
  | { type: 'note' }
  | { type: 'clear' }
  | { type: 'type'; char: string }
  | { type: 'selectAll' }
  | { type: 'escape' };

export interface KeyLike {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  isComposing?: boolean;
}

const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/** What a key does; null leaves it to the browser (and to the app's own shortcuts such as Ctrl+Z). */
export function keyAction(e: KeyLike, editing: EditMode | null): GridAction | null {
  if (e.isComposing) return null;
  const mod = e.ctrlKey || e.metaKey;
  if (editing) {
    if (e.key === 'Enter' && !e.altKey) return { type: 'commit', dr: e.shiftKey ? -1 : 1, dc: 0 };
    if (e.key === 'Tab') return { type: 'commit', dr: 0, dc: e.shiftKey ? -1 : 1 };
    if (e.key === 'Escape') return { type: 'cancel' };
    const arrow = ARROWS[e.key];
    if (arrow && editing === 'overwrite' && !mod && !e.shiftKey && !e.altKey)
      return { type: 'commit', dr: arrow[0], dc: arrow[1] };
    return null;
  }
  const arrow = ARROWS[e.key];
  if (arrow && !e.altKey) {
    if (mod) {
      const to = arrow[0] < 0 ? 'top' : arrow[0] > 0 ? 'bottom' : arrow[1] < 0 ? 'rowStart' : 'rowEnd';
      return { type: 'jump', to, extend: e.shiftKey };
    }
    return { type: 'move', dr: arrow[0], dc: arrow[1], extend: e.shiftKey };
  }
  if (e.altKey) return null;
  switch (e.key) {
    case 'Home':
      return { type: 'jump', to: mod ? 'first' : 'rowStart', extend: e.shiftKey };
    case 'End':
      return { type: 'jump', to: mod ? 'last' : 'rowEnd', extend: e.shiftKey };
    case 'PageUp':
      return { type: 'page', dir: -1, extend: e.shiftKey };
    case 'PageDown':
      return { type: 'page', dir: 1, extend: e.shiftKey };
    case 'Tab':
      return mod ? null : { type: 'tab', dc: e.shiftKey ? -1 : 1 };
    case 'Enter':
      return mod ? null : { type: 'move', dr: e.shiftKey ? -1 : 1, dc: 0, extend: false };
    case 'F2':
      return mod ? null : e.shiftKey ? { type: 'note' } : { type: 'edit' };
    case 'Delete':
    case 'Backspace':
      return mod ? null : { type: 'clear' };
    case 'Escape':
      return { type: 'escape' };
  }
  if (mod && !e.shiftKey && e.key.toLowerCase() === 'a') return { type: 'selectAll' };
  if (!mod && e.key.length === 1) return { type: 'type', char: e.key };
  return null;
}

export function clamp(p: Pos, rows: number, cols: number): Pos {
  return { r: Math.max(0, Math.min(rows - 1, p.r)), c: Math.max(0, Math.min(cols - 1, p.c)) };
}

export function rectOf(a: Pos, b: Pos): Rect {
  return { top: Math.min(a.r, b.r), bottom: Math.max(a.r, b.r), left: Math.min(a.c, b.c), right: Math.max(a.c, b.c) };
}

export function inRect(rect: Rect, r: number, c: number): boolean {
  return r >= rect.top && r <= rect.bottom && c >= rect.left && c <= rect.right;
}

export function rectSize(rect: Rect): { rows: number; cols: number } {
  return { rows: rect.bottom - rect.top + 1, cols: rect.right - rect.left + 1 };
}

/** Where a jump lands, in a grid of rows × cols. */
export function jumpTarget(
  from: Pos,
  to: Extract<GridAction, { type: 'jump' }>['to'],
  rows: number,
  cols: number,
): Pos {
  switch (to) {
    case 'rowStart':
      return { r: from.r, c: 0 };
    case 'rowEnd':
      return { r: from.r, c: cols - 1 };
    case 'top':
      return { r: 0, c: from.c };
    case 'bottom':
      return { r: rows - 1, c: from.c };
    case 'first':
      return { r: 0, c: 0 };
    case 'last':
      return { r: rows - 1, c: cols - 1 };
  }
}
