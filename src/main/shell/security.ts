/**
 * Everything that keeps the renderer a page without powers: sandboxed, isolated, unable to
 * navigate, open windows, ask for permissions or load anything but our own files.
 * test/electron/security.test.ts checks the built output of this file and of windows.ts (where the
 * BrowserWindow's webPreferences are written out literally); keep the literals literal.
 */
import { app, session as electronSession, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { dirname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built renderer, next to this bundle: out/main/index.js → out/renderer/index.html. */
export const rendererFile = fileURLToPath(new URL('../renderer/index.html', import.meta.url));
export const preloadFile = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));

/** Paths compared the way the file system does: case-insensitively on Windows. */
const samePlatformCase = (p: string) => (process.platform === 'win32' ? p.toLowerCase() : p);
/** A file: URL as a comparable local path; percent-encoding differences cannot fool a path compare. */
function localPath(url: URL): string | null {
  if (url.protocol !== 'file:') return null;
  try {
    return samePlatformCase(fileURLToPath(url));
  } catch {
    return null;
  }
}
const rendererPath = samePlatformCase(rendererFile);
const rendererDir = samePlatformCase(dirname(rendererFile)) + sep;

/**
 * Development is `npm run dev` only: an app not packaged, started by scripts/start.mjs --dev, which sets
 * QUADRANT_DEV=1. A packaged app never trusts the environment for this, and neither `npm start` nor a dev-server
 * address left in someone's shell turns development on.
 */
export function isDevMode(): boolean {
  return !app.isPackaged && process.env['QUADRANT_DEV'] === '1';
}

/** Development only: electron-vite's dev server. */
export function devRendererUrl(): string | undefined {
  if (app.isPackaged || process.env['QUADRANT_DEV'] !== '1') return undefined;
  const url = process.env['ELECTRON_RENDERER_URL'];
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    // Only a dev server on this machine: never a remote page with access to our IPC.
    return ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** The URL our windows are allowed to show: the built file, or the dev server in development. */
export function isRendererUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const dev = devRendererUrl();
  if (dev) return parsed.origin === new URL(dev).origin;
  return localPath(parsed) === rendererPath;
}

/** Resources the renderer may load: its own files (and the dev server with its HMR socket in development). */
function isAllowedRequest(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'devtools:') return true;
  const dev = devRendererUrl();
  if (dev) {
    const origin = new URL(dev);
    if (parsed.host === origin.host && ['http:', 'https:', 'ws:', 'wss:'].includes(parsed.protocol)) return true;
  }
  return localPath(parsed)?.startsWith(rendererDir) === true;
}

/** Must run before app 'ready': every renderer gets the OS sandbox, whatever its options say. */
export function enableGlobalSandbox(): void {
  app.enableSandbox();
}

/** Navigation, pop-ups and webviews are refused for every web contents the app ever creates. */
export function hardenAllWebContents(): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event) => {
      event.preventDefault();
    });
    contents.on('will-frame-navigate', (event) => {
      event.preventDefault();
    });
    contents.on('will-redirect', (event) => {
      event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => {
      event.preventDefault();
    });
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

/** After 'ready': no permission is ever granted, and nothing outside our own files is fetched. */
export function hardenSession(): void {
  const ses = electronSession.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    const cancel = !isAllowedRequest(details.url);
    if (cancel) console.warn(`Quadrant blocked a request to ${details.url}`);
    callback({ cancel });
  });
}

/**
 * An IPC call is served only when it comes from the main frame of a window showing our renderer:
 * never from a subframe, a foreign page, or a frame that has gone away.
 */
export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  const main = event.sender.mainFrame;
  if (frame.processId !== main.processId || frame.routingId !== main.routingId) return false;
  return isRendererUrl(frame.url);
}
