/**
 * Links in notes leave the app only through here, the app's `openLink` capability: a web address (http or https,
 * nothing else), shown in full to the user in a native dialog, and handed to the system browser only when they
 * confirm.
 */
import { dialog, shell, type BrowserWindow } from 'electron';
import { AppError, ErrorCode } from '../../shared/errors';
import { t } from '../../shared/i18n';

/** Checked again here, whatever the contract's schema says: file:, javascript:, app links and the like never pass. */
export function webUrl(text: string): URL | null {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '' ? url : null;
  } catch {
    return null;
  }
}

/** Whether the link was opened: false when the user declined. */
export async function openExternalLink(win: BrowserWindow | undefined, text: string): Promise<boolean> {
  const url = webUrl(text);
  if (!url) throw new AppError(ErrorCode.VALIDATION, t('shell:links.onlyWeb'));
  // href, not the text as typed: the host shows in its punycode form, so a look-alike domain cannot pass for another.
  const options = {
    type: 'question' as const,
    title: t('shell:links.title'),
    message: t('shell:links.question'),
    detail: url.href,
    buttons: [t('shell:links.open'), t('shell:links.cancel')],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
  const { response } = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
  if (response !== 0) return false;
  await shell.openExternal(url.href);
  return true;
}
