/**
 * The print job `quadrant report` hands to Electron (`electron out/main/index.js --print-report=<job.json>`).
 * The CLI writes it into a folder of its own that only this user can enter (mkdtemp in the temp folder); Electron
 * accepts a job only in exactly that form: the job file named job.json in such a folder, data of the report's
 * shape, and the PDF going to report.pdf beside it, not yet written. Anything else is refused before a window opens.
 */
import { lstatSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { z } from 'zod';
import { LocaleTag } from '../../shared/contract';
import { AppError, ErrorCode, formatPath } from '../../shared/errors';
import { t } from '../../shared/i18n';
import { ReportCover, ReportLanguage, ReportOptionsFields, type ReportData } from '../../shared/report';
import { checkPdfTarget } from './pdf-target';

export const PRINT_JOB_FOLDER_PREFIX = 'quadrant-print-';
const JOB_NAME = 'job.json';
const OUT_NAME = 'report.pdf';
/** A report of 50 scorecards with a 1.5 MB logo is far below this. */
export const MAX_PRINT_JOB_BYTES = 64 * 1024 * 1024;

const PrintJob = z
  .object({
    data: z
      .object({
        options: ReportOptionsFields.strict(),
        documentName: z.string().max(1000),
        generatedAt: z.string().max(100),
        cover: ReportCover.extend({ date: z.string().max(40) }).strict(),
        // Each is laid out by the print view, which renders every string as text.
        scorecards: z.array(z.looseObject({})).min(1).max(50),
        // The print view draws in the report's own language (a French report from an English Quadrant).
        locale: LocaleTag,
        language: ReportLanguage,
      })
      .strict(),
    out: z.string().min(1).max(4096),
  })
  .strict();

export interface PrintJobFiles {
  folder: string;
  job: string;
  out: string;
}

/** The CLI's side: a private folder with the job in it; the caller removes the folder. */
export function writePrintJob(data: ReportData): PrintJobFiles {
  const folder = mkdtempSync(join(tmpdir(), PRINT_JOB_FOLDER_PREFIX));
  const files = { folder, job: join(folder, JOB_NAME), out: join(folder, OUT_NAME) };
  writeFileSync(files.job, JSON.stringify({ data, out: files.out }), { mode: 0o600 });
  return files;
}

function refuse(reason: string): never {
  throw new AppError(ErrorCode.VALIDATION, t('errors:print.notJob', { reason }));
}

function checkFolder(folder: string): void {
  const stat = lstatSync(folder, { throwIfNoEntry: false });
  if (!stat?.isDirectory()) refuse(t('errors:print.notFolder', { folder }));
  if (!basename(folder).startsWith(PRINT_JOB_FOLDER_PREFIX) || realpathSync(dirname(folder)) !== realpathSync(tmpdir())) {
    refuse(t('errors:print.notOurFolder', { folder, tmp: tmpdir() }));
  }
  // POSIX: made by this user with mkdtemp, so nobody else can put a job or a link in it.
  if (process.platform !== 'win32') {
    if (stat.uid !== process.getuid?.()) refuse(t('errors:print.otherUser', { folder }));
    if ((stat.mode & 0o077) !== 0) refuse(t('errors:print.openToOthers', { folder }));
  }
}

/** Electron's side: the job, checked; throws a VALIDATION AppError naming the first problem. */
export function readPrintJob(jobFile: string): { data: ReportData; out: string } {
  if (!isAbsolute(jobFile) || basename(jobFile) !== JOB_NAME) refuse(t('errors:print.expectedJob', { name: JOB_NAME }));
  const folder = dirname(jobFile);
  checkFolder(folder);
  const stat = lstatSync(jobFile, { throwIfNoEntry: false });
  if (!stat?.isFile()) refuse(t('errors:print.notFile', { file: jobFile }));
  if (stat.size > MAX_PRINT_JOB_BYTES) refuse(t('errors:print.tooLarge', { file: jobFile, size: MAX_PRINT_JOB_BYTES / 2 ** 20 }));
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(jobFile, 'utf8'));
  } catch (err) {
    refuse(t('errors:print.notJson', { file: jobFile, detail: (err as Error).message }));
  }
  const parsed = PrintJob.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    refuse(`${formatPath(issue.path)}: ${issue.message}`);
  }
  const { out } = parsed.data;
  if (out !== join(folder, OUT_NAME)) refuse(t('errors:print.wrongOut', { name: OUT_NAME, out }));
  if (lstatSync(out, { throwIfNoEntry: false })) refuse(t('errors:print.outExists', { out }));
  checkPdfTarget(out);
  return { data: parsed.data.data as unknown as ReportData, out };
}
