/**
 * One BrowserWindow per open document, each with its own core Session and dispatcher.
 * Menu actions go through the same dispatcher as the renderer, so errors arrive as data.
 */
import { app, BrowserWindow, screen, type WebContents } from 'electron';
import { basename, join } from 'node:path';
import { createDispatcher } from '../core/dispatch';
import { Session } from '../core/session';
import type { DocumentInfo } from '../../shared/contract';
import { ErrorCode, type ApiError, type Result } from '../../shared/errors';
import { t } from '../../shared/i18n';
import { windowCapabilities } from './capabilities';
import { askNewPath, askOpenPath, askSaveAsPath, showDocumentError, type DocumentAction } from './dialogs';
import { devRendererUrl, isDevMode, preloadFile, rendererFile } from './security';
import type { Bounds, StateStore, WindowState } from './state';
import { samePath } from './paths';
import type { RecentDocuments } from './recent';

type Dispatch = (method: unknown, input: unknown) => Promise<Result<unknown>>;

export interface DocumentWindow {
  readonly window: BrowserWindow;
  session: Session;
  /** The main process's own calls (menus, command line, reopening): paths it got itself. */
  dispatch: Dispatch;
  /** Calls from the window's page: paths only from this window's own file dialogs. */
  fromPage: Dispatch;
}

interface OwnedSession {
  session: Session;
  dispatch: Dispatch;
  fromPage: Dispatch;
  /** Set once the window exists: the parent of the session's dialogs. */
  host: { window?: BrowserWindow };
}

function newSession(): OwnedSession {
  const session = new Session({
    mode: 'electron',
    backupDir: join(app.getPath('userData'), 'backups'),
    libraryFile: join(app.getPath('userData'), 'kpi-library.json'),
  });
  const host: OwnedSession['host'] = {};
  const capabilities = windowCapabilities(() => host.window);
  return {
    session,
    host,
    dispatch: createDispatcher(session, capabilities.main),
    fromPage: createDispatcher(session, capabilities.page),
  };
}

function documentInfo(entry: DocumentWindow): DocumentInfo | null {
  try {
    return entry.session.info();
  } catch {
    return null;
  }
}

function closeSession(session: Session): void {
  try {
    session.close();
  } catch (err) {
    console.error('Quadrant: closing a document failed:', err);
  }
}

function visibleBounds(bounds: Bounds | null): Bounds | null {
  if (!bounds) return null;
  const fits = screen.getAllDisplays().some(({ workArea: a }) => {
    const overlapX = Math.min(bounds.x + bounds.width, a.x + a.width) - Math.max(bounds.x, a.x);
    const overlapY = Math.min(bounds.y + bounds.height, a.y + a.height) - Math.max(bounds.y, a.y);
    return overlapX >= 100 && overlapY >= 50;
  });
  return fits ? bounds : null;
}

export type Placement = Partial<Pick<WindowState, 'bounds' | 'maximized' | 'fullScreen'>>;

export class WindowManager {
  private readonly entries = new Map<number, DocumentWindow>();
  private lastFocused: DocumentWindow | undefined;
  private quitting = false;

  constructor(
    private readonly state: StateStore,
    private readonly recent: RecentDocuments,
    private readonly onChange: () => void,
  ) {}

  count(): number {
    return this.entries.size;
  }

  /** The window menu actions apply to: the focused one, else the one focused last. */
  current(): DocumentWindow | undefined {
    const focused = BrowserWindow.getFocusedWindow();
    const entry = focused ? this.entries.get(focused.webContents.id) : undefined;
    if (entry) return entry;
    return this.lastFocused && !this.lastFocused.window.isDestroyed()
      ? this.lastFocused
      : this.entries.values().next().value;
  }

  /** Every window, in the order they were opened. */
  all(): DocumentWindow[] {
    return [...this.entries.values()];
  }

  byWebContents(contents: WebContents): DocumentWindow | undefined {
    return this.entries.get(contents.id);
  }

  hasDocument(entry: DocumentWindow | undefined): boolean {
    return entry ? documentInfo(entry) !== null : false;
  }

  /** The window, other than `except`, that already shows the document at `path`. */
  findByPath(path: string, except?: DocumentWindow): DocumentWindow | undefined {
    for (const entry of this.entries.values()) {
      const info = entry === except ? null : documentInfo(entry);
      if (info && samePath(info.path, path)) return entry;
    }
    return undefined;
  }

  create(placement: Placement = {}, owned = newSession()): DocumentWindow {
    const bounds = visibleBounds(placement.bounds ?? null);
    const window = new BrowserWindow({
      ...(bounds ?? { width: 1280, height: 820 }),
      minWidth: 760,
      minHeight: 520,
      show: false,
      title: 'Quadrant',
      backgroundColor: '#ffffff',
      webPreferences: {
        preload: preloadFile,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        spellcheck: false,
        devTools: isDevMode(),
      },
    });
    owned.host.window = window;
    const entry: DocumentWindow = { window, session: owned.session, dispatch: owned.dispatch, fromPage: owned.fromPage };
    const id = window.webContents.id;
    this.entries.set(id, entry);
    this.lastFocused = entry;

    window.once('ready-to-show', () => {
      if (placement.maximized) window.maximize();
      if (placement.fullScreen) window.setFullScreen(true);
      window.show();
    });
    // The title names the document; the page's <title> does not override it.
    window.on('page-title-updated', (event) => event.preventDefault());
    window.on('focus', () => {
      this.lastFocused = entry;
      this.onChange();
    });
    for (const event of [
      'resize',
      'move',
      'maximize',
      'unmaximize',
      'enter-full-screen',
      'leave-full-screen',
    ] as const) {
      window.on(event as 'resize', () => this.recordWindows());
    }
    window.on('close', () => {
      // Closing the last window keeps it in the state, so the next start reopens its document.
      if (!this.quitting && this.entries.size > 1) this.recordWindows(entry);
      else if (!this.quitting) this.recordWindows();
    });
    window.on('closed', () => {
      this.entries.delete(id);
      if (this.lastFocused === entry) this.lastFocused = undefined;
      closeSession(entry.session);
      this.onChange();
    });
    window.webContents.on('did-fail-load', (_event, code, description, url) => {
      console.error(`Quadrant: could not load ${url} (${code} ${description}).`);
      window.show();
    });
    window.webContents.on('render-process-gone', (_event, details) => {
      console.error(`Quadrant: renderer of window ${id} ended (${details.reason}).`);
    });

    const dev = devRendererUrl();
    if (dev) void window.loadURL(dev);
    else void window.loadFile(rendererFile);
    this.refresh(entry);
    return entry;
  }

  /** Title, recent documents, remembered windows and menu after the window's document changed. */
  refresh(entry: DocumentWindow, notifyRenderer = false): void {
    const info = documentInfo(entry);
    const name = info ? (info.name || basename(info.path)).replace(/\.scorecard$/i, '') : null;
    entry.window.setTitle(name ? `${name} — Quadrant` : 'Quadrant');
    if (process.platform === 'darwin') entry.window.setRepresentedFilename(info?.path ?? '');
    if (info) this.recent.add(info.path);
    if (notifyRenderer) entry.window.webContents.send('quadrant:event', { type: 'document-changed' });
    this.recordWindows();
    this.onChange();
  }

  focus(entry: DocumentWindow): void {
    if (entry.window.isMinimized()) entry.window.restore();
    entry.window.show();
    entry.window.focus();
  }

  /**
   * Opens (or creates) a document: into `target`, into the current window if it has no document,
   * or else into a new window. A failure leaves every open document as it was and says why.
   */
  async load(
    action: 'open' | 'create',
    path: string,
    placement?: Placement,
    target?: DocumentWindow,
  ): Promise<boolean> {
    const existing = this.findByPath(path);
    if (existing) {
      if (action === 'open') {
        this.focus(existing);
        return true;
      }
      await this.fail(this.current(), action, path, alreadyOpen(path));
      return false;
    }
    const method = action === 'open' ? 'document.open' : 'document.create';
    const input = action === 'open' ? { path } : { path, overwrite: true };
    const current = this.current();
    const into = target ?? (!placement && current && !this.hasDocument(current) ? current : undefined);
    if (into) {
      const result = await into.dispatch(method, input);
      if (!result.ok) return this.fail(into, action, path, result.error);
      this.refresh(into, true);
      this.focus(into);
      return true;
    }
    const owned = newSession();
    const result = await owned.dispatch(method, input);
    if (!result.ok) {
      closeSession(owned.session);
      return this.fail(current, action, path, result.error);
    }
    this.create(placement, owned);
    return true;
  }

  async openWithDialog(): Promise<void> {
    const current = this.current();
    const path = await askOpenPath(current?.window, current ? documentInfo(current)?.path : null);
    if (path) await this.load('open', path);
  }

  async newWithDialog(): Promise<void> {
    const current = this.current();
    const path = await askNewPath(current?.window, current ? documentInfo(current)?.path : null);
    if (path) await this.load('create', path);
  }

  async saveAsWithDialog(): Promise<void> {
    const entry = this.current();
    const info = entry ? documentInfo(entry) : null;
    if (!entry || !info) return;
    const path = await askSaveAsPath(entry.window, info.path);
    if (!path) return;
    if (this.findByPath(path, entry)) {
      await this.fail(entry, 'save', path, alreadyOpen(path));
      return;
    }
    const result = await entry.dispatch('document.saveAs', { path, overwrite: true });
    if (!result.ok) {
      await this.fail(entry, 'save', path, result.error);
      return;
    }
    this.refresh(entry, true);
  }

  closeCurrent(): void {
    this.current()?.window.close();
  }

  private async fail(
    entry: DocumentWindow | undefined,
    action: DocumentAction,
    path: string,
    error: ApiError,
  ): Promise<false> {
    await showDocumentError(entry?.window, action, path, error);
    return false;
  }

  /** Remembers every window (optionally without one that is closing) for the next start. */
  recordWindows(without?: DocumentWindow): void {
    if (this.quitting) return;
    const windows: WindowState[] = [];
    for (const entry of this.entries.values()) {
      if (entry === without || entry.window.isDestroyed()) continue;
      windows.push({
        path: documentInfo(entry)?.path ?? null,
        bounds: entry.window.getNormalBounds(),
        maximized: entry.window.isMaximized(),
        fullScreen: entry.window.isFullScreen(),
      });
    }
    if (windows.length > 0) this.state.update((s) => (s.windows = windows));
  }

  /** From here on, windows closing for the quit do not forget their documents. */
  beginQuit(): void {
    if (this.entries.size > 0) this.recordWindows();
    this.quitting = true;
    this.state.saveNow();
  }

  closeAllSessions(): void {
    for (const entry of this.entries.values()) closeSession(entry.session);
  }
}

export function alreadyOpen(path: string): ApiError {
  return { code: ErrorCode.CONFLICT, message: t('shell:windows.alreadyOpen', { name: basename(path) }) };
}

/** Opening a document another window shows brings that window forward instead. */
export function switchedTo(path: string): ApiError {
  return {
    code: ErrorCode.CONFLICT,
    message: t('shell:windows.switchedTo', { name: basename(path) }),
  };
}
