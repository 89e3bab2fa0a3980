/**
 * The one IPC channel. A call is served only for the main frame of one of our windows showing our
 * renderer, by that window's own Session through the dispatcher made for its page (shell/capabilities.ts);
 * the answer is always a Result, never a thrown error, because ipcMain.handle would keep only an error's message.
 */
import { ipcMain } from 'electron';
import { ErrorCode, type Result } from '../../shared/errors';
import { t } from '../../shared/i18n';
import { isTrustedSender } from './security';
import { alreadyOpen, switchedTo, type WindowManager } from './windows';

export const INVOKE_CHANNEL = 'quadrant:invoke';

/** Methods after which the window's title, recent list and remembered state must follow. */
const CHANGES_DOCUMENT = new Set([
  'document.open',
  'document.create',
  'document.saveAs',
  'document.close',
  'backup.restore',
]);
const TAKES_PATH = new Set(['document.open', 'document.create', 'document.saveAs', 'backup.restore']);

/** A function, not a constant: the refusal is said in the language chosen when it happens. */
const refused = (): Result<never> => ({
  ok: false,
  error: { code: ErrorCode.FORBIDDEN, message: t('shell:windows.refused') },
});

function pathOf(input: unknown): string | undefined {
  if (!input || typeof input !== 'object') return undefined;
  const path = (input as Record<string, unknown>)['path'];
  return typeof path === 'string' && path.length > 0 ? path : undefined;
}

export function registerIpc(windows: WindowManager): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, method: unknown, input: unknown): Promise<Result<unknown>> => {
    try {
      if (!isTrustedSender(event)) return refused();
      const entry = windows.byWebContents(event.sender);
      if (!entry) return refused();
      const path = typeof method === 'string' && TAKES_PATH.has(method) ? pathOf(input) : undefined;
      // Two windows on one file would each believe they own it: opening it again shows the window that has it.
      const other = path !== undefined ? windows.findByPath(path, entry) : undefined;
      if (other && path !== undefined) {
        if (method !== 'document.open') return { ok: false, error: alreadyOpen(path) };
        windows.focus(other);
        return { ok: false, error: switchedTo(path) };
      }
      const result = await entry.fromPage(method, input);
      if (result.ok && typeof method === 'string' && CHANGES_DOCUMENT.has(method)) windows.refresh(entry);
      return result;
    } catch (err) {
      return {
        ok: false,
        error: { code: ErrorCode.INTERNAL, message: err instanceof Error ? err.message : String(err) },
      };
    }
  });
}
