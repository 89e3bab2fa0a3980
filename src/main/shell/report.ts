/**
 * The PDF report in the app: the data from the window's own session, a save dialog, the print view in a hidden
 * window printed with Electron's printToPDF, and the file opened afterwards when asked. The renderer calls
 * 'report.export' over the one IPC channel; ipc.ts hands that method here instead of to the core, which cannot print.
 */
import { app, BrowserWindow, dialog, shell } from 'electron';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { contract } from '../../shared/contract';
import { ErrorCode, type Result } from '../../shared/errors';
import type { ReportData, ReportExportResult } from '../../shared/report';
import { validationError } from '../core/dispatch';
import { countPdfPages, reportFileName } from '../core/report-pdf';
import { devRendererUrl, preloadFile, rendererFile } from './security';
import type { DocumentWindow } from './windows';

export const REPORT_EXPORT = 'report.export';

const reportFile = join(dirname(rendererFile), 'report.html');

/** Prints the report view in a window nobody sees; it has the same sandbox and isolation as a document window. */
export async function printWithElectron(data: ReportData): Promise<Buffer> {
  const win = new BrowserWindow({
    show: false,
    width: 1200,
    height: 1600,
    webPreferences: {
      preload: preloadFile,
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
    const dev = devRendererUrl();
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

export async function exportReport(entry: DocumentWindow, input: unknown): Promise<Result<ReportExportResult | null>> {
  const parsed = contract[REPORT_EXPORT].input.safeParse(input ?? {});
  if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
  const { openAfter, ...options } = parsed.data;
  const gathered = await entry.dispatch('report.data', options);
  if (!gathered.ok) return gathered;
  const data = gathered.value as ReportData;
  const fileName = reportFileName(data);
  const choice = await dialog.showSaveDialog(entry.window, {
    title: 'Export the report as PDF',
    defaultPath: join(app.getPath('documents'), fileName),
    filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || !choice.filePath) return { ok: true, value: null };
  try {
    const pdf = await printWithElectron(data);
    await writeFile(choice.filePath, pdf);
    if (openAfter) {
      const failed = await shell.openPath(choice.filePath);
      if (failed) console.warn(`Quadrant: could not open ${choice.filePath}: ${failed}`);
    }
    return {
      ok: true,
      value: {
        path: choice.filePath,
        pdfBase64: null,
        fileName,
        pages: countPdfPages(pdf),
        bytes: pdf.length,
        engine: `Electron ${process.versions.electron} (Chromium ${process.versions.chrome})`,
      },
    };
  } catch (err) {
    return {
      ok: false,
      error: { code: ErrorCode.IO, message: `The report could not be printed or saved: ${(err as Error).message}` },
    };
  }
}
