/**
 * The application menu, rebuilt whenever the focused document, the recent list or the language changes. The
 * template is built without Electron (menu-template's caller may be a test); only Menu.buildFromTemplate needs it.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { homedir } from 'node:os';
import { basename, dirname } from 'node:path';
import { t } from '../../shared/i18n';
import { LANGUAGE_CHOICES, LANGUAGE_NAMES, languageOf, type LanguageChoice } from '../../shared/i18n/languages';
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
  /** The language chosen in View ▸ Language, and the system's locale 'System' stands for (app.getLocale()). */
  language: LanguageChoice;
  systemLocale: string;
}

const isMac = process.platform === 'darwin';

/** "System (Deutsch)", or a language in its own words. */
export function languageLabel(choice: LanguageChoice, systemLocale: string): string {
  return choice === 'system'
    ? t('menu:view.system', { language: LANGUAGE_NAMES[languageOf(systemLocale)] })
    : LANGUAGE_NAMES[choice];
}

function languageMenu(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  return LANGUAGE_CHOICES.map((choice) => ({
    label: label(languageLabel(choice, state.systemLocale)),
    type: 'radio',
    checked: choice === state.language,
    click: () => actions.command({ type: 'menu', command: 'language', choice }),
  }));
}

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
  if (state.recent.length === 0) return [{ label: t('menu:file.noRecent'), enabled: false }];
  return [
    ...state.recent.map((path): MenuItemConstructorOptions => ({
      label: recentLabel(path),
      click: () => actions.openRecent(path),
    })),
    { type: 'separator' },
    { label: t('menu:file.clearRecent'), click: () => actions.clearRecent() },
  ];
}

/** The menu's template in the current language (shared/i18n's locale, which main sets from the choice). */
export function menuTemplate(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: t('menu:file.mnemonic'),
    submenu: [
      { label: t('menu:file.new'), accelerator: 'CmdOrCtrl+N', click: () => actions.newDocument() },
      { label: t('menu:file.open'), accelerator: 'CmdOrCtrl+O', click: () => actions.open() },
      { label: t('menu:file.openRecent'), submenu: recentMenu(state, actions) },
      { type: 'separator' },
      {
        label: t('menu:file.saveAs'),
        accelerator: 'CmdOrCtrl+Shift+S',
        enabled: state.hasDocument,
        click: () => actions.saveAs(),
      },
      { type: 'separator' },
      // Scorecard-level work the page carries out: it knows the scorecard shown (and the period, for the export).
      {
        label: t('menu:file.newScorecard'),
        enabled: state.hasWindow,
        click: () => actions.command({ type: 'menu', command: 'new-scorecard' }),
      },
      {
        label: t('menu:file.importValues'),
        enabled: state.hasDocument,
        click: () => actions.command({ type: 'menu', command: 'import-values' }),
      },
      {
        label: t('menu:file.exportSpreadsheet'),
        enabled: state.hasDocument,
        click: () => actions.command({ type: 'menu', command: 'export-spreadsheet' }),
      },
      {
        // The page exports the scorecard and period it shows (docs/pptx.md).
        label: t('menu:file.exportDeck'),
        enabled: state.hasDocument,
        click: () => actions.command({ type: 'menu', command: 'export-deck' }),
      },
      { type: 'separator' },
      {
        label: t('menu:file.restoreBackup'),
        enabled: state.hasWindow,
        click: () => actions.command({ type: 'menu', command: 'restore-backup' }),
      },
      {
        // The page knows the period shown and whether it is closed: it opens Close… or Reopen… for it.
        label: t('menu:file.closePeriod'),
        enabled: state.hasDocument,
        click: () => actions.command({ type: 'menu', command: 'close-period' }),
      },
      { type: 'separator' },
      { label: t('menu:file.close'), accelerator: 'CmdOrCtrl+W', enabled: state.hasWindow, click: () => actions.close() },
      ...(isMac
        ? []
        : [{ type: 'separator' as const }, { label: t('menu:file.quit'), accelerator: 'Ctrl+Q', role: 'quit' as const }]),
    ],
  };
  // Not the undo/redo roles: outside a text field they must reverse the document's last edit, not typing.
  const undo = () => actions.command({ type: 'menu', command: 'undo' });
  const redo = () => actions.command({ type: 'menu', command: 'redo' });
  const edit: MenuItemConstructorOptions = {
    label: t('menu:edit.mnemonic'),
    submenu: [
      { label: t('menu:edit.undo'), accelerator: 'CmdOrCtrl+Z', enabled: state.hasWindow, click: undo },
      { label: t('menu:edit.redo'), accelerator: 'CmdOrCtrl+Shift+Z', enabled: state.hasWindow, click: redo },
      // Windows and Linux users also expect Ctrl+Y; one visible Redo is enough.
      ...(isMac
        ? []
        : [{ label: t('menu:edit.redo'), accelerator: 'Ctrl+Y', visible: false, enabled: state.hasWindow, click: redo }]),
      { type: 'separator' },
      { role: 'cut', label: t('menu:edit.cut') },
      { role: 'copy', label: t('menu:edit.copy') },
      { role: 'paste', label: t('menu:edit.paste') },
      { type: 'separator' },
      { role: 'selectAll', label: t('menu:edit.selectAll') },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: t('menu:view.mnemonic'),
    submenu: [
      ...(state.dev
        ? [{ role: 'reload' as const, label: t('menu:view.reload') }, { role: 'toggleDevTools' as const, label: t('menu:view.devTools') }, { type: 'separator' as const }]
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
        label: t('menu:view.goToScorecard'),
        accelerator: 'CmdOrCtrl+Shift+O',
        enabled: state.hasDocument,
        click: () => actions.command({ type: 'menu', command: 'go-to-scorecard' }),
      },
      {
        label: t('menu:view.previousScorecard'),
        accelerator: 'CmdOrCtrl+Alt+Up',
        enabled: state.hasDocument,
        click: () => actions.command({ type: 'menu', command: 'previous-scorecard' }),
      },
      {
        label: t('menu:view.nextScorecard'),
        accelerator: 'CmdOrCtrl+Alt+Down',
        enabled: state.hasDocument,
        click: () => actions.command({ type: 'menu', command: 'next-scorecard' }),
      },
      {
        label: t('menu:view.parentScorecard'),
        accelerator: 'CmdOrCtrl+Alt+Left',
        enabled: state.hasDocument,
        click: () => actions.command({ type: 'menu', command: 'parent-scorecard' }),
      },
      { type: 'separator' },
      {
        label: t('menu:edit.kpiLibrary'),
        enabled: state.hasWindow,
        click: () => actions.command({ type: 'menu', command: 'kpi-library' }),
      },
      {
        label: t('menu:view.toggleDarkTheme'),
        enabled: state.hasWindow,
        click: () => actions.command({ type: 'menu', command: 'toggle-theme' }),
      },
      { type: 'separator' },
      { label: t('menu:view.language'), submenu: languageMenu(state, actions) },
      { type: 'separator' },
      { role: 'resetZoom', label: t('menu:view.actualSize') },
      { role: 'zoomIn', label: t('menu:view.zoomIn') },
      { role: 'zoomOut', label: t('menu:view.zoomOut') },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t('menu:view.fullScreen') },
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: t('menu:help.mnemonic'),
    submenu: [{ label: t('menu:help.about'), click: () => actions.about() }],
  };
  const template: MenuItemConstructorOptions[] = isMac
    ? [{ role: 'appMenu' }, file, edit, view, { role: 'windowMenu', label: t('menu:window') }, help]
    : [file, edit, view, help];
  return template;
}
