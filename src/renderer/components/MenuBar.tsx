/**
 * The in-app menu bar of browser mode. In Electron the native menu owns the file and edit commands, so
 * only the theme switch remains here. The File and Edit items mirror the native menu's, in the same order.
 */
import { errorMessage, isElectron } from '../api';
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
const key = (letter: string, shift = false) => ({
  shown: `${isMac ? '⌘' : 'Ctrl+'}${shift ? (isMac ? '⇧' : 'Shift+') : ''}${letter}`,
  aria: `${isMac ? 'Meta' : 'Control'}+${shift ? 'Shift+' : ''}${letter}`,
});

const TEAM_FILE_ITEMS = new Set([
  'New Scorecard…',
  'Import Values from Spreadsheet…',
  'Export to Spreadsheet…',
  'Export PowerPoint Deck…',
]);
const TEAM_EDITS = new Set(['New Scorecard…', 'Import Values from Spreadsheet…']);

function FileMenu() {
  const hasDocument = useDocumentStore((s) => s.info !== null);
  const closeDocument = useDocumentStore((s) => s.closeDocument);
  const openDialog = useUiStore((s) => s.openDialog);
  const showNotice = useUiStore((s) => s.showNotice);

  const file = (action: FileAction) => (button: HTMLButtonElement | null) =>
    openDialog({ kind: 'file', action }, button);
  const access = useTeamAccess();
  const items: MenuItemSpec[] = [
    { label: 'New…', disabled: false, run: file('new') },
    { label: 'Open…', disabled: false, run: file('open') },
    { label: 'Save As…', disabled: !hasDocument, run: file('saveAs') },
    // The same order as the native File menu (src/main/shell/menu.ts).
    { label: 'New Scorecard…', disabled: false, run: (button) => openDialog({ kind: 'newScorecard' }, button) },
    {
      label: 'Import Values from Spreadsheet…',
      disabled: !hasDocument,
      run: (button) => openDialog({ kind: 'importValues' }, button),
    },
    {
      label: 'Export to Spreadsheet…',
      disabled: !hasDocument,
      run: (button) => openDialog({ kind: 'exportSheet' }, button),
    },
    { label: 'Export PowerPoint Deck…', disabled: !hasDocument, run: () => void exportShownDeck() },
    { label: 'Restore from Backup…', disabled: false, run: (button) => openDialog({ kind: 'backups' }, button) },
    {
      label: 'Close',
      disabled: !hasDocument,
      run: () =>
        void closeDocument().catch((err: unknown) => showNotice(`Could not close the document: ${errorMessage(err)}`)),
    },
  ];
  // A team server's page has no file to open, save or restore, and offers no edit the person's role would refuse.
  const team = isTeamMode();
  const shown = team
    ? items.filter((i) => TEAM_FILE_ITEMS.has(i.label) && !(access.edit && TEAM_EDITS.has(i.label)))
    : items;
  return <DropdownMenu label="File" items={shown} />;
}

/** Undo and Redo name the edit they act on, so the user knows what a click will reverse. */
function EditMenu() {
  const history = useDocumentStore((s) => s.history);
  const openDialog = useUiStore((s) => s.openDialog);
  const items: MenuItemSpec[] = [
    {
      label: history.undoLabel ? `Undo ${history.undoLabel}` : 'Undo',
      disabled: !history.canUndo,
      shortcut: key('Z'),
      run: () => void runHistory('undo'),
    },
    {
      label: history.redoLabel ? `Redo ${history.redoLabel}` : 'Redo',
      disabled: !history.canRedo,
      shortcut: key('Z', true),
      run: () => void runHistory('redo'),
    },
    // The library is a file on this computer: a team server's page has none.
    ...(isTeamMode()
      ? []
      : [{ label: 'KPI Library…', disabled: false, run: (button: HTMLButtonElement | null) => openDialog({ kind: 'library' }, button) }]),
  ];
  return <DropdownMenu label="Edit" items={items} />;
}

/** The native View menu's scorecard items (the views themselves are the tabs). */
function ViewMenu() {
  const several = useDocumentStore((s) => s.tree !== null && s.scorecards.length > 1);
  const items: MenuItemSpec[] = [
    { label: 'Go to Scorecard…', disabled: !several, shortcut: SWITCHER_SHORTCUT, run: openScorecardSwitcher },
    { label: 'Previous Scorecard', disabled: !several, shortcut: stepShortcut('Up'), run: () => stepScorecard('previous') },
    { label: 'Next Scorecard', disabled: !several, shortcut: stepShortcut('Down'), run: () => stepScorecard('next') },
    { label: 'Parent Scorecard', disabled: !several, shortcut: stepShortcut('Left'), run: () => stepScorecard('parent') },
  ];
  return <DropdownMenu label="View" items={items} />;
}

function ThemeToggle() {
  const dark = useUiStore((s) => effectiveTheme(s) === 'dark');
  const toggle = useUiStore((s) => s.toggleTheme);
  return (
    <button
      type="button"
      className="theme-toggle quiet"
      aria-pressed={dark}
      onClick={toggle}
      title="Switch between light and dark"
    >
      <span aria-hidden="true">{dark ? '☾' : '☀'}</span> Dark theme
    </button>
  );
}

export function MenuBar() {
  const electron = isElectron();
  const fileName = useDocumentStore((s) => s.info?.name);
  const server = useTeamStore((s) => s.me?.server);
  const name = server ?? fileName;
  return (
    <nav className="menubar" aria-label="Application">
      <span className="brand" aria-hidden="true">
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
