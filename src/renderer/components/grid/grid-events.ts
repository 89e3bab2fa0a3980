/**
 * The grid's DOM events (keys, mouse, clipboard, focus) turned into the controller's commands. Handlers sit on the
 * grid element and find the cell from the event's target, so no cell carries handlers of its own.
 */
import type { ClipboardEvent, FocusEvent, KeyboardEvent, MouseEvent } from 'react';
import { jumpTarget, keyAction, type EditMode, type Pos } from './grid-keyboard';

export interface GridCommands {
  /** The active cell as of the last key, even if the grid has not re-rendered since. */
  pos(): Pos;
  rows: number;
  cols: number;
  /** How the active cell is being edited, or null. */
  editing(): EditMode | null;
  /** The cell being edited right now (state may lag behind the DOM within one event). */
  editingAt(): Pos | null;
  /** KPI rows a page holds, for PageUp/PageDown. */
  pageRows(): number;
  moveTo(p: Pos, extend: boolean): void;
  selectAll(): void;
  commit(dr: number, dc: number): void;
  cancel(): void;
  startEdit(at: Pos, mode: EditMode, char?: string): void;
  openNote(): void;
  clear(): void;
  /** Esc outside editing: false when there was nothing to close or collapse. */
  escape(): boolean;
  /** Ends an edit because the user went elsewhere: saves a number, keeps anything else marked wrong. */
  leaveEdit(): void;
  copy(): string;
  copied(): void;
  paste(text: string): void;
  drag(active?: boolean): boolean;
}

function cellAt(target: EventTarget): Pos | null {
  const el = (target as Element).closest?.('[data-cell]');
  const [r, c] = (el?.getAttribute('data-cell') ?? '').split(':').map(Number);
  return el && Number.isInteger(r) && Number.isInteger(c) ? { r: r!, c: c! } : null;
}

export function gridEventHandlers(cmd: GridCommands) {
  function onKeyDown(e: KeyboardEvent): void {
    const action = keyAction(e, cmd.editing());
    if (!action || !cmd.rows) return;
    const pos = cmd.pos();
    switch (action.type) {
      case 'move':
        cmd.moveTo({ r: pos.r + action.dr, c: pos.c + action.dc }, action.extend);
        break;
      case 'jump':
        cmd.moveTo(jumpTarget(pos, action.to, cmd.rows, cmd.cols), action.extend);
        break;
      case 'page':
        cmd.moveTo({ r: pos.r + action.dir * cmd.pageRows(), c: pos.c }, action.extend);
        break;
      case 'tab': {
        const c = pos.c + action.dc;
        // At the row's edge Tab leaves the grid, so the keyboard never gets stuck in it.
        if (c < 0 || c >= cmd.cols) return;
        cmd.moveTo({ r: pos.r, c }, false);
        break;
      }
      case 'commit':
        cmd.commit(action.dr, action.dc);
        break;
      case 'cancel':
        cmd.cancel();
        break;
      case 'edit':
        cmd.startEdit(pos, 'edit');
        break;
      case 'note':
        cmd.openNote();
        break;
      case 'clear':
        cmd.clear();
        break;
      case 'type':
        cmd.startEdit(pos, 'overwrite', action.char);
        break;
      case 'selectAll':
        cmd.selectAll();
        break;
      case 'escape':
        if (!cmd.escape()) return;
        break;
    }
    e.preventDefault();
  }

  return {
    onKeyDown,
    onMouseDown: (e: MouseEvent) => {
      const at = cellAt(e.target);
      if (e.button !== 0 || !at) return;
      const ed = cmd.editingAt();
      if (ed && ed.r === at.r && ed.c === at.c) return;
      if (ed) cmd.leaveEdit();
      e.preventDefault();
      cmd.drag(true);
      cmd.moveTo(at, e.shiftKey);
    },
    onMouseOver: (e: MouseEvent) => {
      const at = cellAt(e.target);
      const pos = cmd.pos();
      if (!cmd.drag() || !(e.buttons & 1) || !at || (at.r === pos.r && at.c === pos.c)) return;
      cmd.moveTo(at, true);
    },
    onDoubleClick: (e: MouseEvent) => {
      const at = cellAt(e.target);
      if (at && !cmd.editingAt()) cmd.startEdit(at, 'edit');
    },
    onCopy: (e: ClipboardEvent) => {
      if (cmd.editingAt() || !cmd.rows) return;
      e.preventDefault();
      e.clipboardData.setData('text/plain', cmd.copy());
      cmd.copied();
    },
    onCut: (e: ClipboardEvent) => {
      if (cmd.editingAt() || !cmd.rows) return;
      e.preventDefault();
      e.clipboardData.setData('text/plain', cmd.copy());
      cmd.clear();
    },
    onPaste: (e: ClipboardEvent) => {
      if (cmd.editingAt() || !cmd.rows) return;
      e.preventDefault();
      cmd.paste(e.clipboardData.getData('text/plain'));
    },
    onBlur: (e: FocusEvent) => {
      // Focus leaving the grid mid-edit (a click on the toolbar, a tab) ends the edit as a click on another cell would.
      const inside = e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget);
      if (!inside && cmd.editingAt() && e.target instanceof HTMLInputElement) cmd.leaveEdit();
    },
  };
}
