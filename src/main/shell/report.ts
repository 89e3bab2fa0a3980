/**
 * The PDF report and a review's minutes in the app: the print view in a hidden window printed with Electron's
 * printToPDF. The app's `print` capability (saveReport) asks where to save it; `quadrant report` hands a print job to printWithElectron
 * (print-job.ts).
 */
import { app, BrowserWindow, dialog, shell } from 'electron';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { AppError, ErrorCode } from '../../shared/errors';
import { t } from '../../shared/i18n';
import type { ReportExportResult } from '../../shared/report';
import type { Printable } from '../core/capabilities';
import { checkPdfTarget } from '../core/pdf-target';
import { countPdfPages, printableFileName } from '../core/report-pdf';
import { devRendererUrl, rendererFile } from './security';

const reportFile = join(dirname(rendererFile), 'report.html');

/**
 * Prints the report view in a window nobody sees, with the sandbox and isolation of a document window and no
 * preload: the print view gets its data from main and never calls back. `devServer: false` (print jobs) always
 * prints the built view.
 */
export async function printWithElectron(printable: Printable, devServer = true): Promise<Buffer> {
  const win = new BrowserWindow({
    show: false,
    width: 1200,
    height: 1600,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
    },
  });
  try {
    const dev = devServer ? devRendererUrl() : undefined;
    if (dev) await win.loadURL(new URL('report.html', dev).toString());
    else await win.loadFile(reportFile);
    // Resolves once every chart is drawn and every font loaded (src/renderer/report/main.tsx).
    const render = printable.kind === 'minutes' ? 'renderMinutes' : 'render';
    await win.webContents.executeJavaScript(`window.quadrantReport.${render}(${JSON.stringify(printable.data)})`, true);
    const report = printable.kind === 'report' ? printable.data.options : null;
    return await win.webContents.printToPDF({
      preferCSSPageSize: true,
      printBackground: true,
      // Minutes are A4 portrait, always.
      pageSize: report?.pageSize ?? 'A4',
      landscape: report?.orientation === 'landscape',
      generateDocumentOutline: true,
    });
  } finally {
    win.destroy();
  }
}

/** The app's `print` capability: a save dialog, the PDF written there, and opened afterwards when asked. */
export async function saveReport(
  win: BrowserWindow | undefined,
  doc: Printable,
  openAfter: boolean,
): Promise<ReportExportResult | null> {
  const fileName = printableFileName(doc);
  const minutes = doc.kind === 'minutes';
  const options = {
    title: minutes ? t('shell:pdfExport.minutesTitle') : t('shell:pdfExport.reportTitle'),
    defaultPath: join(app.getPath('documents'), fileName),
    filters: [{ name: t('shell:pdfExport.filter'), extensions: ['pdf'] }],
    properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
  };
  const choice = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return null;
  checkPdfTarget(choice.filePath);
  let pdf: Buffer;
  try {
    pdf = await printWithElectron(doc);
    await writeFile(choice.filePath, pdf);
  } catch (err) {
    const message = (err as Error).message;
    throw new AppError(ErrorCode.IO, minutes ? t('shell:pdfExport.minutesFailed', { message }) : t('shell:pdfExport.reportFailed', { message }));
  }
  if (openAfter) {
    const failed = await shell.openPath(choice.filePath);
    if (failed) console.warn(`Quadrant: could not open ${choice.filePath}: ${failed}`);
  }
  return {
    path: choice.filePath,
    pdfBase64: null,
    fileName,
    pages: countPdfPages(pdf),
    bytes: pdf.length,
    engine: `Electron ${process.versions.electron} (Chromium ${process.versions.chrome})`,
  };
}
