/**
 * Where a PDF may be written: a .pdf file in a folder that exists, never over anything but a PDF. The app's
 * report export and the print job that `quadrant report` hands to Electron check the same rules.
 */
import { closeSync, lstatSync, openSync, readSync, statSync } from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import { AppError, ErrorCode } from '../../shared/errors';
import { t } from '../../shared/i18n';

const PDF_MAGIC = '%PDF-';

function startsLikePdf(path: string): boolean {
  const head = Buffer.alloc(PDF_MAGIC.length);
  const fd = openSync(path, 'r');
  try {
    return readSync(fd, head, 0, head.length, 0) === head.length && head.toString('latin1') === PDF_MAGIC;
  } finally {
    closeSync(fd);
  }
}

/** Throws an AppError saying why the report cannot go to `path`; nothing is written here. */
export function checkPdfTarget(path: string): void {
  const name = basename(path);
  if (extname(path).toLowerCase() !== '.pdf') {
    throw new AppError(ErrorCode.VALIDATION, t('errors:files.notPdfName', { name }));
  }
  let folder;
  try {
    folder = statSync(dirname(path));
  } catch {
    folder = null;
  }
  if (!folder?.isDirectory()) {
    throw new AppError(ErrorCode.IO, t('errors:files.noFolder', { name, folder: dirname(path) }));
  }
  let existing;
  try {
    existing = lstatSync(path);
  } catch {
    return;
  }
  let pdf = false;
  try {
    pdf = existing.isFile() && startsLikePdf(path);
  } catch {
    // Unreadable: not known to be a PDF, so not replaced.
  }
  if (!pdf) {
    throw new AppError(
      ErrorCode.FILE_EXISTS,
      t('errors:files.notPdfFile', { name }),
    );
  }
}
