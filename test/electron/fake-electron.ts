/**
 * Just enough of Electron's main-process API to run the shell (src/main/index.ts) under vitest
 * with the real core, where the Electron binary is not available. Dialog answers are scripted.
 */
import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';

type Handler = (event: unknown, ...args: unknown[]) => unknown;

export interface FakeFrame {
  processId: number;
  routingId: number;
  parent: FakeFrame | null;
  url: string;
}

export class FakeWebContents extends EventEmitter {
  static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  readonly mainFrame: FakeFrame = { processId: 100 + this.id, routingId: 1, parent: null, url: '' };
  readonly sent: [string, unknown][] = [];
  openHandler: (() => unknown) | undefined;
  send(channel: string, payload: unknown) {
    this.sent.push([channel, payload]);
  }
  setWindowOpenHandler(handler: () => unknown) {
    this.openHandler = handler;
  }
  /** What the page was asked to run (the print view's render call). */
  readonly scripts: string[] = [];
  async executeJavaScript(code: string) {
    this.scripts.push(code);
  }
  /** The options of each printToPDF call (paper, orientation). */
  readonly printed: unknown[] = [];
  /** A stand-in PDF: enough for the shell to write and count. */
  async printToPDF(options: unknown) {
    this.printed.push(options);
    return Buffer.from('%PDF-1.7\n1 0 obj << /Type /Page >> endobj\n%%EOF\n');
  }
}

export interface ScriptedDialogs {
  open: (string | null)[];
  save: (string | null)[];
  messages: { message: string; detail?: string }[];
  /** The buttons the user presses in message boxes, in order (the first button when none is left). */
  responses: number[];
  /** What shell.openExternal was asked to open. */
  external: string[];
}

export function createFakeElectron(paths: Record<string, string>) {
  let resolveReady: () => void = () => undefined;
  const readyPromise = new Promise<void>((r) => (resolveReady = r));
  let focused: FakeBrowserWindow | null = null;
  const all: FakeBrowserWindow[] = [];
  let menuTemplate: unknown[] = [];
  const handlers = new Map<string, Handler>();
  const dialogs: ScriptedDialogs = { open: [], save: [], messages: [], responses: [], external: [] };
  const requestFilters: ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void)[] = [];
  let permissionHandler: ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void) | undefined;

  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    quitCalls: 0,
    /** The system's locale, as Chromium reports it (View ▸ Language ▸ System follows it). */
    locale: 'en-US',
    getLocale(): string {
      return this.locale;
    },
    recentDocuments: [] as string[],
    getPath: (name: string) => {
      const p = paths[name];
      if (!p) throw new Error(`fake app.getPath: no ${name}`);
      return p;
    },
    setPath: (name: string, value: string) => {
      paths[name] = value;
    },
    getAppPath: () => process.cwd(),
    getVersion: () => '0.0.0-test',
    requestSingleInstanceLock: () => true,
    enableSandbox: () => undefined,
    whenReady: () => readyPromise,
    quit: () => {
      app.quitCalls++;
    },
    /** The exit code app.exit() was called with, if it was. */
    exitCode: undefined as number | undefined,
    exit: (code = 0) => {
      app.exitCode = code;
    },
    addRecentDocument: (p: string) => app.recentDocuments.push(p),
    clearRecentDocuments: () => (app.recentDocuments = []),
  });

  class FakeBrowserWindow extends EventEmitter {
    readonly webContents = new FakeWebContents();
    title = '';
    destroyed = false;
    visible = false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      all.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    static getAllWindows = () => all.filter((w) => !w.destroyed);
    static getFocusedWindow = () => (focused && !focused.destroyed ? focused : null);
    async loadFile(file: string) {
      this.webContents.mainFrame.url = pathToFileURL(file).href;
      setImmediate(() => this.emit('ready-to-show'));
    }
    async loadURL(url: string) {
      this.webContents.mainFrame.url = url;
      setImmediate(() => this.emit('ready-to-show'));
    }
    setTitle(t: string) {
      this.title = t;
    }
    getTitle() {
      return this.title;
    }
    show() {
      this.visible = true;
    }
    focus() {
      // eslint-disable-next-line @typescript-eslint/no-this-alias -- the fake tracks the focused window like Electron does
      focused = this;
      this.emit('focus');
    }
    isMinimized = () => false;
    restore = () => undefined;
    maximize = () => undefined;
    setFullScreen = () => undefined;
    isMaximized = () => false;
    isFullScreen = () => false;
    isDestroyed = () => this.destroyed;
    setRepresentedFilename = () => undefined;
    destroy() {
      this.destroyed = true;
    }
    getNormalBounds = () => ({ x: 10, y: 20, width: 1200, height: 800 });
    close() {
      this.emit('close', { preventDefault: () => undefined });
      this.destroyed = true;
      if (focused === this) focused = null;
      this.emit('closed');
      if (FakeBrowserWindow.getAllWindows().length === 0) app.emit('window-all-closed');
    }
  }

  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: {
      handle: (channel: string, handler: Handler) => handlers.set(channel, handler),
      on: () => undefined,
    },
    dialog: {
      showOpenDialog: async () => {
        const p = dialogs.open.shift() ?? null;
        return { canceled: p === null, filePaths: p ? [p] : [] };
      },
      showSaveDialog: async () => {
        const p = dialogs.save.shift() ?? null;
        return { canceled: p === null, filePath: p ?? '' };
      },
      showMessageBox: async (...args: unknown[]) => {
        const options = args[args.length - 1] as { message: string; detail?: string };
        dialogs.messages.push({ message: options.message, detail: options.detail });
        return { response: dialogs.responses.shift() ?? 0 };
      },
      showErrorBox: (title: string, content: string) => dialogs.messages.push({ message: `${title}: ${content}` }),
    },
    shell: {
      openExternal: async (url: string) => void dialogs.external.push(url),
      openPath: async () => '',
    },
    Menu: {
      buildFromTemplate: (template: unknown[]) => ({ template }),
      setApplicationMenu: (menu: { template: unknown[] }) => {
        menuTemplate = menu.template;
      },
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: typeof permissionHandler) => (permissionHandler = h),
        setPermissionCheckHandler: () => undefined,
        setDevicePermissionHandler: () => undefined,
        webRequest: { onBeforeRequest: (f: (typeof requestFilters)[number]) => requestFilters.push(f) },
      },
    },
  };

  return {
    electron,
    app,
    windows: () => FakeBrowserWindow.getAllWindows(),
    /** Every window ever made, destroyed ones too (the hidden print window). */
    allWindows: () => [...all],
    dialogs,
    ready: () => resolveReady(),
    menu: () => menuTemplate,
    invoke: (channel: string, event: unknown, ...args: unknown[]) => {
      const h = handlers.get(channel);
      if (!h) throw new Error(`no handler for ${channel}`);
      return h(event, ...args);
    },
    /** Whether the session filter lets a request through. */
    allows: (url: string) =>
      new Promise<boolean>((resolve) => {
        const f = requestFilters[0];
        if (!f) throw new Error('no request filter installed');
        f({ url }, (r) => resolve(!r.cancel));
      }),
    permission: (name: string) =>
      new Promise<boolean>((resolve) => {
        if (!permissionHandler) throw new Error('no permission handler installed');
        permissionHandler({}, name, resolve);
      }),
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
