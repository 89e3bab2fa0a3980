/** Native file dialogs and message boxes. */
import { app, dialog, type BrowserWindow } from 'electron';
import { basename, dirname, extname, join } from 'node:path';
import type { PathPurpose } from '../../shared/contract';
import { ErrorCode, type ApiError } from '../../shared/errors';
import { checkOutputFile, writeOutputFile } from '../cli-files';

export const SCORECARD_EXTENSION = 'scorecard';
const filters = [{ name: 'Quadrant scorecard (*.scorecard)', extensions: [SCORECARD_EXTENSION] }];

function withExtension(path: string): string {
  return path.toLowerCase().endsWith(`.${SCORECARD_EXTENSION}`) ? path : `${path}.${SCORECARD_EXTENSION}`;
}

function defaultFolder(current?: string | null): string {
  return current ? dirname(current) : app.getPath('documents');
}

export async function askOpenPath(win: BrowserWindow | undefined, current?: string | null): Promise<string | null> {
  const options = {
    title: 'Open scorecard',
    defaultPath: defaultFolder(current),
    filters,
    properties: ['openFile' as const],
  };
  const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  return r.canceled || r.filePaths.length === 0 ? null : (r.filePaths[0] ?? null);
}

async function askSavePath(win: BrowserWindow | undefined, title: string, defaultPath: string): Promise<string | null> {
  const options = {
    title,
    defaultPath,
    filters,
    properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
  };
  const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  return r.canceled || !r.filePath ? null : withExtension(r.filePath);
}

export function askNewPath(win: BrowserWindow | undefined, current?: string | null): Promise<string | null> {
  return askSavePath(win, 'New scorecard', join(defaultFolder(current), `Untitled.${SCORECARD_EXTENSION}`));
}

export function askSaveAsPath(win: BrowserWindow | undefined, current: string): Promise<string | null> {
  const name = basename(current).replace(/\.scorecard$/i, '');
  return askSavePath(win, 'Save scorecard as', join(dirname(current), `${name} copy.${SCORECARD_EXTENSION}`));
}

/** A restored backup goes into a new file; the page suggests one beside the original. */
export function askRestorePath(win: BrowserWindow | undefined, suggested?: string): Promise<string | null> {
  return askSavePath(win, 'Restore backup as', suggested ?? join(defaultFolder(), `Restored.${SCORECARD_EXTENSION}`));
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
    title: filter.extensions.includes('pptx') ? 'Export PowerPoint deck' : 'Export to spreadsheet',
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
function explain(error: ApiError): string {
  switch (error.code) {
    case ErrorCode.NOT_A_SCORECARD:
      return 'This file is not a Quadrant scorecard.';
    case ErrorCode.NEWER_VERSION:
      return 'This scorecard was saved by a newer version of Quadrant. Update Quadrant to open it; the file was not changed.';
    case ErrorCode.CORRUPT:
      return 'This scorecard file is damaged.';
    case ErrorCode.FILE_EXISTS:
      return 'A file with this name already exists.';
    case ErrorCode.READ_ONLY:
      return 'The file cannot be written.';
    case ErrorCode.CONFLICT:
      return 'This scorecard is already open in another window.';
    case ErrorCode.IO:
      return 'The file could not be read or written.';
    case ErrorCode.FORBIDDEN:
      return 'Quadrant did not allow this.';
    default:
      return 'Something went wrong.';
  }
}

export type DocumentAction = 'open' | 'create' | 'save';

const verbs: Record<DocumentAction, string> = { open: 'open', create: 'create', save: 'save' };

/** Names the file and the reason; says the current document is unaffected. */
export async function showDocumentError(
  win: BrowserWindow | undefined,
  action: DocumentAction,
  path: string,
  error: ApiError,
): Promise<void> {
  const reason = explain(error);
  const detail = [reason === error.message ? null : error.message, path].filter(Boolean).join('\n\n');
  const options = {
    type: 'error' as const,
    title: 'Quadrant',
    message: `Quadrant could not ${verbs[action]} “${basename(path)}”. ${reason}`,
    detail,
    buttons: ['OK'],
  };
  if (win) await dialog.showMessageBox(win, options);
  else await dialog.showMessageBox(options);
}

export async function showAbout(win: BrowserWindow | undefined): Promise<void> {
  const options = {
    type: 'info' as const,
    title: 'About Quadrant',
    message: `Quadrant ${app.getVersion()}`,
    detail: `An offline balanced-scorecard application.\n\nElectron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node ${process.versions.node}`,
    buttons: ['OK'],
  };
  if (win) await dialog.showMessageBox(win, options);
  else await dialog.showMessageBox(options);
}
