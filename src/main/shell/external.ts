/**
 * Links in notes leave the app only through here: a web address (http or https, nothing else), shown in full to
 * the user in a native dialog, and handed to the system browser only when they confirm. The renderer asks with
 * 'shell.openExternal' over the one IPC channel; ipc.ts hands that method here instead of to the core.
 */
import { dialog, shell } from 'electron';
import { contract } from '../../shared/contract';
import { ErrorCode, type Result } from '../../shared/errors';
import { validationError } from '../core/dispatch';
import type { DocumentWindow } from './windows';

export const OPEN_EXTERNAL = 'shell.openExternal';

/** Checked again here, whatever the contract's schema says: file:, javascript:, app links and the like never pass. */
export function webUrl(text: string): URL | null {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '' ? url : null;
  } catch {
    return null;
  }
}

export async function openExternalLink(entry: DocumentWindow, input: unknown): Promise<Result<{ opened: boolean }>> {
  const parsed = contract[OPEN_EXTERNAL].input.safeParse(input ?? {});
  if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
  const url = webUrl(parsed.data.url);
  if (!url) return { ok: false, error: { code: ErrorCode.VALIDATION, message: 'Only web links (http, https) open.' } };
  // href, not the text as typed: the host shows in its punycode form, so a look-alike domain cannot pass for another.
  const { response } = await dialog.showMessageBox(entry.window, {
    type: 'question',
    title: 'Open link',
    message: 'Open this link in your web browser?',
    detail: url.href,
    buttons: ['Open in Browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  });
  if (response !== 0) return { ok: true, value: { opened: false } };
  await shell.openExternal(url.href);
  return { ok: true, value: { opened: true } };
}
