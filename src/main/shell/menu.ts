/** The application menu, rebuilt whenever the focused document or the recent list changes. */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import { homedir } from 'node:os';
import { basename, dirname } from 'node:path';

export interface MenuActions {
  newDocument(): void;
  open(): void;
  openRecent(path: string): void;
  clearRecent(): void;
  saveAs(): void;
  close(): void;
  about(): void;
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
      { label: 'Close', accelerator: 'CmdOrCtrl+W', enabled: state.hasWindow, click: () => actions.close() },
      ...(isMac
        ? []
        : [{ type: 'separator' as const }, { label: 'Quit', accelerator: 'Ctrl+Q', role: 'quit' as const }]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
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
