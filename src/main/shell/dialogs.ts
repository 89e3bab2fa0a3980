/** Native file dialogs and message boxes. */
import { app, dialog, type BrowserWindow } from 'electron';
import { basename, dirname, extname, join } from 'node:path';
import type { PathPurpose } from '../../shared/contract';
import { ErrorCode, type ApiError } from '../../shared/errors';
import { t } from '../../shared/i18n';
import { checkOutputFile, writeOutputFile } from '../cli-files';

export const SCORECARD_EXTENSION = 'scorecard';
/** Computed when a dialog opens: the language may have changed since the app started. */
const filters = () => [{ name: t('shell:dialogs.scorecardFilter'), extensions: [SCORECARD_EXTENSION] }];

function withExtension(path: string): string {
  return path.toLowerCase().endsWith(`.${SCORECARD_EXTENSION}`) ? path : `${path}.${SCORECARD_EXTENSION}`;
}

function defaultFolder(current?: string | null): string {
  return current ? dirname(current) : app.getPath('documents');
}

export async function askOpenPath(win: BrowserWindow | undefined, current?: string | null): Promise<string | null> {
  const options = {
    title: t('shell:dialogs.openTitle'),
    defaultPath: defaultFolder(current),
    filters: filters(),
    properties: ['openFile' as const],
  };
  const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  return r.canceled || r.filePaths.length === 0 ? null : (r.filePaths[0] ?? null);
}

async function askSavePath(win: BrowserWindow | undefined, title: string, defaultPath: string): Promise<string | null> {
  const options = {
    title,
    defaultPath,
    filters: filters(),
    properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
  };
  const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  return r.canceled || !r.filePath ? null : withExtension(r.filePath);
}

export function askNewPath(win: BrowserWindow | undefined, current?: string | null): Promise<string | null> {
  const name = t('shell:dialogs.untitled');
  return askSavePath(win, t('shell:dialogs.newTitle'), join(defaultFolder(current), `${name}.${SCORECARD_EXTENSION}`));
}

export function askSaveAsPath(win: BrowserWindow | undefined, current: string): Promise<string | null> {
  const name = basename(current).replace(/\.scorecard$/i, '');
  const copy = t('shell:dialogs.copyName', { name });
  return askSavePath(win, t('shell:dialogs.saveAsTitle'), join(dirname(current), `${copy}.${SCORECARD_EXTENSION}`));
}

/** A restored backup goes into a new file; the page suggests one beside the original. */
export function askRestorePath(win: BrowserWindow | undefined, suggested?: string): Promise<string | null> {
  const fallback = join(defaultFolder(), `${t('shell:dialogs.restoredName')}.${SCORECARD_EXTENSION}`);
  return askSavePath(win, t('shell:dialogs.restoreTitle'), suggested ?? fallback);
}

/** The dialog for a purpose of file.choose; `suggested` only fills in the dialog, the user decides. */
export function askPathFor(purpose: PathPurpose, win: BrowserWindow | undefined, suggested?: string): Promise<string | null> {
  switch (purpose) {
    case 'open':
      return askOpenPath(win, suggested);
    case 'create':
      return askNewPath(win, suggested);
    case 'saveAs':
      return suggested ? askSaveAsPath(win, suggested) : askNewPath(win);
    case 'restore':
      return askRestorePath(win, suggested);
  }
}

/**
 * The app's saveFile capability (a spreadsheet export, the PowerPoint deck): a save dialog with the file's type, then the whole file
 * written beside its destination and renamed into place, so a full disk never leaves half a file. A scorecard
 * document is never replaced by an export, even when the dialog's overwrite question was answered yes.
 */
export async function saveExportedFile(
  win: BrowserWindow | undefined,
  suggestedName: string,
  bytes: Buffer,
  filter: { name: string; extensions: string[] },
): Promise<string | null> {
  const options = {
    title: filter.extensions.includes('pptx') ? t('shell:dialogs.exportDeckTitle') : t('shell:dialogs.exportSheetTitle'),
    defaultPath: join(app.getPath('documents'), suggestedName),
    filters: [filter],
    properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
  };
  const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  if (r.canceled || !r.filePath) return null;
  const extension = filter.extensions[0];
  const path = extension && extname(r.filePath).toLowerCase() !== `.${extension}` ? `${r.filePath}.${extension}` : r.filePath;
  checkOutputFile(path, true, suggestedName);
  writeOutputFile(path, bytes);
  return path;
}

/** What the user should understand, by error code; the core's own message follows as detail. */
export function explain(error: ApiError): string {
  switch (error.code) {
    case ErrorCode.NOT_A_SCORECARD:
      return t('shell:dialogs.reason.notAScorecard');
    case ErrorCode.NEWER_VERSION:
      return t('shell:dialogs.reason.newerVersion');
    case ErrorCode.CORRUPT:
      return t('shell:dialogs.reason.corrupt');
    case ErrorCode.FILE_EXISTS:
      return t('shell:dialogs.reason.fileExists');
    case ErrorCode.READ_ONLY:
      return t('shell:dialogs.reason.readOnly');
    case ErrorCode.CONFLICT:
      return t('shell:dialogs.reason.conflict');
    case ErrorCode.IO:
      return t('shell:dialogs.reason.io');
    case ErrorCode.FORBIDDEN:
      return t('shell:dialogs.reason.forbidden');
    default:
      return t('shell:dialogs.reason.other');
  }
}

export type DocumentAction = 'open' | 'create' | 'save';

/** The error box of a document that could not be opened, created or saved: the file, the reason, the core's words. */
export function documentErrorBox(action: DocumentAction, path: string, error: ApiError) {
  const reason = explain(error);
  const detail = [reason === error.message ? null : error.message, path].filter(Boolean).join('\n\n');
  return {
    type: 'error' as const,
    title: 'Quadrant',
    message: t(`shell:dialogs.couldNot.${action}`, { name: basename(path), reason }),
    detail,
    buttons: [t('shell:dialogs.ok')],
  };
}

/** Names the file and the reason; says the current document is unaffected. */
export async function showDocumentError(
  win: BrowserWindow | undefined,
  action: DocumentAction,
  path: string,
  error: ApiError,
): Promise<void> {
  const options = documentErrorBox(action, path, error);
  if (win) await dialog.showMessageBox(win, options);
  else await dialog.showMessageBox(options);
}

/** The About box: the version, what Quadrant is, and what it runs on. */
export function aboutBox(version: string, versions: Partial<Record<'electron' | 'chrome' | 'node', string>>) {
  return {
    type: 'info' as const,
    title: t('shell:dialogs.aboutTitle'),
    message: `Quadrant ${version}`,
    detail: t('shell:dialogs.aboutDetail', { electron: versions.electron, chrome: versions.chrome, node: versions.node }),
    buttons: [t('shell:dialogs.ok')],
  };
}

export async function showAbout(win: BrowserWindow | undefined): Promise<void> {
  const options = aboutBox(app.getVersion(), process.versions);
  if (win) await dialog.showMessageBox(win, options);
  else await dialog.showMessageBox(options);
}
