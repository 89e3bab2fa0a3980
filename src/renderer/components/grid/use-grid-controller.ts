/**
 * The entry grid's behaviour: the active cell and the selected range, editing, keys, mouse, clipboard, saving and
 * the note panel. State that async saves read after an await lives in refs, so they see the grid as it is then.
 */
import { useCallback, useEffect, useRef, useState, type Dispatch, type RefObject, type SetStateAction } from 'react';
import { ApiCallError, errorMessage } from '../../api';
import type { ScorecardTree, Status } from '../../../shared/domain';
import { editText, parseNumberInput } from '../../../shared/number-input';
import { heldScore, saveCells } from './grid-data';
import { t } from '../../../shared/i18n';
import { blockSize, copyText, planClear, planPaste, type GridAccess, type SaveItem } from './grid-edit';
import { COL_W, HEAD_H, HEIGHTS, ROWHEAD_W } from './grid-geometry';
import { clamp, rectOf, rectSize, type EditMode, type Pos, type Rect } from './grid-keyboard';
import { gridEventHandlers } from './grid-events';
import { cellKey, sentence, type CellError, type CellLookup, type GridLayout } from './grid-model';
import type { NoteTarget } from './NotePopover';

export interface Editing {
  r: number;
  c: number;
  text: string;
  mode: EditMode;
}

interface Options {
  tree: ScorecardTree;
  layout: GridLayout;
  periods: string[];
  access: GridAccess;
  offsets: number[];
  scrollerRef: RefObject<HTMLDivElement | null>;
  byCell: CellLookup;
  errors: ReadonlyMap<string, CellError>;
  setErrors: Dispatch<SetStateAction<ReadonlyMap<string, CellError>>>;
  setMessage(message: string): void;
  /** The column of the period chosen above the grid: the cursor goes there when that choice changes. */
  chosenColumn: number;
  chosenPeriod: string;
}

interface SaveOptions {
  done?: string;
  /** A single edited cell: ask for a note if it turned red. */
  prompt?: { r: number; c: number; before: Status; below: boolean };
}

function withoutRect(map: ReadonlyMap<string, CellError>, rect: Rect, access: GridAccess): Map<string, CellError> {
  const next = new Map(map);
  for (let r = rect.top; r <= rect.bottom; r++)
    for (let c = rect.left; c <= rect.right; c++) next.delete(access.cell(r, c).key);
  return next;
}

export function useGridController(o: Options) {
  const { access, setErrors, setMessage } = o;
  // The active cell and the selection's other corner. Handlers read the ref, so two keys pressed before a render
  // still move from where the first one left the cursor.
  const [cursor, setCursorState] = useState(() => ({
    active: { r: 0, c: o.chosenColumn },
    anchor: { r: 0, c: o.chosenColumn },
  }));
  const cursorRef = useRef(cursor);
  const setCursor = (active: Pos, anchor: Pos = active) => {
    cursorRef.current = { active, anchor };
    setCursorState(cursorRef.current);
  };
  const [editing, setEditingState] = useState<Editing | null>(null);
  const [note, setNote] = useState<NoteTarget | null>(null);
  const bound = (p: Pos) => clamp(p, Math.max(1, access.rows), Math.max(1, access.cols));
  const pos = bound(cursor.active);
  const anchor = bound(cursor.anchor);
  const now = () => ({ pos: bound(cursorRef.current.active), anchor: bound(cursorRef.current.anchor) });
  const rectNow = () => rectOf(now().anchor, now().pos);
  const latest = useRef(o);
  latest.current = o;
  const editingRef = useRef(editing);
  editingRef.current = editing;
  const wantFocus = useRef(false);
  const dragging = useRef(false);

  const chosen = useRef<string | null>(null);
  useEffect(() => {
    if (chosen.current === o.chosenPeriod) return;
    const first = chosen.current === null;
    chosen.current = o.chosenPeriod;
    const r = first ? 0 : cursorRef.current.active.r;
    setCursor({ r, c: o.chosenColumn });
    ensureVisible({ r, c: o.chosenColumn }, !first);
    // Only a new choice of period moves the cursor (on first show, to the top row); its row stays where it was.
  }, [o.chosenPeriod, o.chosenColumn]);

  useEffect(() => {
    const up = () => (dragging.current = false);
    window.addEventListener('mouseup', up);
    return () => window.removeEventListener('mouseup', up);
  }, []);

  const setEditing = (e: Editing | null) => {
    editingRef.current = e;
    setEditingState(e);
  };
  const setEditText = useCallback((text: string) => setEditingState((e) => (e ? { ...e, text } : e)), []);

  function ensureVisible(p: Pos, vertical = true): void {
    const el = o.scrollerRef.current;
    if (!el || !access.rows) return;
    const top = p.r === 0 ? 0 : o.offsets[o.layout.rowOfKpi[p.r] ?? 0]!;
    const bottom = (o.offsets[o.layout.rowOfKpi[p.r] ?? 0] ?? 0) + HEIGHTS.kpi;
    if (vertical && top - HEAD_H < el.scrollTop) el.scrollTop = Math.max(0, top - HEAD_H);
    else if (vertical && bottom > el.scrollTop + el.clientHeight) el.scrollTop = bottom - el.clientHeight;
    const left = ROWHEAD_W + p.c * COL_W;
    if (left < el.scrollLeft + ROWHEAD_W) el.scrollLeft = left - ROWHEAD_W;
    else if (left + COL_W > el.scrollLeft + el.clientWidth) el.scrollLeft = left + COL_W - el.clientWidth;
  }

  function moveTo(next: Pos, extend: boolean, focus = true): void {
    const p = clamp(next, access.rows, access.cols);
    setCursor(p, extend ? cursorRef.current.anchor : p);
    wantFocus.current = focus;
    ensureVisible(p);
  }

  function select(rect: Rect): void {
    setCursor({ r: rect.top, c: rect.left }, { r: rect.bottom, c: rect.right });
    wantFocus.current = true;
    ensureVisible({ r: rect.top, c: rect.left });
  }

  async function saveItems(items: SaveItem[], opts: SaveOptions = {}): Promise<void> {
    const { tree } = latest.current;
    try {
      await saveCells(items);
    } catch (err) {
      const bad = new Map<string, CellError>();
      for (const issue of err instanceof ApiCallError ? err.issues : []) {
        const item = issue.path[0] === 'items' && typeof issue.path[1] === 'number' ? items[issue.path[1]] : undefined;
        if (item) bad.set(cellKey(item.kpiId, item.period), { text: editText(item.actual), reason: issue.message });
      }
      if (bad.size) setErrors((m) => new Map([...m, ...bad]));
      setMessage(t('grid:message.nothingSaved', { reason: errorMessage(err) }));
      return;
    }
    if (opts.done) setMessage(opts.done);
    const p = opts.prompt;
    const item = items[0];
    if (!p || !item || !tree.scorecard.requireNoteOnRed) return;
    const key = cellKey(item.kpiId, item.period);
    const after = heldScore(item.kpiId, item.period)?.status;
    if (after !== 'red' || p.before === 'red' || latest.current.byCell.get(key)?.note) return;
    const kpi = latest.current.layout.kpis[p.r];
    setNote({ kpiId: item.kpiId, period: item.period, r: p.r, c: p.c, prompt: true, below: p.below, focusNonce: 0 });
    setMessage(t('grid:message.nowOffTrack', { kpi: kpi?.name ?? t('grid:message.theKpi') }));
  }

  /** Ends editing: saves a number, or leaves the text in the cell marked wrong. False when the text is not a number. */
  function commitEdit(dr: number, dc: number, focus: boolean): boolean {
    const ed = editingRef.current;
    if (!ed) return true;
    const cell = access.cell(ed.r, ed.c);
    const parsed = parseNumberInput(ed.text);
    if (!parsed.ok) {
      setErrors((m) => new Map(m).set(cell.key, { text: ed.text.trim(), reason: parsed.reason }));
      setMessage(t('grid:message.notSaved', { reason: sentence(parsed.reason) }));
      return false;
    }
    setEditing(null);
    if (o.errors.has(cell.key))
      setErrors((m) => withoutRect(m, { top: ed.r, bottom: ed.r, left: ed.c, right: ed.c }, access));
    moveTo({ r: ed.r + dr, c: ed.c + dc }, false, focus);
    if (parsed.value !== cell.actual) {
      const prompt = { r: ed.r, c: ed.c, before: cell.status, below: dc !== 0 };
      void saveItems([{ kpiId: cell.kpiId, period: cell.period, actual: parsed.value }], { prompt });
    }
    return true;
  }

  function leaveEdit(): void {
    if (!commitEdit(0, 0, false)) setEditing(null);
  }

  function startEdit(at: Pos, mode: EditMode, char?: string): void {
    const cell = access.cell(at.r, at.c);
    if (cell.locked) {
      setMessage(t('grid:message.notChanged', { reason: cell.readOnly }));
      return;
    }
    if (cell.readOnly) {
      setMessage(t('grid:message.cannotEnter', { kpi: access.kpi(at.r).name, reason: cell.readOnly }));
      return;
    }
    setCursor(at);
    setEditing({ r: at.r, c: at.c, mode, text: char ?? (cell.error ? cell.error.text : editText(cell.actual)) });
  }

  function clearRange(): void {
    const rect = rectNow();
    setErrors((m) => withoutRect(m, rect, access));
    const items = planClear(rect, access);
    if (items.length) void saveItems(items, { done: t('grid:message.cleared', { count: items.length }) });
    else if (access.cell(rect.top, rect.left).locked)
      setMessage(t('grid:message.notCleared', { reason: access.cell(rect.top, rect.left).readOnly }));
  }

  function pasteText(text: string): void {
    const plan = planPaste(text, rectNow(), access);
    if (!plan.ok) {
      if (plan.rect) {
        const r = plan.rect;
        setErrors((m) => new Map([...withoutRect(m, r, access), ...plan.errors]));
        select(r);
      }
      setMessage(plan.message);
      return;
    }
    setErrors((m) => withoutRect(m, plan.rect, access));
    select(plan.rect);
    if (plan.items.length === 0) return setMessage(t('grid:message.nothingToPaste'));
    const { rows, cols } = rectSize(plan.rect);
    void saveItems(plan.items, { done: t('grid:message.pasted', blockSize(rows, cols)) });
  }

  function openNote(): void {
    if (note?.prompt) return setNote({ ...note, focusNonce: note.focusNonce + 1 });
    if (!access.rows) return;
    const { pos } = now();
    const cell = access.cell(pos.r, pos.c);
    if (cell.locked) return setMessage(t('grid:message.noNote', { reason: cell.readOnly }));
    if (cell.readOnly) return setMessage(t('grid:message.notesWhere', { reason: cell.readOnly }));
    setNote({ kpiId: cell.kpiId, period: cell.period, r: pos.r, c: pos.c, prompt: false, below: false, focusNonce: 1 });
  }

  const closeNote = () => {
    setNote(null);
    wantFocus.current = true;
  };

  async function saveNote(text: string): Promise<void> {
    if (!note) return;
    const current = latest.current.access.cell(note.r, note.c);
    // The answer is applied to the document's measurements before this resolves: the mark is there when the panel goes.
    await saveCells([{ kpiId: note.kpiId, period: note.period, actual: current.actual, note: text }]);
    setMessage(text ? t('grid:message.noteSaved') : t('grid:message.noteRemoved'));
    closeNote();
  }

  const gridHandlers = gridEventHandlers({
    pos: () => now().pos,
    rows: access.rows,
    cols: access.cols,
    editing: () => editingRef.current?.mode ?? null,
    editingAt: () => editingRef.current,
    pageRows: () => Math.max(1, Math.floor(((o.scrollerRef.current?.clientHeight ?? 400) - HEAD_H) / HEIGHTS.kpi) - 1),
    moveTo,
    selectAll: () => {
      setCursor({ r: 0, c: 0 }, { r: access.rows - 1, c: access.cols - 1 });
    },
    commit: (dr, dc) => void commitEdit(dr, dc, true),
    cancel: () => {
      const ed = editingRef.current;
      setEditing(null);
      if (ed) setErrors((m) => withoutRect(m, { top: ed.r, bottom: ed.r, left: ed.c, right: ed.c }, access));
      wantFocus.current = true;
    },
    startEdit,
    openNote,
    clear: clearRange,
    escape: () => {
      const { pos, anchor } = now();
      if (note) setNote(null);
      else if (access.cell(pos.r, pos.c).error) setErrors((m) => withoutRect(m, rectOf(pos, pos), access));
      else if (anchor.r !== pos.r || anchor.c !== pos.c) setCursor(pos);
      else return false;
      return true;
    },
    leaveEdit,
    copy: () => copyText(rectNow(), access),
    copied: () => {
      const { rows, cols } = rectSize(rectNow());
      setMessage(t('grid:message.copied', blockSize(rows, cols)));
    },
    paste: pasteText,
    drag: (active) => {
      if (active !== undefined) dragging.current = active;
      return dragging.current;
    },
  });

  /** Runs after each render: moves focus to the active cell when a key or click asked for it. */
  function applyFocus(): void {
    if (!wantFocus.current || editingRef.current) return;
    wantFocus.current = false;
    o.scrollerRef.current
      ?.querySelector<HTMLElement>(`[data-cell="${pos.r}:${pos.c}"]`)
      ?.focus({ preventScroll: true });
  }

  return { pos, anchor, editing, note, setEditText, applyFocus, gridHandlers, openNote, saveNote, closeNote };
}
