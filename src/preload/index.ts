/**
 * The only bridge: `window.quadrant.invoke(method, input)` over one channel. Main's notifications
 * and file drops reach the page as 'quadrant:event' DOM events, so nothing else has to be exposed.
 * (tsconfig.node.json has no DOM lib, hence the small local types below.)
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';

interface DropEvent {
  readonly defaultPrevented: boolean;
  readonly dataTransfer: {
    readonly types: readonly string[];
    readonly files: ArrayLike<File>;
    dropEffect: string;
  } | null;
  preventDefault(): void;
}
interface PageWindow {
  addEventListener(type: 'dragover' | 'drop', listener: (event: DropEvent) => void): void;
  dispatchEvent(event: unknown): boolean;
}
declare const window: PageWindow;
declare const CustomEvent: new (type: string, init: { detail: unknown }) => unknown;

const invoke = (method: unknown, input: unknown): Promise<unknown> =>
  ipcRenderer.invoke('quadrant:invoke', method, input);

contextBridge.exposeInMainWorld('quadrant', { invoke });

// Chromium hands an object `detail` across isolated worlds as null; a string crosses intact, so send JSON.
const emit = (detail: unknown) => window.dispatchEvent(new CustomEvent('quadrant:event', { detail: JSON.stringify(detail) }));
ipcRenderer.on('quadrant:event', (_event, detail: unknown) => emit(detail));

// A file dropped anywhere opens as the window's document, unless the page handled the drop itself.
const carriesFiles = (e: DropEvent) => e.dataTransfer?.types.includes('Files') === true;
window.addEventListener('dragover', (e) => {
  if (e.defaultPrevented || !carriesFiles(e) || !e.dataTransfer) return;
  e.preventDefault();
  e.dataTransfer.dropEffect = 'copy';
});
window.addEventListener('drop', (e) => {
  if (e.defaultPrevented || !carriesFiles(e)) return;
  e.preventDefault();
  const file = e.dataTransfer?.files[0];
  const path = file ? webUtils.getPathForFile(file) : '';
  if (!path) return;
  invoke('document.open', { path }).then(
    (result) => {
      const r = result as { ok: boolean; error?: unknown };
      emit(r.ok ? { type: 'document-changed' } : { type: 'error', error: r.error });
    },
    (err: unknown) => emit({ type: 'error', error: { code: 'INTERNAL', message: String(err) } }),
  );
});
