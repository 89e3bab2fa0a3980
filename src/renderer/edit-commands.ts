/**
 * Undo and redo from the keyboard, the in-app Edit menu and the native menu, plus the native View menu's commands.
 * A text field keeps its own typing undo; everywhere else Ctrl/Cmd+Z reverses the last edit of the document.
 */
import { create } from 'zustand';
import { t } from '../shared/i18n';
import { errorMessage, type MenuCommand } from './api';
import { closedPeriodOf } from '../shared/closed-periods';
import { exportDeckFile } from './deck-export';
import { chooseLanguage } from './language';
import { isViewId } from '../shared/views';
import { useDocumentStore } from './stores/document-store';
import { useUiStore } from './stores/ui-store';
import { findView } from './views/registry';
import { openScorecardSwitcher, stepScorecard } from './scorecard-nav';

export type EditCommand = 'undo' | 'redo';

interface StatusMessage {
  /** A short word on what just happened ("Undid: Edit KPI “Total revenue”"), read out by screen readers. */
  message: string | null;
  show(message: string | null): void;
}

let clearTimer: ReturnType<typeof setTimeout> | undefined;

export const useStatusMessage = create<StatusMessage>()((set) => ({
  message: null,
  show: (message) => {
    clearTimeout(clearTimer);
    set({ message });
    // Long enough to read; it must not keep describing an undo after the user has moved on.
    if (message) clearTimer = setTimeout(() => set({ message: null }), 8000);
  },
}));

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'month']);

/** True where the browser has its own undo of typing: text inputs, text areas and editable content. */
export function inTextField(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement) return !el.readOnly && !el.disabled;
  if (el instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(el.type) && !el.readOnly && !el.disabled;
  return el instanceof HTMLElement && el.isContentEditable;
}

/** The edit command a key press asks for: Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z, and Ctrl+Y (Windows and Linux). */
export function shortcutCommand(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): EditCommand | null {
  if (e.altKey || !(e.ctrlKey || e.metaKey)) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && e.ctrlKey && !e.metaKey && !e.shiftKey) return 'redo';
  return null;
}

/** Reverses (or restores) the document's last edit and says what it was. */
export async function runHistory(command: EditCommand): Promise<void> {
  // A dialog holds its own copy of what it edits: changing the document under it would let its Save undo the undo.
  if (useUiStore.getState().dialog) return;
  const { run } = useDocumentStore.getState();
  const { show } = useStatusMessage.getState();
  try {
    if (command === 'undo') {
      const { undone } = await run('history.undo', {});
      show(undone ? t('shell:history.undid', { what: undone }) : t('shell:history.nothingToUndo'));
    } else {
      const { redone } = await run('history.redo', {});
      show(redone ? t('shell:history.redid', { what: redone }) : t('shell:history.nothingToRedo'));
    }
  } catch (err) {
    const message = errorMessage(err);
    useUiStore
      .getState()
      .showNotice(command === 'undo' ? t('shell:history.undoFailed', { message }) : t('shell:history.redoFailed', { message }));
  }
}

/** Edit ▸ Undo/Redo of the native menu: the focused text field's own undo if there is one, else the document's. */
export function editCommand(command: EditCommand): void {
  if (inTextField(document.activeElement)) {
    // Deprecated but the only way to ask the focused field for its own undo; Chromium still implements it.
    document.execCommand(command);
    return;
  }
  void runHistory(command);
}

/** File › Export PowerPoint Deck…: the deck of the scorecard and period shown; the outcome is announced. */
export async function exportShownDeck(): Promise<void> {
  const { tree, period } = useDocumentStore.getState();
  if (!tree || !period) return;
  useStatusMessage.getState().show(t('shell:deck.exporting'));
  const { outcome, message } = await exportDeckFile(tree.scorecard.id, period);
  if (outcome === 'failed') useUiStore.getState().showNotice(message);
  useStatusMessage.getState().show(outcome === 'failed' ? null : message);
}

/** Close… for the period shown, or Reopen… for the closed period it lies in. */
function openPeriodDialog(): void {
  const { period, closed, tree } = useDocumentStore.getState();
  if (!period || !tree) return;
  const closedBy = closedPeriodOf(period, closed.keys(), tree.scorecard.fiscalYearStartMonth);
  useUiStore
    .getState()
    .openDialog({ kind: 'period', action: closedBy === undefined ? 'close' : 'reopen', period: closedBy ?? period });
}

export function handleMenuCommand(event: MenuCommand): void {
  if (event.command === 'undo' || event.command === 'redo') editCommand(event.command);
  else if (event.command === 'language') void chooseLanguage(event.choice);
  else if (event.command === 'toggle-theme') useUiStore.getState().toggleTheme();
  else if (event.command === 'restore-backup') useUiStore.getState().openDialog({ kind: 'backups' });
  else if (event.command === 'close-period') openPeriodDialog();
  else if (event.command === 'new-scorecard') useUiStore.getState().openDialog({ kind: 'newScorecard' });
  else if (event.command === 'kpi-library') useUiStore.getState().openDialog({ kind: 'library' });
  else if (event.command === 'import-values') useUiStore.getState().openDialog({ kind: 'importValues' });
  else if (event.command === 'export-spreadsheet') useUiStore.getState().openDialog({ kind: 'exportSheet' });
  else if (event.command === 'export-deck') void exportShownDeck();
  else if (event.command === 'go-to-scorecard') openScorecardSwitcher();
  else if (event.command === 'previous-scorecard') stepScorecard('previous');
  else if (event.command === 'next-scorecard') stepScorecard('next');
  else if (event.command === 'parent-scorecard') stepScorecard('parent');
  else if (event.command === 'view' && isViewId(event.view) && findView(event.view).id === event.view) {
    useUiStore.getState().setView(event.view);
  }
}

/**
 * The shortcuts, for browser mode and Electron alike. Handling a key here (and preventing its default) also stops
 * Electron from running the same menu accelerator a second time: it only acts on keys the page left unhandled.
 */
export function installUndoKeys(): () => void {
  const onKey = (e: KeyboardEvent): void => {
    const command = shortcutCommand(e);
    if (!command || e.defaultPrevented || e.isComposing) return;
    if (inTextField(e.target instanceof Element ? e.target : null)) return;
    if (useUiStore.getState().dialog) return;
    e.preventDefault();
    void runHistory(command);
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
