import { describe, expect, it } from 'vitest';
import { jumpTarget, keyAction, rectOf, type KeyLike } from './grid-keyboard';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('keyAction, not editing', () => {
  it('moves with arrows, extends with Shift, jumps with Ctrl', () => {
    expect(keyAction(key('ArrowDown'), null)).toEqual({ type: 'move', dr: 1, dc: 0, extend: false });
    expect(keyAction(key('ArrowLeft', { shiftKey: true }), null)).toEqual({
      type: 'move',
      dr: 0,
      dc: -1,
      extend: true,
    });
    expect(keyAction(key('ArrowUp', { ctrlKey: true }), null)).toEqual({ type: 'jump', to: 'top', extend: false });
    expect(keyAction(key('ArrowRight', { metaKey: true, shiftKey: true }), null)).toEqual({
      type: 'jump',
      to: 'rowEnd',
      extend: true,
    });
    expect(keyAction(key('Home', { ctrlKey: true }), null)).toEqual({ type: 'jump', to: 'first', extend: false });
    expect(keyAction(key('End'), null)).toEqual({ type: 'jump', to: 'rowEnd', extend: false });
  });

  it('types to overwrite, F2 edits, Shift+F2 writes a note, Delete and Backspace clear', () => {
    expect(keyAction(key('7'), null)).toEqual({ type: 'type', char: '7' });
    expect(keyAction(key('-'), null)).toEqual({ type: 'type', char: '-' });
    expect(keyAction(key('F2'), null)).toEqual({ type: 'edit' });
    expect(keyAction(key('F2', { shiftKey: true }), null)).toEqual({ type: 'note' });
    expect(keyAction(key('Delete'), null)).toEqual({ type: 'clear' });
    expect(keyAction(key('Backspace'), null)).toEqual({ type: 'clear' });
  });

  it('Enter moves down (Shift+Enter up), Tab moves along the row', () => {
    expect(keyAction(key('Enter'), null)).toEqual({ type: 'move', dr: 1, dc: 0, extend: false });
    expect(keyAction(key('Enter', { shiftKey: true }), null)).toEqual({ type: 'move', dr: -1, dc: 0, extend: false });
    expect(keyAction(key('Tab'), null)).toEqual({ type: 'tab', dc: 1 });
    expect(keyAction(key('Tab', { shiftKey: true }), null)).toEqual({ type: 'tab', dc: -1 });
  });

  it('leaves the app its shortcuts: undo, redo, copy, paste, view switching', () => {
    for (const k of ['z', 'y', 'c', 'v', 'x', '2'])
      expect(keyAction(key(k, { ctrlKey: true }), null), `Ctrl+${k}`).toBeNull();
    expect(keyAction(key('z', { metaKey: true, shiftKey: true }), null)).toBeNull();
    expect(keyAction(key('a', { ctrlKey: true }), null)).toEqual({ type: 'selectAll' });
    expect(keyAction(key('ArrowDown', { altKey: true }), null)).toBeNull();
    expect(keyAction(key('1', { isComposing: true }), null)).toBeNull();
  });
});

describe('keyAction, editing', () => {
  it('commits with Enter and Tab, cancels with Escape', () => {
    expect(keyAction(key('Enter'), 'edit')).toEqual({ type: 'commit', dr: 1, dc: 0 });
    expect(keyAction(key('Enter', { shiftKey: true }), 'overwrite')).toEqual({ type: 'commit', dr: -1, dc: 0 });
    expect(keyAction(key('Tab', { shiftKey: true }), 'edit')).toEqual({ type: 'commit', dr: 0, dc: -1 });
    expect(keyAction(key('Escape'), 'edit')).toEqual({ type: 'cancel' });
  });

  it('arrows commit and move after typing over a value, but move the caret when editing in place', () => {
    expect(keyAction(key('ArrowDown'), 'overwrite')).toEqual({ type: 'commit', dr: 1, dc: 0 });
    expect(keyAction(key('ArrowLeft'), 'edit')).toBeNull();
    expect(keyAction(key('ArrowLeft', { shiftKey: true }), 'overwrite')).toBeNull();
  });

  it('leaves typing, Delete and copy and paste to the text box', () => {
    for (const k of ['5', 'Delete', 'Backspace', 'Home', 'F2']) expect(keyAction(key(k), 'edit'), k).toBeNull();
    expect(keyAction(key('v', { ctrlKey: true }), 'overwrite')).toBeNull();
  });
});

describe('ranges', () => {
  it('spans two corners in any order, and jumps land inside the grid', () => {
    expect(rectOf({ r: 4, c: 1 }, { r: 2, c: 3 })).toEqual({ top: 2, bottom: 4, left: 1, right: 3 });
    expect(jumpTarget({ r: 3, c: 2 }, 'last', 10, 8)).toEqual({ r: 9, c: 7 });
    expect(jumpTarget({ r: 3, c: 2 }, 'rowStart', 10, 8)).toEqual({ r: 3, c: 0 });
    expect(jumpTarget({ r: 3, c: 2 }, 'bottom', 10, 8)).toEqual({ r: 9, c: 2 });
  });
});
