/**
 * The files the command line reads and writes. Each path is checked before any work is done (a report is not printed
 * for seconds only to fail at the end), refusals say what is wrong in words, and a result is written to a temporary
 * file beside its destination and renamed into place, so a failed write never leaves half a file.
 */
import { randomBytes } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  fsyncSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError, ErrorCode } from '../shared/errors';
import { t } from '../shared/i18n';

/** The file's details, or null where there is nothing (also when a parent in the path is a file). */
function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw new AppError(ErrorCode.IO, t('cli:files.cannotReach', { path, reason: fsReason(err) }));
  }
}

/** A file system error in words, for the end of a sentence. */
export function fsReason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case 'EACCES':
    case 'EPERM':
      return t('cli:inputFiles.reason.permission');
    case 'EROFS':
      return t('cli:inputFiles.reason.readOnly');
    case 'ENOSPC':
      return t('cli:inputFiles.reason.full');
    case 'EDQUOT':
      return t('cli:inputFiles.reason.quota');
    case 'EISDIR':
      return t('cli:inputFiles.reason.folder');
    case 'ENOENT':
      return t('cli:inputFiles.reason.missing');
    default:
      return e.message ?? String(err);
  }
}

const SQLITE_HEADER = 'SQLite format 3\0';

function isDatabase(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return false;
  }
  try {
    const head = Buffer.alloc(SQLITE_HEADER.length);
    return readSync(fd, head, 0, head.length, 0) === head.length && head.toString('latin1') === SQLITE_HEADER;
  } finally {
    closeSync(fd);
  }
}

/**
 * An existing regular file to read; `what` names it in the message, in the current language: one of the nouns in
 * `cli:inputFiles.noun` ("the logo", "the JSON file").
 */
export function checkInputFile(path: string, what: string): Stats {
  const stats = statOrNull(path);
  if (!stats) throw new AppError(ErrorCode.IO, t('cli:inputFiles.missing', { what, path }));
  if (stats.isDirectory()) throw new AppError(ErrorCode.IO, t('cli:inputFiles.folder', { what, path }));
  if (!stats.isFile()) throw new AppError(ErrorCode.IO, t('cli:inputFiles.notRegular', { what, path }));
  return stats;
}

/**
 * A path the command may write its result to: not a folder, not a device, never a document (a database is not
 * replaced by an export or a PDF, even with --force), an existing file only with --force, in a folder that exists
 * and can be written.
 */
export function checkOutputFile(path: string, force: boolean, example: string): void {
  const stats = statOrNull(path);
  if (stats?.isDirectory()) {
    throw new AppError(ErrorCode.IO, t('cli:files.outputIsFolder', { path, example: join(path, example) }));
  }
  if (stats && !stats.isFile()) throw new AppError(ErrorCode.IO, t('cli:files.outputNotRegular', { path }));
  if (stats && isDatabase(path)) {
    throw new AppError(ErrorCode.FILE_EXISTS, t('cli:files.outputIsDocument', { path }));
  }
  if (stats && !force) throw new AppError(ErrorCode.FILE_EXISTS, t('cli:files.outputExists', { path }));
  const folder = dirname(path);
  const folderStats = statOrNull(folder);
  if (!folderStats) throw new AppError(ErrorCode.IO, t('cli:files.noFolder', { path, folder }));
  if (!folderStats.isDirectory()) throw new AppError(ErrorCode.IO, t('cli:files.notAFolder', { path, folder }));
  try {
    accessSync(folder, constants.W_OK);
  } catch (err) {
    throw new AppError(ErrorCode.IO, t('cli:files.noPermission', { path, folder, reason: fsReason(err) }));
  }
}

/** Writes the whole file or nothing: a temporary file in the same folder, flushed, then renamed over the target. */
export function writeOutputFile(path: string, data: string | Buffer): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = openSync(temp, 'wx');
    try {
      writeFileSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    throw new AppError(ErrorCode.IO, t('cli:files.cannotWrite', { path, reason: fsReason(err) }));
  }
}

/** Where `new` and `import` create a document: a folder is refused by name (the store explains the other cases). */
export function checkDocumentTarget(path: string): void {
  if (statOrNull(path)?.isDirectory()) {
    throw new AppError(ErrorCode.IO, t('cli:inputFiles.documentIsFolder', { path, example: join(path, 'Company.scorecard') }));
  }
}
