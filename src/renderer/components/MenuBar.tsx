/**
 * The in-app menu bar of browser mode. In Electron the native menu owns the file and edit commands, so
 * only the theme switch remains here. The File and Edit items mirror the native menu's, in the same order.
 */
import { useTranslation } from 'react-i18next';
import { LANGUAGE_CHOICES, LANGUAGE_NAMES, languageOf } from '../../shared/i18n/languages';
import { errorMessage, isElectron } from '../api';
import { chooseLanguage, storedLanguageChoice, systemLocale } from '../language';
import { exportShownDeck, runHistory } from '../edit-commands';
import { useDocumentStore } from '../stores/document-store';
import { effectiveTheme, useUiStore, type FileAction } from '../stores/ui-store';
import { DropdownMenu, type MenuItemSpec } from './DropdownMenu';
import { AccountMenu } from '../team/AccountMenu';
import { useTeamAccess } from '../team/access';
import { useTeamStore } from '../team/team-store';
import { isTeamMode } from '../team/transport';
import { openScorecardSwitcher, stepScorecard, stepShortcut, SWITCHER_SHORTCUT } from '../scorecard-nav';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
/** A shortcut as menus print it; key names are the keyboard's, the same in every language. */
const key = (letter: string, shift = false) => ({
  // i18n-ignore: key names
  shown: `${isMac ? '⌘' : 'Ctrl+'}${shift ? (isMac ? '⇧' : 'Shift+') : ''}${letter}`,
  // i18n-ignore: key names
  aria: `${isMac ? 'Meta' : 'Control'}+${shift ? 'Shift+' : ''}${letter}`,
});

/** What a team server's page keeps of the File menu, and which of those need the editor's role. */
const TEAM_FILE_ITEMS = new Set<FileItem>(['newScorecard', 'importValues', 'exportSpreadsheet', 'exportDeck']);
const TEAM_EDITS = new Set<FileItem>(['newScorecard', 'importValues']);
type FileItem =
  | 'new'
  | 'open'
  | 'saveAs'
  | 'newScorecard'
  | 'importValues'
  | 'exportSpreadsheet'
  | 'exportDeck'
  | 'restoreBackup'
  | 'close';

function FileMenu() {
  const { t } = useTranslation(['menu', 'shell']);
  const hasDocument = useDocumentStore((s) => s.info !== null);
  const closeDocument = useDocumentStore((s) => s.closeDocument);
  const openDialog = useUiStore((s) => s.openDialog);
  const showNotice = useUiStore((s) => s.showNotice);

  const file = (action: FileAction) => (button: HTMLButtonElement | null) =>
    openDialog({ kind: 'file', action }, button);
  const access = useTeamAccess();
  const items: (MenuItemSpec & { id: FileItem })[] = [
    { id: 'new', label: t('file.new'), disabled: false, run: file('new') },
    { id: 'open', label: t('file.open'), disabled: false, run: file('open') },
    { id: 'saveAs', label: t('file.saveAs'), disabled: !hasDocument, run: file('saveAs') },
    // The same order as the native File menu (src/main/shell/menu.ts).
    {
      id: 'newScorecard',
      label: t('file.newScorecard'),
      disabled: false,
      run: (button) => openDialog({ kind: 'newScorecard' }, button),
    },
    {
      id: 'importValues',
      label: t('file.importValues'),
      disabled: !hasDocument,
      run: (button) => openDialog({ kind: 'importValues' }, button),
    },
    {
      id: 'exportSpreadsheet',
      label: t('file.exportSpreadsheet'),
      disabled: !hasDocument,
      run: (button) => openDialog({ kind: 'exportSheet' }, button),
    },
    { id: 'exportDeck', label: t('file.exportDeck'), disabled: !hasDocument, run: () => void exportShownDeck() },
    {
      id: 'restoreBackup',
      label: t('file.restoreBackup'),
      disabled: false,
      run: (button) => openDialog({ kind: 'backups' }, button),
    },
    {
      id: 'close',
      label: t('file.close'),
      disabled: !hasDocument,
      run: () =>
        void closeDocument().catch((err: unknown) =>
          showNotice(t('shell:notice.closeFailed', { message: errorMessage(err) })),
        ),
    },
  ];
  // A team server's page has no file to open, save or restore, and offers no edit the person's role would refuse.
  const team = isTeamMode();
  const shown = team ? items.filter((i) => TEAM_FILE_ITEMS.has(i.id) && !(access.edit && TEAM_EDITS.has(i.id))) : items;
  return <DropdownMenu label={t('file.title')} items={shown} />;
}

/** Undo and Redo name the edit they act on, so the user knows what a click will reverse. */
function EditMenu() {
  const { t } = useTranslation('menu');
  const history = useDocumentStore((s) => s.history);
  const openDialog = useUiStore((s) => s.openDialog);
  const items: MenuItemSpec[] = [
    {
      label: history.undoLabel ? t('edit.undoWhat', { what: history.undoLabel }) : t('edit.undo'),
      disabled: !history.canUndo,
      shortcut: key('Z'),
      run: () => void runHistory('undo'),
    },
    {
      label: history.redoLabel ? t('edit.redoWhat', { what: history.redoLabel }) : t('edit.redo'),
      disabled: !history.canRedo,
      shortcut: key('Z', true),
      run: () => void runHistory('redo'),
    },
    // The library is a file on this computer: a team server's page has none.
    ...(isTeamMode()
      ? []
      : [
          {
            label: t('edit.kpiLibrary'),
            disabled: false,
            run: (button: HTMLButtonElement | null) => openDialog({ kind: 'library' }, button),
          },
        ]),
  ];
  return <DropdownMenu label={t('edit.title')} items={items} />;
}

/** The native View menu's scorecard items (the views themselves are the tabs), and the language. */
function ViewMenu() {
  const { t } = useTranslation('menu');
  const several = useDocumentStore((s) => s.tree !== null && s.scorecards.length > 1);
  const chosen = storedLanguageChoice();
  const language = t('view.language');
  const items: MenuItemSpec[] = [
    { label: t('view.goToScorecard'), disabled: !several, shortcut: SWITCHER_SHORTCUT, run: openScorecardSwitcher },
    {
      label: t('view.previousScorecard'),
      disabled: !several,
      // i18n-ignore: an arrow key's name
      shortcut: stepShortcut('Up'),
      run: () => stepScorecard('previous'),
    },
    {
      label: t('view.nextScorecard'),
      disabled: !several,
      // i18n-ignore: an arrow key's name
      shortcut: stepShortcut('Down'),
      run: () => stepScorecard('next'),
    },
    {
      label: t('view.parentScorecard'),
      disabled: !several,
      // i18n-ignore: an arrow key's name
      shortcut: stepShortcut('Left'),
      run: () => stepScorecard('parent'),
    },
    ...LANGUAGE_CHOICES.map(
      (choice): MenuItemSpec => ({
        label:
          choice === 'system'
            ? t('view.system', { language: LANGUAGE_NAMES[languageOf(systemLocale())] })
            : LANGUAGE_NAMES[choice],
        group: language,
        checked: choice === chosen,
        disabled: false,
        // The whole page comes back in the new language; focus returns to the View menu's button.
        run: () =>
          void chooseLanguage(choice).then(() =>
            document.querySelector<HTMLElement>('[data-menu="view"] .menu-button')?.focus(),
          ),
      }),
    ),
  ];
  return (
    <span data-menu="view" className="menu-slot">
      <DropdownMenu label={t('view.title')} items={items} />
    </span>
  );
}

function ThemeToggle() {
  const { t } = useTranslation('menu');
  const dark = useUiStore((s) => effectiveTheme(s) === 'dark');
  const toggle = useUiStore((s) => s.toggleTheme);
  return (
    <button
      type="button"
      className="theme-toggle quiet"
      aria-pressed={dark}
      onClick={toggle}
      title={t('theme.switch')}
    >
      <span aria-hidden="true">{dark ? '☾' : '☀'}</span> {t('theme.dark')}
    </button>
  );
}

export function MenuBar() {
  const { t } = useTranslation('menu');
  const electron = isElectron();
  const fileName = useDocumentStore((s) => s.info?.name);
  const server = useTeamStore((s) => s.me?.server);
  const name = server ?? fileName;
  return (
    <nav className="menubar" aria-label={t('application')}>
      <span className="brand" aria-hidden="true">
        {/* i18n-ignore: the product's name */}
        <span className="brand-mark" /> Quadrant
      </span>
      {electron ? null : (
        <>
          <FileMenu />
          <EditMenu />
          <ViewMenu />
        </>
      )}
      {name ? <span className="doc-name">{name}</span> : null}
      <span className="spacer" />
      <AccountMenu />
      <ThemeToggle />
    </nav>
  );
}
