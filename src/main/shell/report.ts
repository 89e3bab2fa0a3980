/**
 * The PDF report in the app: the print view in a hidden window printed with Electron's printToPDF. The app's `print`
 * capability (saveReport) asks where to save it; `quadrant report` hands a print job to printWithElectron
 * (print-job.ts).
 */
import { app, BrowserWindow, dialog, shell } from 'electron';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { AppError, ErrorCode } from '../../shared/errors';
import type { ReportData, ReportExportResult } from '../../shared/report';
import { checkPdfTarget } from '../core/pdf-target';
import { countPdfPages, reportFileName } from '../core/report-pdf';
import { devRendererUrl, rendererFile } from './security';

const reportFile = join(dirname(rendererFile), 'report.html');

/**
 * Prints the report view in a window nobody sees, with the sandbox and isolation of a document window and no
 * preload: the print view gets its data from main and never calls back. `devServer: false` (print jobs) always
 * prints the built view.
 */
export async function printWithElectron(data: ReportData, devServer = true): Promise<Buffer> {
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
    await win.webContents.executeJavaScript(`window.quadrantReport.render(${JSON.stringify(data)})`, true);
    return await win.webContents.printToPDF({
      preferCSSPageSize: true,
      printBackground: true,
      pageSize: data.options.pageSize,
      landscape: data.options.orientation === 'landscape',
      generateDocumentOutline: true,
    });
  } finally {
    win.destroy();
  }
}

/** The app's `print` capability: a save dialog, the PDF written there, and opened afterwards when asked. */
export async function saveReport(
  win: BrowserWindow | undefined,
  data: ReportData,
  openAfter: boolean,
): Promise<ReportExportResult | null> {
  const fileName = reportFileName(data);
  const options = {
    title: 'Export the report as PDF',
    defaultPath: join(app.getPath('documents'), fileName),
    filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
  };
  const choice = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return null;
  checkPdfTarget(choice.filePath);
  let pdf: Buffer;
  try {
    pdf = await printWithElectron(data);
    await writeFile(choice.filePath, pdf);
  } catch (err) {
    throw new AppError(ErrorCode.IO, `The report could not be printed or saved: ${(err as Error).message}`);
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
