/**
 * Quadrant's Electron entry: the thin shell around the core. Only this file and src/main/shell/
 * import `electron`; documents, handlers and SQLite live in src/main/core.
 */
import { app, dialog, Menu } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureSampleDocument } from './core/first-run';
import { setNativeBinding } from './core/native';
import { AppError, ErrorCode, type ApiError } from '../shared/errors';
import { showAbout, showDocumentError } from './shell/dialogs';
import { registerIpc } from './shell/ipc';
import { menuTemplate, type MenuActions } from './shell/menu';
import { setLocale } from '../shared/i18n';
import { localeFor, type LanguageChoice } from '../shared/i18n/languages';
import { resolveNativeBinding } from './shell/native-binding';
import { documentPathsFromArgv } from './shell/paths';
import { printJobFromArgv, runPrintJob } from './shell/print-job';
import { RecentDocuments } from './shell/recent';
import { enableGlobalSandbox, hardenAllWebContents, hardenSession, isDevMode } from './shell/security';
import { StateStore, type WindowState } from './shell/state';
import { WindowManager, type Placement } from './shell/windows';

function toApiError(err: unknown): ApiError {
  if (err instanceof AppError) return err.toData();
  return { code: ErrorCode.INTERNAL, message: err instanceof Error ? err.message : String(err) };
}

/** A menu click runs async work; its failure must be seen, not swallowed. */
function run(task: () => Promise<unknown> | void): void {
  Promise.resolve()
    .then(task)
    .catch((err: unknown) => {
      console.error(err);
      dialog.showErrorBox('Quadrant', toApiError(err).message);
    });
}

/**
 * Tests (and anyone wanting a second profile) point the app at other folders; otherwise the
 * profile folder is named after the product, not the npm package.
 */
function choosePaths(): void {
  const userData = process.env['QUADRANT_USER_DATA_DIR'];
  app.setPath('userData', userData || join(app.getPath('appData'), 'Quadrant'));
  const documents = process.env['QUADRANT_DOCUMENTS_DIR'];
  if (documents) app.setPath('documents', documents);
}

const placementOf = (w: WindowState): Placement => ({
  bounds: w.bounds,
  maximized: w.maximized,
  fullScreen: w.fullScreen,
});

async function openInitialWindows(windows: WindowManager, state: StateStore, requested: string[]): Promise<void> {
  const remembered = state.get().windows;
  if (requested.length > 0) {
    for (const path of requested) await windows.load('open', path);
  } else if (!state.get().firstRunDone) {
    const documents = app.getPath('documents');
    let sample: string | null = null;
    try {
      sample = ensureSampleDocument(documents);
    } catch (err) {
      await showDocumentError(
        undefined,
        'create',
        join(documents, 'Quadrant', 'Harbour & Ember (sample).scorecard'),
        toApiError(err),
      );
    }
    state.update((s) => {
      s.firstRunDone = true;
    });
    if (sample) await windows.load('open', sample);
  } else {
    for (const w of remembered) {
      if (w.path) await windows.load('open', w.path, placementOf(w));
      else windows.create(placementOf(w));
    }
  }
  const first = remembered[0];
  if (windows.count() === 0) windows.create(first ? placementOf(first) : {});
}

function main(): void {
  choosePaths();
  // `quadrant report` printing with Electron: print one report and exit, without joining a running Quadrant.
  const printJob = printJobFromArgv(process.argv, app.isPackaged);
  if (printJob) {
    enableGlobalSandbox();
    hardenAllWebContents();
    // The hidden window closing must not end the process before the file is written.
    app.on('window-all-closed', () => undefined);
    void app.whenReady().then(async () => {
      hardenSession();
      app.exit(await runPrintJob(printJob));
    });
    return;
  }
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  enableGlobalSandbox();
  hardenAllWebContents();
  // Before any Session exists: every database is opened with the Electron-ABI build.
  setNativeBinding(resolveNativeBinding());

  let windows: WindowManager | undefined;
  const pending = documentPathsFromArgv(process.argv, process.cwd(), app.isPackaged);

  // macOS delivers double-clicked files this way, possibly before 'ready'.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (windows) run(() => windows?.load('open', path));
    else pending.push(path);
  });

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const paths = documentPathsFromArgv(argv, workingDirectory, app.isPackaged);
    if (!windows) {
      pending.push(...paths);
      return;
    }
    const manager = windows;
    if (paths.length > 0) {
      run(async () => {
        for (const path of paths) await manager.load('open', path);
      });
      return;
    }
    const current = manager.current();
    if (current) manager.focus(current);
    else manager.create();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('before-quit', () => windows?.beginQuit());
  app.on('will-quit', () => windows?.closeAllSessions());

  void app.whenReady().then(async () => {
    hardenSession();
    const state = new StateStore(app.getPath('userData'));
    // Before the first menu and window: the native menu, dialogs and the backend speak the chosen language.
    const applyLanguage = (choice: LanguageChoice) => setLocale(localeFor(choice, app.getLocale()));
    applyLanguage(state.get().language);
    const recent = new RecentDocuments(state);
    const dev = isDevMode();
    let menuQueued = false;
    const updateMenu = () => {
      if (menuQueued) return;
      menuQueued = true;
      setImmediate(() => {
        menuQueued = false;
        const current = manager.current();
        const menuState = {
          recent: recent.list(),
          hasWindow: current !== undefined,
          hasDocument: manager.hasDocument(current),
          dev,
          language: state.get().language,
          systemLocale: app.getLocale(),
        };
        Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(menuState, actions)));
      });
    };
    const manager = new WindowManager(state, recent, updateMenu);
    const actions: MenuActions = {
      newDocument: () => run(() => manager.newWithDialog()),
      open: () => run(() => manager.openWithDialog()),
      openRecent: (path) =>
        run(async () => {
          const opened = await manager.load('open', path);
          if (!opened && !existsSync(path)) {
            recent.remove(path);
            updateMenu();
          }
        }),
      clearRecent: () => {
        recent.clear();
        updateMenu();
      },
      saveAs: () => run(() => manager.saveAsWithDialog()),
      close: () => manager.closeCurrent(),
      about: () => run(() => showAbout(manager.current()?.window)),
      command: (command) => {
        if (command.command !== 'language') {
          manager.current()?.window.webContents.send('quadrant:event', command);
          return;
        }
        // A language is the app's, not a window's: saved, the menu rebuilt in it, and every window told.
        state.update((s) => {
          s.language = command.choice;
        });
        applyLanguage(command.choice);
        updateMenu();
        for (const entry of manager.all()) entry.window.webContents.send('quadrant:event', command);
      },
    };
    windows = manager;
    registerIpc(manager);
    updateMenu();

    app.on('activate', () => {
      if (manager.count() > 0) return;
      const last = state.get().windows[0];
      if (last?.path && existsSync(last.path)) run(() => manager.load('open', last.path as string, placementOf(last)));
      else manager.create(last ? placementOf(last) : {});
    });

    await openInitialWindows(manager, state, pending.splice(0));
  });
}

main();
