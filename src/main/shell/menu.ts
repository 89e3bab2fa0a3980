/** The application menu, rebuilt whenever the focused document or the recent list changes. */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import { homedir } from 'node:os';
import { basename, dirname } from 'node:path';
import type { MenuCommand } from '../../shared/menu-command';
import { VIEW_LIST, viewShortcut } from '../../shared/views';

export interface MenuActions {
  newDocument(): void;
  open(): void;
  openRecent(path: string): void;
  clearRecent(): void;
  saveAs(): void;
  close(): void;
  about(): void;
  /** Hands a command to the focused window's page, which knows what has focus and which view is showing. */
  command(command: MenuCommand): void;
}

export interface MenuState {
  recent: string[];
  hasWindow: boolean;
  hasDocument: boolean;
  dev: boolean;
}

const isMac = process.platform === 'darwin';

/** Windows and Linux read '&' as a mnemonic marker: "Harbour & Ember" must say so literally. */
function label(text: string): string {
  return isMac ? text : text.replace(/&/g, '&&');
}

function recentLabel(path: string): string {
  const home = homedir();
  const folder = dirname(path);
  const shown = folder.startsWith(home) ? `~${folder.slice(home.length)}` : folder;
  return label(`${basename(path)} — ${shown}`);
}

function recentMenu(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  if (state.recent.length === 0) return [{ label: 'No recent documents', enabled: false }];
  return [
    ...state.recent.map((path): MenuItemConstructorOptions => ({
      label: recentLabel(path),
      click: () => actions.openRecent(path),
    })),
    { type: 'separator' },
    { label: 'Clear Recent', click: () => actions.clearRecent() },
  ];
}

export function buildMenu(state: MenuState, actions: MenuActions): Menu {
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'New…', accelerator: 'CmdOrCtrl+N', click: () => actions.newDocument() },
      { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => actions.open() },
      { label: 'Open Recent', submenu: recentMenu(state, actions) },
      { type: 'separator' },
      {
        label: 'Save As…',
        accelerator: 'CmdOrCtrl+Shift+S',
        enabled: state.hasDocument,
        click: () => actions.saveAs(),
      },
      { type: 'separator' },
      // Scorecard-level work the page carries out: it knows the scorecard shown (and the period, for the export).
      {
        label: 'New Scorecard…',
        enabled: state.hasWindow,
        click: () => actions.command({ type: 'menu', command: 'new-scorecard' }),
      },
      {
        label: 'Import Values from Spreadsheet…',
        enabled: state.hasDocument,
        click: () => actions.command({ type: 'menu', command: 'import-values' }),
      },
      {
        label: 'Export to Spreadsheet…',
        enabled: state.hasDocument,
        click: () => actions.command({ type: 'menu', command: 'export-spreadsheet' }),
      },
      {
        // The page exports the scorecard and period it shows (docs/pptx.md).
        label: 'Export PowerPoint Deck…',
        enabled: state.hasDocument,
        click: () => actions.command({ type: 'menu', command: 'export-deck' }),
      },
      { type: 'separator' },
      {
        label: 'Restore from Backup…',
        enabled: state.hasWindow,
        click: () => actions.command({ type: 'menu', command: 'restore-backup' }),
      },
      {
        // The page knows the period shown and whether it is closed: it opens Close… or Reopen… for it.
        label: 'Close or Reopen Period…',
        enabled: state.hasDocument,
        click: () => actions.command({ type: 'menu', command: 'close-period' }),
      },
      { type: 'separator' },
      { label: 'Close', accelerator: 'CmdOrCtrl+W', enabled: state.hasWindow, click: () => actions.close() },
      ...(isMac
        ? []
        : [{ type: 'separator' as const }, { label: 'Quit', accelerator: 'Ctrl+Q', role: 'quit' as const }]),
    ],
  };
  // Not the undo/redo roles: outside a text field they must reverse the document's last edit, not typing.
  const undo = () => actions.command({ type: 'menu', command: 'undo' });
  const redo = () => actions.command({ type: 'menu', command: 'redo' });
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { label: 'Undo', accelerator: 'CmdOrCtrl+Z', enabled: state.hasWindow, click: undo },
      { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', enabled: state.hasWindow, click: redo },
      // Windows and Linux users also expect Ctrl+Y; one visible Redo is enough.
      ...(isMac
        ? []
        : [{ label: 'Redo', accelerator: 'Ctrl+Y', visible: false, enabled: state.hasWindow, click: redo }]),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...(state.dev
        ? [{ role: 'reload' as const }, { role: 'toggleDevTools' as const }, { type: 'separator' as const }]
        : []),
      ...VIEW_LIST.map((v): MenuItemConstructorOptions => ({
        label: v.label,
        accelerator: viewShortcut(v.id) ? `CmdOrCtrl+${viewShortcut(v.id)}` : undefined,
        enabled: state.hasDocument,
        click: () => actions.command({ type: 'menu', command: 'view', view: v.id }),
      })),
      { type: 'separator' },
      // The page knows the scorecards and which one is shown: it opens the switcher or takes the step.
      {
        label: 'Go to Scorecard…',
        accelerator: 'CmdOrCtrl+Shift+O',
        enabled: state.hasDocument,
        click: () => actions.command({ type: 'menu', command: 'go-to-scorecard' }),
      },
      {
        label: 'Previous Scorecard',
        accelerator: 'CmdOrCtrl+Alt+Up',
        enabled: state.hasDocument,
        click: () => actions.command({ type: 'menu', command: 'previous-scorecard' }),
      },
      {
        label: 'Next Scorecard',
        accelerator: 'CmdOrCtrl+Alt+Down',
        enabled: state.hasDocument,
        click: () => actions.command({ type: 'menu', command: 'next-scorecard' }),
      },
      {
        label: 'Parent Scorecard',
        accelerator: 'CmdOrCtrl+Alt+Left',
        enabled: state.hasDocument,
        click: () => actions.command({ type: 'menu', command: 'parent-scorecard' }),
      },
      { type: 'separator' },
      {
        label: 'KPI Library…',
        enabled: state.hasWindow,
        click: () => actions.command({ type: 'menu', command: 'kpi-library' }),
      },
      {
        label: 'Toggle Dark Theme',
        enabled: state.hasWindow,
        click: () => actions.command({ type: 'menu', command: 'toggle-theme' }),
      },
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: '&Help',
    submenu: [{ label: 'About Quadrant', click: () => actions.about() }],
  };
  const template: MenuItemConstructorOptions[] = isMac
    ? [{ role: 'appMenu' }, file, edit, view, { role: 'windowMenu' }, help]
    : [file, edit, view, help];
  return Menu.buildFromTemplate(template);
}
